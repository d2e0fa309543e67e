"""A refinement keeps what the person did not touch: the form shows the radius and order in force,
so pressing "Zoeken" again searches exactly what the page said it searched."""

import re

import pytest
from django.http import QueryDict

from tests.trajectories.factories import found_offerings, offering_at
from trajectories.models import Route

pytestmark = pytest.mark.django_db

SEARCH = "/opleidingen/"


def selected(html: str, name: str) -> list[str]:
    """The values a browser would submit for the select `name`, as rendered."""
    select = re.search(rf'<select name="{name}".*?</select>', html, re.S)
    assert select, f"no select {name}"
    chosen = re.findall(r'<option value="([^"]*)"[^>]*\bselected\b', select.group(0))
    if chosen:
        return chosen
    # A select without a selected option submits its first option.
    return [re.search(r'<option value="([^"]*)"', select.group(0)).group(1)]


def resubmitted(html: str) -> QueryDict:
    """What pressing "Zoeken" on this page sends for the two selects, the rest left as it is."""
    return QueryDict(f"straal={selected(html, 'straal')[0]}&sorteer={selected(html, 'sorteer')[0]}")


@pytest.mark.parametrize(
    ("params", "radius"),
    [
        ({"plaats": "Gent"}, "20"),
        ({"plaats": "Gent", "straal": "50"}, "50"),
        ({"plaats": "Gent", "straal": "5"}, "5"),
        ({"plaats": "Gent", "straal": "-5"}, "20"),  # an invalid radius is reported, 20 used
        ({"plaats": "Gent", "straal": "abc"}, "20"),
        ({}, "20"),  # the empty search page
        ({"q": "cvo"}, "20"),
    ],
)
def test_the_radius_select_shows_the_radius_the_results_use(client, params, radius):
    response = client.get(SEARCH, params)
    assert response.status_code == 200
    html = response.content.decode()
    assert selected(html, "straal") == [radius]
    if "plaats" in params:
        assert f"binnen {radius} km van" in html


def test_pressing_search_again_keeps_the_radius_that_was_not_touched(client):
    tielt = offering_at(18, route=Route.objects.get(slug="secundair-onderwijs"))
    first = client.get(SEARCH, {"plaats": "Gent"})
    assert tielt in found_offerings(first)
    # The person ticks a route and presses "Zoeken": the form sends what it shows.
    again = client.get(
        SEARCH,
        {"plaats": "Gent", "traject": "secundair-onderwijs", **resubmitted(first.content.decode())},
    )
    assert again.context["filter"].radius_km == 20
    # Tielt, 18 km north, and the real school in Deinze, 17 km away: both within 20 km.
    found = found_offerings(again)
    assert tielt in found
    assert [o.location.provider.slug for o in found if o != tielt] == ["leiepoort-sint-vincentius"]


def test_an_explicit_sort_is_shown_and_the_default_stays_distance_once_a_place_is_added(client):
    by_name = client.get(SEARCH, {"plaats": "Gent", "sorteer": "naam"}).content.decode()
    assert selected(by_name, "sorteer") == ["naam"]
    # Without a place the list is sorted by name, and the select says so.
    no_place = client.get(SEARCH, {"q": "cvo"}).content.decode()
    assert selected(no_place, "sorteer") == [""]
    assert "Naam (met een plaats: afstand)" in no_place
    # Adding a place without touching the order gives the nearest first.
    with_place = client.get(SEARCH, {"q": "cvo", "plaats": "Gent", **resubmitted(no_place)})
    assert with_place.context["filter"].sort == "afstand"
    # An old link with sorteer=afstand still works and shows the default choice.
    old_link = client.get(SEARCH, {"plaats": "Gent", "sorteer": "afstand"})
    assert old_link.context["filter"].sort == "afstand"
    assert selected(old_link.content.decode(), "sorteer") == [""]
    assert not old_link.context["filter"].form.errors


def test_a_shown_search_offers_a_jump_to_its_form_before_the_results(client):
    offering_at(3)
    html = client.get(SEARCH, {"plaats": "Gent"}).content.decode()
    assert html.index('href="#zoekopdracht"') < html.index('class="results')
    assert 'id="zoekopdracht"' in html


def test_leaflet_is_not_loaded_with_the_page(client):
    offering_at(3)
    html = client.get(SEARCH, {"plaats": "Gent"}).content.decode()
    assert "data-leaflet-js=" in html  # the map can load it on request
    assert '<script src="/static/vendor/leaflet' not in html
    assert 'rel="stylesheet" href="/static/vendor/leaflet' not in html


def test_a_keyboard_user_can_skip_to_the_results(client):
    html = client.get(SEARCH, {"plaats": "Gent"}).content.decode()
    assert 'href="#resultaten">Naar de resultaten</a>' in html
    assert 'id="resultaten"' in html
