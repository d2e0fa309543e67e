"""The content pages in Chromium: the comparison on a phone and the employer's self-check.

Each of `PAGES` answers 200, passes axe and fits the screen at 360 and 1280 px in the sweep of
test_journeys_work.py (`test_every_public_page_and_the_login_pass_axe_at_both_widths`)."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PAGES = [
    "/kwalificaties/",
    "/kwalificaties/kinderbegeleider-babys-en-peuters/",
    "/kwalificaties/kinderbegeleider-schoolgaande-kinderen/",
    "/onderwijsmatrix/",
    "/tijdlijn/",
    "/trajecten/",
    "/trajecten/secundair-onderwijs/",
    "/trajecten/duaal-leren-secundair/",
    "/trajecten/volwassenenonderwijs/",
    "/trajecten/duaal-leren-volwassenenonderwijs/",
    "/trajecten/syntra/",
    "/trajecten/evc/",
    "/contracten/",
    "/duaal-leren/",
    "/ondersteuning/",
    "/routeplanner/?leeftijd=34&situatie=werkt-in-kinderopvang&ervaring=6&lesmoment=avond&plaats=Aalst",
    "/premies/?werkgever=zelfstandig&opvang=baby-peuter",
    "/werkgevers/",
    "/mentoren-en-kandidaten/",
]


def test_comparison_becomes_one_card_per_route_on_a_phone(page, site):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(site + "/kwalificaties/kinderbegeleider-babys-en-peuters/")
    syntra = page.get_by_role("row").filter(has=page.get_by_role("link", name="Syntra"))
    expect(syntra).to_contain_text("18 jaar")
    # Each value carries its label above it, since the column headers are out of sight.
    first_cell = syntra.locator("td").first
    label = first_cell.evaluate("cell => getComputedStyle(cell, '::before').content")
    assert label == '"Wie kan starten"'
    assert first_cell.evaluate("cell => getComputedStyle(cell).display") == "block"


def test_employer_self_check_names_what_is_missing_and_keeps_it_in_the_link(
    page, site, assert_accessible
):
    page.goto(site + "/duaal-leren/")
    checkboxes = page.get_by_role("checkbox")
    total = checkboxes.count()
    assert total >= 8
    for index in range(total - 1):
        checkboxes.nth(index).check()
    page.get_by_role("button", name="Toon wat nog ontbreekt").click()
    expect(page.get_by_role("heading", name="Nog 1 voorwaarde te vervullen")).to_be_visible()
    assert "controle=1" in page.url
    assert_accessible(page)

    # The link carries the answers: a colleague opening it sees the same result.
    shared = page.url
    other = page.context.browser.new_context().new_page()
    other.goto(shared)
    expect(other.get_by_role("heading", name="Nog 1 voorwaarde te vervullen")).to_be_visible()
    expect(other.get_by_role("checkbox").nth(0)).to_be_checked()
    other.context.close()

    page.get_by_role("checkbox").nth(total - 1).check()
    page.get_by_role("button", name="Toon wat nog ontbreekt").click()
    expect(page.get_by_role("heading", name="Je voldoet aan alle voorwaarden")).to_be_visible()


def test_self_check_works_without_javascript(browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + "/duaal-leren/")
    page.get_by_role("button", name="Toon wat nog ontbreekt").click()
    expect(page.get_by_role("heading", name="voorwaarden te vervullen")).to_be_visible()
    context.close()
