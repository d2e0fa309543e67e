"""Root URLs. Public paths are Dutch and stable: they are shared, bookmarked and printed."""

from django.contrib import admin
from django.urls import include, path
from django.views.generic import TemplateView

from portal import views

# The site shell's own pages, under the namespace "portal".
portal_patterns = [
    path("", views.HomeView.as_view(), name="home"),
    path(
        "werkgevers/",
        views.DoorView.as_view(template_name="portal/werkgevers.html", audience="werkgever"),
        name="werkgever",
    ),
    path(
        "mentoren-en-kandidaten/",
        views.DoorView.as_view(template_name="portal/mentoren.html", audience="mentor"),
        name="mentor",
    ),
    path(
        "sector/",
        views.DoorView.as_view(template_name="portal/sector.html", audience="sector"),
        name="sector",
    ),
    path("over/", views.AboutView.as_view(), name="over"),
    path("privacy/", TemplateView.as_view(template_name="portal/privacy.html"), name="privacy"),
    path(
        "toegankelijkheid/",
        TemplateView.as_view(template_name="portal/toegankelijkheid.html"),
        name="toegankelijkheid",
    ),
    path("healthz", views.healthz, name="healthz"),
]

urlpatterns = [
    path("", include((portal_patterns, "portal"))),
    path("", include("qualifications.urls")),
    path("", include("trajectories.urls")),
    path("", include("incentives.urls")),
    path("admin/", admin.site.urls),
]

handler400 = "portal.views.bad_request"
handler403 = "portal.views.permission_denied"
handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"
