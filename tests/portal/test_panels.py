"""Panels: an app adds to a page it does not own, through a slot, and the page shows it."""

import pytest

from portal import panels


@pytest.fixture
def registered():
    """A panel on the search and on a route page, taken away again after the test."""

    def near_search(*, request, filterset, count):
        return f'<p class="test-panel">{count} gevonden binnen {filterset.radius_km} km</p>'

    def nothing_to_add(**facts):
        return ""

    added = [("search", near_search), ("route", nothing_to_add)]
    for slot, panel in added:
        panels.register(slot, panel)
    yield
    for slot, panel in added:
        panels._registry[slot].remove(panel)


def test_a_registered_panel_shows_on_the_page_of_its_slot(client, db, registered):
    html = client.get("/opleidingen/", {"plaats": "Maasmechelen", "straal": "10"}).content.decode()
    assert '<p class="test-panel">' in html
    assert "gevonden binnen 10 km</p>" in html


def test_a_panel_that_adds_nothing_leaves_the_page_as_it_was(client, db, registered):
    from tests.trajectories.factories import RouteFactory

    route = RouteFactory()
    html = client.get(route.get_absolute_url()).content.decode()
    assert "test-panel" not in html
    assert route.name in html


def test_registering_twice_adds_once_and_an_unknown_slot_is_refused():
    def panel(**facts):
        return "x"

    panels.register("planner", panel)
    panels.register("planner", panel)
    try:
        assert panels.render("planner") == ["x"]
    finally:
        panels._registry["planner"].remove(panel)
    with pytest.raises(ValueError, match="Unknown panel slot"):
        panels.register("zijbalk", panel)
