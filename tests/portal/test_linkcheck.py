"""The link checker: which outside links work, which are broken, and where the content uses them.

Every request goes to a small HTTP server on 127.0.0.1 that these tests start; a guard makes
sure nothing reaches the internet.
"""

import datetime
import socket
import ssl
import threading
import time
import urllib.error
from contextlib import suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from portal.linkcheck import broken_links, error_describe, links_check, links_collect
from portal.models import LinkCheck
from tests.incentives.factories import PremiumFactory
from tests.portal.factories import ResourceFactory
from tests.trajectories.factories import OfferingFactory, ProviderFactory

pytestmark = pytest.mark.django_db

SHORT_TIMEOUT = 0.3


class _Handler(BaseHTTPRequestHandler):
    """/ok 200, /gone 404, /error 500, /head-not-allowed 405 on HEAD, /slow, redirects, /count."""

    def do_HEAD(self):
        self._answer()

    def do_GET(self):
        self._answer()

    def _answer(self):
        server = self.server
        server.requests.append((self.command, self.path, self.headers.get("User-Agent")))
        path = self.path.split("?")[0]
        if path == "/ok":
            self._send(200)
        elif path == "/gone":
            self._send(404)
        elif path == "/error":
            self._send(500)
        elif path == "/head-not-allowed":
            self._send(405 if self.command == "HEAD" else 200)
        elif path == "/redirect":
            self._send(301, location="/ok")
        elif path == "/redirect-to-gone":
            self._send(301, location="/gone")
        elif path == "/loop":
            self._send(302, location="/loop")
        elif path == "/slow":
            # Longer than the checker waits; released early when the test ends.
            server.release.wait(timeout=5)
            with suppress(OSError):  # the checker has hung up by now
                self._send(200)
        elif path == "/count":
            with server.lock:
                server.current += 1
                server.most_at_once = max(server.most_at_once, server.current)
            # Long enough for the other worker's request to arrive on a busy machine too.
            time.sleep(0.3)
            with server.lock:
                server.current -= 1
            self._send(200)
        else:
            self._send(404)

    def _send(self, status: int, location: str = ""):
        self.send_response(status)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format, *args):
        pass


class _TestServer(ThreadingHTTPServer):
    def __init__(self):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.lock = threading.Lock()
        self.release = threading.Event()
        self.reset()

    def reset(self):
        self.requests = []
        self.current = 0
        self.most_at_once = 0

    def handle_error(self, request, client_address):
        pass  # a checker that gave up on /slow is expected, not worth a traceback

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}{path}"


@pytest.fixture(scope="module")
def _running_server():
    server = _TestServer()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    yield server
    server.release.set()
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture
def server(_running_server):
    _running_server.reset()
    return _running_server


@pytest.fixture(autouse=True)
def _no_internet(monkeypatch):
    """Only loopback connections: a test that would fetch a real website fails instead."""
    create_connection = socket.create_connection

    def loopback_only(address, *args, **kwargs):
        if address[0] not in ("127.0.0.1", "localhost"):
            raise AssertionError(f"Test tried to reach {address[0]}")
        return create_connection(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", loopback_only)


def _check(*urls: str, **options) -> dict[str, LinkCheck]:
    links_check(urls=list(urls), **{"timeout": SHORT_TIMEOUT, **options})
    return {link.url: link for link in LinkCheck.objects.filter(url__in=urls)}


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_working_link_is_recorded_with_its_status(server):
    link = _check(server.url("/ok"))[server.url("/ok")]
    assert (link.status_code, link.error, link.is_broken) == (200, "", False)
    assert link.first_broken_at is None
    assert link.checked_at is not None


def test_a_missing_page_is_broken_with_a_dutch_error(server):
    link = _check(server.url("/gone"))[server.url("/gone")]
    assert (link.status_code, link.error, link.is_broken) == (404, "Pagina niet gevonden", True)


def test_a_server_error_is_broken(server):
    link = _check(server.url("/error"))[server.url("/error")]
    assert (link.status_code, link.error, link.is_broken) == (500, "Fout bij de server", True)


def test_the_checker_asks_for_headers_only_and_names_itself(server):
    _check(server.url("/ok"))
    assert server.requests == [("HEAD", "/ok", "Instroomwijzer-linkcontrole")]


def test_a_server_that_does_not_answer_in_time_is_broken():
    # Its own server: the waiting handler must not hold up the other tests.
    slow_server = _TestServer()
    threading.Thread(
        target=slow_server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    ).start()
    try:
        started = time.monotonic()
        link = _check(slow_server.url("/slow"))[slow_server.url("/slow")]
        assert time.monotonic() - started < 2
    finally:
        slow_server.release.set()
        slow_server.shutdown()
        slow_server.server_close()
    assert link.is_broken
    assert link.status_code is None
    assert link.error == "Geen antwoord binnen 0.3 seconden"


def test_a_closed_port_is_broken():
    url = f"http://127.0.0.1:{_closed_port()}/"
    link = _check(url)[url]
    assert link.is_broken
    assert link.status_code is None
    assert link.error == "Verbinding geweigerd door de server"


def test_a_redirect_is_followed_to_the_page_it_points_to(server):
    links = _check(server.url("/redirect"), server.url("/redirect-to-gone"))
    assert links[server.url("/redirect")].status_code == 200
    assert not links[server.url("/redirect")].is_broken
    assert links[server.url("/redirect-to-gone")].status_code == 404
    assert links[server.url("/redirect-to-gone")].is_broken
    # urllib would turn the redirected HEAD into a GET; the checker keeps it a HEAD.
    assert ("HEAD", "/ok", "Instroomwijzer-linkcontrole") in server.requests


def test_a_redirect_loop_is_broken(server):
    link = _check(server.url("/loop"))[server.url("/loop")]
    assert link.is_broken
    assert link.error == "Doorverwijzing loopt vast"


def test_a_server_that_refuses_head_is_asked_again_with_get(server):
    link = _check(server.url("/head-not-allowed"))[server.url("/head-not-allowed")]
    assert (link.status_code, link.is_broken) == (200, False)
    assert [method for method, *_ in server.requests] == ["HEAD", "GET"]


def test_a_link_that_is_no_web_address_is_broken_without_being_fetched(server):
    url = "ftp://ftp.example.org/reglement.pdf"
    link = _check(url)[url]
    assert (link.is_broken, link.error) == (True, "Geen webadres (http of https)")


def test_one_malformed_link_does_not_stop_the_others(server):
    links = _check("http://[::1/kapot", server.url("/ok"))
    assert links["http://[::1/kapot"].is_broken
    assert links["http://[::1/kapot"].error == "Ongeldige link"
    assert not links[server.url("/ok")].is_broken


@pytest.mark.parametrize(
    ("error", "description"),
    [
        (
            urllib.error.URLError(socket.gaierror(-2, "Name or service not known")),
            "Server niet gevonden",
        ),
        (
            urllib.error.URLError(ssl.SSLCertVerificationError(1, "bad")),
            "Ongeldig beveiligingscertificaat",
        ),
        (urllib.error.URLError(TimeoutError("timed out")), "Geen antwoord binnen 10 seconden"),
        (
            urllib.error.URLError(ConnectionRefusedError(111, "refused")),
            "Verbinding geweigerd door de server",
        ),
        (ConnectionResetError(104, "reset"), "Verbinding onderbroken"),
    ],
)
def test_errors_are_described_in_dutch(error, description):
    assert error_describe(error, timeout=10) == description


def test_a_link_that_stays_broken_keeps_the_moment_it_broke(server):
    url = server.url("/gone")
    first = _check(url)[url]
    assert first.first_broken_at == first.checked_at

    again = _check(url)[url]
    assert again.checked_at > first.checked_at
    assert again.first_broken_at == first.first_broken_at


def test_a_link_that_works_again_is_no_longer_broken(server):
    url = server.url("/ok")
    LinkCheck.objects.create(
        url=url,
        status_code=404,
        error="Pagina niet gevonden",
        is_broken=True,
        checked_at=timezone.now() - datetime.timedelta(days=1),
        first_broken_at=timezone.now() - datetime.timedelta(days=3),
    )
    link = _check(url)[url]
    assert (link.is_broken, link.error, link.first_broken_at) == (False, "", None)
    assert LinkCheck.objects.filter(url=url).count() == 1


def test_no_more_requests_at_once_than_workers(server):
    urls = [server.url(f"/count?link={n}") for n in range(6)]
    report = links_check(urls=urls, workers=2, timeout=5)
    assert len(report.results) == 6
    assert server.most_at_once == 2


def test_the_report_counts_working_and_broken_links(server):
    report = links_check(urls=[server.url("/ok"), server.url("/gone"), server.url("/ok")])
    assert str(report) == "2 links nagekeken: 1 werkt, 1 stuk"
    assert [result.url for result in report.broken] == [server.url("/gone")]


def test_links_are_collected_across_apps_with_where_they_are_used():
    resource = ResourceFactory(url="https://bron.example.org/", source_url="https://a.example.org/")
    provider = ProviderFactory(website="https://school.example.org/")
    premium = PremiumFactory(more_info_url="https://premie.example.org/")

    used = links_collect()

    assert used["https://bron.example.org/"] == [f"Externe bron: {resource.title} (link)"]
    assert used["https://a.example.org/"] == [f"Externe bron: {resource.title} (bron)"]
    assert used["https://school.example.org/"] == [f"Aanbieder: {provider.name} (website)"]
    assert used["https://premie.example.org/"] == [
        f"Premie of maatregel: {premium.name} (meer info)"
    ]
    assert "" not in used


def test_a_link_used_in_several_places_is_collected_once_with_each_place():
    first = ResourceFactory(url="https://gedeeld.example.org/")
    second = ResourceFactory(url="https://gedeeld.example.org/")
    assert sorted(links_collect()["https://gedeeld.example.org/"]) == sorted(
        [f"Externe bron: {first.title} (link)", f"Externe bron: {second.title} (link)"]
    )


def test_a_link_the_content_no_longer_uses_is_not_collected():
    resource = ResourceFactory(url="https://oud.example.org/")
    resource.url = "https://nieuw.example.org/"
    resource.save()
    LinkCheck.objects.create(
        url="https://gecontroleerd.example.org/", is_broken=False, checked_at=timezone.now()
    )

    used = links_collect()
    assert "https://nieuw.example.org/" in used
    assert "https://oud.example.org/" not in used
    assert "https://gecontroleerd.example.org/" not in used


def test_collecting_costs_the_same_queries_however_many_rows():
    with CaptureQueriesContext(connection) as before:
        links_collect()
    OfferingFactory.create_batch(3)
    with CaptureQueriesContext(connection) as after:
        links_collect()
    assert len(after) == len(before)


def test_broken_links_lists_only_broken_links_still_in_use_with_their_places():
    resource = ResourceFactory(url="https://stuk.example.org/")
    ResourceFactory(url="https://werkt.example.org/")
    now = timezone.now()
    for url, is_broken in [
        ("https://stuk.example.org/", True),
        ("https://werkt.example.org/", False),
        ("https://niet-meer-gebruikt.example.org/", True),
    ]:
        LinkCheck.objects.create(url=url, is_broken=is_broken, checked_at=now)

    with CaptureQueriesContext(connection) as collecting:
        links_collect()
    with CaptureQueriesContext(connection) as listing:
        broken = broken_links()

    assert [link.url for link in broken] == ["https://stuk.example.org/"]
    assert broken[0].used_in == [f"Externe bron: {resource.title} (link)"]
    assert len(listing) <= len(collecting) + 2


def test_without_a_broken_link_the_content_is_not_read():
    """The back office's start page asks on every visit: with nothing broken, one query."""
    ResourceFactory(url="https://werkt.example.org/")
    LinkCheck.objects.create(
        url="https://werkt.example.org/", is_broken=False, checked_at=timezone.now()
    )
    with CaptureQueriesContext(connection) as listing:
        assert broken_links() == []
    assert len(listing) == 1


def test_the_command_prints_a_summary_and_where_broken_links_are_used(server, monkeypatch):
    used = {
        server.url("/ok"): ["Externe bron: Werkt (link)"],
        server.url("/gone"): ["Externe bron: Kapot (link)", "Aanbieder: CVO Miras (website)"],
    }
    monkeypatch.setattr("portal.management.commands.check_links.links_collect", lambda: used)
    out = StringIO()

    call_command("check_links", "--timeout=1", "--workers=2", stdout=out)

    output = out.getvalue()
    assert "2 links nagekeken: 1 werkt, 1 stuk" in output
    assert f"{server.url('/gone')}: Pagina niet gevonden (404)" in output
    assert "  - Aanbieder: CVO Miras (website)" in output
    assert server.url("/ok") + ":" not in output


def test_the_command_can_recheck_only_the_broken_links(server):
    ResourceFactory(url=server.url("/ok"))
    ResourceFactory(url=server.url("/gone"))
    now = timezone.now()
    LinkCheck.objects.create(
        url=server.url("/ok"), is_broken=True, checked_at=now, first_broken_at=now
    )
    LinkCheck.objects.create(url=server.url("/gone"), is_broken=False, checked_at=now)
    out = StringIO()

    call_command("check_links", "--only-broken", stdout=out)

    assert "1 link nagekeken: 1 werkt, 0 stuk" in out.getvalue()
    assert [path for _, path, _ in server.requests] == ["/ok"]
    assert not LinkCheck.objects.get(url=server.url("/ok")).is_broken


def test_staff_can_read_but_not_add_link_checks(admin_client):
    link = LinkCheck.objects.create(
        url="https://stuk.example.org/", is_broken=True, status_code=404, checked_at=timezone.now()
    )
    changelist = admin_client.get(reverse("admin:portal_linkcheck_changelist"))
    assert changelist.status_code == 200
    assert "https://stuk.example.org/" in changelist.text
    assert (
        admin_client.get(reverse("admin:portal_linkcheck_change", args=[link.pk])).status_code
        == 200
    )
    assert admin_client.get(reverse("admin:portal_linkcheck_add")).status_code == 403
