from django.core.management.base import BaseCommand
from django.utils import timezone

from demand.services import notices_send


class Command(BaseCommand):
    help = (
        "Mails each confirmed, running request for training once about every new offering "
        "that answers it: its route and qualification, taught at one of its lesson moments, "
        "within its radius, enrolment open, not started or past (run daily)."
    )

    def handle(self, *args, **options):
        sent = notices_send(today=timezone.localdate())
        self.stdout.write(f"{sent} bericht(en) over nieuw aanbod verstuurd.")
