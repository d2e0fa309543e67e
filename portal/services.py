"""Services of the site shell: turning what a person types into a place, loading the geography."""

import csv
import difflib
import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.conf import settings
from django.core import serializers
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.formats import date_format
from django.utils.text import slugify

from portal.geo import Point, normalize_place_name
from portal.models import (
    FormerMunicipality,
    Municipality,
    PostalLocality,
    Province,
    PublishableModel,
    Region,
)
from portal.uploads import row_limit_check

GEO_FIXTURES = Path(settings.BASE_DIR) / "fixtures" / "geo"
CONTENT_FIXTURES = Path(settings.BASE_DIR) / "fixtures" / "content"
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


@dataclass
class LoadReport:
    """How many rows a load created, changed and left as they were, per kind."""

    counts: dict[str, dict[str, int]] = field(default_factory=dict)

    def add(self, kind: str, outcome: str) -> None:
        self.counts.setdefault(kind, {"nieuw": 0, "gewijzigd": 0, "ongewijzigd": 0})
        self.counts[kind][outcome] += 1

    def __str__(self) -> str:
        return "\n".join(
            f"{kind}: {sum(c.values())} ({c['nieuw']} nieuw, {c['gewijzigd']} gewijzigd)"
            for kind, c in self.counts.items()
        )


PROVINCE_NAMES = {"Brussels": "Brussels Hoofdstedelijk Gewest"}
PROVINCE_SLUGS = {"Brussels": "brussel"}


def _upsert(report: LoadReport, kind: str, model, obj, lookup: dict, values: dict):
    """Create or update one row (`obj` is the existing row or None), writing only on a change."""
    if obj is None:
        obj = model(**lookup, **values)
        obj.save()
        report.add(kind, "nieuw")
    elif any(getattr(obj, name) != value for name, value in values.items()):
        for name, value in values.items():
            setattr(obj, name, value)
        obj.save()
        report.add(kind, "gewijzigd")
    else:
        report.add(kind, "ongewijzigd")
    return obj


def _read_csv(directory: Path, name: str) -> list[dict[str, str]]:
    with (directory / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@transaction.atomic
def geography_load(*, directory: Path = GEO_FIXTURES) -> LoadReport:
    """Load provinces, municipalities, postal localities and the 2025 mergers from `fixtures/geo/`.

    Idempotent: a second run finds every row unchanged and writes nothing.
    """
    report = LoadReport()
    municipality_rows = _read_csv(directory, "municipalities.csv")
    locality_rows = _read_csv(directory, "postcodes.csv")
    merger_rows = _read_csv(directory, "mergers-2025.csv")

    provinces = {}
    for row in municipality_rows:
        raw = row["province"]
        if raw in provinces:
            continue
        region = Region.BRUSSELS if row["region"].startswith("Brussels") else Region.FLEMISH
        slug = PROVINCE_SLUGS.get(raw, slugify(raw))
        provinces[raw] = _upsert(
            report,
            "provincies",
            Province,
            Province.objects.filter(slug=slug).first(),
            {"slug": slug},
            {"name": PROVINCE_NAMES.get(raw, raw), "region": region},
        )

    existing = {m.nis_code: m for m in Municipality.objects.select_related("province")}
    municipalities = {}
    for row in municipality_rows:
        values = {
            "name_nl": row["name_nl"],
            "name_fr": row["name_fr"],
            "slug": slugify(row["name_nl"]),
            "province": provinces[row["province"]],
            "latitude": float(row["latitude"]),
            "longitude": float(row["longitude"]),
        }
        municipalities[row["nis_code"]] = _upsert(
            report,
            "gemeenten",
            Municipality,
            existing.get(row["nis_code"]),
            {"nis_code": row["nis_code"]},
            values,
        )

    existing_localities = {
        (loc.postcode, loc.name, loc.municipality.nis_code): loc
        for loc in PostalLocality.objects.select_related("municipality")
    }
    for row in locality_rows:
        key = (row["postcode"], row["locality"], row["nis_code"])
        values = {
            "name_fr": row["locality_fr"],
            "latitude": float(row["latitude"]),
            "longitude": float(row["longitude"]),
            "is_point_of_municipality": row["coord_source"] == "municipality_center_best",
        }
        _upsert(
            report,
            "postale deelgemeenten",
            PostalLocality,
            existing_localities.get(key),
            {
                "postcode": row["postcode"],
                "name": row["locality"],
                "municipality": municipalities[row["nis_code"]],
            },
            values,
        )

    by_name = {m.name_nl: m for m in municipalities.values()}
    existing_former = {f.name: f for f in FormerMunicipality.objects.select_related("municipality")}
    for row in merger_rows:
        _upsert(
            report,
            "voormalige gemeenten",
            FormerMunicipality,
            existing_former.get(row["former_name"]),
            {"name": row["former_name"]},
            {
                "municipality": by_name[row["municipality"]],
                "merged_on": date.fromisoformat(row["merged_on"]),
            },
        )
    return report


@transaction.atomic
def content_load(
    *, directory: Path = CONTENT_FIXTURES, paths: list[Path] | None = None
) -> LoadReport:
    """Add content from JSON files: `fixtures/content/*.json` by name, or the given `paths`.

    Rows are named by their slug (natural keys). A row that already exists is left exactly as
    staff left it, so a second run writes nothing and an edit made in the admin survives. It
    also restores what `content_export()` wrote, into an empty database. All or nothing.
    """
    report = LoadReport()
    for path in paths if paths is not None else sorted(directory.glob("*.json")):
        with path.open(encoding="utf-8") as handle:
            for item in serializers.deserialize("json", handle):
                obj = item.object
                kind = str(obj._meta.verbose_name_plural)
                if obj.pk is not None:
                    report.add(kind, "ongewijzigd")
                    continue
                if getattr(obj, "created_at", None):
                    # A restored export keeps its own timestamps: save it as it was written.
                    item.save()
                else:
                    obj.save()
                    for name, values in (item.m2m_data or {}).items():
                        getattr(obj, name).set(values)
                report.add(kind, "nieuw")
    return report


def content_publish(*, items, publish: bool) -> int:
    """Publish (or take offline) the given content, one save each so history records who did it."""
    status = PublishableModel.Status.PUBLISHED if publish else PublishableModel.Status.DRAFT
    changed = 0
    for item in items:
        if item.status != status:
            item.status = status
            item.save()
            changed += 1
    return changed


def exported_models() -> list:
    """Every model whose rows are the portal's content (not geography, users or logs)."""
    from django.apps import apps

    labels = {"portal", "qualifications", "trajectories", "incentives"}
    skip = {"user", "province", "municipality", "formermunicipality", "postallocality",
            "linkcheck", "importrecord"}  # fmt: skip
    return [
        model
        for model in apps.get_models()
        if model._meta.app_label in labels
        and model._meta.model_name not in skip
        and not model._meta.model_name.startswith("historical")
    ]


def content_export() -> str:
    """All content as JSON with natural keys, in an order that `content_load` can restore."""
    ordered = serializers.sort_dependencies([(None, exported_models())], allow_cycles=True)
    objects = []
    for model in ordered:
        objects.extend(model._default_manager.order_by("pk"))
    data = json.loads(
        serializers.serialize(
            "json", objects, use_natural_foreign_keys=True, use_natural_primary_keys=True
        )
    )
    for item in data:
        fields = item["fields"]
        # Who checked a fact refers to an account, which an export does not carry.
        fields.pop("checked_by", None)
        # Timestamps to the second: JSON keeps milliseconds only, so finer would not round-trip.
        for name in ("created_at", "updated_at"):
            if isinstance(fields.get(name), str) and len(fields[name]) > 20:
                fields[name] = fields[name][:19] + "Z"
    return json.dumps(data, ensure_ascii=False, indent=1)


class ContentImportError(Exception):
    """A content file that cannot be loaded; the message is for staff, in Dutch."""


def content_import(*, data: bytes, dry_run: bool) -> LoadReport:
    """Load an export (as `content_export` writes it): all or nothing, or only try it (dry run).

    Existing rows stay as they are; new ones are added. A file that does not fit raises
    `ContentImportError` with what is wrong, and nothing is written.
    """
    import tempfile

    from django.core.serializers.base import DeserializationError

    try:
        items = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as error:
        raise ContentImportError(f"Dit is geen JSON-export van het portaal ({error}).") from None
    if not isinstance(items, list):
        raise ContentImportError("Dit is geen JSON-export van het portaal (geen lijst).")
    try:  # before a single row is read into the database
        row_limit_check(len(items))
    except ValidationError as error:
        raise ContentImportError(error.messages[0]) from None
    with tempfile.NamedTemporaryFile(suffix=".json") as handle:
        handle.write(data)
        handle.flush()
        try:
            with transaction.atomic():
                report = content_load(paths=[Path(handle.name)])
                if dry_run:
                    transaction.set_rollback(True)
        except DeserializationError as error:
            raise ContentImportError(
                f"Het bestand past niet bij het portaal: {error}. Er is niets gewijzigd."
            ) from None
    return report


@dataclass(frozen=True)
class DeletedItem:
    model_label: str
    kind: str
    record: object  # the historical record of the deletion


def deleted_content(*, limit: int = 50) -> list[DeletedItem]:
    """The most recent deletions of content that has not come back, newest first."""
    from portal.freshness import content_models

    found = []
    for model in content_models():
        history = model.history.model
        deleted = history.objects.filter(history_type="-").order_by("-history_date")[:limit]
        deleted = deleted.select_related("history_user")
        existing = set(
            model.objects.filter(pk__in=[d.id for d in deleted]).values_list("pk", flat=True)
        )
        found += [
            DeletedItem(model._meta.label, str(model._meta.verbose_name), record)
            for record in deleted
            if record.id not in existing
        ]
    return sorted(found, key=lambda item: item.record.history_date, reverse=True)[:limit]


def content_restore(*, model_label: str, history_id: int):
    """Bring a deleted item back as it was just before it was deleted."""
    from django.apps import apps

    model = apps.get_model(model_label)
    record = model.history.model.objects.get(history_id=history_id, history_type="-")
    restored = record.instance
    restored.save()
    return restored
