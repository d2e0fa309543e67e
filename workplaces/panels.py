"""What the places add to pages other apps own (see `portal.panels`): registered in
`WorkplacesConfig.ready()`, rendered from this app's own templates.

The public panels (school search, route planner) read every visible offer's point once per
content version and day (`offer_points`, a few hundred rows at most) and measure distances in
Python, so a search or plan costs no query more than before, once the points are kept.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from portal.caching import cached_content
from portal.geo import Point, bounding_box, distance_km, whole_km
from workplaces.models import WORKPLACE_ROUTES, PlaceOffer

NEAREST_PER_ROUTE = 3
PLANNER_WITHIN_KM = 50


@dataclass(frozen=True)
class OfferPoint:
    """A visible offer as the panels need it: where, which route, and whose page."""

    latitude: float
    longitude: float
    route: str
    places: int
    employer: str
    employer_slug: str
    site: str
    town: str

    def distance_from(self, point: Point) -> float:
        return distance_km(point, Point(self.latitude, self.longitude))


def offer_points() -> list[OfferPoint]:
    """Every offer the search finds today (one query per content version and day)."""

    def build():
        rows = PlaceOffer.objects.visible(timezone.localdate()).values_list(
            "site__latitude",
            "site__longitude",
            "route__slug",
            "places",
            "site__employer__name",
            "site__employer__slug",
            "site__name",
            "site__municipality__name_nl",
        )
        return [OfferPoint(*row) for row in rows]

    return cached_content(build, "workplace-points")


def search_url(**params) -> str:
    query = [(k, v) for k, values in params.items() for v in values if v]
    return reverse("workplaces:search") + ("?" + urlencode(query) if query else "")


def near_points(center: Point, km: float, routes=()) -> list["NearPlace"]:
    """The visible offers within `km` of `center` (of `routes`, if given), nearest first: a
    bounding box first (comparisons only), the exact distance for what is inside it."""
    box = bounding_box(center, km)
    near = []
    for p in offer_points():
        if not (
            box.min_latitude <= p.latitude <= box.max_latitude
            and box.min_longitude <= p.longitude <= box.max_longitude
        ):
            continue
        if routes and p.route not in routes:
            continue
        if (d := p.distance_from(center)) <= km:
            near.append(NearPlace(p, d))
    return sorted(near, key=lambda n: n.distance_km)


def school_search(*, request=None, filterset=None, count=0, **facts) -> str:
    """Beside the school search: how many places near the same place, and the link to them."""
    if filterset is None or not filterset.has_place:
        return ""
    data = filterset.form.cleaned_data if filterset.is_bound else {}
    routes = [r.slug for r in data.get("traject") or [] if r.slug in WORKPLACE_ROUTES]
    radius = filterset.radius_km
    near = [n.point for n in near_points(filterset.place.point, radius, routes)]
    if not near:
        return ""
    link = search_url(plaats=[filterset.place.query], straal=[str(radius)], traject=routes)
    context = {
        "count": len(near),
        "radius": radius,
        "place": filterset.place,
        "link": link,
        "map_layer": map_layer(near),
    }
    return render_to_string("workplaces/panels/_search.html", context)


def map_layer(points: list[OfferPoint]) -> list[dict]:
    """The places as a second layer of the search's map: one point per site, linked to its
    employer's page (a site lies where its address was found, so approximately)."""
    sites: dict[tuple, dict] = {}
    for p in points:
        key = (p.employer_slug, p.site, p.latitude, p.longitude)
        if key in sites:
            sites[key]["count"] += p.places
            continue
        sites[key] = {
            "lat": p.latitude,
            "lon": p.longitude,
            "name": f"Werkplek: {p.employer}, {p.site}",
            "url": reverse("workplaces:employer-detail", args=[p.employer_slug]),
            "approximate": True,
            "count": p.places,
        }
    return list(sites.values())


@dataclass(frozen=True)
class NearPlace:
    point: OfferPoint
    distance_km: float

    @property
    def distance_text(self) -> str:
        return whole_km(self.distance_km)

    @property
    def url(self) -> str:
        return reverse("workplaces:employer-detail", args=[self.point.employer_slug])


def route_planner(*, request=None, place=None, fitting=(), **facts) -> str:
    """Beside the nearest schools: the nearest places for the dual routes and stages that fit."""
    if place is None or not place.is_resolved:
        return ""
    routes = []
    for planned in fitting:
        route = planned.route
        if route.slug not in WORKPLACE_ROUTES:
            continue
        near = near_points(place.point, PLANNER_WITHIN_KM, [route.slug])
        link = search_url(
            plaats=[place.query], straal=[str(PLANNER_WITHIN_KM)], traject=[route.slug]
        )
        routes.append((route, near[:NEAREST_PER_ROUTE], len(near), link))
    if not routes:
        return ""
    context = {
        "routes": [r for r in routes if r[1]],
        # Routes without a place near: named together in one line, not one block each.
        "without": [r[0] for r in routes if not r[1]],
        "place": place,
        "within_km": PLANNER_WITHIN_KM,
    }
    return render_to_string("workplaces/panels/_planner.html", context)


def provider_start(*, request=None, start=None, **facts) -> str:
    """An Aanbieder's start page: places near its campuses (for its learners' stages)."""
    from trajectories.models import Location

    if start is None or not start.providers:
        return ""
    campuses = list(
        Location.objects.filter(provider__in=start.providers, latitude__isnull=False)
        .select_related("provider", "municipality")
        .order_by("provider__name", "name")[:20]
    )
    if not campuses:
        return ""
    rows = []
    for campus in campuses:
        near = near_points(Point(campus.latitude, campus.longitude), 20)
        town = campus.postcode or (campus.municipality.name_nl if campus.municipality else "")
        link = search_url(plaats=[town], straal=["20"])
        rows.append((campus, near[:5], len(near), link))
    return render_to_string(
        "workplaces/panels/_provider_start.html", {"rows": rows, "any": any(r[2] for r in rows)}
    )


def employer_start_page(*, request, today) -> str:
    """A Werkgever's own start page in the back office (`portal.dashboard`); "" for anyone
    else."""
    from workplaces.admin import is_employer_editor
    from workplaces.dashboard import employer_start_build

    if not is_employer_editor(request.user):
        return ""
    start = employer_start_build(user=request.user, today=today)
    return render_to_string(
        "workplaces/admin/_employer_start.html", {"start": start, "today": today}, request
    )


def staff_dashboard(*, request=None, today=None, **facts) -> str:
    """The reviewers' part of the staff's dashboard."""
    from workplaces.dashboard import staff_view_build

    if request is None or not request.user.has_perm("workplaces.review_employer"):
        return ""
    today = today or timezone.localdate()
    view = staff_view_build(today=today)
    return render_to_string(
        "workplaces/admin/_staff_review.html", {"view": view, "today": today}, request
    )


PANELS = [
    ("search", school_search),
    ("planner", route_planner),
    ("provider_start", provider_start),
    ("staff_dashboard", staff_dashboard),
]
