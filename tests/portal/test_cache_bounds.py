"""What one server process keeps is bounded in bytes, also under a flood of distinct URLs."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal import caching
from portal.memory_cache import BoundedMemoryCache

pytestmark = pytest.mark.django_db

LIMIT = 256 * 1024


@pytest.fixture
def small_cache(settings):
    """The process's cache with a bound of 256 KB (a search page is about 20 KB)."""
    settings.CACHES = {
        "default": {
            "BACKEND": "portal.memory_cache.BoundedMemoryCache",
            "LOCATION": "bounded-test",
            "OPTIONS": {"MAX_BYTES": LIMIT, "MAX_ITEM_BYTES": LIMIT // 8},
        }
    }
    cache = caches["default"]
    cache.clear()
    yield cache
    cache.clear()


def test_the_cache_counts_bytes_and_drops_the_least_recently_used():
    cache = BoundedMemoryCache(
        "bytes-test", {"OPTIONS": {"MAX_BYTES": 10_000, "MAX_ITEM_BYTES": 2_000}}
    )
    cache.clear()
    for number in range(40):
        cache.set(f"page-{number}", "x" * 1000)
    assert cache.bytes_used <= 10_000
    assert cache.get("page-39") is not None  # the newest stays
    assert cache.get("page-0") is None  # the oldest went first
    cache.get("page-33")
    for number in range(40, 45):
        cache.set(f"page-{number}", "x" * 1000)
    assert cache.get("page-33") is not None  # read again, so kept
    cache.set("huge", "x" * 5000)  # above MAX_ITEM_BYTES: never kept
    assert cache.get("huge") is None
    cache.delete("page-44")
    cache.clear()
    assert cache.bytes_used == 0


def test_a_flood_of_distinct_searches_and_exports_stays_under_the_bound(client, small_cache):
    flooded = 0
    for number in range(1000):
        response = client.get("/opleidingen/", {"plaats": "Gent", "q": f"zoek {number}"})
        assert response.status_code == 200
        assert small_cache.bytes_used <= LIMIT
        flooded += len(response.content)
        if flooded > 2 * LIMIT:
            break
    assert flooded > 2 * LIMIT  # twice what the cache may hold was offered to it
    for number in range(100):
        for export in ("/opleidingen/export.json", "/opleidingen/export.csv"):
            response = client.get(export, {"plaats": f"Gent {number}", "straal": "50"})
            assert response.status_code in (200, 400)
    assert small_cache.bytes_used <= LIMIT
    assert len(caching._memo) <= caching.PROCESS_MEMO_SIZE
    # Still a cache: a repeated search is served from it.
    client.get("/opleidingen/", {"plaats": "Gent", "q": "nog eens"})
    with CaptureQueriesContext(connection) as queries:
        client.get("/opleidingen/", {"plaats": "Gent", "q": "nog eens"})
    assert len(queries) == 1  # the content version only


def test_an_export_is_not_kept_whole_per_url(client, small_cache):
    before = small_cache.bytes_used
    response = client.get("/opleidingen/export.json", {"plaats": "Gent", "straal": "50"})
    assert response.status_code == 200
    assert "max-age=60" in response["Cache-Control"]
    assert small_cache.bytes_used - before < len(response.content)
    with CaptureQueriesContext(connection) as queries:
        client.get("/opleidingen/export.json", {"plaats": "Gent", "straal": "50"})
    assert len(queries) > 1  # drawn anew, from the rows as they are now
