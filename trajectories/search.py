"""What the search page tells a person besides the results: active filters, wider radii, sharing."""

import dataclasses
import functools
import hashlib
import io
from dataclasses import dataclass
from urllib.parse import urlencode

import segno
from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Sum, Window
from django.http import QueryDict
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from portal.caching import cached_content, content_key
from portal.geo import whole_km
from trajectories.cards import OfferingCard, offering_cards
from trajectories.filters import RADIUS_CHOICES, OfferingFilter
from trajectories.models import Offering


@dataclass(frozen=True)
class FetchedPage:
    """One page of results and the number of all of them, from one query (a window count).

    Stands in for the list a `Paginator` pages through: it knows its length, and the slice the
    paginator asks for is the page that was fetched.
    """

    total: int
    rows: list[dict]
    number: int
    # Of all the results, how many may fit the moments asked but nobody told us (`at_moments`).
    unknown_moments: int = 0

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
            return cls(rows[0]["total"], rows, number, rows[0].get("unknown_moments") or 0)
        return cls(queryset.count() if number > 1 else 0, [], number)

    @property
    def is_past_the_end(self) -> bool:
        """A page after the last (the first page always exists, even without results)."""
        return not self.rows and self.number > 1

    def count(self) -> int:
        return self.total

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, index):
        return self.rows


@dataclass(frozen=True)
class ResultRow:
    """One result as the page shows it: its HTML around the distance, and its point on the map."""

    pk: int
    before: SafeString
    after: SafeString
    point: dict | None
    distance_km: float | None = None

    @property
    def distance_text(self) -> str:
        return whole_km(self.distance_km)


# Where the distance, which differs per search, goes in a row's otherwise fixed HTML.
DISTANCE_SLOT = "<!--afstand-->"
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
# Where one row ends and the next begins, when several are drawn at once.
ROW_END = "<!--rij-->"


def result_rows(rows: list[dict]) -> list[ResultRow]:
    """The rows of a page, their HTML from the cache; only missing ones are loaded and drawn.

    A row's HTML depends on the offering, its location, provider, route and qualifications, all
    content: the key changes when any content does (and each day), so a row is never stale.
    """
    prefix = content_key("result")
    keys = {row["pk"]: f"{prefix}:{row['pk']}" for row in rows}
    found = cache.get_many(keys.values())
    missing = [pk for pk, key in keys.items() if key not in found]
    if missing:
        drawn = {keys[pk]: row for pk, row in _drawn_rows(missing).items()}
        cache.set_many(drawn, settings.CONTENT_CACHE_SECONDS)
        found |= drawn
    return [
        ResultRow(pk=row["pk"], distance_km=row.get("distance_km"), **found[keys[row["pk"]]])
        for row in rows
        if keys[row["pk"]] in found
    ]


def _drawn_rows(pks: list[int]) -> dict[int, dict]:
    """The rows of these offerings, drawn in one go (one template for all, not one per row)."""
    loaded = offering_cards(pks)
    html = render_to_string(
        "trajectories/_offering_results.html", {"cards": [card for _, card in loaded.values()]}
    )
    return {
        pk: _row_parts(values, card, part)
        for (pk, (values, card)), part in zip(loaded.items(), html.split(ROW_END)[:-1], strict=True)
    }


def _row_parts(values: dict, card: OfferingCard, html: str) -> dict:
    """A drawn row cut at its distance, and its point on the map (from its `CARD_FIELDS`)."""
    before, _, after = html.partition(DISTANCE_SLOT)
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
    return {
        "before": mark_safe(before),
        "after": mark_safe(after),
        "point": point,
    }  # our own template


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
        dataclasses.replace(row, before=mark_safe(row.before.replace(SEARCH_SLOT, link)))
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


def query_without(query: QueryDict, name: str, value: str | None = None, **replace) -> str:
    """The query string with one parameter (or one of its values) removed, and never `pagina`."""
    params = query.copy()
    params.pop("pagina", None)
    if value is None:
        params.pop(name, None)
    else:
        params.setlist(name, [v for v in params.getlist(name) if v != value])
    for key, new in replace.items():
        params[key] = new
    return params.urlencode()


@dataclass(frozen=True)
class Chip:
    """An active filter, shown as a chip that removes itself."""

    label: str
    query: str


def active_filter_chips(filterset: OfferingFilter) -> list[Chip]:
    data = filterset.form.cleaned_data if filterset.is_bound else {}
    query = filterset.data
    chips = []
    if filterset.has_place:
        chips.append(
            Chip(
                f"Binnen {filterset.radius_km} km van {filterset.place.label}",
                query_without(query, "plaats"),
            )
        )
    if data.get("provincie"):
        chips.append(Chip(f"Provincie {data['provincie']}", query_without(query, "provincie")))
    for qualification in data.get("kwalificatie") or []:
        chips.append(
            Chip(qualification.name, query_without(query, "kwalificatie", qualification.slug))
        )
    for route in data.get("traject") or []:
        chips.append(Chip(route.name, query_without(query, "traject", route.slug)))
    moments = dict(Offering.Moment.choices)
    for moment in data.get("lesmoment") or []:
        chips.append(Chip(moments[moment], query_without(query, "lesmoment", moment)))
    if data.get("duaal"):
        chips.append(Chip("Duaal", query_without(query, "duaal")))
    if data.get("inschrijving"):
        chips.append(Chip("Inschrijven kan", query_without(query, "inschrijving")))
    if data.get("q"):
        chips.append(Chip(f"Zoekterm: {data['q']}", query_without(query, "q")))
    return chips


@dataclass(frozen=True)
class Alternative:
    """A variant of an empty search that would find something."""

    label: str
    query: str
    count: int


def wider_searches(filterset: OfferingFilter, queryset) -> list[Alternative]:
    """For a search without results: the larger radii, and the search without each filter."""
    query = filterset.data
    alternatives = []
    if filterset.has_place:
        for value, _label in RADIUS_CHOICES:
            km = int(value)
            if km <= filterset.radius_km:
                continue
            variant = query_without(query, "straal", straal=value)
            count = _count(variant, queryset, filterset)
            if count:
                alternatives.append(Alternative(f"Binnen {km} km zoeken", variant, count))
    for chip in active_filter_chips(filterset):
        if chip.label.startswith("Binnen "):
            continue
        count = _count(chip.query, queryset, filterset)
        if count:
            alternatives.append(Alternative(f"Zonder “{chip.label}”", chip.query, count))
    return alternatives


def unplaced_matches(filterset: OfferingFilter, queryset) -> int:
    """For a search around a place: how many offerings fit everything else but have no known
    place, so no distance (a search drops them, and must say so).

    Nearly every location has a point (its address, or its municipality's from the
    gazetteer): the number of those without one is kept until content changes, and only when
    there are any does a search count its own (one query).
    """
    unplaced = queryset.filter(location__latitude__isnull=True)
    if not filterset.has_place or not cached_content(unplaced.count, "unplaced-offerings"):
        return 0
    return _count(query_without(filterset.data, "plaats"), unplaced, filterset)


def _count(query_string: str, queryset, filterset: OfferingFilter) -> int:
    variant = OfferingFilter(QueryDict(query_string), queryset=queryset, place=filterset.place)
    return variant.qs.count()


def share_link(request, form, page_number: int = 1) -> str:
    """The absolute link of exactly what is shown: the page shown (none for the first), and no
    value that was ignored."""
    params = request.GET.copy()
    for name in ["pagina", *form.errors]:
        params.pop(name, None)
    if page_number > 1:
        params["pagina"] = str(page_number)
    return request.build_absolute_uri(request.path + ("?" + params.urlencode() if params else ""))


# A code past this version has modules too small to scan from paper at the size we print it
# (3.5 cm on the route planner's sheet, 4.5 cm for a search): version 20 is 97 modules plus the
# quiet zone, about 0.33 mm each on the sheet. Longer links get no code at all.
QR_MAX_VERSION = 20
# What version 20 holds at error correction level M in byte mode (ISO/IEC 18004, table 7): a link
# of at most this many bytes fits, so the page knows without drawing the code.
QR_MAX_BYTES = 666
# The quiet zone the QR standard asks for around the code, in modules.
QR_QUIET_ZONE = 4


def qr_fits(url: str) -> bool:
    """Whether the link gets a QR code that still scans (see `QR_MAX_VERSION`)."""
    return bool(url) and len(url.encode()) <= QR_MAX_BYTES


@functools.lru_cache(maxsize=512)
def qr_svg(url: str) -> str:
    """The link as a QR code, an SVG drawn on the server (no script, no other host).

    Empty when the link is too long for a code that still scans. The SVG has a `viewBox` and no
    fixed size, so CSS scales the whole code, modules and quiet zone, instead of cropping it.
    Drawing one takes 5 to 20 ms, so pages do not draw it: they show it as an image from
    `portal.views.qr_code`, which browsers keep, and the codes of recent links stay in memory.
    """
    if not qr_fits(url):
        return ""
    code = segno.make(url, error="m", micro=False)
    out = io.BytesIO()
    code.save(
        out,
        kind="svg",
        border=QR_QUIET_ZONE,
        omitsize=True,
        light="#fff",
        title="QR-code van deze link",
        xmldecl=False,
    )
    # Square modules, without anti-aliased seams between them, at any size.
    return out.getvalue().decode().replace("<svg ", '<svg shape-rendering="crispEdges" ', 1)


def qr_cache_key(url: str) -> str:
    """Where the shared cache keeps the code of `url` (a hash: links are long)."""
    return "qr-code:" + hashlib.sha256(url.encode()).hexdigest()


def qr_image_url(url: str) -> str:
    """Where the page finds the QR code of `url`; empty when the link gets none."""
    if not qr_fits(url):
        return ""
    return reverse("trajectories:qr-code") + "?" + urlencode({"link": url})
