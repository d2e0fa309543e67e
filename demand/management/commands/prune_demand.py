from django.core.management.base import BaseCommand
from django.utils import timezone

from demand.services import demand_prune


class Command(BaseCommand):
    help = (
        "Removes what the demand no longer needs (run daily): counts of searches without an "
        "answer older than two school years, the e-mail address of every request that ended or "
        "was withdrawn, requests whose address was never confirmed once the link expired, and "
        "requests that ended before the previous school year."
    )

    def handle(self, *args, **options):
        pruned = demand_prune(today=timezone.localdate())
        self.stdout.write(
            f"{pruned.searches} telling(en) van zoekopdrachten verwijderd, "
            f"{pruned.requests_ended} e-mailadres(sen) van afgelopen aanvragen gewist, "
            f"{pruned.requests_deleted} aanvra(a)g(en) verwijderd."
        )
