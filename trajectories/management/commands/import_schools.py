"""`manage.py import_schools`: an official list of schools (or a programme list) from the command
line, with the same checks and report as the admin's import (`trajectories.services.schools`)."""

from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from portal.models import ImportRecord
from qualifications.models import ProfessionalQualification
from trajectories.models import Route
from trajectories.services.schools import (
    DEFAULT_LEVELS,
    LEVELS,
    ONDERWIJSAANBOD_URL,
    Programme,
    providers_import,
)
from trajectories.services.schools.importing import school_year_error


class Command(BaseCommand):
    help = (
        "Import an official list of schools (the 'onderwijsaanbod' CSV export of Onderwijs "
        "Vlaanderen, as downloaded or saved again by a spreadsheet): creates or updates one "
        "provider per schoolnummer with a location per campus. With --route, --qualification, "
        "--title and --school-year the list is a programme list and also creates one offering "
        "per campus, ending those of schools no longer in it. Writes nothing, and exits with "
        "status 1, when any row has an error or when no row would come in; --dry-run only shows "
        "what would change. What is written shows on the running site at its next request."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="The CSV file.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check the file and report what would change, without saving anything.",
        )
        parser.add_argument(
            "--source-url",
            default=ONDERWIJSAANBOD_URL,
            help=f"Where the file comes from, shown as source on each school "
            f"(default: {ONDERWIJSAANBOD_URL}).",
        )
        parser.add_argument(
            "--checked-on",
            type=date.fromisoformat,
            default=None,
            help="The day the file was downloaded, as YYYY-MM-DD (default: today).",
        )
        parser.add_argument("--route", help="Programme list: the route's slug.")
        parser.add_argument(
            "--qualification",
            action="append",
            default=[],
            help="Programme list: a qualification's slug (repeat for several).",
        )
        parser.add_argument("--title", help="Programme list: the programme as schools call it.")
        parser.add_argument("--school-year", help="Programme list: the school year, YYYY-YYYY.")
        parser.add_argument(
            "--levels",
            nargs="+",
            choices=sorted(LEVELS),
            default=list(DEFAULT_LEVELS),
            help=f"Levels of education to import (default: {' '.join(DEFAULT_LEVELS)}).",
        )
        parser.add_argument(
            "--draft",
            action="store_true",
            help="Bring new providers and offerings in as drafts, to publish after a look "
            "(as an import in the admin by someone without the right to publish does).",
        )
        parser.add_argument(
            "--confirm-shrink",
            action="store_true",
            help="Import even when the list ends more than 15%% of the programme's offerings.",
        )

    def handle(self, *args, file: Path, dry_run: bool, source_url: str, checked_on, **options):
        programme = self._programme(options)
        try:
            data = file.read_bytes()
        except OSError:
            raise CommandError(
                f"Het bestand {file} bestaat niet of kan niet gelezen worden."
            ) from None
        report = providers_import(
            data=data,
            source_url=source_url,
            checked_on=checked_on or timezone.localdate(),
            dry_run=dry_run,
            programme=programme,
            levels=tuple(options["levels"]),
            confirm_shrink=options["confirm_shrink"],
            publish=not options["draft"],
        )
        for row in report.rows:
            if row.note:
                self.stdout.write(f"{row.label}: {row.note}.")
            for change in row.changes:
                was = f"{change.old} -> " if change.old else ""
                self.stdout.write(f"{row.label}: {change.label}: {was}{change.new}")
        for ended in report.ended:
            self.stdout.write(
                f"Verdwenen: {ended.provider} ({ended.school_number}), {ended.location}: "
                f"{ended.title}"
            )
        for message in report.error_messages:
            self.stderr.write(message)
        self.stdout.write(report.summary)
        if report.has_errors:
            raise CommandError("Het bestand bevat fouten; er is niets geïmporteerd.")
        if report.imports_nothing:
            raise CommandError(report.warning)
        if report.needs_confirmation and not dry_run:
            raise CommandError(
                "Er is niets geïmporteerd. Klopt de lijst toch, herhaal dan met --confirm-shrink."
            )
        if report.is_written:
            ImportRecord.objects.create(
                kind=ImportRecord.Kind.SCHOOLS, file_name=file.name, summary=report.record_summary
            )
            self.stdout.write(self.style.SUCCESS("Scholenlijst geïmporteerd."))

    def _programme(self, options) -> Programme | None:
        given = {
            "--route": options["route"],
            "--qualification": options["qualification"],
            "--title": options["title"],
            "--school-year": options["school_year"],
        }
        if not any(given.values()):
            return None
        missing = [name for name, value in given.items() if not value]
        if missing:
            raise CommandError("Een opleidingslijst heeft ook nodig: " + ", ".join(missing) + ".")
        route = Route.objects.filter(slug=options["route"]).first()
        if route is None:
            slugs = ", ".join(Route.objects.values_list("slug", flat=True))
            raise CommandError(f"Traject '{options['route']}' bestaat niet. Kies uit: {slugs}.")
        slugs = options["qualification"]
        qualifications = list(ProfessionalQualification.objects.filter(slug__in=slugs))
        unknown = sorted(set(slugs) - {q.slug for q in qualifications})
        if unknown:
            raise CommandError(f"Beroepskwalificatie bestaat niet: {', '.join(unknown)}.")
        if error := school_year_error(options["school_year"]):
            raise CommandError(error)
        return Programme(
            route=route,
            qualifications=tuple(qualifications),
            title=options["title"].strip(),
            school_year=options["school_year"],
        )
