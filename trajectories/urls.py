from django.conf import settings
from django.urls import path
from django.views.decorators.cache import cache_page

from trajectories import exports, views

app_name = "trajectories"

# The pages a mentor shares are opened by many people with the same link: serve repeats from
# the cache. Public pages set no cookies, so one cached answer fits every visitor.
cached = cache_page(settings.PAGE_CACHE_SECONDS)

urlpatterns = [
    path("trajecten/", views.RouteListView.as_view(), name="route-list"),
    path("trajecten/<slug:slug>/", views.RouteDetailView.as_view(), name="route-detail"),
    path("contracten/", views.ContractListView.as_view(), name="contract-list"),
    path("duaal-leren/", views.DualLearningView.as_view(), name="dual-learning"),
    path("ondersteuning/", views.SupportView.as_view(), name="support"),
    path("routeplanner/", views.RoutePlannerView.as_view(), name="route-planner"),
    path("opleidingen/", cached(views.OfferingSearchView.as_view()), name="offering-search"),
    path("opleidingen/export.csv", cached(exports.offering_export_csv), name="offering-export-csv"),
    path(
        "opleidingen/export.json", cached(exports.offering_export_json), name="offering-export-json"
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
