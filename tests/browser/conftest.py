"""Browser tests: Playwright drives Chromium against a live server with the real content."""

import importlib
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
def site(live_server, reference_data):
    """The live server's base URL, with geography and content loaded."""
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


@pytest.fixture
def roles(site):
    """The editorial and provider roles (the live server's database is emptied after each
    browser test, the groups the migrations made with it)."""
    from django.apps import apps as django_apps
    from django.contrib.auth.models import Group

    if not Group.objects.filter(name="Aanbieder").exists():
        importlib.import_module("portal.migrations.0004_editorial_roles").groups_create(
            django_apps, None
        )
        importlib.import_module("portal.migrations.0006_provider_role").roles_extend(
            django_apps, None
        )
