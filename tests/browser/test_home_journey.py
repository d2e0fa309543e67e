"""A first visit: the home page, each of its three doors, the skip link, the phone menu, the 404.

The home page, the pages behind its doors and the static pages pass axe at 360 and 1280 px in the
sweep of test_journeys_work.py."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

DOORS = [
    ("Naar de werkgevers", "/werkgevers/", "Voor werkgevers in de kinderopvang"),
    ("Naar mentoren en kandidaten", "/mentoren-en-kandidaten/", "Voor mentoren en kandidaten"),
    ("Naar de sector", "/sector/", "Voor medewerkers van de sector"),
]


def test_home_page_names_what_it_answers(page, site):
    page.goto(site + "/")
    expect(page.locator("html")).to_have_attribute("lang", "nl-BE")
    expect(page.get_by_role("heading", level=1)).to_contain_text("kinderbegeleider")
    expect(page.get_by_role("contentinfo")).to_contain_text("Statbel, GeoNames")


@pytest.mark.parametrize(("link", "path", "heading"), DOORS)
def test_each_door_leads_to_its_page(page, site, link, path, heading):
    page.goto(site + "/")
    page.get_by_role("link", name=link).click()
    expect(page).to_have_url(site + path)
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)


def test_skip_link_moves_focus_to_the_content(page, site):
    page.goto(site + "/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Naar de inhoud")
    expect(skip).to_be_focused()
    skip.press("Enter")
    expect(page.locator("main")).to_be_focused()


def test_phone_menu_opens_and_reaches_a_section(page, site):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(site + "/")
    routes = page.get_by_role("link", name="Trajecten", exact=True)
    expect(routes).to_be_hidden()
    page.get_by_role("button", name="Menu openen of sluiten").click()
    routes.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Trajecten naar de job van kinderbegeleider"
    )
    # Nothing sticks out sideways on the narrowest phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= 320


def test_the_404_page_is_accessible(page, site, assert_accessible):
    response = page.goto(site + "/bestaat-niet/")
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Deze pagina bestaat niet (meer)")
    assert_accessible(page)
