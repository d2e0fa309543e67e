"""Shared fixtures. Settings tweaks for tests live here, never in portal/settings.py."""

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from django.test import Client
from django.test.utils import override_settings

from portal.services import content_load, geography_load
from tests import preparation, restore


@pytest.fixture(scope="session", autouse=True)
def _test_settings():
    # Tests speak plain HTTP to the test client and the live server; hashing is the slow part of
    # creating users, and strength does not matter here. Tasks (the password reset mail) run
    # inside the request, so a test sees their outcome at once (tests/backoffice/
    # test_password_reset.py runs them after the answer, as in production).
    # Counts of searches without an answer wait in the process and are never written on their
    # own during a test, so no page's pinned number of queries depends on the clock
    # (tests/demand write them at once).
    # Django builds the middleware anew for each test client, and WhiteNoise's lists every
    # static file when it is built (929 files, a tenth of a second): here it looks a file up when
    # it is asked for (tests/portal/test_static_files.py serves them as production does).
    with override_settings(
        SECURE_SSL_REDIRECT=False,
        PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
        TASKS={"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}},
        DEMAND_COUNTS_FLUSH_SECONDS=10**9,
        WHITENOISE_AUTOREFRESH=True,
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


def pytest_configure(config):
    if preparation.is_parallel_controller(config):
        directory = Path(tempfile.mkdtemp(prefix="pytest-preparation-"))
        prepared = preparation.Preparation(directory, template=preparation.wants_template(config))
        prepared.start()
        config.stash[_preparation] = prepared


def pytest_unconfigure(config):
    if prepared := config.stash.get(_preparation, None):
        prepared.finish()
        shutil.rmtree(prepared.directory, ignore_errors=True)


def pytest_terminal_summary(terminalreporter, config):
    if prepared := config.stash.get(_preparation, None):
        terminalreporter.write_line(prepared.summary())


_preparation = pytest.StashKey[preparation.Preparation]()


@pytest.fixture(scope="session", autouse=True)
def _prepared_static_files():
    """The static files the controlling process of a parallel run collects (tests/
    preparation.py), waited for before the first test: pages name their hashed names."""
    preparation.wait_for_preparation("static")


@pytest.fixture(scope="session")
def _prepared_template(django_db_modify_db_settings_parallel_suffix):
    """The migrated and filled database the controlling process of a parallel run made, waited
    for before the first test that uses a database; None: this process migrates and fills its
    own."""
    return preparation.wait_for_preparation("database")


@pytest.fixture(scope="session")
def django_db_modify_db_settings(_prepared_template):
    from django.conf import settings

    if _prepared_template:
        settings.DATABASES["default"].setdefault("TEST", {})["TEMPLATE"] = _prepared_template


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, _prepared_template):
    """The real geography and starting content, loaded once for the whole run (a copy of the
    template holds them already)."""
    if _prepared_template:
        return
    with django_db_blocker.unblock():
        geography_load()
        content_load()


@pytest.fixture(scope="session", autouse=True)
def _transactional_tests_put_the_database_back():
    """A test outside a transaction (a browser test, the server processes) leaves the database as
    it found it on PostgreSQL: the tables it wrote to are filled again from a copy
    (tests/restore.py), where Django's `TransactionTestCase` would empty every table."""
    from django.test import TransactionTestCase

    set_up = TransactionTestCase._fixture_setup.__func__
    tear_down = TransactionTestCase._fixture_teardown

    @classmethod
    def fixture_setup(cls):
        for alias in cls._databases_names(include_mirrors=False):
            if restore.is_restorable(alias):
                restore.watch(alias)
        set_up(cls)

    def fixture_teardown(self):
        aliases = self._databases_names(include_mirrors=False)
        if not all(restore.is_restorable(alias) for alias in aliases):
            return tear_down(self)
        for alias in aliases:
            restore.put_back(alias)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(TransactionTestCase, "_fixture_setup", fixture_setup)
        patch.setattr(TransactionTestCase, "_fixture_teardown", fixture_teardown)
        yield


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Chromium's headless shell (scripts/system-deps.sh says why), with nothing that reaches
    for the network; `CHROMIUM_PATH` names another build."""
    executable = (
        os.environ.get("CHROMIUM_PATH")
        or shutil.which("chromium-headless-shell")
        or shutil.which("chromium")
    )
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

        content_changed()  # a version nothing is cached under yet: the page is rendered
        with CaptureQueriesContext(connection) as before:
            assert client.get(path).status_code == 200
        grow()
        content_changed()  # as `grow()` may write in bulk, without signals: rendered again
        with django_assert_num_queries(len(before)):
            client.get(path)

    return check


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Tests without a database first: they run while the database of a parallel run is still
    being made (tests/preparation.py). Browser tests and real server processes last: Playwright's
    synchronous API leaves an event loop running in the test process once a browser has started,
    and a test that calls async code through `async_to_sync` cannot run after it. Every test
    finds the database as the one before it found it (a transaction rolled back, or
    tests/restore.py)."""

    def order(item):
        if any(item.get_closest_marker(marker) for marker in ("browser", "servers")):
            return 2
        return int(uses_database(item))

    items.sort(key=order)


def uses_database(item) -> bool:
    return bool(item.get_closest_marker("django_db")) or "django_db_setup" in getattr(
        item, "fixturenames", ()
    )
