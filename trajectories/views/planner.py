"""/routeplanner/: from a candidate's situation to the routes that fit, and where they are taught.

The judging is pure (`trajectories.services.route_planner`); what it reads from the database is
in `trajectories.services.planner_data`."""

from dataclasses import dataclass, field

from django.http import QueryDict
from django.urls import reverse
from django.views.generic import TemplateView

from portal import panels
from portal.caching import cached_content
from portal.services import place_resolve
from portal.sharing import qr_image_url, share_link
from trajectories.choices import Choice, published_choices
from trajectories.coverage import coverage_for
from trajectories.forms import RoutePlannerForm
from trajectories.models import (
    Offering,
    SupportService,
)
from trajectories.services.planner_data import nearest_offerings, planner_routes, route_counts
from trajectories.services.route_planner import (
    RouteFit,
    describe,
    routes_for,
)


@dataclass
class PlannedRoute:
    """A judged route with what the page shows beside it."""

    fit: RouteFit
    route: Choice
    nearest: list = field(default_factory=list)
    # The search of the places shown, within the radius the planner looked in (only when it
    # showed some), and the same search everywhere with its number of results (only when it
    # finds any): the page never links to a search that is empty by construction.
    search_url: str = ""
    wider_url: str = ""
    wider_count: int = 0
    # The official lists of this route, for when the portal knows none of its places.
    finders: tuple = ()

    @property
    def has_nearest_at_asked_moment(self) -> bool:
        return any(
            offering.moment_fit == Offering.MomentFit.AT_AN_ASKED_MOMENT
            for offering in self.nearest
        )


class RoutePlannerView(TemplateView):
    """/routeplanner/: from a candidate's situation to the routes that fit, and where they are."""

    template_name = "trajectories/route_planner.html"
    nearest_per_route = 3
    nearest_within_km = 50
    first_look_km = 15

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = RoutePlannerForm(self.request.GET or None)
        context["form"] = form
        if not form.has_answers:
            context["no_answers"] = form.is_bound
            return context
        form.is_valid()
        candidate = form.candidate()
        routes = published_choices().routes
        judged = [
            PlannedRoute(fit, routes[fit.slug])
            for fit in routes_for(candidate, planner_routes())
            if fit.slug in routes
        ]
        place = None
        plaats = form.cleaned_data.get("plaats") if "plaats" not in form.errors else None
        if plaats:
            place = place_resolve(query=plaats)
            if place.is_resolved:
                self._attach_nearest(judged, place, candidate)
            else:
                form.add_error("plaats", place.problem)  # said at the field itself too
        self._attach_searches(judged, candidate, place)
        context.update(
            candidate=candidate,
            summary=describe(candidate),
            fitting=[p for p in judged if p.fit.fits],
            not_fitting=[p for p in judged if not p.fit.fits],
            place=place,
            support=self._support(place),
            share_url=share_link(self.request, form),
            nearest_within_km=self.nearest_within_km,
            asked_moments=[
                label for value, label in Offering.Moment.choices if value in candidate.moments
            ],
        )
        context["qr_url"] = qr_image_url(context["share_url"])
        context["panels"] = panels.render(
            "planner",
            request=self.request,
            form=form,
            candidate=candidate,
            place=place,
            fitting=context["fitting"],
        )
        return context

    def _attach_searches(self, judged, candidate, place) -> None:
        """The links of each fitting route to the search, each to a search that finds something.

        With places shown: their search within the radius the planner looked in, which lists
        them first (the search orders by the same rule). Otherwise: the search of the route
        with the same qualification and moments everywhere, if it finds anything; if not,
        the route's official lists.
        """
        counts = route_counts(qualification=candidate.qualification, moments=candidate.moments)
        coverage = {c.slug: c for c in coverage_for([p.route for p in judged if p.fit.fits])}
        for planned in judged:
            route = planned.route
            if planned.nearest:
                planned.search_url = self._search_url(route, candidate, place)
                continue
            planned.wider_count = counts.get(route.pk, 0)
            if planned.wider_count:
                planned.wider_url = self._search_url(route, candidate, None)
            elif route.slug in coverage:
                planned.finders = coverage[route.slug].finders

    def _search_url(self, route, candidate, place) -> str:
        """The search of this route with everything the planner used: place, radius,
        qualification and lesson moments, so the list goes on where the planner stopped."""
        params = QueryDict(mutable=True)
        if place is not None and place.is_resolved:
            params["plaats"] = place.query
            params["straal"] = str(self.nearest_within_km)
        if candidate.qualification:
            params["kwalificatie"] = candidate.qualification
        params["traject"] = route.slug
        params.setlist("lesmoment", sorted(candidate.moments))
        return reverse("trajectories:offering-search") + "?" + params.urlencode()

    def _attach_nearest(self, judged, place, candidate) -> None:
        """The nearest offerings of each fitting route (`nearest_offerings`)."""
        fitting = {p.route.pk: p for p in judged if p.fit.fits}
        nearest = nearest_offerings(
            route_pks=list(fitting),
            point=place.point,
            qualification=candidate.qualification,
            moments=candidate.moments,
            per_route=self.nearest_per_route,
            first_look_km=self.first_look_km,
            within_km=self.nearest_within_km,
        )
        for route, shown in nearest.items():
            fitting[route].nearest = shown

    def _support(self, place):
        """The support services (name, summary, free or not) in the place's province, or all."""

        def build():
            services = SupportService.objects.published().prefetch_related("provinces")
            return [
                {
                    "name": s.name,
                    "summary": s.summary,
                    "is_free": s.is_free,
                    "provinces": frozenset(p.pk for p in s.provinces.all()),
                }
                for s in services
            ]

        services = cached_content(build, "planner-support")
        if place and place.is_resolved:
            province = place.municipality.province_id
            return [s for s in services if province in s["provinces"]]
        return list(services)
