"""Browser tests: Playwright drives Chromium against a live server with the real content."""

import os

import pytest
from axe_playwright_python.base import AxeResults
from axe_playwright_python.sync_playwright import Axe

# WCAG 2.2 A and AA, plus axe's best practices (landmarks, heading order).
AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
    },
    "resultTypes": ["violations"],
}


@pytest.fixture(scope="session")
def live_server():
    """pytest-django's live server, but static files come from WhiteNoise as in production.

    Django's own static handler looks files up by their source names and so cannot serve the
    hashed names of the manifest storage. Run `manage.py collectstatic` first (`make test` does).
    """
    from pytest_django.live_server_helper import LiveServer

    server = LiveServer("localhost", start=False)
    server.thread.static_handler = lambda application: application
    server.start()
    yield server
    server.stop()


@pytest.fixture
def site(live_server, transactional_db):
    """The live server's base URL, on the test database with the geography, the content and the
    roles, which each browser test leaves as it found them (tests/restore.py)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("Browser tests run on PostgreSQL (make test): elsewhere each empties it.")
    return live_server.url


@pytest.fixture(scope="session")
def screenshot_dir():
    """Where a journey leaves screenshots to look at (`SCREENSHOT_DIR`); none when unset."""
    return os.environ.get("SCREENSHOT_DIR") or None


@pytest.fixture(scope="session")
def axe():
    return Axe()


@pytest.fixture
def assert_accessible(axe):
    """Run axe-core on the page as it is now and fail with a readable list of violations."""

    def check(page):
        # axe-core is half a megabyte of script: it is sent once per document, so a check of
        # the same page at a second width only runs it again.
        if not page.evaluate("typeof window.axe === 'object'"):
            page.evaluate(axe.axe_script)
        # Only the violations come back: the rules that passed would cross to Python for nothing.
        results = AxeResults(
            page.evaluate(
                "options => axe.run(options).then(r => ({violations: r.violations}))", AXE_OPTIONS
            )
        )
        assert results.violations_count == 0, results.generate_report()

    return check
