from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from portal.models import ImportRecord
from portal.services import ContentImportError, content_import, content_load


class Command(BaseCommand):
    help = (
        "Add the published starting content from fixtures/content/ (sources included), or restore "
        "an export with --file, every row checked as the back office's import checks it. "
        "Existing rows are left untouched, so running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--file", type=Path, action="append", help="An export to load (may be repeated)."
        )

    def handle(self, *args, file=None, **options):
        if not file:
            report = content_load()
            self.stdout.write(str(report) or "Geen inhoud gevonden.")
            self.stdout.write(self.style.SUCCESS("Inhoud geladen."))
            return
        with transaction.atomic():  # every file and the record, or nothing
            for path in file:
                try:
                    report = content_import(data=path.read_bytes(), dry_run=False)
                except ContentImportError as error:
                    raise CommandError(
                        f"{path.name} is niet geladen; er is niets gewijzigd.\n"
                        + "\n".join(error.messages)
                    ) from None
                except OSError:
                    raise CommandError(f"Het bestand {path} kan niet gelezen worden.") from None
                self.stdout.write(f"{path.name}:\n{report}")
            ImportRecord.objects.create(
                kind=ImportRecord.Kind.CONTENT,
                file_name=", ".join(path.name for path in file),
                summary=str(report),
            )
        self.stdout.write(self.style.SUCCESS("Inhoud geladen."))
