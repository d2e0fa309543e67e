"""Loading the geography of Flanders and Brussels from `fixtures/geo/`."""

import csv
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils.text import slugify

from portal.caching import content_changed
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

    The mergers come in twice: the former names (so a person typing one finds the place) and
    the former NIS codes (so an official list from before 2025 still finds it).

    Idempotent: a second run finds every row unchanged and writes nothing.
    """
    report = LoadReport()
    content_changed()  # before the first row: places are on every search and provider page
    municipality_rows = _read_csv(directory, "municipalities.csv")
    locality_rows = _read_csv(directory, "postcodes.csv")
    merger_rows = _read_csv(directory, "mergers-2025.csv")
    former_code_rows = _read_csv(directory, "nis-codes-before-2025.csv")

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

    existing_codes = {f.nis_code: f for f in FormerNisCode.objects.select_related("municipality")}
    for row in former_code_rows:
        _upsert(
            report,
            "NIS-codes van voor een fusie",
            FormerNisCode,
            existing_codes.get(row["former_nis_code"]),
            {"nis_code": row["former_nis_code"]},
            {
                "name": row["former_name"],
                "municipality": municipalities[row["nis_code"]],
                "merged_on": date.fromisoformat(row["merged_on"]),
                "source_url": row["source_url"],
            },
        )
    return report
