"""/aanbieders/<slug>/: the provider, its locations and offerings, contact and source."""

import pytest

from tests.trajectories.factories import LocationFactory, OfferingFactory, ProviderFactory

pytestmark = pytest.mark.django_db


def test_provider_page_shows_locations_offerings_and_its_source(client):
    html = client.get("/aanbieders/cvo-miras/").content.decode()
    for campus in ["Campus Brugge", "Campus Oostende", "Campus Kortrijk", "Campus Ieper"]:
        assert campus in html
    assert "Kinderbegeleider baby&#x27;s en peuters" in html
    assert "nog niet nagekeken bij de aanbieder" in html
    assert "kw.be" in html
    assert "gecontroleerd op" in html


def test_uncertain_place_is_shown_as_the_source_says(client):
    html = client.get("/aanbieders/cvo-encora/").content.decode()
    assert "Vestiging · Antwerpen" in html
    assert "Leslocaties in Antwerpen en Berchem" in html
    assert "Op de kaart staat het centrum van de gemeente, niet het adres." in html
    assert (
        'Bron van de plaats: <a href="https://cvoencora.stedelijkonderwijs.be/praktisch/'
        'algemene-info" rel="noopener">cvoencora.stedelijkonderwijs.be</a>, gelezen op '
        '<time datetime="2026-12-02">2 december 2026</time>'
    ) in html


def test_contact_details_are_shown(client):
    provider = ProviderFactory(
        website="https://school.example.org/", email="info@example.org", phone="09 123 45 67"
    )
    OfferingFactory(location=LocationFactory(provider=provider))
    html = client.get(provider.get_absolute_url()).content.decode()
    assert 'href="https://school.example.org/"' in html
    assert "mailto:info@example.org" in html
    assert "09 123 45 67" in html


def test_draft_offering_is_not_listed_on_the_provider_page(client):
    provider = ProviderFactory()
    OfferingFactory(location=LocationFactory(provider=provider), title="Verborgen", draft=True)
    assert "Verborgen" not in client.get(provider.get_absolute_url()).content.decode()


def test_draft_and_unknown_providers_get_the_dutch_404(client):
    assert client.get(ProviderFactory(draft=True).get_absolute_url()).status_code == 404
    response = client.get("/aanbieders/bestaat-niet/")
    assert response.status_code == 404
    assert "Deze pagina bestaat niet (meer)" in response.content.decode()


def test_provider_page_costs_the_same_queries_with_more_offerings(client, assert_fixed_queries):
    provider = ProviderFactory()
    location = LocationFactory(provider=provider)
    OfferingFactory(location=location)

    def grow():
        OfferingFactory.create_batch(5, location=location)
        OfferingFactory.create_batch(5, location=LocationFactory(provider=provider))

    assert_fixed_queries(provider.get_absolute_url(), grow)


@pytest.mark.parametrize("offerings", [1, 12])
def test_a_provider_page_costs_four_queries(client, django_assert_num_queries, offerings):
    provider = ProviderFactory()
    OfferingFactory.create_batch(offerings, location=LocationFactory(provider=provider))
    client.get(ProviderFactory().get_absolute_url())  # what every page shares, now cached
    # The content version, then the provider, its locations, their offerings with routes, and
    # their qualifications.
    with django_assert_num_queries(5):
        assert client.get(provider.get_absolute_url()).status_code == 200


def test_from_a_search_the_nearest_campus_comes_first_and_the_way_back_keeps_the_search(client):
    import re

    search = client.get(
        "/opleidingen/", {"plaats": "Kortrijk", "traject": "volwassenenonderwijs"}
    ).content.decode()
    link = re.search(r'href="(/aanbieders/cvo-miras/\?[^"]+)"', search)[1].replace("&amp;", "&")
    html = client.get(link).content.decode()
    campuses = ["Campus Kortrijk", "Campus Ieper", "Campus Brugge", "Campus Oostende"]
    positions = [html.index(f">{campus} · ") for campus in campuses]
    assert positions == sorted(positions)
    assert "Vestigingen van dichtbij naar ver, vanaf Kortrijk." in html
    assert (
        '<a href="/opleidingen/?plaats=Kortrijk&amp;traject=volwassenenonderwijs">'
        "Je zoekopdracht</a>"
    ) in html
    # Without a search, the page is as always: campuses by name, the way to the search.
    plain = client.get("/aanbieders/cvo-miras/").content.decode()
    assert plain.index(">Campus Brugge · ") < plain.index(">Campus Kortrijk · ")
    assert '<a href="/opleidingen/">Opleidingen zoeken</a>' in plain
