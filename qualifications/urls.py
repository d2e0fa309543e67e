from django.urls import path

from portal.caching import published_page as cached
from qualifications import views

app_name = "qualifications"

urlpatterns = [
    path(
        "kwalificaties/", cached(views.QualificationListView.as_view()), name="qualification-list"
    ),
    path(
        "kwalificaties/<slug:slug>/",
        cached(views.QualificationDetailView.as_view()),
        name="qualification-detail",
    ),
    path("onderwijsmatrix/", cached(views.MatrixView.as_view()), name="matrix"),
    path("tijdlijn/", cached(views.TimelineView.as_view()), name="timeline"),
    path("telt-dit-diploma/", cached(views.DiplomaCheckView.as_view()), name="diploma-check"),
]
