from django.urls import path

from incentives import views

app_name = "incentives"

urlpatterns = [
    path("premies/", views.PremiumView.as_view(), name="premium-list"),
]
