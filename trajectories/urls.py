"""Public URLs of trajectories: Dutch, stable, shared and printed (see DESIGN.md)."""

from django.urls import path

from portal.caching import cached_page, fresh_page
from trajectories.views import exports, planner, providers, routes, search

app_name = "trajectories"

# Public pages set no cookies, so one cached answer fits every visitor (portal.caching).

urlpatterns = [
    path("trajecten/", cached_page(routes.RouteListView.as_view()), name="route-list"),
    path(
        "trajecten/<slug:slug>/",
        cached_page(routes.RouteDetailView.as_view()),
        name="route-detail",
    ),
    path("contracten/", cached_page(routes.ContractListView.as_view()), name="contract-list"),
    path("duaal-leren/", cached_page(routes.DualLearningView.as_view()), name="dual-learning"),
    path("ondersteuning/", cached_page(routes.SupportView.as_view()), name="support"),
    path("routeplanner/", cached_page(planner.RoutePlannerView.as_view()), name="route-planner"),
    path("opleidingen/", cached_page(search.OfferingSearchView.as_view()), name="offering-search"),
    path(
        "opleidingen/export.csv",
        fresh_page(exports.offering_export_csv),
        name="offering-export-csv",
    ),
    path(
        "opleidingen/export.json",
        fresh_page(exports.offering_export_json),
        name="offering-export-json",
    ),
    path(
        "aanbieders/<slug:slug>/",
        cached_page(providers.ProviderDetailView.as_view()),
        name="provider-detail",
    ),
    path("aanbieders/<slug:slug>/melden/", providers.provider_report, name="provider-report"),
    path(
        "aanbieders/<slug:slug>/melden/bedankt/",
        providers.provider_report_thanks,
        name="provider-report-thanks",
    ),
]
