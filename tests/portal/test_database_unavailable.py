"""While the database cannot be reached, every page answers an honest 503 in Dutch, never a 500."""

import logging
import sqlite3
from types import SimpleNamespace
from unittest import mock

import pytest
from django.db import DatabaseError, InterfaceError, OperationalError
from django.template import engines
from django.template.response import SimpleTemplateResponse
from django.test import RequestFactory
from django.urls import ResolverMatch

from portal import middleware
from portal.caching import content_changed
from portal.middleware import DatabaseUnavailableMiddleware, database_unavailable
from portal.views import server_error

pytestmark = pytest.mark.django_db

DUTCH_TITLE = "De Instroomwijzer is even niet beschikbaar"
EXECUTE = "django.db.backends.utils.CursorWrapper.execute"


class ServerError(Exception):
    """Stands in for a psycopg error that carries the server's SQLSTATE."""

    def __init__(self, sqlstate):
        super().__init__(f"SQLSTATE {sqlstate}")
        self.sqlstate = sqlstate


def lost(message="server closed the connection unexpectedly"):
    return OperationalError(message)


@pytest.fixture(autouse=True)
def _no_incident():
    """Each test starts with a database that was last seen working, and a content version that
    no page is cached under yet."""
    middleware.incidents.since, middleware.incidents.refused = None, 0
    content_changed()


@pytest.fixture
def database_down():
    with mock.patch(EXECUTE, side_effect=lost("connection refused")):
        yield


@pytest.mark.parametrize("path", ["/", "/trajecten/", "/opleidingen/?plaats=Gent", "/premies/"])
def test_every_page_answers_503_in_dutch_with_retry_after(client, database_down, path):
    response = client.get(path)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert DUTCH_TITLE in html
    assert "probeer het over een halve minuut opnieuw" in html
    assert "Traceback" not in html
    assert "connection refused" not in html


def test_a_database_error_raised_in_a_view_is_a_503(client):
    with mock.patch("portal.views.HomeView.get_context_data", side_effect=lost()):
        response = client.get("/")
    assert response.status_code == 503
    assert DUTCH_TITLE in response.content.decode()


def test_a_lost_connection_while_the_template_renders_is_a_503(client):
    # The footer's contact organisations are read only when the template renders.
    with mock.patch("portal.context_processors.ContactOrganisation.objects.published") as read:
        read.side_effect = InterfaceError("connection already closed")
        response = client.get("/over/")
    assert response.status_code == 503


def test_the_admin_says_it_in_its_own_look(admin_client, database_down):
    response = admin_client.get("/admin/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    html = response.content.decode()
    assert "Instroomwijzer Kinderopvang — beheer" in html
    assert "Het beheer is even niet beschikbaar" in html
    assert DUTCH_TITLE not in html


def test_a_failed_admin_save_is_a_503_too(admin_client):
    with mock.patch(EXECUTE, side_effect=lost()):
        response = admin_client.post("/admin/portal/resource/add/", {"title": "x"})
    assert response.status_code == 503
    assert "knop Vorige" in response.content.decode()


def test_a_fault_in_a_query_stays_a_server_error(client):
    client.raise_request_exception = False
    timeout = OperationalError("canceling statement due to statement timeout")
    timeout.__cause__ = ServerError("57014")
    with mock.patch("portal.views.HomeView.get_context_data", side_effect=timeout):
        response = client.get("/")
    assert response.status_code == 500
    assert "Er ging bij ons iets mis" in response.content.decode()


def test_cached_pages_are_still_served_while_the_database_is_away(client):
    cached = client.get("/opleidingen/?plaats=Gent&straal=20")
    assert cached.status_code == 200
    with mock.patch(EXECUTE, side_effect=lost("connection refused")):
        again = client.get("/opleidingen/?plaats=Gent&straal=20")
        uncached = client.get("/opleidingen/?plaats=Aalst&straal=20")
    assert again.status_code == 200
    assert again.content == cached.content
    assert uncached.status_code == 503


def test_an_unreachable_database_outside_a_view_is_a_503_too():
    request = RequestFactory().get("/")
    try:
        raise lost()
    except OperationalError:
        response = server_error(request)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"


def test_one_log_line_when_the_database_goes_and_one_when_it_is_back(client, caplog):
    with caplog.at_level(logging.INFO, logger="portal.database"):
        with mock.patch(EXECUTE, side_effect=lost("connection refused")):
            for _ in range(3):
                assert client.get("/trajecten/").status_code == 503
        assert client.get("/trajecten/").status_code == 200
        assert client.get("/trajecten/").status_code == 200
    messages = [(r.levelno, r.getMessage()) for r in caplog.records]
    assert messages == [
        (logging.ERROR, "Database unreachable, answering 503 until it is back: connection refused"),
        (logging.WARNING, "Database reachable again after 0 s; 3 requests were answered 503."),
    ]


def test_django_does_not_log_each_503_with_its_traceback(client, database_down, caplog):
    with caplog.at_level(logging.INFO, logger="django.request"):
        client.get("/trajecten/")
        client.get("/trajecten/")
    assert not [record for record in caplog.records if record.name == "django.request"]


@pytest.mark.parametrize(
    ("error", "unavailable"),
    [
        (lost("connection refused"), True),
        (InterfaceError("connection already closed"), True),
        (OperationalError("admin shutdown"), True),
        (DatabaseError("something else"), False),
        (ValueError("not the database"), False),
    ],
    ids=["refused", "closed", "no-code", "database-error", "other"],
)
def test_which_errors_mean_the_database_is_away(error, unavailable):
    assert database_unavailable(error) is unavailable


@pytest.mark.parametrize(
    ("sqlstate", "unavailable"),
    [
        ("08006", True),  # connection failure
        ("57P01", True),  # terminating connection due to administrator command
        ("57P03", True),  # the database system is starting up
        ("53300", True),  # too many connections
        ("57014", False),  # statement timeout: our query's fault
        ("42P01", False),  # undefined table
    ],
)
def test_postgresql_codes_tell_an_outage_from_a_fault(sqlstate, unavailable):
    error = OperationalError("from the server")
    error.__cause__ = ServerError(sqlstate)
    assert database_unavailable(error) is unavailable


def test_a_locked_sqlite_file_is_an_outage_but_a_missing_table_is_not():
    locked, missing = OperationalError("database is locked"), OperationalError("no such table")
    locked.__cause__ = sqlite3.OperationalError("database is locked")
    locked.__cause__.sqlite_errorname = "SQLITE_BUSY"
    missing.__cause__ = sqlite3.OperationalError("no such table: x")
    missing.__cause__.sqlite_errorname = "SQLITE_ERROR"
    assert database_unavailable(locked)
    assert not database_unavailable(missing)


# -- The one retry ----------------------------------------------------------------------------


class FlakyView:
    """A view that fails with the given errors first, then answers (a page still to render)."""

    def __init__(self, *errors):
        self.errors = list(errors)
        self.calls = 0

    def __call__(self, request):
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return SimpleTemplateResponse(engines["django"].from_string("ok"))


@pytest.fixture
def retry(monkeypatch):
    """The middleware around a view, with a connection that was open and broke."""
    closed = []
    monkeypatch.setattr(middleware, "RETRY_PAUSE_SECONDS", 0)
    monkeypatch.setattr(
        middleware, "connections", SimpleNamespace(close_all=lambda: closed.append(True))
    )
    monkeypatch.setattr(
        middleware,
        "connection",
        SimpleNamespace(connection=object(), in_atomic_block=False, errors_occurred=True),
    )

    def run(view, method="get", **state):
        for name, value in state.items():
            setattr(middleware.connection, name, value)
        request = getattr(RequestFactory(), method)("/trajecten/")
        request.resolver_match = ResolverMatch(view, (), {})
        try:
            view(request)
        except Exception as error:
            return DatabaseUnavailableMiddleware(view).process_exception(request, error)
        raise AssertionError("the view did not fail")

    run.closed = closed
    return run


def test_a_read_that_lost_its_connection_is_tried_once_more(retry):
    view = FlakyView(lost())
    response = retry(view)
    assert (response.status_code, view.calls) == (200, 2)
    assert retry.closed  # on a fresh connection
    # Rendered: when rendering was what failed, Django does not render what the retry returns.
    assert response.content == b"ok"


def test_a_second_failure_gives_up_with_503(retry):
    view = FlakyView(lost(), lost())
    response = retry(view)
    assert (response.status_code, view.calls) == (503, 2)


@pytest.mark.parametrize(
    ("method", "state"),
    [
        ("post", {}),  # a write might happen twice
        ("get", {"connection": None}),  # could not connect at all: an outage, answer at once
        ("get", {"in_atomic_block": True}),
    ],
    ids=["post", "never-connected", "in-transaction"],
)
def test_no_retry_where_it_could_do_harm_or_only_wait(retry, method, state):
    view = FlakyView(lost())
    response = retry(view, method, **state)
    assert (response.status_code, view.calls) == (503, 1)
