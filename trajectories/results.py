"""The search's result rows: one page of them from one query (`FetchedPage`), their HTML from the
cache or rendered anew (`result_rows`), the search in their links to a provider's page
(`with_search`) and their points on the map (`map_points`). What a row shows is an
`OfferingCard` (`trajectories.cards`), rendered by `trajectories/_offering_result.html`; the
distance, which differs per search, is rendered beside it by the search's page."""

import dataclasses
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Sum, Window
from django.http import QueryDict
from django.template.loader import get_template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from portal.caching import content_key
from portal.geo import whole_km
from trajectories.cards import offering_cards


@dataclass(frozen=True)
class FetchedPage:
    """One page of results and the number of all of them, from one query (a window count).

    Stands in for the list a `Paginator` pages through: it knows its length, and holds the rows
    at positions `offset` to `offset + len(rows)` of all the results; the slice the paginator
    asks for is within them. Any other position was not fetched, and asking for it is an error.
    """

    total: int
    rows: list[dict]
    number: int
    # Of all the results, how many may fit the moments asked but nobody said (`at_moments`).
    unknown_moments: int = 0
    # The position of the first fetched row among all the results.
    offset: int = 0

    @classmethod
    def fetch(
        cls, queryset, number: int, size: int, with_distance: bool, with_moments: bool = False
    ) -> "FetchedPage":
        offset = (number - 1) * size
        fields = ["pk", "total", *(["distance_km"] if with_distance else [])]
        counts = {"total": Window(Count("pk"))}
        if with_moments:
            counts["unknown_moments"] = Window(Sum("moment_fit"))
            fields.append("unknown_moments")
        rows = list(queryset.annotate(**counts).values(*fields)[offset : offset + size])
        if rows:
            unknown = rows[0].get("unknown_moments") or 0
            return cls(rows[0]["total"], rows, number, unknown, offset)
        return cls(queryset.count() if number > 1 else 0, [], number, offset=offset)

    @property
    def is_past_the_end(self) -> bool:
        """A page after the last (the first page always exists, even without results)."""
        return not self.rows and self.number > 1

    def count(self) -> int:
        return self.total

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, index: int | slice):
        """The row at this position among all the results, or the rows of a slice of positions
        (as a `Paginator` asks); an `IndexError` for any position that was not fetched."""
        fetched = range(self.offset, self.offset + len(self.rows))
        if isinstance(index, slice):
            positions = range(self.total)[index]
            if not positions:
                return []
            if positions.step != 1 or positions[0] not in fetched or positions[-1] not in fetched:
                raise IndexError(f"Only the rows at positions {fetched} were fetched.")
            return self.rows[positions[0] - self.offset : positions[-1] - self.offset + 1]
        if index not in fetched:
            raise IndexError(f"Only the rows at positions {fetched} were fetched.")
        return self.rows[index - self.offset]


@dataclass(frozen=True)
class ResultRow:
    """One result as the page shows it: its HTML (the same for every search), its point on the
    map, and its distance from the searched place (None without a place)."""

    pk: int
    html: SafeString
    point: dict | None
    distance_km: float | None = None

    @property
    def distance_text(self) -> str:
        return whole_km(self.distance_km)


# Where the search goes in the link to the provider's page (its campuses nearest first, its
# breadcrumb back to this search): the row's HTML is the same for every search.
SEARCH_SLOT = "?zoekopdracht-hier"
# What a provider page takes from the search it was opened from (all of the search's own).
SEARCH_PARAMETERS = (
    "plaats",
    "straal",
    "provincie",
    "kwalificatie",
    "traject",
    "lesmoment",
    "duaal",
    "inschrijving",
    "q",
    "sorteer",
    "pagina",
)


def result_rows(rows: list[dict]) -> list[ResultRow]:
    """The rows of a page, their HTML from the cache; only missing ones are loaded and rendered.

    A row's HTML depends on the offering, its location, provider, route and qualifications, all
    content: the key changes when any content does (and each day), so a row is never stale.
    """
    prefix = content_key("result")
    keys = {row["pk"]: f"{prefix}:{row['pk']}" for row in rows}
    found = cache.get_many(keys.values())
    missing = [pk for pk, key in keys.items() if key not in found]
    if missing:
        rendered = {keys[pk]: row for pk, row in _rendered_rows(missing).items()}
        cache.set_many(rendered, settings.CONTENT_CACHE_SECONDS)
        found |= rendered
    return [
        ResultRow(pk=row["pk"], distance_km=row.get("distance_km"), **found[keys[row["pk"]]])
        for row in rows
        if keys[row["pk"]] in found
    ]


def _rendered_rows(pks: list[int]) -> dict[int, dict]:
    """The rows of these offerings, loaded in one go and rendered one by one, each with its point
    on the map (from its `CARD_FIELDS`)."""
    template = get_template("trajectories/_offering_result.html")
    rows = {}
    for pk, (values, card) in offering_cards(pks).items():
        point = None
        if values["location__latitude"] is not None:
            point = {
                "location": values["location_id"],
                "lat": values["location__latitude"],
                "lon": values["location__longitude"],
                "name": card.provider_name,
                "url": card.provider_url,
                "approximate": card.place_is_approximate,
            }
        rows[pk] = {"html": template.render({"card": card}), "point": point}
    return rows


def search_query(query: QueryDict) -> str:
    """The search's own parameters (nothing else a link carried), as a query string."""
    params = QueryDict(mutable=True)
    for name in SEARCH_PARAMETERS:
        values = [v[:100] for v in query.getlist(name) if v][:10]
        if values:
            params.setlist(name, values)
    return params.urlencode()


def with_search(rows: list[ResultRow], query: QueryDict) -> list[ResultRow]:
    """The rows with the search in their links to the providers' pages (see `SEARCH_SLOT`)."""
    found = search_query(query)
    link = escape("?" + found) if found else ""
    return [
        dataclasses.replace(
            row,
            html=mark_safe(row.html.replace(SEARCH_SLOT, link)),  # escaped above
        )
        for row in rows
    ]


def map_points(rows: list[ResultRow]) -> list[dict]:
    """The locations of the shown results, for the optional map, with how many each has."""
    points: dict[int, dict] = {}
    for row in rows:
        if row.point:
            point = points.setdefault(row.point["location"], {**row.point, "count": 0})
            point["count"] += 1
    return [{k: v for k, v in p.items() if k != "location"} for p in points.values()]
