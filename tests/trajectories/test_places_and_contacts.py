"""Every real provider has a place a search can measure from and a contact with its source; an
offering whose place nobody knows is counted and said, never silently dropped."""

import datetime
import re

import pytest
from django.urls import reverse

from portal.models import Municipality
from tests.trajectories.factories import LocationFactory, OfferingFactory, ProviderFactory
from trajectories.models import Location, Offering, Provider

pytestmark = pytest.mark.django_db

SEARCH = "/opleidingen/"
READ_ON = datetime.date(2026, 12, 2)


def providers_found(response) -> set[str]:
    html = response.content.decode()
    return set(re.findall(r'id="aanbod-\d+"><a href="/aanbieders/([^/]+)/', html))


def test_every_location_of_the_real_providers_has_a_point_from_the_gazetteer():
    locations = Location.objects.filter(provider__in=Provider.objects.published())
    assert locations.count() >= 14
    for location in locations.select_related("municipality", "provider"):
        assert location.municipality, location
        assert location.latitude is not None, location
        if location.is_approximate:  # the municipality's own point, not one made up
            assert (location.latitude, location.longitude) == (
                location.municipality.latitude,
                location.municipality.longitude,
            ), location


@pytest.mark.parametrize(
    ("place", "providers"),
    [
        ("Antwerpen", {"cvo-encora", "stedelijk-lyceum"}),
        ("2000", {"cvo-encora", "stedelijk-lyceum"}),
        ("Heist-op-den-Berg", {"atheneum-heist"}),
        ("Halle", {"go-school-halle"}),
        ("Deinze", {"leiepoort-sint-vincentius"}),
    ],
)
def test_a_place_search_finds_the_schools_the_portal_lists_there(client, place, providers):
    response = client.get(SEARCH, {"plaats": place, "straal": "5"})
    assert providers <= providers_found(response)
    assert "0 opleidingen" not in response.content.decode()


def test_where_each_place_comes_from_is_on_the_provider_page(client):
    html = client.get("/aanbieders/go-school-halle/").content.decode()
    assert "<h1>GO! Technisch Atheneum Halle</h1>" in html
    assert "Kluisstraat, Halle" in html
    assert "Bron van de plaats:" in html
    assert 'datetime="2026-12-02"' in html


def test_an_offering_whose_place_is_unknown_is_counted_and_said(client):
    nowhere = LocationFactory(
        provider=ProviderFactory(name="School zonder adres"),
        municipality=None,
        latitude=None,
        longitude=None,
        place_note="plaats niet bekend",
    )
    OfferingFactory(location=nowhere, title="Kinderbegeleider", is_evening=True)
    OfferingFactory(location=nowhere, title="Dagopleiding", is_daytime=True)

    html = client.get(SEARCH, {"plaats": "Gent", "lesmoment": "avond"}).content.decode()
    text = " ".join(html.split())
    assert (
        "Nog 1 opleiding past bij deze zoekopdracht, maar we weten niet waar ze gegeven wordt"
        in text
    )
    assert 'href="?lesmoment=avond">Bekijk de zoekopdracht zonder plaats</a>' in html
    # Without a place, it is in the list.
    without = client.get(SEARCH, {"lesmoment": "avond"}).content.decode()
    assert "School zonder adres" in without


def test_a_place_search_with_nothing_near_still_says_what_has_no_place(client):
    nowhere = LocationFactory(municipality=None, latitude=None, longitude=None)
    OfferingFactory(location=nowhere, route=Offering.objects.first().route)
    html = client.get(SEARCH, {"plaats": "Knokke-Heist", "straal": "5"}).content.decode()
    assert "Geen opleidingen gevonden" in html
    assert "we weten niet waar ze gegeven wordt" in html


def test_a_location_given_a_town_without_a_point_gets_the_towns_point(client, admin_client):
    provider = ProviderFactory()
    mol = Municipality.objects.get(nis_code="13025")
    response = admin_client.post(
        reverse("admin:trajectories_location_add"),
        {
            "provider": provider.pk,
            "name": "Campus Mol",
            "municipality": mol.pk,
            **{f"offerings-{k}": v for k, v in {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0}.items()},
        },
    )
    assert response.status_code == 302, response.content.decode()[-3000:]
    location = Location.objects.get(provider=provider, name="Campus Mol")
    assert (location.latitude, location.longitude) == (mol.latitude, mol.longitude)
    assert location.is_approximate


@pytest.mark.parametrize(
    ("slug", "website"),
    [
        ("cvo-encora", "https://cvoencora.stedelijkonderwijs.be/"),
        ("stedelijk-lyceum", "https://www.stedelijkonderwijs.be/stedelijklyceum"),
        ("atheneum-heist", "https://www.atheneumheist.be/"),
        ("go-school-halle", "https://go-tahalle.be/"),
        ("leiepoort-sint-vincentius", "https://www.leiepoort.be/"),
        ("sji-tielt", "https://sji-tielt.be/"),
        ("cvo-vspw-mol", "http://www.vspwmol.be/"),
        ("wico-campus-sint-maria", "https://www.wico.be/"),
    ],
)
def test_a_real_providers_contact_is_shown_with_its_source_and_the_day_it_was_read(
    client, slug, website
):
    provider = Provider.objects.get(slug=slug)
    assert provider.website == website
    assert provider.contact_source_url.startswith("http")
    assert provider.contact_checked_on == READ_ON
    html = client.get(provider.get_absolute_url()).content.decode()
    assert f'Website: <a href="{website}" rel="noopener">' in html
    assert f'Bron: <a href="{provider.contact_source_url}" rel="noopener">' in html
    assert "gelezen op <time" in html
    assert "Geen contactgegevens bekend" not in html


def test_a_provider_without_a_public_contact_says_so_and_invents_none(client):
    provider = Provider.objects.get(slug="cvo-miras")
    assert (provider.website, provider.email, provider.phone) == ("", "", "")
    html = client.get(provider.get_absolute_url()).content.decode()
    assert "Geen website, e-mail of telefoon gevonden in openbare bronnen." in html
