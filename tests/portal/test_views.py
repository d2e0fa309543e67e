"""The site shell's pages: what they say, what they hide, and how many queries they cost."""

from unittest import mock

import pytest
from django.db import DatabaseError
from django.test import RequestFactory

from portal.caching import content_changed
from portal.views import server_error
from tests.portal.factories import ContactOrganisationFactory, ResourceFactory

pytestmark = pytest.mark.django_db


def test_home_page_opens_the_three_doors(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="nl-BE" class="no-js">' in html
    for door in ["/werkgevers/", "/mentoren-en-kandidaten/", "/sector/"]:
        assert f'href="{door}"' in html
    assert "Naar de inhoud" in html


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("/werkgevers/", "Voor werkgevers in de kinderopvang"),
        ("/mentoren-en-kandidaten/", "Voor mentoren en kandidaten"),
        ("/sector/", "Voor medewerkers van de sector"),
        ("/over/", "Over de Instroomwijzer Kinderopvang"),
        ("/privacy/", "Privacy"),
        ("/toegankelijkheid/", "Toegankelijkheidsverklaring"),
    ],
)
def test_page_answers_in_dutch(client, path, heading):
    response = client.get(path)
    assert response.status_code == 200
    assert f"<h1>{heading}</h1>" in response.content.decode()


def test_employer_door_lists_the_official_finders_with_source_and_date(client):
    html = client.get("/werkgevers/").content.decode()
    assert "lesplaatsen.werkplekduaal.be" in html
    assert "cresco-app.onderwijs-apps.vlaanderen.be/home?soort=EVC" in html
    assert "gecontroleerd op" in html
    assert "28 november 2026" in html


def test_draft_resource_is_not_shown(client):
    ResourceFactory(title="Nog niet klaar", draft=True)
    ResourceFactory(title="Wel klaar")
    html = client.get("/werkgevers/").content.decode()
    assert "Wel klaar" in html
    assert "Nog niet klaar" not in html


def test_footer_names_contact_organisations_and_data_attribution(client):
    ContactOrganisationFactory(name="Verborgen concept", draft=True)
    html = client.get("/").content.decode()
    for name in ["VIVO", "VVSG", "Vlaams Welzijnsverbond", "Som", "Diverscity"]:
        assert name in html
    assert "Verborgen concept" not in html
    assert "Statbel, GeoNames" in html


def test_about_page_credits_the_geographic_sources(client):
    html = client.get("/over/").content.decode()
    assert "© Statbel" in html
    assert "© GeoNames" in html
    assert "CC BY 4.0" in html


# Every page reads the content version (one query); the footer's contact organisations cost one
# query on every page; lists one query each.
@pytest.mark.parametrize(
    ("path", "queries"),
    [("/", 2), ("/werkgevers/", 3), ("/sector/", 3), ("/over/", 3), ("/privacy/", 2)],
)
def test_page_costs_a_fixed_number_of_queries(client, django_assert_num_queries, path, queries):
    content_changed()  # a version nothing is cached under yet: the page is drawn
    with django_assert_num_queries(queries):
        client.get(path)
    ResourceFactory.create_batch(10, is_for_sector=True)
    ContactOrganisationFactory.create_batch(5)
    with django_assert_num_queries(queries):
        client.get(path)


def test_unknown_path_gets_the_dutch_404_page(client):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    assert "Deze pagina bestaat niet (meer)" in response.content.decode()


def test_server_error_page_is_dutch_and_needs_no_database():
    request = RequestFactory().get("/")
    with mock.patch("django.db.backends.utils.CursorWrapper.execute", side_effect=DatabaseError):
        response = server_error(request)
    assert response.status_code == 500
    assert "Er ging bij ons iets mis" in response.content.decode()


def test_healthz_reports_a_working_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_reports_an_unreachable_database_with_503(client):
    with mock.patch("django.db.backends.utils.CursorWrapper.execute", side_effect=DatabaseError):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "onbereikbaar"


def test_healthz_refuses_writes(client):
    assert client.post("/healthz").status_code == 405


def test_menu_marks_the_section_of_each_page_though_the_header_is_kept(client):
    def marked(path):
        html = client.get(path).text
        return [label for label in ("Opleidingen", "Premies") if f'current="page">{label}<' in html]

    assert marked("/opleidingen/") == ["Opleidingen"]
    assert marked("/premies/") == ["Premies"]
    assert marked("/opleidingen/") == ["Opleidingen"]
    assert marked("/over/") == []
