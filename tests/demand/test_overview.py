"""The demand as sector staff, a provider and the public see it: pooled, never who."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group

from demand.models import UnansweredSearch
from portal.models import Municipality
from qualifications.models import ProfessionalQualification
from tests.demand.factories import TrainingRequestFactory
from tests.portal.factories import UserFactory
from tests.trajectories.factories import LocationFactory, ProviderFactory
from trajectories.models import Route

pytestmark = pytest.mark.django_db

OVERVIEW = "/admin/demand/trainingrequest/overzicht/"


def municipality(nis):
    return Municipality.objects.get(nis_code=nis)


@pytest.fixture
def evening_requests_in_brussel():
    """14 people ask for evening training toward the baby BK in adult education near Brussel;
    others ask elsewhere, or did not confirm their address yet."""
    babies = ProfessionalQualification.objects.get(slug="kinderbegeleider-babys-en-peuters")
    adult = Route.objects.get(slug="volwassenenonderwijs")
    common = {"qualification": babies, "route": adult, "moments": "avond"}
    TrainingRequestFactory(people=6, **common)
    TrainingRequestFactory(people=5, confirmed=True, **common)
    TrainingRequestFactory(people=3, municipality=municipality("23088"), **common)  # Vilvoorde
    TrainingRequestFactory(people=9, unconfirmed=True, **common)  # waits for confirmation
    TrainingRequestFactory(people=4, municipality=municipality("44021"), **common)  # Gent


@pytest.fixture
def aanbieder_in_brussel(db):
    user = UserFactory(username="aanbieder@cvo.example", staff=True)
    user.groups.add(Group.objects.get(name="Aanbieder"))
    provider = ProviderFactory(name="CVO Brussel", slug="cvo-brussel")
    provider.editors.add(user)
    LocationFactory(provider=provider, name="Campus Brussel", municipality=municipality("21004"))
    return user


def test_a_provider_sees_the_pooled_requests_near_its_campus_never_who(
    client, aanbieder_in_brussel, evening_requests_in_brussel
):
    client.force_login(aanbieder_in_brussel)
    html = client.get("/admin/").content.decode()
    assert (
        "14 mensen vragen een avondopleiding tot kinderbegeleider baby&#x27;s en peuters "
        "(volwassenenonderwijs) binnen 20 km van Campus Brussel"
    ) in html
    assert "mentor@voorbeeld.be" not in html
    assert "Gevraagd in jullie buurt" in html


def test_a_provider_without_requests_near_it_is_told_so(client, aanbieder_in_brussel):
    client.force_login(aanbieder_in_brussel)
    assert "Nog geen lopende aanvragen binnen 20 km" in client.get("/admin/").content.decode()


def test_staff_see_the_summary_on_their_dashboard_and_the_overview(
    client, redacteur, evening_requests_in_brussel
):
    UnansweredSearch.objects.create(
        day=datetime.date.today(),
        source="zoeken",
        municipality_nis="21004",
        route_slug="evc",
        moment="avond",
        is_empty=True,
        searches=7,
    )
    client.force_login(redacteur)
    html = client.get("/admin/").content.decode()
    assert "4 lopende aanvragen voor 18 mensen" in html
    assert "7 zoekopdrachten zonder (of met weinig) antwoord" in html
    overview = client.get(OVERVIEW, {"per": "gemeente"})
    assert overview.status_code == 200
    page = overview.content.decode()
    assert "<td>Brussels Hoofdstedelijk Gewest</td><td>Brussel</td>" in page
    assert "mentor@voorbeeld.be" not in page


def test_the_overview_is_for_staff_only(client, aanbieder_in_brussel):
    client.force_login(aanbieder_in_brussel)
    assert client.get(OVERVIEW).status_code == 403
    assert client.get(OVERVIEW + "export.csv").status_code == 403


def test_the_overview_exports_every_month_region_route_and_moment_as_csv(
    client, redacteur, evening_requests_in_brussel
):
    client.force_login(redacteur)
    response = client.get(OVERVIEW + "export.csv", {"maanden": "abc", "per": "<script>"})
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    brussel = [r for r in rows if r["gemeente"] == "Brussel"]
    assert [(r["traject"], r["lesmoment"], r["aanvragen"], r["mensen"]) for r in brussel] == [
        # A cell that starts with an apostrophe gets one more, for the spreadsheet to hide.
        ("Volwassenenonderwijs", "''s Avonds", "2", "11")
    ]
    assert brussel[0]["maand"] == datetime.date.today().strftime("%Y-%m")


def test_the_public_page_shows_only_counts_of_at_least_five(client, django_assert_num_queries):
    TrainingRequestFactory(people=4)  # Brussel, evening: 4 people, not shown
    TrainingRequestFactory(people=5, municipality=municipality("44021"))  # Gent: shown
    for nis, searches in (("11002", 5), ("31005", 4)):  # Antwerpen shown, Brugge not
        UnansweredSearch.objects.create(
            day=datetime.date.today(),
            source="zoeken",
            municipality_nis=nis,
            is_empty=True,
            searches=searches,
        )
    client.get("/vraag/")
    # The content version, the names of places, routes and qualifications (3), the running
    # requests and the searches.
    with django_assert_num_queries(6):
        html = client.get("/vraag/").content.decode()
    assert "<td>Gent</td>" in html
    assert "<td>Antwerpen</td>" in html
    assert "<td>Brussel</td>" not in html
    assert "<td>Brugge</td>" not in html
    assert "minstens 5" in html
