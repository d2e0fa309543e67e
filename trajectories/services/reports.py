"""'Klopt er iets niet?': readers report a wrong fact; staff or the provider resolve it."""

from django.conf import settings
from django.core.cache import cache

from trajectories.models import Report

RATE_KEY = "meldingen:{address}"
RATE_WINDOW_SECONDS = 3600


def report_rate_exceeded(*, address: str | None) -> bool:
    """Whether this address sent `REPORTS_PER_HOUR` reports in the last hour already."""
    return cache.get(RATE_KEY.format(address=address or "onbekend"), 0) >= (
        settings.REPORTS_PER_HOUR
    )


def report_submit(*, provider, offering, what: str, contact: str, address: str | None) -> Report:
    """Keep the report and count it against the sender's address (in the cache, for an hour)."""
    key = RATE_KEY.format(address=address or "onbekend")
    cache.add(key, 0, RATE_WINDOW_SECONDS)
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, RATE_WINDOW_SECONDS)
    return Report.objects.create(provider=provider, offering=offering, what=what, contact=contact)


def report_resolve(*, report: Report, user, resolution: str) -> None:
    report.handle(status=Report.Status.RESOLVED, user=user, resolution=resolution)
