from django.urls import path

from incentives import views
from portal.caching import cached_page

app_name = "incentives"

urlpatterns = [
    path("premies/", cached_page(views.PremiumView.as_view()), name="premium-list"),
]
