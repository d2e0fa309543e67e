"""The search and provider pages say the list is not complete, and where the official one is."""

import pytest

from tests.trajectories.factories import LocationFactory, OfferingFactory, ProviderFactory
from trajectories.coverage import route_coverage
from trajectories.models import Offering, Provider

pytestmark = pytest.mark.django_db

SEARCH = "/opleidingen/"
OFFICIAL_CVO_LIST = (
    "https://data-onderwijs.vlaanderen.be/onderwijsaanbod/lijst.aspx?n=4&amp;ohs=317&amp;o=991"
)


def known_cvos() -> int:
    return (
        Provider.objects.filter(
            locations__offerings__in=Offering.objects.published()
            .current()
            .filter(route__slug="volwassenenonderwijs")
        )
        .distinct()
        .count()
    )


def test_counts_providers_once_however_many_offerings_and_not_ended_ones():
    provider = ProviderFactory()
    location = LocationFactory(provider=provider)
    OfferingFactory.create_batch(3, location=location)
    OfferingFactory(ended_on="2026-10-01")

    assert route_coverage()["volwassenenonderwijs"].providers == known_cvos()
    assert known_cvos() >= 1


def test_search_for_a_route_says_how_many_providers_it_knows_and_links_the_official_list(client):
    OfferingFactory()

    response = client.get(SEARCH, {"plaats": "Gent", "traject": "volwassenenonderwijs"})

    html = response.text
    assert "Deze lijst is nog niet volledig." in html
    assert f"Volwassenenonderwijs: {known_cvos()} aanbieders bekend" in html
    assert f'href="{OFFICIAL_CVO_LIST}"' in html
    assert "Syntra:" not in html


def test_search_without_a_route_lists_every_route(client):
    response = client.get(SEARCH, {"plaats": "Gent"})

    assert "Volwassenenonderwijs:" in response.text
    assert "Syntra" in response.text


def test_provider_page_says_it_for_the_routes_it_teaches(client):
    offering = OfferingFactory()

    response = client.get(offering.location.provider.get_absolute_url())

    assert "Deze lijst is nog niet volledig." in response.text
    assert f'href="{OFFICIAL_CVO_LIST}"' in response.text


def test_note_kept_for_one_search_is_not_shown_for_another_route_nor_after_a_new_provider(client):
    OfferingFactory()
    cvo = {"plaats": "Gent", "traject": "volwassenenonderwijs"}
    syntra = {"plaats": "Gent", "traject": "syntra"}
    before = known_cvos()

    assert f"Volwassenenonderwijs: {before} aanbieder" in client.get(SEARCH, cvo).text
    assert "Volwassenenonderwijs:" not in client.get(SEARCH, syntra).text
    OfferingFactory()  # another provider of adult education

    assert f"Volwassenenonderwijs: {before + 1} aanbieders" in client.get(SEARCH, cvo).text
