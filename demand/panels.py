"""What this app adds to pages other apps own (portal.panels), registered in `DemandConfig`.

The search, the route planner and a route page may be served from the page cache: what they get
from here depends only on what was asked and on published content, never on counts of requests
that change per visitor. The back office's pages are never cached.
"""

from django.http import QueryDict
from django.template.loader import render_to_string
from django.urls import reverse

from demand import counting
from demand.models import THIN_BELOW, UnansweredSearch
from demand.overview import pooled_near_locations, staff_summary


def request_url(
    *, place: str = "", radius_km=None, routes=(), qualifications=(), moments=()
) -> str:
    """The request form, prefilled with the search's own parameters."""
    params = QueryDict(mutable=True)
    if place:
        params["plaats"] = place
    if radius_km:
        params["straal"] = str(radius_km)
    params.setlist("traject", list(routes))
    params.setlist("kwalificatie", list(qualifications))
    params.setlist("lesmoment", sorted(moments))
    query = params.urlencode()
    return reverse("demand:request-create") + (f"?{query}" if query else "")


def near_search(*, filterset=None, count=0, **facts) -> str:
    """On an empty or thin search: ask for this training (and count the search, see
    `demand.counting`)."""
    if filterset is None or count >= THIN_BELOW or not filterset.is_bound:
        return ""
    place = filterset.place
    if place is not None and not place.is_resolved:
        return ""  # the page asks to pick a place first
    data = filterset.form.cleaned_data if hasattr(filterset.form, "cleaned_data") else {}
    routes = [r.slug for r in data.get("traject") or []]
    qualifications = [q.slug for q in data.get("kwalificatie") or []]
    moments = list(data.get("lesmoment") or [])
    if place is None and not (routes or qualifications or moments):
        return ""  # nothing asked: not a search that went unanswered
    has_place = place is not None
    return render_to_string(
        "demand/_ask_panel.html",
        {
            "count": count,
            "radius_km": filterset.radius_km if has_place else None,
            "url": request_url(
                place=place.query if has_place else "",
                radius_km=filterset.radius_km if has_place else None,
                routes=routes,
                qualifications=qualifications,
                moments=moments,
            ),
            "marker": counting.marker(
                source=UnansweredSearch.Source.SEARCH,
                municipality_nis=place.municipality.nis_code
                if has_place and place.municipality
                else "",
                routes=routes,
                qualifications=qualifications,
                moments=moments,
                found=count,
            ),
        },
    )


def near_planner(*, candidate=None, place=None, fitting=(), **facts) -> str:
    """In the route planner's answer, for each fitting route with little or nothing nearby."""
    if place is None or not place.is_resolved or not fitting:
        return ""
    thin = [p for p in fitting if len(p.nearest) < THIN_BELOW]
    if not thin:
        return ""
    qualifications = [candidate.qualification] if candidate.qualification else []
    moments = sorted(candidate.moments)
    asks = [
        {
            "route": planned.route,
            "found": len(planned.nearest),
            "url": request_url(
                place=place.query,
                radius_km=50,
                routes=[planned.route.slug],
                qualifications=qualifications,
                moments=moments,
            ),
            "marker": counting.marker(
                source=UnansweredSearch.Source.PLANNER,
                municipality_nis=place.municipality.nis_code if place.municipality else "",
                routes=[planned.route.slug],
                qualifications=qualifications,
                moments=moments,
                found=len(planned.nearest),
            ),
        }
        for planned in thin
    ]
    return render_to_string("demand/_planner_panel.html", {"asks": asks, "place": place})


def on_route(*, route=None, **facts) -> str:
    """On a route's page: where it is not given near you, ask for it."""
    if route is None:
        return ""
    return render_to_string(
        "demand/_route_panel.html", {"route": route, "url": request_url(routes=[route.slug])}
    )


def on_provider_start(*, start=None, **facts) -> str:
    """An Aanbieder's start page: the pooled requests near its campuses, never who asked."""
    if start is None:
        return ""
    pools = pooled_near_locations(providers=start.providers)
    return render_to_string("demand/_provider_panel.html", {"pools": pools})


def on_staff_dashboard(*, request=None, today=None, **facts) -> str:
    """The staff's dashboard: a summary, with the way to the full overview."""
    if request is None or not request.user.has_perm("demand.view_trainingrequest"):
        return ""
    return render_to_string(
        "demand/_staff_panel.html", {"summary": staff_summary(today=today)}, request=request
    )
