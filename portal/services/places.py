"""Turning what a person types (a postcode, a municipality, an old name) into a place."""

import dataclasses
import datetime
import difflib
import hashlib
import re
from dataclasses import dataclass, field

from django.utils.formats import date_format

from portal.caching import cached_content
from portal.geo import Point, normalize_place_name
from portal.models import FormerMunicipality, Municipality, PostalLocality

MAX_SUGGESTIONS = 5
_POSTCODE = re.compile(r"^(\d{4})(?: (.+))?$")


@dataclass(frozen=True)
class PlaceSuggestion:
    """A place the person may have meant: `value` is what to search for, `label` what to show."""

    value: str
    label: str


@dataclass(frozen=True)
class Town:
    """A municipality as a place resolves to it: plain values, which the cache shares between
    requests (a model instance would carry what one request did to it into the next)."""

    pk: int
    nis_code: str
    name_nl: str
    province_id: int
    latitude: float
    longitude: float
    search_key: str
    search_key_fr: str

    def __str__(self) -> str:
        return self.name_nl


@dataclass(frozen=True)
class Locality:
    """A postal locality (a postcode and a name) in its municipality."""

    postcode: str
    name: str
    latitude: float
    longitude: float
    search_key: str
    search_key_fr: str
    municipality: Town

    @property
    def municipality_id(self) -> int:
        return self.municipality.pk


@dataclass(frozen=True)
class Former:
    """A municipality that merged into another (its name still finds the merged one)."""

    name: str
    merged_on: datetime.date
    municipality: Town


@dataclass(frozen=True)
class PlaceResolution:
    """What a typed place turned out to be: a point with a label, or suggestions to pick from."""

    query: str
    point: Point | None = None
    label: str = ""
    municipality: Town | None = None
    note: str = ""
    suggestions: list[PlaceSuggestion] = field(default_factory=list)

    @property
    def is_resolved(self) -> bool:
        return self.point is not None

    @property
    def problem(self) -> str:
        """What a form says beside the field when the place is not found (empty if it is)."""
        if self.is_resolved:
            return ""
        typed = self.query if len(self.query) <= 60 else self.query[:59] + "…"
        if self.suggestions:
            names = ", ".join(s.label for s in self.suggestions[:3])
            return f"We vinden '{typed}' niet. Bedoelde je {names}?"
        return f"We vinden '{typed}' niet. Typ een postcode (bv. 9000) of een gemeente (bv. Gent)."


@dataclass(frozen=True)
class Gazetteer:
    """Every place a person may type, by the keys it is looked up with.

    About 300 municipalities and 1,200 postal localities: loaded in three queries once per
    content version and cached (portal.caching), so resolving a place costs no query. Lists keep
    the models' order, so the first of a list is what `.first()` would give.
    """

    municipalities: dict[str, Town]  # by search_key, then by search_key_fr
    localities_by_postcode: dict[str, list[Locality]]
    localities_by_key: dict[str, list[Locality]]
    localities_by_key_fr: dict[str, list[Locality]]
    former: dict[str, Former]


def gazetteer() -> Gazetteer:
    return cached_content(_gazetteer, "gazetteer")


def _gazetteer() -> Gazetteer:
    town_fields = [f.name for f in dataclasses.fields(Town) if f.name != "pk"]
    towns = {
        pk: Town(pk, *rest) for pk, *rest in Municipality.objects.values_list("pk", *town_fields)
    }
    by_key: dict[str, Town] = {}
    for attribute in ("search_key", "search_key_fr"):
        for town in towns.values():
            by_key.setdefault(getattr(town, attribute), town)
    by_postcode, by_name, by_name_fr = {}, {}, {}
    locality_fields = [f.name for f in dataclasses.fields(Locality) if f.name != "municipality"]
    for *values, town in PostalLocality.objects.values_list(*locality_fields, "municipality_id"):
        locality = Locality(*values, municipality=towns[town])
        by_postcode.setdefault(locality.postcode, []).append(locality)
        by_name.setdefault(locality.search_key, []).append(locality)
        by_name_fr.setdefault(locality.search_key_fr, []).append(locality)
    former = {}
    merged = FormerMunicipality.objects.values_list(
        "search_key", "name", "merged_on", "municipality_id"
    )
    for key, name, merged_on, town in merged:
        former.setdefault(key, Former(name, merged_on, towns[town]))
    by_key.pop("", None)
    by_name_fr.pop("", None)
    return Gazetteer(by_key, by_postcode, by_name, by_name_fr, former)


def place_resolve(*, query: str) -> PlaceResolution:
    """Turn a postcode, locality or municipality name into a point.

    Accepts "9000", "9050", "9000 Gent", "Gentbrugge", "sint niklaas", "Bruxelles" and names of
    municipalities that merged on 1 January 2025. What it cannot place, or what is ambiguous
    (two localities called Mariakerke), comes back unresolved with the closest matches.
    """
    key = normalize_place_name(query)[:80]
    if not key:
        return PlaceResolution(query=query)
    # Kept by what was typed: finding the names closest to a typo compares it with them all.
    digest = hashlib.blake2b(query.encode(), digest_size=16).hexdigest()
    return cached_content(
        lambda: _resolve(gazetteer(), query, key), "place", digest, shared_only=True
    )


def _resolve(places: Gazetteer, query: str, key: str) -> PlaceResolution:
    postcode_match = _POSTCODE.match(key)
    if postcode_match:
        return _resolve_postcode(places, query, postcode_match[1], postcode_match[2])
    return _resolve_name(places, query, key)


def _resolve_postcode(
    places: Gazetteer, query: str, postcode: str, name_key: str | None
) -> PlaceResolution:
    localities = places.localities_by_postcode.get(postcode, [])
    if not localities:
        return PlaceResolution(query=query, suggestions=_nearest_postcodes(places, postcode))
    if name_key:
        named = [loc for loc in localities if name_key in (loc.search_key, loc.search_key_fr)]
        if named:
            localities = named
    municipality = localities[0].municipality
    if len(localities) == 1:
        only = localities[0]
        return PlaceResolution(
            query=query,
            point=Point(only.latitude, only.longitude),
            label=_locality_label(only),
            municipality=municipality,
        )
    # Several localities share the postcode: the one that carries the municipality's name
    # is the centre people mean; otherwise the middle of them.
    main = next((loc for loc in localities if loc.search_key == municipality.search_key), None)
    if main:
        point = Point(main.latitude, main.longitude)
    else:
        point = Point(
            sum(loc.latitude for loc in localities) / len(localities),
            sum(loc.longitude for loc in localities) / len(localities),
        )
    names = ", ".join(loc.name for loc in localities)
    return PlaceResolution(
        query=query,
        point=point,
        label=f"{postcode} {names}" + ("" if main else f" ({municipality.name_nl})"),
        municipality=municipality,
    )


def _resolve_name(places: Gazetteer, query: str, key: str) -> PlaceResolution:
    municipality = places.municipalities.get(key)
    if municipality:
        centre = next(
            (
                loc
                for loc in places.localities_by_key.get(municipality.search_key, [])
                if loc.municipality_id == municipality.pk
            ),
            None,
        )
        point = centre or municipality
        return PlaceResolution(
            query=query,
            point=Point(point.latitude, point.longitude),
            label=municipality.name_nl,
            municipality=municipality,
        )

    localities = places.localities_by_key.get(key) or places.localities_by_key_fr.get(key, [])
    if len({loc.municipality_id for loc in localities}) == 1:
        first = localities[0]
        former = places.former.get(key)
        return PlaceResolution(
            query=query,
            point=Point(first.latitude, first.longitude),
            label=_locality_label(first),
            municipality=first.municipality,
            note=_merger_note(former, first.municipality) if former else "",
        )
    if localities:
        # The same name in several municipalities: let the person choose.
        return PlaceResolution(
            query=query,
            suggestions=[
                PlaceSuggestion(value=f"{loc.postcode} {loc.name}", label=_locality_label(loc))
                for loc in localities
            ],
        )

    former = places.former.get(key)
    if former:
        merged = former.municipality
        return PlaceResolution(
            query=query,
            point=Point(merged.latitude, merged.longitude),
            label=merged.name_nl,
            municipality=merged,
            note=_merger_note(former, merged),
        )
    return PlaceResolution(query=query, suggestions=_closest_names(places, key))


def _merger_note(former: Former, municipality: Town) -> str:
    merged_on = date_format(former.merged_on, "j F Y")
    return f"{former.name} is sinds {merged_on} een deel van de gemeente {municipality.name_nl}."


def _locality_label(locality: Locality) -> str:
    if locality.search_key == locality.municipality.search_key:
        return f"{locality.postcode} {locality.name}"
    return f"{locality.postcode} {locality.name} ({locality.municipality.name_nl})"


def _nearest_postcodes(places: Gazetteer, postcode: str) -> list[PlaceSuggestion]:
    """The existing postcodes numerically closest to one that does not exist."""
    wanted = int(postcode)
    closest = sorted(
        places.localities_by_postcode, key=lambda code: (abs(int(code) - wanted), code)
    )
    return [
        PlaceSuggestion(
            value=code,
            label=f"{code} {', '.join(loc.name for loc in places.localities_by_postcode[code])}",
        )
        for code in closest[:MAX_SUGGESTIONS]
    ]


def _closest_names(places: Gazetteer, key: str) -> list[PlaceSuggestion]:
    """Municipalities and localities whose names look most like `key` (typos, half a name)."""
    candidates: dict[str, PlaceSuggestion] = {}
    municipalities = sorted(set(places.municipalities.values()), key=lambda m: m.name_nl)
    for municipality in municipalities:
        suggestion = PlaceSuggestion(value=municipality.name_nl, label=municipality.name_nl)
        candidates.setdefault(municipality.search_key, suggestion)
        candidates.setdefault(municipality.search_key_fr, suggestion)
    for localities in places.localities_by_postcode.values():
        for loc in localities:
            name, town = loc.name, loc.municipality.name_nl
            label = name if name == town else f"{name} ({town})"
            candidates.setdefault(
                loc.search_key, PlaceSuggestion(value=f"{loc.postcode} {name}", label=label)
            )

    def score(candidate: str) -> float:
        ratio = difflib.SequenceMatcher(None, key, candidate).ratio()
        return ratio + (0.5 if candidate.startswith(key) else 0.0)

    ranked = sorted(candidates, key=lambda candidate: (-score(candidate), candidate))
    suggestions: list[PlaceSuggestion] = []
    for candidate in ranked:
        if candidates[candidate] not in suggestions:
            suggestions.append(candidates[candidate])
        if len(suggestions) == MAX_SUGGESTIONS:
            break
    return suggestions
