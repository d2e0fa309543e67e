"""A mentor and a candidate go from the form to a printed sheet, in Chromium."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_mentor_fills_in_the_situation_and_prints_one_sheet(page, site, assert_accessible):
    page.goto(site + "/routeplanner/")  # the empty form passes axe in test_journeys_work.py
    page.get_by_label("Leeftijd").fill("34")
    page.get_by_label("Waar woon je?").fill("Aalst")
    page.get_by_label("Situatie", exact=True).select_option("werkt-in-kinderopvang")
    page.get_by_label("Hoogste diploma").select_option("secundair")
    page.get_by_label("Jaren ervaring in de kinderopvang").fill("6")
    page.get_by_label("'s Avonds").check()
    page.get_by_role("button", name="Toon wat past").click()

    routes = page.locator("article.planned h3")
    expect(routes.first).to_contain_text("Erkennen van verworven competenties (EVC)")
    expect(routes.nth(1)).to_contain_text("Volwassenenonderwijs")
    expect(page.get_by_text("ODO(W)").first).to_be_visible()
    assert "leeftijd=34" in page.url
    assert_accessible(page)

    page.emulate_media(media="print")
    expect(page.locator("form")).to_be_hidden()
    expect(page.locator(".print-link")).to_contain_text("/routeplanner/?leeftijd=34")
    expect(page.locator(".qr img")).to_be_visible()
    pdf = page.pdf(format="A4", print_background=False)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert pages == 1, f"the sheet takes {pages} pages"


def test_an_impossible_age_is_explained(page, site):
    page.goto(site + "/routeplanner/?leeftijd=150")
    expect(page.get_by_text("Vul een leeftijd tussen 15 en 80 in.").first).to_be_visible()
