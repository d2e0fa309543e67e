"""A mentor's search in Chromium: by place and qualification, shared as a link, printed.

The search and a provider's page pass axe and fit at 360 and 1280 px in the sweep of
test_journeys_work.py."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def result_names(page) -> list[str]:
    """The providers the results show, once the page a search led to has loaded (reading them
    does not wait: on a busy machine it could read a page still being parsed)."""
    page.wait_for_load_state()
    return page.locator(".results .result h2").all_inner_texts()


def test_search_by_place_and_qualification_then_share_and_print(
    page, browser, site, assert_accessible
):
    page.goto(site + "/opleidingen/")
    page.get_by_role("textbox", name="Plaats").fill("8000")
    page.get_by_label("Afstand", exact=True).select_option("50")
    page.get_by_label("Kinderbegeleider baby's en peuters").check()
    page.get_by_role("button", name="Zoeken").click()

    expect(page.get_by_role("status").first).to_contain_text("binnen 50 km van 8000 Brugge")
    names = result_names(page)
    # The four campuses of CVO Miras, and the school in Deinze, 38 km away.
    assert names[0] == "CVO Miras"
    assert names.count("CVO Miras") == 4
    assert "Leiepoort Sint-Vincentius" in names
    expect(page.locator(".distance").first).to_have_text("hemelsbreed 1 km")
    expect(
        page.get_by_role("link", name="Kinderbegeleider baby's en peuters (filter weghalen)")
    ).to_be_visible()
    assert_accessible(page)

    # The exact link, opened by someone else, gives the identical list.
    shared = page.get_by_label("Link naar precies deze lijst").input_value()
    assert "plaats=8000" in shared
    assert "kwalificatie=kinderbegeleider-babys-en-peuters" in shared
    other = browser.new_context()
    candidate = other.new_page()
    candidate.goto(shared)
    assert result_names(candidate) == names
    other.close()

    # On paper: the list, the link and the QR code; no form.
    page.emulate_media(media="print")
    expect(page.locator(".results")).to_be_visible()
    expect(page.locator(".print-link")).to_have_text(shared)
    expect(page.locator(".qr img")).to_be_visible()
    expect(page.locator(".search-form")).to_be_hidden()
    pdf = page.pdf(format="A4")
    assert pdf[:4] == b"%PDF"


def test_a_typo_in_the_place_offers_the_right_place(page, site, assert_accessible):
    page.goto(site + "/opleidingen/?plaats=Brugeg&straal=50")
    expect(page.get_by_text("We vinden de plaats 'Brugeg' niet.")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Brugge", exact=True).click()
    expect(page.get_by_role("status").first).to_contain_text("binnen 50 km van Brugge")


def test_removing_a_chip_widens_the_search(page, site):
    page.goto(site + "/opleidingen/?plaats=Brugge&straal=50&traject=syntra")
    expect(page.get_by_text("Geen opleidingen gevonden")).to_be_visible()
    page.get_by_role("link", name="Syntra (filter weghalen)").click()
    assert "traject" not in page.url
    assert "CVO Miras" in result_names(page)


def test_copy_button_and_map_work_with_javascript(page, site):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(site + "/opleidingen/?plaats=Brugge&straal=50")
    page.get_by_role("button", name="Kopieer").click()
    expect(page.get_by_text("De link is gekopieerd.")).to_be_visible()
    page.get_by_role("button", name="Toon de kaart").click()
    expect(page.locator(".leaflet-marker-icon").first).to_be_visible()
    points = page.evaluate("JSON.parse(document.getElementById('kaart-punten').textContent)")
    assert page.locator(".leaflet-marker-icon").count() == len(points) >= 4
    # Each marker's image loads (a missing image shows its alt text on the map).
    page.wait_for_function(
        "[...document.querySelectorAll('.leaflet-marker-icon')]"
        ".every(img => img.complete && img.naturalWidth === 25)"
    )


def test_search_works_without_javascript(browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + "/opleidingen/")
    page.get_by_role("textbox", name="Plaats").fill("Brugge")
    page.get_by_role("button", name="Zoeken").click()
    assert "CVO Miras" in result_names(page)
    expect(page.get_by_role("button", name="Toon de kaart")).to_be_hidden()
    context.close()
