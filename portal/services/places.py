"""Turning what a person types (a postcode, a municipality, an old name) into a place."""

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
class PlaceResolution:
    """What a typed place turned out to be: a point with a label, or suggestions to pick from."""

    query: str
    point: Point | None = None
    label: str = ""
    municipality: Municipality | None = None
    note: str = ""
    suggestions: list[PlaceSuggestion] = field(default_factory=list)

    @property
    def is_resolved(self) -> bool:
        return self.point is not None


def place_resolve(*, query: str) -> PlaceResolution:
    """Turn a postcode, locality or municipality name into a point.

    Accepts "9000", "9050", "9000 Gent", "Gentbrugge", "sint niklaas", "Bruxelles" and names of
    municipalities that merged on 1 January 2025. What it cannot place, or what is ambiguous
    (two localities called Mariakerke), comes back unresolved with the closest matches.
    """
    key = normalize_place_name(query)[:80]
    if not key:
        return PlaceResolution(query=query)
    # Places change only when the geography is loaded again, which clears the cache.
    digest = hashlib.blake2b(query.encode(), digest_size=16).hexdigest()
    return cached_content(lambda: _resolve(query, key), "place", digest)


def _resolve(query: str, key: str) -> PlaceResolution:
    postcode_match = _POSTCODE.match(key)
    if postcode_match:
        return _resolve_postcode(query, postcode_match[1], postcode_match[2])
    return _resolve_name(query, key)


def _resolve_postcode(query: str, postcode: str, name_key: str | None) -> PlaceResolution:
    localities = list(
        PostalLocality.objects.filter(postcode=postcode).select_related("municipality")
    )
    if not localities:
        return PlaceResolution(query=query, suggestions=_nearest_postcodes(postcode))
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


def _resolve_name(query: str, key: str) -> PlaceResolution:
    municipality = (
        Municipality.objects.filter(search_key=key).first()
        or Municipality.objects.filter(search_key_fr=key).first()
    )
    if municipality:
        centre = municipality.localities.filter(search_key=municipality.search_key).first()
        point = centre or municipality
        return PlaceResolution(
            query=query,
            point=Point(point.latitude, point.longitude),
            label=municipality.name_nl,
            municipality=municipality,
        )

    localities = list(
        PostalLocality.objects.filter(search_key=key).select_related("municipality")
        or PostalLocality.objects.filter(search_key_fr=key).select_related("municipality")
    )
    if len({loc.municipality_id for loc in localities}) == 1:
        first = localities[0]
        former = FormerMunicipality.objects.filter(search_key=key).first()
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

    former = FormerMunicipality.objects.filter(search_key=key).select_related("municipality")
    former = former.first()
    if former:
        merged = former.municipality
        return PlaceResolution(
            query=query,
            point=Point(merged.latitude, merged.longitude),
            label=merged.name_nl,
            municipality=merged,
            note=_merger_note(former, merged),
        )
    return PlaceResolution(query=query, suggestions=_closest_names(key))


def _merger_note(former: FormerMunicipality, municipality: Municipality) -> str:
    merged_on = date_format(former.merged_on, "j F Y")
    return f"{former.name} is sinds {merged_on} een deel van de gemeente {municipality.name_nl}."


def _locality_label(locality: PostalLocality) -> str:
    if locality.search_key == locality.municipality.search_key:
        return f"{locality.postcode} {locality.name}"
    return f"{locality.postcode} {locality.name} ({locality.municipality.name_nl})"


def _nearest_postcodes(postcode: str) -> list[PlaceSuggestion]:
    """The existing postcodes numerically closest to one that does not exist."""
    wanted = int(postcode)
    names: dict[str, list[str]] = {}
    for code, name in PostalLocality.objects.order_by("postcode", "name").values_list(
        "postcode", "name"
    ):
        names.setdefault(code, []).append(name)
    closest = sorted(names, key=lambda code: (abs(int(code) - wanted), code))
    return [
        PlaceSuggestion(value=code, label=f"{code} {', '.join(names[code])}")
        for code in closest[:MAX_SUGGESTIONS]
    ]


def _closest_names(key: str) -> list[PlaceSuggestion]:
    """Municipalities and localities whose names look most like `key` (typos, half a name)."""
    candidates: dict[str, PlaceSuggestion] = {}
    for name, search_key, search_key_fr in Municipality.objects.values_list(
        "name_nl", "search_key", "search_key_fr"
    ):
        suggestion = PlaceSuggestion(value=name, label=name)
        candidates.setdefault(search_key, suggestion)
        candidates.setdefault(search_key_fr, suggestion)
    for postcode, name, search_key, municipality in PostalLocality.objects.values_list(
        "postcode", "name", "search_key", "municipality__name_nl"
    ):
        label = name if name == municipality else f"{name} ({municipality})"
        candidates.setdefault(search_key, PlaceSuggestion(value=f"{postcode} {name}", label=label))

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
