"""The import of a list of schools: read the file, match its rows, compare, then write or not.

Two kinds of list come in through the same door. An institution list (the "onderwijsaanbod"
export of Onderwijs Vlaanderen, or the CSV template for lists without an official export) says
who exists and where; a programme list (the schools that teach one programme) also says what is
taught there, and creates or updates one offering per campus. Staff preview an import (dry run)
before they confirm it, and an import writes all or nothing.
"""

import re
from datetime import date

from django.db import transaction
from django.utils import timezone

from trajectories.services.schools.reading import FileError, read_records
from trajectories.services.schools.report import Action, ImportReport, RowResult
from trajectories.services.schools.rows import DEFAULT_LEVELS, Places, School, clean_row
from trajectories.services.schools.writing import Programme, plan_import, write_plan

ONDERWIJSAANBOD_URL = "https://data-onderwijs.vlaanderen.be/onderwijsaanbod/"
SOURCE_NAME = "Onderwijs Vlaanderen, open data onderwijsaanbod"

_SCHOOL_YEAR = re.compile(r"^(\d{4})-(\d{4})$")


def school_year_error(raw: str) -> str:
    """Why `raw` is not a school year such as 2025-2026, in Dutch; empty when it is one."""
    match = _SCHOOL_YEAR.match(raw or "")
    if not match or int(match[2]) != int(match[1]) + 1:
        return f"'{raw}' is geen schooljaar: schrijf het als 2025-2026."
    return ""


@transaction.atomic
def providers_import(
    *,
    data: bytes,
    source_url: str,
    checked_on: date,
    dry_run: bool,
    programme: Programme | None = None,
    levels: tuple[str, ...] = DEFAULT_LEVELS,
    confirm_shrink: bool = False,
    source_name: str = SOURCE_NAME,
    publish: bool = True,
) -> ImportReport:
    """Create or update a provider and its locations (and, for a programme list, offerings).

    Schools are matched by `schoolnummer`, their campuses by `intern_vplnummer`, so importing a
    newer list updates them instead of adding them twice. Nothing is written when any row has an
    error (the report lists them all), in a dry run, or when a programme list would end more than
    15% of that programme's offerings without `confirm_shrink`. A file that cannot be read is
    reported, never raised. Closed schools and levels of education not in `levels` are skipped.

    New schools and offerings are published, unverified, or drafts when not `publish` (an import
    by someone without the right to publish: publishing stays with those who may, whatever the
    path). An update leaves status, kind, slug and verification as staff left them, because
    staff may have corrected or hidden a school on purpose.
    """
    report = ImportReport(
        dry_run=dry_run,
        programme=programme.label if programme else "",
        confirmed_shrink=confirm_shrink,
    )
    try:
        records = read_records(data)
    except FileError as error:
        report.file_errors.extend(error.messages)
        return report

    places = Places()
    today = timezone.localdate()
    seen: dict[tuple[str, str], tuple[int, School]] = {}
    schools: list[tuple[RowResult, School]] = []
    for record in records:
        values = record.values
        row = RowResult(
            line=record.line,
            school_number=values["schoolnummer"],
            name=values["naam"],
            campus_number=values.get("intern_vplnummer", ""),
        )
        report.rows.append(row)
        school = clean_row(record, row, places, today=today, levels=levels)
        if row.action == Action.SKIPPED:
            if row.skipped_level:
                counts = report.skipped_levels
                counts[row.skipped_level] = counts.get(row.skipped_level, 0) + 1
            continue
        if school is not None and school.number and not row.errors:
            if school.key in seen:
                line, first = seen[school.key]
                if (first.provider, first.location) == (school.provider, school.location):
                    row.action = Action.SKIPPED
                    row.notes.append(f"staat ook op regel {line}, met dezelfde gegevens")
                    continue
                where = f" (vestigingsplaats {school.campus})" if school.campus else ""
                row.errors.append(
                    f"schoolnummer {school.number}{where} staat ook op regel {line}, met andere "
                    "gegevens: welke klopt?"
                )
            else:
                seen[school.key] = (record.line, school)
        if row.errors:
            row.action = Action.ERROR
        else:
            schools.append((row, school))

    provenance = {"source_url": source_url, "source_name": source_name, "checked_on": checked_on}
    plan = plan_import(schools, report=report, programme=programme, provenance=provenance)
    # A file of which nothing would come in writes nothing either (a programme list would end
    # every offering of its programme).
    if dry_run or report.has_errors or report.needs_confirmation or report.imports_nothing:
        return report
    write_plan(plan, programme=programme, provenance=provenance, today=today, publish=publish)
    report.is_written = True
    return report
