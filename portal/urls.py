"""Root URLs. Public paths are Dutch and stable: they are shared, bookmarked and printed."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.generic import TemplateView

from portal import views
from portal.caching import cached_page
from portal.password_reset import PasswordResetLaterView
from portal.second_factor import InvitationPasswordView

# The site shell's own pages, under the namespace "portal".
portal_patterns = [
    path("", cached_page(views.HomeView.as_view()), name="home"),
    path(
        "werkgevers/",
        cached_page(
            views.DoorView.as_view(template_name="portal/werkgevers.html", audience="werkgever")
        ),
        name="werkgever",
    ),
    path(
        "mentoren-en-kandidaten/",
        cached_page(
            views.DoorView.as_view(template_name="portal/mentoren.html", audience="mentor")
        ),
        name="mentor",
    ),
    path(
        "sector/",
        cached_page(views.DoorView.as_view(template_name="portal/sector.html", audience="sector")),
        name="sector",
    ),
    path("over/", cached_page(views.AboutView.as_view()), name="over"),
    path("begrippen/", cached_page(views.TermListView.as_view()), name="terms"),
    path(
        "privacy/",
        cached_page(TemplateView.as_view(template_name="portal/privacy.html")),
        name="privacy",
    ),
    path(
        "toegankelijkheid/",
        cached_page(TemplateView.as_view(template_name="portal/toegankelijkheid.html")),
        name="toegankelijkheid",
    ),
    path("healthz", views.healthz, name="healthz"),
    path("qr-code.svg", views.qr_code, name="qr-code"),
    path("favicon.ico", views.favicon, name="favicon"),
]

# What the admin's own pages get from the admin site, for the pages outside it.
ADMIN_LOOK = {"site_header": admin.site.site_header, "site_title": admin.site.site_title}

urlpatterns = [
    path("", include((portal_patterns, "portal"))),
    path("", include("qualifications.urls")),
    path("", include("trajectories.urls")),
    path("", include("incentives.urls")),
    path("", include("workplaces.urls")),
    path("", include("demand.urls")),
    # A forgotten back-office password: Django's own reset views, in the admin's look. The names
    # are the ones the admin's login page and the reset views look for. The mail goes out after
    # the answer (portal.password_reset); a new password leads on to the second factor, if the
    # account has none yet (portal.second_factor).
    path(
        "admin/wachtwoord-vergeten/",
        PasswordResetLaterView.as_view(
            extra_context={**ADMIN_LOOK, "title": "Wachtwoord vergeten"}
        ),
        name="admin_password_reset",
    ),
    path(
        "admin/wachtwoord-vergeten/verstuurd/",
        auth_views.PasswordResetDoneView.as_view(
            extra_context={**ADMIN_LOOK, "title": "Kijk in je mailbox"}
        ),
        name="password_reset_done",
    ),
    path(
        "admin/wachtwoord-herstellen/<uidb64>/<token>/",
        InvitationPasswordView.as_view(
            extra_context={**ADMIN_LOOK, "title": "Kies een nieuw wachtwoord"}
        ),
        name="password_reset_confirm",
    ),
    path(
        "admin/wachtwoord-herstellen/klaar/",
        auth_views.PasswordResetCompleteView.as_view(
            extra_context={**ADMIN_LOOK, "title": "Je nieuwe wachtwoord is ingesteld"}
        ),
        name="password_reset_complete",
    ),
    path("admin/", admin.site.urls),
]

handler400 = "portal.views.bad_request"
handler403 = "portal.views.permission_denied"
handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"
