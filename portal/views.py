"""Pages of the site shell: home, the three doors, static pages, health, the QR code of a shared
link (`/qr-code.svg`) and the error pages."""

import sys
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseServerError, JsonResponse
from django.shortcuts import redirect, render
from django.template import loader
from django.templatetags.static import static
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.generic import ListView, TemplateView

from portal.middleware import database_unavailable, unavailable_response
from portal.models import ContactOrganisation, Resource, Term
from portal.ratelimit import RateLimit
from portal.security import client_ip
from portal.sharing import QR_MAX_BYTES, qr_cache_key, qr_fits, qr_svg


class DraftPreviewMixin:
    """A detail page shows published content to everyone, and drafts too to staff who may preview.

    A previewed page is marked private, so no cache ever hands a draft to someone else.
    """

    def can_preview(self) -> bool:
        return self.request.user.has_perm("portal.preview_content")

    def visible(self, queryset):
        return queryset if self.can_preview() else queryset.published()

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if self.can_preview():
            patch_cache_control(response, private=True, no_store=True)
        return response


class HomeView(TemplateView):
    template_name = "portal/home.html"


class DoorView(TemplateView):
    """One of the three doors: what the portal answers for one kind of visitor."""

    audience: str = ""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        resources = list(Resource.objects.published().for_audience(self.audience))
        context["finders"] = [r for r in resources if r.kind == Resource.Kind.FINDER]
        context["resources"] = [r for r in resources if r.kind != Resource.Kind.FINDER]
        return context


class TermListView(ListView):
    """Every abbreviation and sector word the pages use, explained, each with its source."""

    queryset = Term.objects.published()
    context_object_name = "terms"
    template_name = "portal/term_list.html"


class AboutView(TemplateView):
    template_name = "portal/over.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["organisations"] = ContactOrganisation.objects.published()
        return context


@never_cache
@require_safe
def healthz(request):
    """Liveness and database check for operators and load balancers."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "fout", "database": "onbereikbaar"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@require_safe
def favicon(request):
    """/favicon.ico, which browsers and feed readers ask for on pages without an icon link: the
    site's icon (an SVG), by a redirect a browser keeps for a day."""
    response = redirect(static("img/favicon.svg"))
    patch_cache_control(response, public=True, max_age=24 * 3600)
    return response


# A code rendered once is cached this long in the shared cache, for every server process.
QR_CACHE_SECONDS = 24 * 3600


def qr_rate_limit() -> RateLimit:
    """At most `QR_CODES_PER_HOUR` new codes rendered an hour per address, across every server."""
    return RateLimit("qr-codes", settings.QR_CODES_PER_HOUR, timedelta(hours=1))


@require_safe
def qr_code(request):
    """/qr-code.svg?link=…: the QR code of a link to this site, as an image browsers keep.

    The code of a link never changes, so it is cached for a year. Only links to this site get one:
    the portal is no QR service for any address. Drawing a code costs tens of milliseconds, so
    each is rendered once and cached by link, and one address may have at most
    `QR_CODES_PER_HOUR` new ones rendered an hour; codes rendered before are always given.
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


def bad_request(request, exception=None):
    return render(request, "400.html", status=400)


def permission_denied(request, exception=None):
    return render(request, "403.html", status=403)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # An unreachable database raised outside a view (a middleware saving the session, say) is
    # still a 503, not our fault; DatabaseUnavailableMiddleware handles those raised in views.
    if database_unavailable(sys.exception()):
        return unavailable_response(request, sys.exception())
    # Rendered without a request and its context processors: the database may be why we are here.
    return HttpResponseServerError(loader.get_template("500.html").render())
