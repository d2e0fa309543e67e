"""Public URLs of the places. They are shared, bookmarked and printed: keep them."""

from django.urls import path

from portal.caching import cached_page, fresh_page
from workplaces import exports, views

app_name = "workplaces"

urlpatterns = [
    path("werkplekken/", cached_page(views.WorkplaceSearchView.as_view()), name="search"),
    path("werkplekken/export.csv", fresh_page(exports.workplace_export_csv), name="export-csv"),
    path("werkplekken/export.json", fresh_page(exports.workplace_export_json), name="export-json"),
    path(
        "werkplekken/<slug:slug>/",
        cached_page(views.EmployerDetailView.as_view()),
        name="employer-detail",
    ),
    path("werkplekken/<slug:slug>/contact/<int:pk>/", views.contact, name="contact"),
    path("werkplekken/<slug:slug>/contact/verstuurd/", views.contact_sent, name="contact-sent"),
    path("werkgevers/aanmelden/", views.register, name="register"),
    path("werkgevers/aanmelden/verstuurd/", views.register_sent, name="register-sent"),
    path(
        "werkgevers/aanmelden/bevestigen/<str:token>/",
        views.register_confirm,
        name="register-confirm",
    ),
]
