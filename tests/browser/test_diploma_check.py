"""'Telt dit diploma?' in Chromium: at a phone's and a laptop's width, accessible, without
JavaScript, and its answer shareable as a link."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

# Screenshots for a person to look at, when SCREENSHOT_DIR is set (not needed for the test).
SHOTS = os.environ.get("SCREENSHOT_DIR")


def shot(page, name):
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=f"{SHOTS}/{name}.png", full_page=True)


@pytest.mark.parametrize("width", [375, 1280])
def test_an_employer_checks_an_old_attest_and_shares_the_answer(
    browser, site, assert_accessible, width
):
    # Without JavaScript: the form is a plain GET form, its answer a page of its own.
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": width, "height": 900}
    )
    page = context.new_page()
    page.goto(site + "/telt-dit-diploma/")
    page.get_by_label("Waar behaald?").select_option("cvo")
    page.get_by_role("button", name="Telt het?").click()
    page.get_by_label("Welk diploma, getuigschrift of attest?").select_option(
        "attest-kinderbegeleider-babys-en-peuters-cvo"
    )
    page.get_by_label("Wanneer behaald?").fill("2021-06")
    page.get_by_role("button", name="Telt het?").click()
    answer = page.get_by_role("status")
    expect(answer).to_contain_text("Dit telt voor een deel")
    expect(answer).to_contain_text("Opvang van baby's en peuters: telt")
    expect(answer).to_contain_text("Opvang van schoolgaande kinderen (BKO): telt niet")
    shared = page.url
    assert "titel=attest-kinderbegeleider-babys-en-peuters-cvo" in shared
    assert "behaald=2021-06" in shared
    # The shortest route: the planner opens with what is known filled in.
    page.get_by_role("link", name="Open de routeplanner met wat we al weten").click()
    expect(page.get_by_label("Beroepskwalificatie die je al hebt")).to_have_value(
        "kinderbegeleider-babys-en-peuters"
    )
    expect(page.get_by_label("Welke kwalificatie wil je behalen?")).to_have_value(
        "kinderbegeleider-schoolgaande-kinderen"
    )
    context.close()

    # The link is the answer: a fresh browser (with JavaScript, for axe) opens the same answer.
    other = browser.new_context(viewport={"width": width, "height": 900})
    page = other.new_page()
    page.goto(site + "/telt-dit-diploma/")
    assert_accessible(page)
    shot(page, f"diploma-check-empty-{width}")
    page.goto(shared)
    expect(page.get_by_role("status")).to_contain_text("Dit telt voor een deel")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert_accessible(page)
    shot(page, f"diploma-check-answer-{width}")
    page.goto(site + "/telt-dit-diploma/?titel=7de-jaar-kinderzorg")
    assert_accessible(page)
    shot(page, f"diploma-check-kinderzorg-{width}")
    other.close()


def test_the_audit_cases_read_right_in_the_browser(page, site):
    """Screens of the planner and the estimate for the cases the audit found wrong."""
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site + "/routeplanner/?leeftijd=19&situatie=werkzoekend&diploma=ok3")
    expect(page.get_by_role("link", name="Duaal leren in het secundair onderwijs")).to_be_visible()
    shot(page, "planner-19-jaar-werkzoekend-ok3-1280")
    page.goto(site + "/premies/?werkgever=lokaal-bestuur&traject=duaal-leren-secundair"
              "&lerenden=2&maanden=10")  # fmt: skip
    expect(page.get_by_role("heading", name="Schatting:")).to_contain_text("mogelijk nog € 5.000")
    shot(page, "premies-lokaal-bestuur-2-zevendejaars-1280")
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(site + "/routeplanner/?leeftijd=17&situatie=werkzoekend&vrijwilliger=ja")
    shot(page, "planner-17-jaar-vrijwilliger-375")
