"""Tests that empty the database carry the marker that runs them last.

Browser tests and tests on real server processes run outside a transaction, so the database is
emptied when each of them ends. `pytest_collection_modifyitems` in tests/conftest.py runs them
after every other test by their markers (`browser`, `servers`); a module without its marker would
run among the database tests and take the geography and content from under them.
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
