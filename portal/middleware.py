"""When the database cannot be reached: an honest 503 in Dutch, never a server error.

A PostgreSQL that is down, restarting or out of connections makes Django raise `OperationalError`
or `InterfaceError` wherever a query runs. Those become `503.html` (in the admin's own look under
/admin/) with a Retry-After header and no stack trace, and the log gets one line when the database
becomes unreachable and one when it answers again, not one per request. A read-only request that
lost its connection (a restart cuts every open one) is tried once more on a fresh connection.

Pages served from the page cache never reach the database, so they keep being served; and since
Django checks a kept connection before reusing it (`CONN_HEALTH_CHECKS`), the portal is itself
again as soon as the database is, without restarting the server.
"""

import logging
import threading
import time

from django.contrib import admin
from django.db import InterfaceError, OperationalError, connection, connections
from django.http import HttpResponse
from django.template import loader
from django.urls import reverse
from django.utils.cache import add_never_cache_headers

from portal.context_processors import main_navigation

logger = logging.getLogger("portal.database")

# What the 503 asks clients (and crawlers) to wait; a restart takes seconds, a failover longer.
# The pages say "over een halve minuut".
RETRY_AFTER_SECONDS = 30
# Before the one retry of a request that lost its connection: long enough for a fast restart
# to accept connections again, short enough that nobody notices.
RETRY_PAUSE_SECONDS = 0.5
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}

# PostgreSQL's codes for "the server is not there for you right now": class 08 (connection
# exception), too many connections, and shutting down or starting up. Other errors (a statement
# timeout, a missing table) are faults of ours and stay server errors.
UNAVAILABLE_SQLSTATES = {"53300", "57P01", "57P02", "57P03"}
UNAVAILABLE_SQLITE_ERRORS = ("SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_CANTOPEN")


def database_unavailable(error: BaseException) -> bool:
    """Whether `error` means the database cannot be reached (rather than a fault in a query)."""
    if isinstance(error, InterfaceError):
        return True  # used a connection that is already gone
    if not isinstance(error, OperationalError):
        return False
    cause = error.__cause__
    sqlstate = getattr(cause, "sqlstate", None)  # psycopg, for an error the server sent
    if sqlstate:
        return sqlstate.startswith("08") or sqlstate in UNAVAILABLE_SQLSTATES
    sqlite_error = getattr(cause, "sqlite_errorname", None)
    if sqlite_error:
        return sqlite_error.startswith(UNAVAILABLE_SQLITE_ERRORS)
    # No code: psycopg's own "connection refused", "server closed the connection unexpectedly".
    return True


class _Incidents:
    """Per process: one log line when the database becomes unreachable, one when it is back."""

    def __init__(self):
        self._lock = threading.Lock()
        self.since: float | None = None
        self.refused = 0

    def failed(self, error: BaseException) -> None:
        with self._lock:
            self.refused += 1
            if self.since is not None:
                return
            self.since, self.refused = time.monotonic(), 1
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        logger.error("Database unreachable, answering 503 until it is back: %s", reason)

    def recovered(self) -> None:
        if self.since is None:  # the usual case, without taking the lock
            return
        with self._lock:
            if self.since is None:
                return
            seconds, refused = time.monotonic() - self.since, self.refused
            self.since, self.refused = None, 0
        logger.warning(
            "Database reachable again after %.0f s; %d requests were answered 503.",
            seconds,
            refused,
        )


incidents = _Incidents()


def unavailable_response(request, error: BaseException) -> HttpResponse:
    """The 503 page, rendered without the database (no request context: its processors query)."""
    incidents.failed(error)
    if request is not None and request.path.startswith(reverse("admin:index")):
        template = "admin/503.html"
        context = {
            "site_header": admin.site.site_header,
            "site_title": admin.site.site_title,
            "title": "Even niet beschikbaar",
        }
    else:
        template = "503.html"
        context = {"main_navigation": main_navigation()}
    response = HttpResponse(loader.render_to_string(template, context), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    # Logged once per incident above; Django would otherwise log every 503 with its traceback.
    response._has_been_logged = True
    return response


class DatabaseUnavailableMiddleware:
    """Answers 503 while the database cannot be reached (see the module's docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # A request that reached the database without an error proves it is back.
        if (
            response.status_code != 503
            and connection.connection is not None
            and not connection.errors_occurred
        ):
            incidents.recovered()
        return response

    def process_exception(self, request, exception):
        if not database_unavailable(exception):
            return None
        if self._may_retry(request):
            request.database_retried = True
            connections.close_all()  # the broken connection goes; the retry opens a new one
            time.sleep(RETRY_PAUSE_SECONDS)
            match = request.resolver_match
            try:
                response = match.func(request, *match.args, **match.kwargs)
                if callable(getattr(response, "render", None)):
                    # Rendered here, so an error while rendering is caught too; and Django does
                    # not render what this returns when its own rendering was what failed.
                    response = response.render()
                return response
            except Exception as error:
                if not database_unavailable(error):
                    raise
                exception = error
        return unavailable_response(request, exception)

    @staticmethod
    def _may_retry(request) -> bool:
        # Only a connection that was there and broke (a restart), not one that could not be
        # opened (an outage: waiting would only slow the 503 down); only what can safely run
        # twice, only once, and never inside a transaction.
        return (
            connection.connection is not None
            and request.method in SAFE_METHODS
            and not getattr(request, "database_retried", False)
            and request.resolver_match is not None
            and not connection.in_atomic_block
        )
