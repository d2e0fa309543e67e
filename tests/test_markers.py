"""Browser tests and tests on real server processes carry the marker that runs them last.

Once Playwright has started a browser, its synchronous API leaves an event loop running in the
test process, and a test that calls async code through `async_to_sync` fails after it (tests/
portal/test_login_protection.py does). `pytest_collection_modifyitems` in tests/conftest.py runs
these tests after every other one by their markers (`browser`, `servers`); the same sort runs the
tests without a database first (they need not wait for the database of a parallel run). What a
test outside a transaction writes is put back when it ends (tests/restore.py).
"""

import importlib
import inspect
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def _modules(paths):
    for path in sorted(paths):
        name = ".".join(path.relative_to(TESTS.parent).with_suffix("").parts)
        yield path.relative_to(TESTS), importlib.import_module(name)


def _markers(module) -> set[str]:
    marks = getattr(module, "pytestmark", [])
    return {mark.name for mark in (marks if isinstance(marks, list) else [marks])}


def _requests(module, fixture: str) -> bool:
    return any(
        fixture in inspect.signature(function).parameters
        for name, function in inspect.getmembers(module, inspect.isfunction)
        if name.startswith("test_")
    )


def test_every_browser_test_module_is_marked_browser():
    unmarked = [
        str(path)
        for path, module in _modules((TESTS / "browser").glob("test_*.py"))
        if "browser" not in _markers(module)
    ]
    assert unmarked == []


def test_every_module_on_real_server_processes_is_marked_servers():
    on_servers = [
        (path, module)
        for path, module in _modules(TESTS.rglob("test_*.py"))
        if _requests(module, "two_workers")
    ]
    assert len(on_servers) >= 2  # tests/servers and the workplaces' contact form
    assert [str(path) for path, module in on_servers if "servers" not in _markers(module)] == []


def test_the_run_takes_tests_without_a_database_first_and_browser_and_server_tests_last(request):
    """The order every test process runs in: without a database (they need not wait for it),
    then in a transaction on the shared database, then browser and server tests."""

    def kind(item):
        if item.get_closest_marker("browser") or item.get_closest_marker("servers"):
            return "browser or servers"
        if item.get_closest_marker("django_db") or "django_db_setup" in item.fixturenames:
            return "in a transaction"
        return "no database"

    kinds = [kind(item) for item in request.session.items]
    runs = [k for i, k in enumerate(kinds) if i == 0 or k != kinds[i - 1]]
    expected = ["no database", "in a transaction", "browser or servers"]
    assert runs == [k for k in expected if k in kinds]
    assert kind(request.node) == "no database"
