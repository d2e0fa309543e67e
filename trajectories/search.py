"""What the search page tells a person besides the results: active filters, wider radii, sharing."""

import functools
from dataclasses import dataclass

import segno
from django.http import QueryDict

from trajectories.filters import RADIUS_CHOICES, OfferingFilter
from trajectories.models import Offering


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


def _count(query_string: str, queryset, filterset: OfferingFilter) -> int:
    variant = OfferingFilter(QueryDict(query_string), queryset=queryset, place=filterset.place)
    return variant.qs.count()


def share_link(request, form) -> str:
    """The absolute link of what is shown: no page number, and no value that was ignored."""
    params = request.GET.copy()
    for name in ["pagina", *form.errors]:
        params.pop(name, None)
    return request.build_absolute_uri(request.path + ("?" + params.urlencode() if params else ""))


# A code past this version has modules too small to scan from paper at the size we print it
# (3.5 cm on the route planner's sheet, 4.5 cm for a search): version 20 is 97 modules plus the
# quiet zone, about 0.33 mm each on the sheet. Longer links get no code at all.
QR_MAX_VERSION = 20
# The quiet zone the QR standard asks for around the code, in modules.
QR_QUIET_ZONE = 4


@functools.lru_cache(maxsize=2048)
def qr_svg(url: str) -> str:
    """The link as a QR code, an inline SVG drawn on the server (no script, no other host).

    Empty when the link is too long for a code that still scans. The SVG has a `viewBox` and no
    fixed size, so CSS scales the whole code, modules and quiet zone, instead of cropping it.
    Drawing one takes about 10 ms, so the codes of recent links are kept in memory.
    """
    try:
        code = segno.make(url, error="m", micro=False)
    except segno.DataOverflowError:
        return ""
    if code.version > QR_MAX_VERSION:
        return ""
    return code.svg_inline(
        border=QR_QUIET_ZONE, omitsize=True, light="#fff", title="QR-code van deze link"
    )
