from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from trajectories.services import providers_import
from trajectories.services.schools import ONDERWIJSAANBOD_URL


class Command(BaseCommand):
    help = (
        "Import the official list of schools (the 'onderwijsaanbod' CSV export of Onderwijs "
        "Vlaanderen): creates or updates one provider and its location per schoolnummer. "
        "Writes nothing when any row has an error; --dry-run only shows what would change."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="The CSV file as downloaded.")
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

    def handle(self, *args, file: Path, dry_run: bool, source_url: str, checked_on, **options):
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
        )
        for row in report.rows:
            if row.note:
                self.stdout.write(f"Regel {row.line} ({row.school_number}): {row.note}.")
        for message in report.error_messages:
            self.stderr.write(message)
        self.stdout.write(report.summary)
        if report.has_errors:
            raise CommandError("Het bestand bevat fouten; er is niets geïmporteerd.")
        if not dry_run:
            self.stdout.write(self.style.SUCCESS("Scholenlijst geïmporteerd."))
