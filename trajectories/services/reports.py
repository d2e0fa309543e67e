"""'Klopt er iets niet?': readers report a wrong fact; staff or the provider resolve it."""

from datetime import timedelta

from django.conf import settings

from portal.ratelimit import RateLimit
from trajectories.models import Report


def report_rate_limit() -> RateLimit:
    """At most `REPORTS_PER_HOUR` reports an hour per address, counted across every server."""
    return RateLimit("meldingen", settings.REPORTS_PER_HOUR, timedelta(hours=1))


def report_rate_exceeded(*, address: str | None) -> bool:
    """Whether this address sent `REPORTS_PER_HOUR` reports in the last hour already."""
    return report_rate_limit().exceeded(address)


def report_submit(*, provider, offering, what: str, contact: str, address: str | None) -> Report:
    """Keep the report and count it against the sender's address for an hour."""
    report_rate_limit().hit(address)
    return Report.objects.create(provider=provider, offering=offering, what=what, contact=contact)


def report_resolve(*, report: Report, user, resolution: str) -> None:
    report.handle(status=Report.Status.RESOLVED, user=user, resolution=resolution)
