from django.urls import path

from portal.caching import fresh_page as fresh
from portal.caching import published_page as cached
from trajectories import exports, views

app_name = "trajectories"

# Public pages set no cookies, so one cached answer fits every visitor (portal.caching).

urlpatterns = [
    path("trajecten/", cached(views.RouteListView.as_view()), name="route-list"),
    path("trajecten/<slug:slug>/", cached(views.RouteDetailView.as_view()), name="route-detail"),
    path("contracten/", cached(views.ContractListView.as_view()), name="contract-list"),
    path("duaal-leren/", cached(views.DualLearningView.as_view()), name="dual-learning"),
    path("ondersteuning/", cached(views.SupportView.as_view()), name="support"),
    path("routeplanner/", cached(views.RoutePlannerView.as_view()), name="route-planner"),
    path("qr-code.svg", views.qr_code, name="qr-code"),
    path("opleidingen/", cached(views.OfferingSearchView.as_view()), name="offering-search"),
    path("opleidingen/export.csv", fresh(exports.offering_export_csv), name="offering-export-csv"),
    path(
        "opleidingen/export.json", fresh(exports.offering_export_json), name="offering-export-json"
    ),
    path(
        "aanbieders/<slug:slug>/",
        cached(views.ProviderDetailView.as_view()),
        name="provider-detail",
    ),
    path("aanbieders/<slug:slug>/melden/", views.provider_report, name="provider-report"),
    path(
        "aanbieders/<slug:slug>/melden/bedankt/",
        views.provider_report_thanks,
        name="provider-report-thanks",
    ),
]
