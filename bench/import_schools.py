"""How long the school-list import takes for a 4,000-row file, and in how many SQL queries.

Builds a list the size of a real data-onderwijs export (all main seats of one school year: about
4,000 rows) in the official format, with the mix that real files have: campuses of the same
school, NIS codes from before the 2025 mergers, missing coordinates, levels that are skipped.
Then, on PostgreSQL, it measures:

1. the preview (dry run) of that file as an institution list, into an empty portal;
2. the import of it;
3. the preview of the same file again (everything unchanged);
4. the import of it as a programme list (one offering per campus);
5. the same programme list again (everything unchanged).

Targets from the issue: a preview under 5 s, an import under 30 s, in a bounded number of
queries (not one per row per field). Prints a table and writes bench/results/import-latest.md.

Usage (DATABASE_URL must name a PostgreSQL database; `make bench-import` sets one up):
    .venv/bin/python bench/import_schools.py [--rows 4000]
"""

import argparse
import os
import random
import sys
import time
from datetime import date
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
os.environ.setdefault("DJANGO_DEBUG", "false")
os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only-secret-key-not-for-production")

SEED = 20261201
RESULTS = PROJECT / "bench" / "results"


def build_file(rows: int) -> bytes:
    """A list in the official format: made-up schools at real postal localities."""
    from pyproj import Transformer

    from portal.models import FormerNisCode, PostalLocality
    from tests.trajectories.school_lists import COLUMNS, official

    rng = random.Random(SEED)
    to_lambert = Transformer.from_crs("EPSG:4326", "EPSG:31370", always_xy=True)
    localities = list(PostalLocality.objects.select_related("municipality").order_by("pk"))
    old_codes = {}
    for code in FormerNisCode.objects.select_related("municipality"):
        old_codes.setdefault(code.municipality.nis_code, code.nis_code)
    levels = ["Gewoon Secundair Onderwijs"] * 6 + ["Volwassenenonderwijs"] * 3
    levels += ["Gewoon Basisonderwijs"]
    records = []
    number = 800000
    while len(records) < rows:
        number += 1
        level = rng.choice(levels)
        for campus in range(1, rng.choice([1, 1, 1, 2, 3]) + 1):
            locality = rng.choice(localities)
            nis_code = locality.municipality.nis_code
            if nis_code in old_codes and rng.random() < 0.5:
                nis_code = old_codes[nis_code]
            x, y = to_lambert.transform(locality.longitude, locality.latitude)
            lx, ly = (f"{x:.2f}", f"{y:.2f}") if rng.random() < 0.95 else ("0", "0")
            row = dict.fromkeys(COLUMNS, " ")
            row.update(
                schoolnummer=str(number),
                intern_vplnummer=str(campus),
                naam=f"Benchmarkschool {number}",
                straat="Schoolstraat",
                huisnummer=str(campus),
                postcode=locality.postcode,
                gemeente=locality.municipality.name_nl,
                niscode=nis_code,
                lx=lx,
                ly=ly,
                telefoon="09 000 00 00",
                onderwijsniveau=level,
                begindatum="01/09/2019",
                einddatum="31/12/4444",
            )
            records.append(row)
            if len(records) == rows:
                break
    return official(records)


def measure(label: str, **kwargs) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from trajectories.services.schools import providers_import

    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        report = providers_import(
            source_url="https://example.invalid/benchmark", checked_on=date.today(), **kwargs
        )
        seconds = time.perf_counter() - started
    if report.has_errors:
        sys.exit(f"{label}: the file has errors: {report.error_messages[:5]}")
    return {
        "step": label,
        "seconds": seconds,
        "queries": len(queries),
        "summary": report.summary,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=4000)
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        sys.exit(
            "bench/import_schools.py writes thousands of rows: give it a PostgreSQL DATABASE_URL."
        )

    import django

    django.setup()
    from django.core.management import call_command

    from portal.services import content_load, geography_load
    from qualifications.models import ProfessionalQualification
    from trajectories.models import Route
    from trajectories.services.schools import Programme

    call_command("migrate", "--noinput", verbosity=0)
    geography_load()
    content_load()
    data = build_file(args.rows)
    programme = Programme(
        route=Route.objects.get(slug="volwassenenonderwijs"),
        qualifications=tuple(
            ProfessionalQualification.objects.filter(slug="kinderbegeleider-babys-en-peuters")
        ),
        title="Kinderbegeleider baby's en peuters (benchmark)",
        school_year="2026-2027",
    )
    steps = [
        measure("preview, empty portal", data=data, dry_run=True),
        measure("import", data=data, dry_run=False),
        measure("preview, same file again", data=data, dry_run=True),
        measure("import as programme list", data=data, dry_run=False, programme=programme),
        measure("programme list again", data=data, dry_run=False, programme=programme),
    ]
    lines = [
        f"# School-list import: {args.rows:,} rows ({len(data) / 1024:.0f} kB), PostgreSQL",
        "",
        f"Measured {date.today():%Y-%m-%d}. Targets: preview < 5 s, import < 30 s.",
        "",
        "| step | seconds | SQL queries | summary |",
        "|---|---:|---:|---|",
    ]
    lines += [
        f"| {s['step']} | {s['seconds']:.2f} | {s['queries']} | {s['summary']} |" for s in steps
    ]
    text = "\n".join(lines) + "\n"
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "import-latest.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
