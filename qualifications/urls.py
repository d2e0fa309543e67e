from django.urls import path

from qualifications import views

app_name = "qualifications"

urlpatterns = [
    path("kwalificaties/", views.QualificationListView.as_view(), name="qualification-list"),
    path(
        "kwalificaties/<slug:slug>/",
        views.QualificationDetailView.as_view(),
        name="qualification-detail",
    ),
    path("onderwijsmatrix/", views.MatrixView.as_view(), name="matrix"),
    path("tijdlijn/", views.TimelineView.as_view(), name="timeline"),
]
