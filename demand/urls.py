from django.urls import path

from demand import views

app_name = "demand"

urlpatterns = [
    path("opleiding-gevraagd/", views.request_create_view, name="request-create"),
    path("opleiding-gevraagd/bedankt/", views.request_thanks, name="request-thanks"),
    path(
        "opleiding-gevraagd/bevestigen/<str:token>/",
        views.request_confirm_view,
        name="request-confirm",
    ),
    path(
        "opleiding-gevraagd/intrekken/<str:token>/",
        views.request_withdraw_view,
        name="request-withdraw",
    ),
    path("vraag/", views.demand_public, name="demand-public"),
]
