"""What the route planner reads from the database, as plain values: the published routes with
their rules and qualifications (`planner_routes`), the nearest offerings of each fitting route
(`nearest_offerings`) and how many offerings the search finds per route (`route_counts`)."""

from dataclasses import dataclass

from django.db.models import Count, F, Value, Window
from django.db.models.functions import RowNumber

from portal.caching import cached_content
from portal.geo import Point, whole_km
from trajectories.models import Offering, Provider, Route, RouteQualification, RouteRule
from trajectories.services.route_planner import RouteFacts, Rule


@dataclass(frozen=True)
class NearestOffering:
    """One of the nearest offerings of a route, as the planner lists it (from `values()`)."""

    pk: int
    provider_name: str
    provider_url: str
    provider_phone: str
    town: str
    distance_km: float
    # The labels of its lesson moments, lower case; empty when not known.
    moments: str
    moment_fit: int

    @classmethod
    def of(cls, values: dict) -> "NearestOffering":
        return cls(
            pk=values["pk"],
            provider_name=values["location__provider__name"],
            provider_url=Provider.url_of(values["location__provider__slug"]),
            provider_phone=values["location__provider__phone"],
            town=values["location__municipality__name_nl"] or values["location__place_note"],
            distance_km=values["distance_km"],
            moments=", ".join(Offering.moment_labels(values.__getitem__)).lower(),
            moment_fit=values["moment_fit"],
        )

    @property
    def distance_text(self) -> str:
        return whole_km(self.distance_km)


def planner_routes() -> list[RouteFacts]:
    """The published routes with their rules and qualifications, as plain values, built once per
    content version: a staff edit of a rule reaches the next answer, and no answer reads them."""

    def build():
        rules: dict[int, list[Rule]] = {}
        for rule in RouteRule.objects.for_planner():
            rules.setdefault(rule.route_id, []).append(Rule.of(rule))
        links: dict[int, dict[str, str]] = {}
        for link in RouteQualification.objects.published().select_related("qualification"):
            links.setdefault(link.route_id, {})[link.qualification.slug] = link.duration
        return [
            RouteFacts(
                slug=route.slug,
                name=route.name,
                duration=route.duration_summary,
                qualifications=links.get(route.pk, {}),
                rules=tuple(rules.get(route.pk, ())),
            )
            for route in Route.objects.published()
        ]

    return cached_content(build, "planner-routes")


def planner_offerings(*, qualification: str, moments):
    """The offerings the planner considers: published, current, toward the qualification asked
    and, with moments asked, by the search's own rule (`at_moments`), so its links to the search
    list the same places. Each has `moment_fit`."""
    offerings = Offering.objects.published().current()
    if qualification:
        offerings = offerings.filter(qualifications__slug=qualification)
    if moments:
        return offerings.at_moments(moments)
    return offerings.annotate(moment_fit=Value(Offering.MomentFit.AT_AN_ASKED_MOMENT))


# What the planner shows of each nearest offering (`NearestOffering`), read as plain values:
# model instances with their provider and municipality cost more than the query itself.
NEAREST_FIELDS = [
    "pk",
    "route_id",
    "distance_km",
    "moment_fit",
    *Offering.MOMENT_FIELDS.values(),
    "location__place_note",
    "location__provider__name",
    "location__provider__slug",
    "location__provider__phone",
    "location__municipality__name_nl",
]


def nearest_offerings(
    *,
    route_pks,
    point: Point,
    qualification: str,
    moments,
    per_route: int,
    first_look_km: float,
    within_km: float,
) -> dict[int, list[NearestOffering]]:
    """The `per_route` nearest offerings of each of these routes, in one query, or two.

    With lesson moments asked, offerings known to be taught at one of them come first, then
    those whose moments are not known; those known to be taught at other moments only are left
    out. Each offering carries `moment_fit` so the page can say which is which.

    Most places have three of each route close by: a first look within `first_look_km` settles
    every route whose nearest are there and all taught at an asked moment (nothing farther can
    come before them); only the other routes are looked up again within `within_km`.
    """
    at_asked = Offering.MomentFit.AT_AN_ASKED_MOMENT
    offerings = planner_offerings(qualification=qualification, moments=moments)
    if not moments:
        offerings = offerings.annotate(moment_fit=Value(at_asked))
    nearest: dict[int, list[NearestOffering]] = {}
    open_routes = set(route_pks)
    for km in (first_look_km, within_km):
        found: dict[int, list[NearestOffering]] = {route: [] for route in open_routes}
        rows = (
            offerings.filter(route_id__in=open_routes)
            .near(point, km)
            .annotate(
                rank=Window(
                    RowNumber(),
                    partition_by=F("route_id"),
                    order_by=[F("moment_fit").asc(), F("distance_km").asc(), F("pk").asc()],
                )
            )
            .filter(rank__lte=per_route)
            .order_by("route_id", "rank")
            .values(*NEAREST_FIELDS)
        )
        for values in rows:
            found[values["route_id"]].append(NearestOffering.of(values))
        for route, shown in found.items():
            settled = len(shown) == per_route and all(o.moment_fit == at_asked for o in shown)
            if settled or km == within_km:
                nearest[route] = shown
                open_routes.discard(route)
        if not open_routes:
            break
    return nearest


def route_counts(*, qualification: str, moments) -> dict[int, int]:
    """How many offerings the search finds per route for this qualification and these moments,
    anywhere: one query per combination, cached until content changes."""

    def count():
        return dict(
            planner_offerings(qualification=qualification, moments=moments)
            .order_by()
            .values("route_id")
            .annotate(n=Count("pk"))
            .values_list("route_id", "n")
        )

    asked = ",".join(sorted(moments))
    return cached_content(count, "planner-route-counts", qualification, asked)
