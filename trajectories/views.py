"""Public pages of the routes, the learning contracts, dual learning and support."""

import functools
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, F, Prefetch, Value, Window
from django.db.models.functions import RowNumber
from django.http import HttpResponse, HttpResponseBadRequest, QueryDict
from django.middleware.csrf import CsrfViewMiddleware
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe
from django.views.generic import DetailView, ListView, TemplateView
from django_filters.views import FilterView

from portal import panels
from portal.caching import cached_content
from portal.geo import Point, distance_km, whole_km
from portal.models import ContactOrganisation, Resource, TextBlock
from portal.ratelimit import RateLimit
from portal.security import client_ip
from portal.services import place_resolve
from portal.views import DraftPreviewMixin
from trajectories.cards import OfferingCard, card_values, qualification_links
from trajectories.coverage import coverage_for
from trajectories.filters import OfferingFilter, search_options
from trajectories.forms import DualSelfCheckForm, ReportForm, RoutePlannerForm
from trajectories.models import (
    DualRequirement,
    LearningContract,
    Location,
    Offering,
    Provider,
    Route,
    RouteQualification,
    RouteRule,
    RouteSection,
    SupportService,
)
from trajectories.search import (
    QR_MAX_BYTES,
    FetchedPage,
    active_filter_chips,
    map_points,
    qr_cache_key,
    qr_fits,
    qr_image_url,
    qr_svg,
    query_without,
    result_rows,
    search_query,
    share_link,
    unplaced_matches,
    wider_searches,
    with_search,
)
from trajectories.services import dual_self_check
from trajectories.services.reports import report_rate_exceeded, report_submit
from trajectories.services.route_planner import (
    RouteFacts,
    RouteFit,
    Rule,
    describe,
    routes_for,
)

# A code drawn once is kept this long in the shared cache, for every server process.
QR_CACHE_SECONDS = 24 * 3600


def qr_rate_limit() -> RateLimit:
    """At most `QR_CODES_PER_HOUR` new codes drawn an hour per address, across every server."""
    return RateLimit("qr-codes", settings.QR_CODES_PER_HOUR, timedelta(hours=1))


@require_safe
def qr_code(request):
    """/qr-code.svg?link=…: the QR code of a link to this site, as an image browsers keep.

    The code of a link never changes, so it is cached for a year. Only links to this site get one:
    the portal is no QR service for any address. Drawing a code costs tens of milliseconds, so
    each is drawn once and kept in the cache by link, and one address may have at most
    `QR_CODES_PER_HOUR` new ones drawn an hour; codes drawn before are always given.
    """
    link = request.GET.get("link", "")
    own_site = link.startswith(request.build_absolute_uri("/")) and url_has_allowed_host_and_scheme(
        link, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    svg = ""
    if own_site and qr_fits(link):
        svg = cache.get(qr_cache_key(link))
        if svg is None:
            if not qr_rate_limit().hit(client_ip(request)):
                response = HttpResponse(
                    "Er werden het voorbije uur al veel QR-codes gemaakt voor jouw internetadres. "
                    "Probeer het over een uur opnieuw; de link zelf werkt gewoon.",
                    status=429,
                    content_type="text/plain; charset=utf-8",
                )
                add_never_cache_headers(response)
                return response
            svg = qr_svg(link)
            cache.set(qr_cache_key(link), svg, QR_CACHE_SECONDS)
    if not svg:
        return HttpResponseBadRequest(
            "Een QR-code maken we alleen voor een link naar deze site van hoogstens "
            f"{QR_MAX_BYTES} tekens.",
            content_type="text/plain; charset=utf-8",
        )
    response = HttpResponse(svg, content_type="image/svg+xml")
    patch_cache_control(response, public=True, max_age=365 * 24 * 3600, immutable=True)
    return response


class RouteListView(ListView):
    template_name = "trajectories/route_list.html"
    context_object_name = "routes"

    def get_queryset(self):
        return Route.objects.published()


class RouteDetailView(DraftPreviewMixin, DetailView):
    template_name = "trajectories/route_detail.html"
    context_object_name = "route"

    def get_queryset(self):
        return self.visible(Route.objects.all()).prefetch_related(
            Prefetch("sections", queryset=RouteSection.objects.published()),
            Prefetch("rules", queryset=RouteRule.objects.published()),
            Prefetch("contracts", queryset=LearningContract.objects.published()),
            Prefetch("resources", queryset=Resource.objects.published()),
            Prefetch(
                "qualification_links",
                queryset=RouteQualification.objects.published().select_related("qualification"),
            ),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["panels"] = panels.render("route", request=self.request, route=self.object)
        return context


class ContractListView(ListView):
    template_name = "trajectories/contract_list.html"
    context_object_name = "contracts"

    def get_queryset(self):
        return LearningContract.objects.published()


class DualLearningView(TemplateView):
    """What it takes to host a dual learner, with a self-check whose answers live in the URL."""

    template_name = "trajectories/dual_learning.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Workplace first, then the mentor: the order in which an employer goes through them.
        subjects = list(DualRequirement.Subject.values)
        requirements = sorted(
            DualRequirement.objects.published(),
            key=lambda r: (subjects.index(r.subject), r.position),
        )
        form = DualSelfCheckForm(self.request.GET or None, requirements=requirements)
        checked: set[str] = set()
        if form.is_submitted and form.is_valid():
            checked = set(form.cleaned_data["voldaan"])
            context["result"] = dual_self_check(requirements=requirements, satisfied=checked)
        context["form"] = form
        context["requirements"] = requirements
        context["checked"] = checked
        context["requirement_groups"] = [
            (label, [r for r in requirements if r.subject == subject])
            for subject, label in DualRequirement.Subject.choices
        ]
        context["texts"] = TextBlock.objects.by_slug(
            "duaal-leren-wat-is-het", "duaal-leren-erkenning"
        )
        return context


class SupportView(TemplateView):
    template_name = "trajectories/support.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["services"] = SupportService.objects.published().prefetch_related("provinces")
        context["projects"] = Resource.objects.published().filter(
            kind__in=[Resource.Kind.PROJECT, Resource.Kind.WEBSITE]
        )
        context["organisations"] = ContactOrganisation.objects.published()
        return context


# More pages than any search has (20,000 offerings make 1,000 pages of 20).
MAX_PAGE_NUMBER = 100_000


class OfferingSearchView(FilterView):
    """/opleidingen/: where a route is taught near a place. Every filter lives in the URL.

    One query finds the page and the number of results (a window count over the offerings that
    match, nearest first); each row's HTML comes from the cache (`result_rows`), so most searches
    render no offering anew.
    """

    filterset_class = OfferingFilter
    template_name = "trajectories/offering_filter.html"
    paginate_by = 20
    page_kwarg = "pagina"
    # Invalid values are reported on the form and left out; the other filters still apply.
    strict = False

    def get_queryset(self):
        return Offering.objects.published().current()

    def paginate_queryset(self, queryset, page_size):
        """Like ListView, but a bad page number shows a page and says why, instead of a 404."""
        raw = self.request.GET.get(self.page_kwarg, "1")
        self.page_message = ""
        try:
            number = int(raw)
        except ValueError:
            number = 1
            self.page_message = f"'{raw[:20]}' is geen paginanummer: je ziet de eerste pagina."
        if number < 1:
            self.page_message = "Pagina's beginnen bij 1: je ziet de eerste pagina."
            number = 1
        asked = number
        # Far past any last page; a larger number would make an offset the database cannot hold.
        number = min(number, MAX_PAGE_NUMBER)
        fetch = functools.partial(
            FetchedPage.fetch,
            queryset,
            size=page_size,
            with_distance=self.filterset.has_place,
            with_moments=self.filterset.asks_moments,
        )
        fetched = fetch(number=number)
        if fetched.is_past_the_end:
            # Rare (a link to a page that no longer exists): a second query for the last page.
            last = self.get_paginator(fetched, page_size).num_pages
            shown = str(asked) if len(str(asked)) <= 12 else f"{str(asked)[:12]}…"
            self.page_message = (
                f"Pagina {shown} bestaat niet: er zijn er {last}. Je ziet de laatste."
            )
            number = last
            fetched = fetch(number=number)
        self.unknown_moments = fetched.unknown_moments
        paginator = self.get_paginator(fetched, page_size)
        page = paginator.page(number)
        page.object_list = with_search(result_rows(page.object_list), self.request.GET)
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filterset = self.filterset
        context["place"] = filterset.place
        context["chips"] = active_filter_chips(filterset)
        # The place we cannot find has its own message, with suggestions; the rest is listed.
        place_not_found = filterset.place is not None and not filterset.has_place
        context["other_errors"] = [
            (field.label, error)
            for field in filterset.form
            if not (field.name == "plaats" and place_not_found)
            for error in field.errors
        ]
        # Anything asked (even a place we cannot find) puts the answer first on a phone.
        context["has_search"] = any(
            key != self.page_kwarg and value for key, value in self.request.GET.items()
        )
        context["page_message"] = self.page_message
        context["unknown_moments"] = self.unknown_moments
        # The first and last page, and two on either side of this one (an ellipsis between).
        context["page_links"] = context["paginator"].get_elided_page_range(
            context["page_obj"].number, on_each_side=2, on_ends=1
        )
        context["share_url"] = share_link(self.request, filterset.form, context["page_obj"].number)
        context["qr_url"] = qr_image_url(context["share_url"])
        context["map_points"] = map_points(context["object_list"])
        data = filterset.form.cleaned_data if filterset.is_bound else {}
        context["coverage"] = coverage_for(data.get("traject") or [])
        if not context["paginator"].count and (filterset.place is None or filterset.has_place):
            context["alternatives"] = wider_searches(filterset, self.get_queryset())
        context["unplaced"] = unplaced_matches(filterset, self.get_queryset())
        if context["unplaced"]:
            context["unplaced_query"] = query_without(filterset.data, "plaats")
        context["panels"] = panels.render(
            "search", request=self.request, filterset=filterset, count=context["paginator"].count
        )
        return context


class ProviderDetailView(DraftPreviewMixin, DetailView):
    """/aanbieders/<slug>/: one provider, its locations and what it offers there."""

    template_name = "trajectories/provider_detail.html"
    context_object_name = "provider"

    def get_queryset(self):
        offerings = Offering.objects.filter(status=Offering.Status.PUBLISHED).select_related(
            "route"
        )
        return self.visible(Provider.objects.all()).prefetch_related(
            Prefetch(
                "locations",
                queryset=Location.objects.select_related("municipality__province").prefetch_related(
                    Prefetch("offerings", queryset=offerings)
                ),
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        locations = list(self.object.locations.all())
        # Opened from a search: the campuses nearest its place first, and the way back to it.
        context["search_query"] = search_query(self.request.GET)
        for location in locations:
            location.distance_km = None
        place = None
        if self.request.GET.get("plaats"):
            place = place_resolve(query=self.request.GET["plaats"][:80])
        if place is not None and place.is_resolved:
            context["place"] = place
            for location in locations:
                location.distance_km = (
                    distance_km(place.point, Point(location.latitude, location.longitude))
                    if location.latitude is not None
                    else None
                )
            locations.sort(key=lambda loc: (loc.distance_km is None, loc.distance_km or 0))
        context["locations"] = locations
        # Offerings of a past school year, or ended because a newer list no longer names them,
        # stay on the page under their own heading: a person may look for what was taught.
        past = []
        for location in locations:
            offerings = location.offerings.all()
            location.current_offerings = [o for o in offerings if o.is_current]
            past += [o for o in offerings if not o.is_current]
        current = [o for loc in locations for o in loc.current_offerings]
        qualifications = qualification_links([o.pk for o in current])
        today = timezone.localdate()
        for offering in current:
            offering.card = OfferingCard.of(
                card_values(offering), qualifications.get(offering.pk, []), today
            )
        context["past_offerings"] = sorted(past, key=lambda o: o.school_year, reverse=True)
        # "Klopt er iets niet?": the page is cached whole, so the form carries no CSRF token;
        # it posts to the report page, which is never cached (see provider_report).
        context["report_form"] = ReportForm(offerings=current, auto_id="melding-%s")
        routes = {o.route.slug: o.route for o in current}
        context["coverage"] = coverage_for(list(routes.values()))
        context["map_points"] = [
            {
                "lat": location.latitude,
                "lon": location.longitude,
                "name": str(location),
                "url": "",
                "approximate": location.is_approximate,
                "count": len(location.offerings.all()),
            }
            for location in locations
            if location.latitude is not None
        ]
        return context


@csrf_exempt  # checked below: a first post from the cached provider page has no token yet
@never_cache
@require_http_methods(["GET", "POST"])
def provider_report(request, slug):
    """/aanbieders/<slug>/melden/: "Klopt er iets niet?", without an account.

    The form on the provider's (cached) page has no CSRF token, so its post lands here first
    to be checked, then is shown back with a token to send it ("controleer en verstuur").
    A post that passes Django's CSRF check, the honeypot, the limits and the rate limit per
    address is kept, and the reader goes to a thank-you page. What was typed is never lost.
    """
    provider = get_object_or_404(Provider.objects.published(), slug=slug)
    offerings = list(
        Offering.objects.published()
        .current()
        .filter(location__provider=provider)
        .select_related("location__provider", "location__municipality")
    )
    form = ReportForm(request.POST or None, offerings=offerings, auto_id="melding-%s")
    status, confirm = 200, False
    if request.method == "POST":
        csrf_passed = CsrfViewMiddleware(lambda r: None).process_view(request, None, (), {}) is None
        address = client_ip(request)
        if not form.is_valid():
            status = 400
        elif report_rate_exceeded(address=address):
            form.add_error(
                None,
                "Er kwamen het voorbije uur al veel meldingen van jouw internetadres. Probeer "
                "het over een uur opnieuw; wat je schreef staat nog hieronder.",
            )
            status = 429
        elif not csrf_passed:
            confirm = True
        else:
            offering = next((o for o in offerings if o.pk == form.cleaned_data["aanbod"]), None)
            report_submit(
                provider=provider,
                offering=offering,
                what=form.cleaned_data["wat"],
                contact=form.cleaned_data["contact"],
                address=address,
            )
            return redirect("trajectories:provider-report-thanks", slug=provider.slug)
    context = {"provider": provider, "form": form, "confirm": confirm}
    return render(request, "trajectories/provider_report.html", context, status=status)


def provider_report_thanks(request, slug):
    provider = get_object_or_404(Provider.objects.published(), slug=slug)
    return render(request, "trajectories/provider_report_thanks.html", {"provider": provider})


@dataclass
class PlannedRoute:
    """A judged route with what the page shows beside it."""

    fit: RouteFit
    route: Route
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
        return any(offering.moment_fit == MOMENT_MATCHES for offering in self.nearest)


# How an offering's known lesson moments compare with the moments a candidate can learn at.
MOMENT_MATCHES, MOMENT_UNKNOWN = Offering.MOMENT_MATCHES, Offering.MOMENT_UNKNOWN


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


class RoutePlannerView(TemplateView):
    """/routeplanner/: from a candidate's situation to the routes that fit, and where they are."""

    template_name = "trajectories/route_planner.html"
    nearest_per_route = 3
    nearest_within_km = 50
    first_look_km = 15
    # What the page shows of each nearest offering (`NearestOffering`), read as plain values:
    # model instances with their provider and municipality cost more than the query itself.
    nearest_fields = [
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

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = RoutePlannerForm(self.request.GET or None)
        context["form"] = form
        if not form.has_answers:
            context["no_answers"] = form.is_bound
            return context
        form.is_valid()
        candidate = form.candidate()
        routes = search_options().routes
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
        counts = self._route_counts(candidate)
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

    @staticmethod
    def _route_counts(candidate) -> dict[int, int]:
        """How many offerings the search finds per route for this qualification and these
        moments, anywhere: one query per combination, kept until content changes."""

        def count():
            offerings = Offering.objects.published().current()
            if candidate.qualification:
                offerings = offerings.filter(qualifications__slug=candidate.qualification)
            if candidate.moments:
                offerings = offerings.at_moments(candidate.moments)
            return dict(
                offerings.order_by()
                .values("route_id")
                .annotate(n=Count("pk"))
                .values_list("route_id", "n")
            )

        moments = ",".join(sorted(candidate.moments))
        return cached_content(count, "planner-route-counts", candidate.qualification, moments)

    def _attach_nearest(self, judged, place, candidate) -> None:
        """The three nearest offerings of each fitting route, in one query, or two.

        With lesson moments asked, offerings known to be taught at one of them come first,
        then those whose moments are not known; those known to be taught at other moments
        only are left out. Each offering carries `moment_fit` so the page can say which is which.

        Most places have three of each route close by: a first look within `first_look_km`
        settles every route whose three nearest are there and all taught at an asked moment
        (nothing farther can come before them); only the other routes are looked up again
        within `nearest_within_km`.
        """
        fitting = {p.route.pk: p for p in judged if p.fit.fits}
        offerings = Offering.objects.published().current()
        if candidate.qualification:
            offerings = offerings.filter(qualifications__slug=candidate.qualification)
        if candidate.moments:  # the search's own rule, so its links list the same places
            offerings = offerings.at_moments(candidate.moments)
        else:
            offerings = offerings.annotate(moment_fit=Value(MOMENT_MATCHES))
        open_routes = set(fitting)
        for km in (self.first_look_km, self.nearest_within_km):
            found: dict[int, list] = {route: [] for route in open_routes}
            nearest = (
                offerings.filter(route_id__in=open_routes)
                .near(place.point, km)
                .annotate(
                    rank=Window(
                        RowNumber(),
                        partition_by=F("route_id"),
                        order_by=[F("moment_fit").asc(), F("distance_km").asc(), F("pk").asc()],
                    )
                )
                .filter(rank__lte=self.nearest_per_route)
                .order_by("route_id", "rank")
                .values(*self.nearest_fields)
            )
            for values in nearest:
                found[values["route_id"]].append(NearestOffering.of(values))
            for route, shown in found.items():
                settled = len(shown) == self.nearest_per_route and all(
                    o.moment_fit == MOMENT_MATCHES for o in shown
                )
                if settled or km == self.nearest_within_km:
                    fitting[route].nearest = shown
                    open_routes.discard(route)
            if not open_routes:
                break

    def _support(self, place):
        services = cached_content(
            lambda: list(SupportService.objects.published().prefetch_related("provinces")),
            "planner-support",
        )
        if place and place.is_resolved:
            province = place.municipality.province_id
            return [s for s in services if any(p.pk == province for p in s.provinces.all())]
        return list(services)
