from django.urls import path

from incentives import views
from portal.caching import published_page as cached

app_name = "incentives"

urlpatterns = [
    path("premies/", cached(views.PremiumView.as_view()), name="premium-list"),
]
