"""An employer works out what training learners brings in, in Chromium."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_employer_estimates_what_two_dual_learners_bring_in(page, site, assert_accessible):
    page.goto(site + "/premies/")
    assert_accessible(page)
    page.get_by_label("Soort werkgever").select_option("zelfstandig")
    page.get_by_label("Soort opvang").select_option("baby-peuter")
    page.get_by_label("Traject van de lerende").select_option("duaal-leren-secundair")
    page.get_by_label("Aantal lerenden").fill("2")
    page.get_by_label("Maanden op de werkplek").fill("10")
    page.get_by_label("Ja").check()
    page.get_by_role("button", name="Toon wat van toepassing is").click()

    # Only the webinar names the begeleidingspremie: none of it is sure.
    expect(
        page.get_by_role("heading", name="Schatting: € 0 zeker, € 2.000 onder voorbehoud")
    ).to_be_visible()
    expect(page.get_by_text("€ 100 × 2 lerenden × 10 maanden")).to_be_visible()
    not_for_you = page.locator("section", has=page.get_by_role("heading", name="Niet voor jou"))
    expect(not_for_you).to_contain_text("Premie kwalificerend werkplekleren")
    expect(not_for_you).to_contain_text("Niet voor het 7de jaar duaal")
    expect(not_for_you).to_contain_text("decreetswijziging")
    assert "lerenden=2" in page.url
    assert_accessible(page)


def test_an_absurd_number_is_explained_on_the_page(page, site):
    page.goto(site + "/premies/?lerenden=1000000000&maanden=-3")
    expect(page.get_by_text("Schat voor hoogstens 50 lerenden tegelijk.").first).to_be_visible()
    expect(page.get_by_text("Vul minstens 1 maand in.").first).to_be_visible()


def test_the_estimate_fits_a_phone(page, site):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(site + "/premies/?werkgever=lokaal-bestuur&lerenden=2&maanden=10")
    # The ondersteuningspremie is known for 2024-2025 only; the other premium needs a route.
    expect(
        page.get_by_role("heading", name="Schatting: € 0 zeker, € 2.000 onder voorbehoud")
    ).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
