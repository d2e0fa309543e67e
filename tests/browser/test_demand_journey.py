"""Nothing near Brussel in the evening: a mentor asks for it, confirms, and the sector and a
provider nearby see the request, pooled (Chromium, on a phone and a desktop)."""

import re
from pathlib import Path

import pytest
from django.core import mail
from playwright.sync_api import expect

from demand import counting
from portal.models import Municipality
from tests.browser.back_office import account, log_in
from tests.trajectories.factories import LocationFactory, ProviderFactory

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375px", "1280px"])
def test_an_empty_search_in_brussel_becomes_a_request_the_sector_and_a_provider_see(
    browser, site, settings, assert_accessible, screenshot_dir, viewport
):
    settings.SITE_URL = site
    settings.DEMAND_COUNTS_FLUSH_SECONDS = 0
    counting.buffer._counts.clear()
    mail.outbox = []
    width = viewport["width"]

    def shot(page, name):
        if screenshot_dir:
            Path(screenshot_dir).mkdir(parents=True, exist_ok=True)
            page.screenshot(path=f"{screenshot_dir}/{name}-{width}.png", full_page=True)

    provider = ProviderFactory(name="CVO Brussel Zuid", slug="cvo-brussel-zuid")
    LocationFactory(
        provider=provider,
        name="Campus Anderlecht",
        municipality=Municipality.objects.get(nis_code="21001"),
    )
    provider.editors.add(account("secretariaat@cvo-brussel.example", "Aanbieder"))
    account("redacteur@vivo.example", "Redacteur")

    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(site + "/opleidingen/?plaats=Brussel&traject=volwassenenonderwijs&lesmoment=avond")
    expect(page.get_by_text("Geen opleidingen gevonden")).to_be_visible()
    ask = page.get_by_role("link", name="Vraag deze opleiding aan")
    expect(ask).to_be_visible()
    assert_accessible(page)
    shot(page, "1-lege-zoekopdracht")

    ask.click()
    expect(page.get_by_role("heading", name="Vraag een opleiding aan")).to_be_visible()
    expect(page.get_by_label("Waar?")).to_have_value("Brussel")
    expect(page.get_by_label("'s Avonds")).to_be_checked()
    page.get_by_label("Een mentor of begeleider").check()
    page.get_by_label("Voor hoeveel mensen?").fill("3")
    page.get_by_label("Kwalificatie").select_option("kinderbegeleider-babys-en-peuters")
    expect(page.get_by_label("Traject")).to_have_value("volwassenenonderwijs")
    page.get_by_label("Je e-mailadres (niet verplicht)").fill("mentor@voorbeeld.be")
    assert_accessible(page)
    shot(page, "2-aanvraag")
    page.get_by_role("button", name="Aanvraag versturen").click()

    expect(page.get_by_text("Kijk in je mailbox")).to_be_visible()
    assert_accessible(page)
    shot(page, "3-bedankt")
    [message] = mail.outbox
    confirm = re.search(r"(http://\S+/opleiding-gevraagd/bevestigen/\S+/)", message.body)[1]
    page.goto(confirm)
    expect(page.get_by_role("heading", name="Je aanvraag is bevestigd")).to_be_visible()
    assert_accessible(page)
    shot(page, "4-bevestigd")
    context.close()

    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    log_in(page, site, "redacteur@vivo.example")
    summary = page.locator(".demand-summary")
    expect(summary).to_contain_text("1 lopende aanvraag voor 3 mensen")
    expect(summary).to_contain_text("1 zoekopdracht zonder (of met weinig) antwoord")
    summary.get_by_role("link", name="Overzicht per regio, traject en maand").click()
    table = page.locator("table.demand-table")
    expect(table).to_contain_text("Brussels Hoofdstedelijk Gewest")
    expect(table).to_contain_text("Volwassenenonderwijs")
    assert "mentor@voorbeeld.be" not in page.content()
    assert_accessible(page)
    shot(page, "5-overzicht-sector")
    # The map is there for who asks for it; the table says the same without it.
    points = page.locator("#kaart-punten").text_content()
    assert "Brussel: 3 mensen gevraagd, 1 zoekopdracht zonder (of met weinig) antwoord" in points
    page.get_by_role("button", name="Toon de kaart").click()
    expect(page.locator(".leaflet-marker-icon")).to_have_count(1)
    shot(page, "5b-overzicht-kaart")

    log_in(page, site, "secretariaat@cvo-brussel.example")
    pools = page.locator(".demand-pools")
    expect(pools).to_contain_text(
        "3 mensen vragen een avondopleiding tot kinderbegeleider baby's en peuters "
        "(volwassenenonderwijs) binnen 20 km van Campus Anderlecht"
    )
    assert "mentor@voorbeeld.be" not in page.content()
    assert_accessible(page)
    shot(page, "6-startpagina-aanbieder")
    context.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375px", "1280px"])
def test_the_route_planner_and_a_route_page_offer_the_request(
    browser, site, assert_accessible, screenshot_dir, viewport
):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(
        site + "/routeplanner/?leeftijd=30&situatie=werkzoekend&plaats=Brussel&lesmoment=avond"
    )
    panel = page.locator(".demand-ask")
    expect(panel).to_contain_text("Weinig in de buurt van")
    panel.get_by_role("link").first.click()
    expect(page.get_by_label("Waar?")).to_have_value("Brussel")
    expect(page.get_by_label("Binnen")).to_have_value("50")
    page.go_back()
    assert_accessible(page)
    if screenshot_dir:
        page.screenshot(path=f"{screenshot_dir}/7-routeplanner-{viewport['width']}.png")
        page.locator(".demand-ask").screenshot(
            path=f"{screenshot_dir}/7-routeplanner-paneel-{viewport['width']}.png"
        )
    page.goto(site + "/trajecten/syntra/")
    page.get_by_role("link", name="Vraag deze opleiding aan").click()
    expect(page.get_by_label("Traject")).to_have_value("syntra")
    page.go_back()
    assert_accessible(page)
    if screenshot_dir:
        page.locator(".demand-ask").screenshot(
            path=f"{screenshot_dir}/8-traject-paneel-{viewport['width']}.png"
        )
    context.close()
