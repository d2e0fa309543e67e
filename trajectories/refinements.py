"""What the search page says beside its results: the active filters as chips that remove
themselves, wider searches when nothing is found, and the offerings that fit but have no known
place."""

from dataclasses import dataclass

from django.http import QueryDict

from portal.caching import cached_content
from trajectories.filters import RADIUS_CHOICES, OfferingFilter
from trajectories.models import (
    Offering,
)


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
    gazetteer): the number of those without one is cached until content changes, and only when
    there are any does a search count its own (one query).
    """
    unplaced = queryset.filter(location__latitude__isnull=True)
    if not filterset.has_place or not cached_content(unplaced.count, "unplaced-offerings"):
        return 0
    return _count(query_without(filterset.data, "plaats"), unplaced, filterset)


def _count(query_string: str, queryset, filterset: OfferingFilter) -> int:
    variant = OfferingFilter(QueryDict(query_string), queryset=queryset, place=filterset.place)
    return variant.qs.count()
