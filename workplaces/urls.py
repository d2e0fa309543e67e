"""Public URLs of the places. They are shared, bookmarked and printed: keep them."""

from django.urls import path

from workplaces import views

app_name = "workplaces"

urlpatterns = [
    path("werkgevers/aanmelden/", views.register, name="register"),
    path("werkgevers/aanmelden/verstuurd/", views.register_sent, name="register-sent"),
    path(
        "werkgevers/aanmelden/bevestigen/<str:token>/",
        views.register_confirm,
        name="register-confirm",
    ),
]
