from pathlib import Path

from django.core.management.base import BaseCommand

from portal.models import ImportRecord
from portal.services import content_load


class Command(BaseCommand):
    help = (
        "Add the published starting content from fixtures/content/ (sources included), or restore "
        "an export with --file. Existing rows are left untouched, so running it again changes "
        "nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--file", type=Path, action="append", help="An export to load (may be repeated)."
        )

    def handle(self, *args, file=None, **options):
        report = content_load(paths=file) if file else content_load()
        self.stdout.write(str(report) or "Geen inhoud gevonden.")
        if file:
            ImportRecord.objects.create(
                kind=ImportRecord.Kind.CONTENT,
                file_name=", ".join(path.name for path in file),
                summary=str(report),
            )
        self.stdout.write(self.style.SUCCESS("Inhoud geladen."))
