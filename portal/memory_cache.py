"""Django's local-memory cache, bounded in bytes: what one server process keeps without Redis.

`LocMemCache` counts entries, and one entry may be a 20-byte fragment or a 2 MB page, so a
flood of distinct URLs could fill a process with thousands of large pages. This cache counts the
bytes it holds (each pickled value and its key, plus a fixed overhead per entry for the
dictionaries that hold them) and drops the least recently used entries past `MAX_BYTES`; a value
larger than `MAX_ITEM_BYTES` is not cached at all.
"""

import pickle

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache

# What an entry costs beyond its pickled value and key: the slots of the two dictionaries that
# hold it, the bytes object and the expiry time (measured about 180 bytes on CPython 3.12).
ENTRY_OVERHEAD = 200

# By cache name, like LocMemCache's own stores: every instance of one name shares them.
_sizes: dict[str, dict[str, int]] = {}
_totals: dict[str, list[int]] = {}


class BoundedMemoryCache(LocMemCache):
    """At most `OPTIONS["MAX_BYTES"]` (default 64 MB) in this process, least recently used first
    out; a single value above `OPTIONS["MAX_ITEM_BYTES"]` (default a sixteenth) is not cached."""

    def __init__(self, name, params):
        super().__init__(name, params)
        options = params.get("OPTIONS", {})
        self.max_bytes = int(options.get("MAX_BYTES", 64 * 1024 * 1024))
        self.max_item_bytes = int(options.get("MAX_ITEM_BYTES", self.max_bytes // 16))
        self._sizes = _sizes.setdefault(name, {})
        self._total = _totals.setdefault(name, [0])

    @property
    def bytes_used(self) -> int:
        """The bytes this cache holds now, as it counts them."""
        return self._total[0]

    def _set(self, key, value, timeout=DEFAULT_TIMEOUT):
        size = len(value) + len(key) + ENTRY_OVERHEAD
        self._delete(key)
        if size > self.max_item_bytes:
            return
        while self._cache and (
            self._total[0] + size > self.max_bytes or len(self._cache) >= self._max_entries
        ):
            self._evict_least_recent()
        self._cache[key] = value
        self._cache.move_to_end(key, last=False)
        self._expire_info[key] = self.get_backend_timeout(timeout)
        self._sizes[key] = size
        self._total[0] += size

    def incr(self, key, delta=1, version=None):
        key = self.make_and_validate_key(key, version=version)
        with self._lock:
            if self._has_expired(key):
                self._delete(key)
                raise ValueError(f"Key '{key}' not found")
            value = pickle.loads(self._cache[key]) + delta
            expiry = self._expire_info[key]
            self._set(key, pickle.dumps(value, self.pickle_protocol))
            self._expire_info[key] = expiry
        return value

    def _evict_least_recent(self) -> None:
        # The most recently used entries are moved to the front: the last one is the oldest.
        key, _ = self._cache.popitem()
        self._expire_info.pop(key, None)
        self._total[0] -= self._sizes.pop(key, 0)

    def _cull(self):
        count = len(self._cache) // (self._cull_frequency or 1)
        for _ in range(count):
            self._evict_least_recent()

    def _delete(self, key):
        if not super()._delete(key):
            return False
        self._total[0] -= self._sizes.pop(key, 0)
        return True

    def clear(self):
        with self._lock:
            self._cache.clear()
            self._expire_info.clear()
            self._sizes.clear()
            self._total[0] = 0
