from django.core.management.base import BaseCommand

from portal.services import geography_load


class Command(BaseCommand):
    help = (
        "Load the provinces, municipalities (2025), postal localities and 2025 mergers of "
        "Flanders and Brussels from fixtures/geo/. Safe to run again: it only writes changes."
    )

    def handle(self, *args, **options):
        report = geography_load()
        self.stdout.write(str(report))
        self.stdout.write(self.style.SUCCESS("Geografie geladen."))
