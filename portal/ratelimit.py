"""Limits per sender that hold across every server process: "at most N times per window".

Each allowed use is a `RateLimitHit` row (the sender as a keyed hash), so two gunicorn workers, or
two servers behind a load balancer, count together without Redis. The window slides: a use counts
for exactly `window` after it happened. Refused uses are not stored, so a flood adds no rows, and
each check removes the scope's rows that fell out of their window.

Two requests checked at the same instant may both pass when one place is left: a limit may be
passed by the number of concurrent requests, never more, which is enough against abuse.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac

from portal.models import RateLimitHit

UNKNOWN_SENDER = "onbekend"


@dataclass(frozen=True)
class RateLimit:
    """At most `limit` uses of `scope` per sender within `window`."""

    scope: str
    limit: int
    window: timedelta

    def exceeded(self, sender: str | None) -> bool:
        """Whether `sender` used up the limit already (nothing is counted)."""
        return self._recent(sender).count() >= self.limit

    @transaction.atomic
    def hit(self, sender: str | None) -> bool:
        """Count one use by `sender` if the limit allows it; whether it did."""
        now = timezone.now()
        RateLimitHit.objects.filter(scope=self.scope, at__lte=now - self.window).delete()
        if self._recent(sender, now=now).count() >= self.limit:
            return False
        RateLimitHit.objects.create(scope=self.scope, subject=self._subject(sender), at=now)
        return True

    def reset(self, sender: str | None) -> None:
        """Forget the uses of `sender` (an operator lifting a limit, or a test)."""
        RateLimitHit.objects.filter(scope=self.scope, subject=self._subject(sender)).delete()

    def _recent(self, sender, *, now=None):
        since = (now or timezone.now()) - self.window
        return RateLimitHit.objects.filter(
            scope=self.scope, subject=self._subject(sender), at__gt=since
        )

    def _subject(self, sender: str | None) -> str:
        # Keyed with SECRET_KEY: the table never holds an address or account in the clear.
        key_salt = f"portal.ratelimit.{self.scope}"
        return salted_hmac(key_salt, sender or UNKNOWN_SENDER, algorithm="sha256").hexdigest()
