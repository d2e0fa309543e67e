"""Loading the geography of Flanders and Brussels from `fixtures/geo/`."""

import csv
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.conf import settings
from django.utils.text import slugify

from portal.caching import content_changing
from portal.models import (
    FormerMunicipality,
    FormerNisCode,
    Municipality,
    PostalLocality,
    Province,
    Region,
)

GEO_FIXTURES = Path(settings.BASE_DIR) / "fixtures" / "geo"


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


class _Upserts:
    """Rows of one kind to create or change, written in bulk: one query per batch, not per row.

    A bulk write skips `save()` and its signals: the load takes the new content version itself
    (`content_changing`), and each model's `search_keys_fill()` stands in for its `save()`.
    """

    def __init__(self, report: LoadReport, kind: str, model, fields: list[str]):
        self.report, self.kind, self.model, self.fields = report, kind, model, fields
        self.new, self.changed = [], []

    def add(self, obj, lookup: dict, values: dict):
        """Create or update one row (`obj` is the existing row or None), writing only on a
        change."""
        if obj is None:
            obj = self.model(**lookup, **values)
            self.new.append(obj)
            self.report.add(self.kind, "nieuw")
        elif any(getattr(obj, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(obj, name, value)
            self.changed.append(obj)
            self.report.add(self.kind, "gewijzigd")
        else:
            self.report.add(self.kind, "ongewijzigd")
        return obj

    def write(self) -> None:
        """Write what `add` collected; the new rows get their primary keys."""
        fill = getattr(self.model, "search_keys_fill", None)
        for obj in [*self.new, *self.changed] if fill else []:
            obj.search_keys_fill()
        fields = [*self.fields, *(f for f in ("search_key", "search_key_fr") if self._has(f))]
        self.model.objects.bulk_create(self.new, batch_size=500)
        self.model.objects.bulk_update(self.changed, fields, batch_size=500)

    def _has(self, name: str) -> bool:
        return any(field.name == name for field in self.model._meta.concrete_fields)


def _read_csv(directory: Path, name: str) -> list[dict[str, str]]:
    with (directory / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def geography_load(*, directory: Path = GEO_FIXTURES) -> LoadReport:
    """Load provinces, municipalities, postal localities and the 2025 mergers from `fixtures/geo/`.

    The mergers come in twice: the former names (so a person typing one finds the place) and
    the former NIS codes (so an official list from before 2025 still finds it).

    Idempotent: a second run finds every row unchanged and writes nothing. Rows are written in
    bulk, all or nothing, under one new content version: places are on every search and
    provider page.
    """
    report = LoadReport()
    municipality_rows = _read_csv(directory, "municipalities.csv")
    locality_rows = _read_csv(directory, "postcodes.csv")
    merger_rows = _read_csv(directory, "mergers-2025.csv")
    former_code_rows = _read_csv(directory, "nis-codes-before-2025.csv")

    with content_changing():
        provinces = {}
        upserts = _Upserts(report, "provincies", Province, ["name", "region"])
        existing_provinces = {p.slug: p for p in Province.objects.all()}
        for row in municipality_rows:
            raw = row["province"]
            if raw in provinces:
                continue
            region = Region.BRUSSELS if row["region"].startswith("Brussels") else Region.FLEMISH
            slug = PROVINCE_SLUGS.get(raw, slugify(raw))
            provinces[raw] = upserts.add(
                existing_provinces.get(slug),
                {"slug": slug},
                {"name": PROVINCE_NAMES.get(raw, raw), "region": region},
            )
        upserts.write()

        existing = {m.nis_code: m for m in Municipality.objects.select_related("province")}
        municipalities = {}
        values_names = ["name_nl", "name_fr", "slug", "province", "latitude", "longitude"]
        upserts = _Upserts(report, "gemeenten", Municipality, values_names)
        for row in municipality_rows:
            values = {
                "name_nl": row["name_nl"],
                "name_fr": row["name_fr"],
                "slug": slugify(row["name_nl"]),
                "province": provinces[row["province"]],
                "latitude": float(row["latitude"]),
                "longitude": float(row["longitude"]),
            }
            municipalities[row["nis_code"]] = upserts.add(
                existing.get(row["nis_code"]), {"nis_code": row["nis_code"]}, values
            )
        upserts.write()

        existing_localities = {
            (loc.postcode, loc.name, loc.municipality.nis_code): loc
            for loc in PostalLocality.objects.select_related("municipality")
        }
        values_names = ["name_fr", "latitude", "longitude", "is_point_of_municipality"]
        upserts = _Upserts(report, "postale deelgemeenten", PostalLocality, values_names)
        for row in locality_rows:
            key = (row["postcode"], row["locality"], row["nis_code"])
            values = {
                "name_fr": row["locality_fr"],
                "latitude": float(row["latitude"]),
                "longitude": float(row["longitude"]),
                "is_point_of_municipality": row["coord_source"] == "municipality_center_best",
            }
            upserts.add(
                existing_localities.get(key),
                {
                    "postcode": row["postcode"],
                    "name": row["locality"],
                    "municipality": municipalities[row["nis_code"]],
                },
                values,
            )
        upserts.write()

        by_name = {m.name_nl: m for m in municipalities.values()}
        existing_former = {
            f.name: f for f in FormerMunicipality.objects.select_related("municipality")
        }
        upserts = _Upserts(
            report, "voormalige gemeenten", FormerMunicipality, ["municipality", "merged_on"]
        )
        for row in merger_rows:
            upserts.add(
                existing_former.get(row["former_name"]),
                {"name": row["former_name"]},
                {
                    "municipality": by_name[row["municipality"]],
                    "merged_on": date.fromisoformat(row["merged_on"]),
                },
            )
        upserts.write()

        existing_codes = {
            f.nis_code: f for f in FormerNisCode.objects.select_related("municipality")
        }
        values_names = ["name", "municipality", "merged_on", "source_url"]
        upserts = _Upserts(report, "NIS-codes van voor een fusie", FormerNisCode, values_names)
        for row in former_code_rows:
            upserts.add(
                existing_codes.get(row["former_nis_code"]),
                {"nis_code": row["former_nis_code"]},
                {
                    "name": row["former_name"],
                    "municipality": municipalities[row["nis_code"]],
                    "merged_on": date.fromisoformat(row["merged_on"]),
                    "source_url": row["source_url"],
                },
            )
        upserts.write()
    return report
