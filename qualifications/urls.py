from django.urls import path

from portal.caching import cached_page
from qualifications import views

app_name = "qualifications"

urlpatterns = [
    path(
        "kwalificaties/",
        cached_page(views.QualificationListView.as_view()),
        name="qualification-list",
    ),
    path(
        "kwalificaties/<slug:slug>/",
        cached_page(views.QualificationDetailView.as_view()),
        name="qualification-detail",
    ),
    path("onderwijsmatrix/", cached_page(views.MatrixView.as_view()), name="matrix"),
    path("tijdlijn/", cached_page(views.TimelineView.as_view()), name="timeline"),
    path("telt-dit-diploma/", cached_page(views.DiplomaCheckView.as_view()), name="diploma-check"),
]
