"""Delete messages to employers older than 90 days (run it daily, e.g. from cron)."""

from django.core.management.base import BaseCommand

from workplaces.models import ContactMessage
from workplaces.services.contact import contact_messages_delete_old


class Command(BaseCommand):
    help = (
        f"Verwijder berichten aan werkgevers ouder dan {ContactMessage.KEEP_DAYS} dagen "
        "(dagelijks uit te voeren)."
    )

    def handle(self, *args, **options):
        count = contact_messages_delete_old()
        self.stdout.write(
            f"{count} bericht(en) ouder dan {ContactMessage.KEEP_DAYS} dagen verwijderd."
        )
