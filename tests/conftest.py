"""Shared fixtures. Settings tweaks for tests live here, never in portal/settings.py."""

import os
import shutil

import pytest
from django.test import Client
from django.test.utils import override_settings

from portal.services import content_load, geography_load


@pytest.fixture(scope="session", autouse=True)
def _test_settings():
    # Tests speak plain HTTP to the test client and the live server; hashing is the slow part of
    # creating users, and strength does not matter here. Tasks (the password reset mail) run
    # inside the request, so a test sees their outcome at once (tests/backoffice/
    # test_password_reset.py runs them after the answer, as in production).
    # Counts of searches without an answer wait in the process and are never written on their
    # own during a test, so no page's pinned number of queries depends on the clock
    # (tests/demand write them at once).
    with override_settings(
        SECURE_SSL_REDIRECT=False,
        PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
        TASKS={"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}},
        DEMAND_COUNTS_FLUSH_SECONDS=10**9,
    ):
        yield
    from demand import counting

    counting.buffer._counts.clear()  # nothing left to write to a database after the run


class SignedInClient(Client):
    """Django's test client, whose `force_login` stands for a whole sign-in: the password and
    the second factor (an authenticator app of the known test key, see tests/second_factor.py).
    `second_factor=False` gives a session with a password alone, which the portal refuses."""

    def force_login(self, user, backend=None, *, second_factor=True):
        from django_otp import DEVICE_ID_SESSION_KEY

        from tests.second_factor import enrolled

        super().force_login(user, backend)
        if second_factor:
            session = self.session
            session[DEVICE_ID_SESSION_KEY] = enrolled(user).persistent_id
            session.save()


@pytest.fixture
def client():
    return SignedInClient()


@pytest.fixture
def admin_client(db, admin_user):
    client = SignedInClient()
    client.force_login(admin_user)
    return client


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The real geography and starting content, loaded once for the whole run."""
    with django_db_blocker.unblock():
        geography_load()
        content_load()


@pytest.fixture
def reference_data(transactional_db):
    """Geography and content for tests that run outside a transaction (the browser tests).

    Such tests empty the database when they end, so each one loads the data again if needed.
    """
    from portal.models import Municipality

    if not Municipality.objects.exists():
        geography_load()
        content_load()


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's Chromium, headless, with nothing that reaches for the network."""
    executable = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")
    return {
        **browser_type_launch_args,
        "executable_path": executable,
        "headless": True,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture
def assert_fixed_queries(client, django_assert_num_queries):
    """Check that a page costs as many queries after `grow()` added rows as before it."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def check(path: str, grow) -> None:
        from portal.caching import content_changed

        content_changed()  # a version nothing is cached under yet: the page is drawn
        with CaptureQueriesContext(connection) as before:
            assert client.get(path).status_code == 200
        grow()
        content_changed()  # as `grow()` may write in bulk, without signals: drawn again
        with django_assert_num_queries(len(before)):
            client.get(path)

    return check


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Browser tests and real server processes last: they empty the database when each of them
    ends, and every other test counts on the geography and content loaded once at the start."""
    items.sort(key=lambda item: any(item.get_closest_marker(m) for m in ("browser", "servers")))
