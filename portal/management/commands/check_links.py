from django.core.management.base import BaseCommand, CommandError

from portal.linkcheck import broken_links, links_check, links_collect


class Command(BaseCommand):
    help = (
        "Check every outside link in the content (sources, websites, official pages) and "
        "record which ones are broken. Staff see the broken ones in the back office."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--timeout",
            type=float,
            default=10,
            help="Seconds to wait for each answer (default 10).",
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=8,
            help="How many links to check at the same time (default 8).",
        )
        parser.add_argument(
            "--only-broken",
            action="store_true",
            help="Re-check only the links that were broken at their last check.",
        )

    def handle(self, *args, timeout, workers, only_broken, **options):
        if timeout <= 0:
            raise CommandError("--timeout moet groter zijn dan 0.")
        if workers < 1:
            raise CommandError("--workers moet minstens 1 zijn.")

        if only_broken:
            used = {link.url: link.used_in for link in broken_links()}
        else:
            used = links_collect()
        report = links_check(urls=list(used), timeout=timeout, workers=workers)

        self.stdout.write(str(report))
        for result in report.broken:
            self.stdout.write(self.style.ERROR(f"\n{result.url}: {result.problem}"))
            for place in used[result.url]:
                self.stdout.write(f"  - {place}")
