from pathlib import Path

from django.core.management.base import BaseCommand

from portal.services import content_export


class Command(BaseCommand):
    help = (
        "Write all content (everything staff edit, not geography or accounts) as JSON that "
        "`load_content --file` restores into an empty database."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", type=Path, help="File to write; default: standard output.")

    def handle(self, *args, output=None, **options):
        data = content_export()
        if output:
            output.write_text(data, encoding="utf-8")
            self.stdout.write(self.style.SUCCESS(f"Inhoud geëxporteerd naar {output}."))
        else:
            self.stdout.write(data)
