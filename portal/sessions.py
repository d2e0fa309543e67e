"""How long a back-office session lasts: an idle hour, a working day, and only with both factors.

A session is signed in only once the password and the second factor passed (portal.second_factor
signs in after the code, never after the password alone). Any other signed-in session, one from
before the second factor or one whose device an operator reset, is signed out here, so no page
(the back office, a draft's preview) ever trusts a password alone.
"""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.db import DatabaseError

SIGNED_IN_AT = "portal.signed_in_at"
SEEN_AT = "portal.seen_at"
# Writing the session at every request would cost a query each time; once a minute is precise
# enough for an idle hour.
SEEN_RESOLUTION_SECONDS = 60


def session_end_reason(session, now: int) -> str:
    """Why this signed-in session ends now, in Dutch for the login page; empty if it goes on."""
    signed_in = session.get(SIGNED_IN_AT, now)
    seen = session.get(SEEN_AT, now)
    if now - signed_in > settings.SESSION_MAX_SECONDS:
        hours = round(settings.SESSION_MAX_SECONDS / 3600)
        return f"Je bent {hours} uur aangemeld geweest. Meld je opnieuw aan om verder te werken."
    if now - seen > settings.SESSION_IDLE_SECONDS:
        minutes = round(settings.SESSION_IDLE_SECONDS / 60)
        idle = "een uur" if minutes == 60 else f"{minutes} minuten"
        return f"Je was {idle} niet actief. Meld je opnieuw aan om verder te werken."
    return ""


def session_start(sender, request, user, **kwargs) -> None:
    """On signing in (`user_logged_in`): the working day and the idle hour start now."""
    now = int(time.time())
    request.session[SIGNED_IN_AT] = now
    request.session[SEEN_AT] = now


class SessionLimitsMiddleware:
    """Signs out a session past its limits (`SESSION_IDLE_SECONDS`, `SESSION_MAX_SECONDS`) or
    without a verified second factor; keeps the times of the others up to date."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # A request without a session cookie (every visitor of the public site) costs nothing.
        try:
            signed_in = bool(request.session.session_key) and request.user.is_authenticated
        except DatabaseError:
            # The database is away: the view meets the same error, and portal.middleware
            # answers with its 503 page.
            return self.get_response(request)
        if signed_in:
            self._check(request)
        return self.get_response(request)

    def _check(self, request) -> None:
        session = request.session
        now = int(time.time())
        reason = session_end_reason(session, now)
        if not request.user.is_verified():
            reason = reason or "Meld je opnieuw aan, met je wachtwoord en je code."
        if reason:
            logout(request)
            messages.warning(request, reason)
            return
        session.setdefault(SIGNED_IN_AT, now)
        if now - session.get(SEEN_AT, 0) >= SEEN_RESOLUTION_SECONDS:
            session[SEEN_AT] = now
