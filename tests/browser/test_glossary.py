"""The glossary in Chromium: a term on a route page leads to its explanation, on a phone and a
laptop, accessible, without JavaScript."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

# Screenshots for a person to look at, when SCREENSHOT_DIR is set (not needed for the test).
SHOTS = os.environ.get("SCREENSHOT_DIR")


def shot(page, name, *, full_page=True):
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=f"{SHOTS}/{name}.png", full_page=full_page)


@pytest.mark.parametrize("width", [375, 1280])
def test_a_candidate_follows_a_term_to_its_explanation(browser, site, assert_accessible, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(site + "/trajecten/duaal-leren-volwassenenonderwijs/")
    assert_accessible(page)
    shot(page, f"route-with-terms-{width}")
    page.get_by_role("link", name="Afstand is mogelijk").click()
    assert page.url.endswith("/begrippen/#afstand-van-de-leervergoeding")
    entry = page.locator("#afstand-van-de-leervergoeding")
    expect(entry).to_be_in_viewport()
    expect(entry).to_contain_text("helemaal of voor een deel weigeren")
    expect(entry).to_contain_text("Onzeker:")
    expect(entry).to_contain_text("gecontroleerd op 3 december 2026")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert_accessible(page)
    shot(page, f"glossary-entry-{width}", full_page=False)
    page.goto(site + "/begrippen/")
    assert_accessible(page)
    shot(page, f"glossary-{width}")
    context.close()


def test_the_terms_lead_to_their_entries_without_javascript(browser, site):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 900})
    page = context.new_page()
    page.goto(site + "/trajecten/syntra/")
    page.get_by_role("link", name="WEWIS").first.click()
    expect(page.locator("#wewis")).to_be_in_viewport()
    expect(page.locator("#wewis")).to_contain_text("vonden we in geen openbare bron")
    page.goto(site + "/duaal-leren/")
    page.get_by_role("link", name="model 2").first.click()
    expect(page.locator('[id="596-2"]')).to_contain_text("strafregister")
    context.close()
