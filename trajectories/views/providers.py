"""A provider's public page, and the "Klopt er iets niet?" report a reader sends from it."""

from django.db.models import Prefetch
from django.middleware.csrf import CsrfViewMiddleware
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from django.views.generic import DetailView

from portal.geo import Point, distance_km
from portal.security import client_ip
from portal.services import place_resolve
from portal.views import DraftPreviewMixin
from trajectories.cards import OfferingCard, card_values, qualification_links
from trajectories.coverage import coverage_for
from trajectories.forms import ReportForm
from trajectories.models import (
    Location,
    Offering,
    Provider,
)
from trajectories.results import search_query
from trajectories.services.reports import report_rate_exceeded, report_submit


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
