from django.urls import path

from trajectories import views

app_name = "trajectories"

urlpatterns = [
    path("trajecten/", views.RouteListView.as_view(), name="route-list"),
    path("trajecten/<slug:slug>/", views.RouteDetailView.as_view(), name="route-detail"),
    path("contracten/", views.ContractListView.as_view(), name="contract-list"),
    path("duaal-leren/", views.DualLearningView.as_view(), name="dual-learning"),
    path("ondersteuning/", views.SupportView.as_view(), name="support"),
]
