"""How much of the real map the portal knows: providers per route, and where the official lists are.

The portal does not know every school, CVO, Syntra campus or EVC centre yet. The search and the
provider pages say so, with the number of providers known per route and the official finders
(the route's resources of kind "vinder") where the full list is.
"""

from dataclasses import dataclass

from django.db.models import Count, Prefetch

from portal.caching import cached_content
from portal.models import Resource
from trajectories.models import Offering, Route


@dataclass(frozen=True)
class RouteCoverage:
    slug: str
    name: str
    providers: int
    finders: tuple[tuple[str, str], ...]  # (title, url) of the official lists


def route_coverage() -> dict[str, RouteCoverage]:
    """Per published route (by slug): providers with a current published offering, and finders.

    The counts change only with an import or an edit, which clears the cache.
    """
    return cached_content(_route_coverage, "route-coverage")


def _route_coverage() -> dict[str, RouteCoverage]:
    counts = dict(
        Offering.objects.published()
        .current()
        .values("route_id")
        .annotate(providers=Count("location__provider", distinct=True))
        .values_list("route_id", "providers")
    )
    finders = Resource.objects.published().filter(kind=Resource.Kind.FINDER).exclude(url="")
    routes = Route.objects.published().prefetch_related(
        Prefetch("resources", queryset=finders, to_attr="finders")
    )
    return {
        route.slug: RouteCoverage(
            slug=route.slug,
            name=route.name,
            providers=counts.get(route.pk, 0),
            finders=tuple((r.title, r.url) for r in route.finders),
        )
        for route in routes
    }


def coverage_for(routes) -> list[RouteCoverage]:
    """The coverage of the given routes (or of every route when none is given), in route order."""
    known = route_coverage()
    slugs = [route.slug for route in routes] or list(known)
    return [known[slug] for slug in slugs if slug in known]
