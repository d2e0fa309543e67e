"""Public pages of the places: an employer joins, people find places and contact employers."""

import functools
from dataclasses import dataclass

from django.db.models import Prefetch
from django.http import QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from django.views.generic import DetailView
from django_filters.views import FilterView

from incentives.rules import CARE_TYPES
from portal.caching import cached_content
from portal.geo import whole_km
from portal.security import client_ip
from portal.sharing import qr_image_url, share_link
from trajectories.refinements import Chip, query_without
from trajectories.results import FetchedPage
from workplaces.filters import WorkplaceFilter
from workplaces.forms import ContactForm, RegistrationForm
from workplaces.models import Employer, PlaceOffer, Site
from workplaces.services.contact import contact_limit, contact_send
from workplaces.services.registration import (
    LinkProblem,
    registration_complete,
    registration_limits,
    registration_mail_send,
    registration_read,
)


@never_cache
@require_http_methods(["GET", "POST"])
def register(request):
    """/werkgevers/aanmelden/: an organiser of childcare joins in two minutes."""
    form = RegistrationForm(request.POST or None, auto_id="aanmelding-%s")
    status = 200
    if request.method == "POST":
        if not form.is_valid():
            status = 400
        else:
            per_address, per_mail = registration_limits()
            if not (
                per_address.hit(client_ip(request)) and per_mail.hit(form.cleaned_data["e_mail"])
            ):
                form.add_error(
                    None,
                    "Er kwamen het voorbije uur al veel aanmeldingen van jouw internetadres of "
                    "voor dit e-mailadres. Probeer het over een uur opnieuw; wat je invulde staat "
                    "nog hieronder.",
                )
                status = 429
            else:
                data = {k: v for k, v in form.cleaned_data.items() if k != "website"}
                registration_mail_send.enqueue(
                    data=data, base_url=request.build_absolute_uri("/")[:-1]
                )
                return redirect("workplaces:register-sent")
    return render(request, "workplaces/register.html", {"form": form}, status=status)


def register_sent(request):
    return render(request, "workplaces/register_sent.html")


@never_cache
@require_http_methods(["GET", "POST"])
def register_confirm(request, token):
    """The link from the mail: shown first (a mail scanner that opens it changes nothing), the
    button makes the employer and leads on to choosing a password."""
    try:
        data = registration_read(token)
        if request.method == "POST":
            return redirect(registration_complete(data=data))
    except LinkProblem as problem:
        return render(
            request, "workplaces/register_link.html", {"problem": problem.message}, status=410
        )
    return render(request, "workplaces/register_link.html", {"data": data})


# Far past any last page; a larger number would make an offset the database cannot hold (the
# school search's bound, trajectories.views.MAX_PAGE_NUMBER).
MAX_PAGE_NUMBER = 100_000


def page_number(raw: str) -> tuple[int, str]:
    """The page asked for, and what to say when it cannot be used as asked."""
    try:
        number = int(raw)
    except ValueError:
        return 1, f"'{raw[:20]}' is geen paginanummer: je ziet de eerste pagina."
    if number < 1:
        return 1, "Pagina's beginnen bij 1: je ziet de eerste pagina."
    return min(number, MAX_PAGE_NUMBER), ""


def employers_exist() -> bool:
    """Whether any employer is online (kept until content changes): a fresh install has none."""
    return cached_content(lambda: Employer.objects.published().exists(), "employers-exist")


class WorkplaceSearchView(FilterView):
    """/werkplekken/: which childcare near here takes a learner, when. Every filter in the URL.

    One query finds the page and the number of results (the school search's `FetchedPage`), one
    more loads the offers shown: a fixed number of queries whatever the number of results.
    """

    filterset_class = WorkplaceFilter
    template_name = "workplaces/search.html"
    paginate_by = 20
    page_kwarg = "pagina"
    strict = False

    def get_queryset(self):
        return PlaceOffer.objects.visible()

    def paginate_queryset(self, queryset, page_size):
        number, self.page_message = page_number(self.request.GET.get(self.page_kwarg, "1"))
        fetch = functools.partial(
            FetchedPage.fetch, queryset, size=page_size, with_distance=self.filterset.has_place
        )
        fetched = fetch(number=number)
        if fetched.is_past_the_end:
            last = self.get_paginator(fetched, page_size).num_pages
            self.page_message = f"Deze pagina bestaat niet: er zijn er {last}. Je ziet de laatste."
            number = last
            fetched = fetch(number=number)
        paginator = self.get_paginator(fetched, page_size)
        page = paginator.page(number)
        page.object_list = offer_rows(page.object_list)
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filterset = self.filterset
        context["place"] = filterset.place
        place_not_found = filterset.place is not None and not filterset.has_place
        context["other_errors"] = [
            (field.label, error)
            for field in filterset.form
            if not (field.name == "plaats" and place_not_found)
            for error in field.errors
        ]
        context["has_search"] = any(
            key != self.page_kwarg and value for key, value in self.request.GET.items()
        )
        context["page_message"] = self.page_message
        context["page_links"] = context["paginator"].get_elided_page_range(
            context["page_obj"].number, on_each_side=2, on_ends=1
        )
        context["chips"] = workplace_chips(filterset)
        context["share_url"] = share_link(self.request, filterset.form, context["page_obj"].number)
        context["qr_url"] = qr_image_url(context["share_url"])
        context["map_points"] = offer_points(context["object_list"])
        context["employers_exist"] = employers_exist()
        context["query"] = search_query_of(self.request.GET)
        return context


def workplace_chips(filterset: WorkplaceFilter) -> list[Chip]:
    """The active filters, each a chip that removes itself (the school search's `Chip`)."""
    data = filterset.form.cleaned_data if filterset.is_bound else {}
    query = filterset.data
    chips = []
    if filterset.has_place:
        label = f"Binnen {filterset.radius_km} km van {filterset.place.label}"
        chips.append(Chip(label, query_without(query, "plaats")))
    if data.get("provincie"):
        chips.append(Chip(f"Provincie {data['provincie']}", query_without(query, "provincie")))
    for route in data.get("traject") or []:
        chips.append(Chip(route.name, query_without(query, "traject", route.slug)))
    for care in data.get("opvang") or []:
        chips.append(Chip(CARE_TYPES[care], query_without(query, "opvang", care)))
    if data.get("schooljaar"):
        chips.append(Chip(f"Schooljaar {data['schooljaar']}", query_without(query, "schooljaar")))
    return chips


SEARCH_PARAMETERS = ("plaats", "straal", "provincie", "traject", "opvang", "schooljaar", "sorteer")


def search_query_of(query) -> str:
    """The search's own parameters, for the links to an employer's page and the exports."""
    params = QueryDict(mutable=True)
    for name in SEARCH_PARAMETERS:
        values = [v[:100] for v in query.getlist(name) if v][:10]
        if values:
            params.setlist(name, values)
    return params.urlencode()


@dataclass(frozen=True)
class OfferRow:
    offer: PlaceOffer
    distance_km: float | None

    @property
    def distance_text(self) -> str:
        return "" if self.distance_km is None else whole_km(self.distance_km)


def offer_rows(rows: list[dict]) -> list[OfferRow]:
    """The offers of a page, in its order, with their site and employer (one query)."""
    offers = PlaceOffer.objects.for_page().in_bulk([row["pk"] for row in rows])
    return [
        OfferRow(offers[row["pk"]], row.get("distance_km")) for row in rows if row["pk"] in offers
    ]


def offer_points(rows: list[OfferRow]) -> list[dict]:
    """The sites of the shown offers, for the optional map, with how many offers each has."""
    points: dict[int, dict] = {}
    for row in rows:
        site = row.offer.site
        point = points.setdefault(
            site.pk,
            {
                "lat": site.latitude,
                "lon": site.longitude,
                "name": f"{site.employer.name}, {site.name}",
                "url": site.employer.get_absolute_url(),
                "approximate": True,
                "count": 0,
            },
        )
        point["count"] += 1
    return list(points.values())


class EmployerDetailView(DetailView):
    """/werkplekken/<slug>/: one employer's sites and the places it offers there now."""

    template_name = "workplaces/employer_detail.html"
    context_object_name = "employer"

    def get_queryset(self):
        return Employer.objects.published().prefetch_related(
            Prefetch("sites", queryset=Site.objects.select_related("municipality__province")),
            Prefetch(
                "sites__offers",
                queryset=PlaceOffer.objects.visible().select_related("route"),
                to_attr="visible_offers",
            ),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sites"] = list(self.object.sites.all())
        context["query"] = search_query_of(self.request.GET)
        context["share_url"] = self.request.build_absolute_uri(self.request.path)
        context["qr_url"] = qr_image_url(context["share_url"])
        context["map_points"] = [
            {
                "lat": site.latitude,
                "lon": site.longitude,
                "name": site.name,
                "url": "",
                "approximate": True,
                "count": len(site.visible_offers),
            }
            for site in context["sites"]
        ]
        return context


@never_cache
@require_http_methods(["GET", "POST"])
def contact(request, slug, pk):
    """/werkplekken/<slug>/contact/<pk>/: a short message to the employer about one offer.

    Never cached, so its form carries a CSRF token. Honeypot, length limits, no markup, and a
    rate limit per address that holds across processes. The employer's address is never shown.
    """
    offer = get_object_or_404(
        PlaceOffer.objects.visible().for_page(), pk=pk, site__employer__slug=slug
    )
    form = ContactForm(request.POST or None, auto_id="bericht-%s")
    status = 200
    if request.method == "POST":
        if not form.is_valid():
            status = 400
        elif not contact_limit().hit(client_ip(request)):
            form.add_error(None, CONTACT_THROTTLED)
            status = 429
        else:
            contact_send(
                offer=offer,
                role=form.cleaned_data["wie"],
                email=form.cleaned_data["e_mail"],
                text=form.cleaned_data["bericht"],
                base_url=request.build_absolute_uri("/")[:-1],
            )
            return redirect("workplaces:contact-sent", slug=slug)
    context = {"offer": offer, "employer": offer.site.employer, "form": form}
    return render(request, "workplaces/contact.html", context, status=status)


CONTACT_THROTTLED = (
    "Er kwamen het voorbije uur al veel berichten van jouw internetadres. Probeer het over een "
    "uur opnieuw; wat je schreef staat nog hieronder."
)


def contact_sent(request, slug):
    employer = get_object_or_404(Employer.objects.published(), slug=slug)
    return render(request, "workplaces/contact_sent.html", {"employer": employer})
