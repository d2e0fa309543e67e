from django.core.management.base import BaseCommand

from portal.services import content_load


class Command(BaseCommand):
    help = (
        "Add the published starting content from fixtures/content/ (sources included). "
        "Existing rows are left untouched, so running it again changes nothing."
    )

    def handle(self, *args, **options):
        report = content_load()
        self.stdout.write(str(report) or "Geen inhoud gevonden.")
        self.stdout.write(self.style.SUCCESS("Inhoud geladen."))
