"""Counting searches without an answer, also those the page cache answers.

The search and the route planner are public pages kept in the page cache (portal.caching):
a repeated search is answered before its view runs. So the count cannot be taken in the view.
Instead the panel this app adds to an empty or thin answer carries what is to be counted as an
attribute of its own HTML, `data-onbeantwoord`, made only of the search's parameters and what it
found, which is the same for every visitor and so lives in the cached page too:

    data-onbeantwoord="zoeken|21004|syntra|kinderbegeleider-babys-en-peuters|avond|0"

(source | NIS code of the municipality searched | routes | qualifications | moments | found;
several values separated by commas, any part empty when not asked). `UnansweredSearchMiddleware`
looks for that attribute in the answers of the two pages, however they were made: a search of
the bytes of one page, the fixed small cost per request.

The counts go to a buffer in the server process and reach the database in one statement at most
every `DEMAND_COUNTS_FLUSH_SECONDS`, so a search costs no query of its own. A process that stops
writes its buffer when it exits normally; a crash loses at most those seconds of counts.
"""

import atexit
import datetime
import itertools
import re
import threading
import time
from collections import Counter
from typing import NamedTuple

from django.conf import settings
from django.db import DatabaseError, connection
from django.urls import reverse
from django.utils import timezone

from demand.models import DIMENSIONS, THIN_BELOW, UnansweredSearch
from trajectories.models import Offering

MARKER = b' data-onbeantwoord="'
_MARKED = re.compile(rb' data-onbeantwoord="([^"]{0,600})"')
# A search may ask several routes and moments: it counts once under each combination, at most
# this many (all routes, moments and qualifications together stay below it).
MAX_COMBINATIONS = 64
_SLUG = re.compile(r"^[a-z0-9-]{1,80}$")
_MOMENTS = frozenset(Offering.Moment.values)
_SOURCES = frozenset(UnansweredSearch.Source.values)


class Dimensions(NamedTuple):
    """One row's dimensions, in the order of `demand.models.DIMENSIONS`."""

    day: datetime.date
    source: str
    municipality_nis: str
    route_slug: str
    qualification_slug: str
    moment: str
    is_empty: bool


def marker(
    *,
    source: str,
    municipality_nis: str = "",
    routes=(),
    qualifications=(),
    moments=(),
    found: int,
) -> str:
    """The value of `data-onbeantwoord` for an answer that found `found` results ("" when it
    found enough and nothing is to be counted)."""
    if found >= THIN_BELOW:
        return ""
    parts = [source, municipality_nis, ",".join(routes), ",".join(qualifications)]
    return "|".join([*parts, ",".join(sorted(moments)), str(found)])


def dimensions_of(value: str, day: datetime.date) -> list[Dimensions]:
    """The rows one marker counts in; nothing for a value this module did not write."""
    parts = value.split("|")
    if len(parts) != 6 or parts[0] not in _SOURCES or not parts[5].isdigit():
        return []
    source, nis, routes, qualifications, moments, found = parts
    routes_, quals_, moments_ = (
        p.split(",") if p else [""] for p in (routes, qualifications, moments)
    )
    if (nis and not nis.isdigit()) or len(nis) > 5:
        return []
    if not all(_SLUG.match(s) for s in [*routes_, *quals_] if s):
        return []
    if not all(m in _MOMENTS for m in moments_ if m):
        return []
    combinations = itertools.islice(itertools.product(routes_, quals_, moments_), MAX_COMBINATIONS)
    is_empty = int(found) == 0
    return [
        Dimensions(day, source, nis, route, qualification, moment, is_empty)
        for route, qualification, moment in combinations
    ]


class CountBuffer:
    """Counts kept in this process until they are written together."""

    def __init__(self):
        self._counts: Counter[Dimensions] = Counter()
        self._lock = threading.Lock()
        self._written_at = time.monotonic()

    def add(self, rows: list[Dimensions]) -> None:
        with self._lock:
            self._counts.update(rows)
            due = time.monotonic() - self._written_at >= settings.DEMAND_COUNTS_FLUSH_SECONDS
        if due:
            self.flush()

    def flush(self) -> None:
        """Write what was counted (one statement), and start anew; on a database error the
        counts stay for the next try."""
        with self._lock:
            counts, self._counts = self._counts, Counter()
            self._written_at = time.monotonic()
        if not counts:
            return
        try:
            counts_write(counts)
        except DatabaseError:
            with self._lock:
                self._counts.update(counts)


def counts_write(counts: Counter) -> None:
    """Add `counts` to the table: one INSERT that adds to rows already there.

    Django's `bulk_create(update_conflicts=True)` replaces a value on conflict, and cannot add
    to it; `INSERT ... ON CONFLICT ... DO UPDATE` with an addition is the same SQL on
    PostgreSQL and SQLite.
    """
    table = UnansweredSearch._meta.db_table
    columns = DIMENSIONS  # in the order of `Dimensions`
    rows = [(*dims, n) for dims, n in counts.items()]
    values = ", ".join(["(" + ", ".join(["%s"] * (len(columns) + 1)) + ")"] * len(rows))
    sql = (
        f"INSERT INTO {table} ({', '.join(columns)}, searches) VALUES {values} "
        f"ON CONFLICT ({', '.join(columns)}) "
        f"DO UPDATE SET searches = {table}.searches + excluded.searches"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [value for row in rows for value in row])


buffer = CountBuffer()
atexit.register(buffer.flush)


class UnansweredSearchMiddleware:
    """Counts the empty and thin answers of the search and the route planner, served from the
    page cache or not (see the module's docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self._paths: frozenset[str] | None = None

    def __call__(self, request):
        response = self.get_response(request)
        if self._paths is None:
            self._paths = frozenset(
                reverse(name)
                for name in ("trajectories:offering-search", "trajectories:route-planner")
            )
        if (
            request.path in self._paths
            and response.status_code == 200
            and not response.streaming
            and MARKER in response.content
        ):
            today = timezone.localdate()
            rows = [
                row
                for found in _MARKED.finditer(response.content)
                for row in dimensions_of(found[1].decode(errors="replace"), today)
            ]
            if rows:
                buffer.add(rows)
        return response
