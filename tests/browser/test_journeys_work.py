"""The journeys work for the person, not only on the page: a QR code scans to the shared link, a
refinement keeps the radius, a phone reaches the form, the menu works without JavaScript, the map
costs nothing until it is asked for, and every page passes axe at phone and desktop width."""

import io

import pytest
import zxingcpp
from django.core.cache import cache
from PIL import Image, ImageOps
from playwright.sync_api import expect

from portal.models import Municipality
from qualifications.models import ProfessionalQualification
from tests.browser.test_content_pages import PAGES as CONTENT_PAGES
from tests.browser.test_journeys_tried_again import PLANNER
from tests.trajectories.factories import LocationFactory, OfferingFactory, offering_at
from trajectories.models import Route

pytestmark = pytest.mark.browser

# A mentor's real search, and a route planner sheet with every answer filled in.
MENTOR_SEARCH = (
    "/opleidingen/?plaats=Sint-Niklaas&straal=30&kwalificatie=kinderbegeleider-babys-en-peuters"
    "&kwalificatie=kinderbegeleider-schoolgaande-kinderen&traject=volwassenenonderwijs"
    "&traject=duaal-leren-volwassenenonderwijs&lesmoment=avond&lesmoment=weekend&sorteer=naam"
)
PLANNER_SHEET = (
    "/routeplanner/?leeftijd=34&situatie=werkt-in-kinderopvang&diploma=secundair&ervaring=6"
    "&bk=kinderbegeleider-schoolgaande-kinderen&kwalificatie=kinderbegeleider-babys-en-peuters"
    "&lesmoment=avond&lesmoment=weekend&betaald=ja&plaats=Sint-Niklaas"
)
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}


def decoded_qr(page) -> list[str]:
    """What a QR reader makes of the code as the page shows it (with a margin around it)."""
    png = page.locator(".qr img").screenshot()
    image = ImageOps.expand(Image.open(io.BytesIO(png)).convert("L"), border=40, fill=255)
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    return [result.text for result in found]


@pytest.mark.parametrize("media", ["screen", "print"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375px", "1280px"])
@pytest.mark.parametrize("path", [MENTOR_SEARCH, PLANNER_SHEET], ids=["search", "planner"])
def test_the_qr_code_scans_to_the_shared_link(browser, site, path, viewport, media):
    # On paper the code is 4.5 cm (3.5 cm on the planner sheet): a scale of 2 renders it at
    # 192 dpi, less sharp than any printer prints it.
    # An evening course in Sint-Niklaas, so the mentor's search finds something to share (a
    # search that finds nothing offers no link or code).
    OfferingFactory(
        location=LocationFactory(municipality=Municipality.objects.get(nis_code="46021")),
        is_evening=True,
        qualifications=list(ProfessionalQualification.objects.filter(is_core=True)),
    )
    context = browser.new_context(
        viewport=viewport, device_scale_factor=2 if media == "print" else 1
    )
    page = context.new_page()
    page.goto(site + path)
    page.emulate_media(media=media)
    shared = page.locator("#deel-link").input_value()
    assert len(shared) > 250  # a long link: a version 12 code or more
    expect(page.locator(".qr img")).to_be_visible()
    assert decoded_qr(page) == [shared]
    context.close()


def test_a_refinement_keeps_the_radius_the_page_searched(page, site):
    offering_at(18, title="Op 18 km", route=Route.objects.get(slug="secundair-onderwijs"))
    offering_at(3, title="Op 3 km", route=Route.objects.get(slug="syntra"))
    page.goto(site + "/opleidingen/?plaats=Gent")
    expect(page.get_by_label("Afstand", exact=True)).to_have_value("20")
    expect(page.locator(".result-count")).to_contain_text("binnen 20 km van Gent")

    page.get_by_label("Secundair onderwijs", exact=True).check()
    page.get_by_role("button", name="Zoeken").click()

    expect(page.locator(".result-count")).to_contain_text("binnen 20 km van Gent")
    expect(page.get_by_label("Afstand", exact=True)).to_have_value("20")
    expect(page.locator(".results")).to_contain_text("Op 18 km")
    expect(page.locator(".results")).not_to_contain_text("Op 3 km")


def test_on_a_phone_the_results_come_first_and_a_link_jumps_to_the_form(browser, site):
    offering_at(3, title="Vlakbij", route=Route.objects.get(slug="syntra"))
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(site + "/opleidingen/?plaats=Gent")
    jump = page.get_by_role("link", name="Zoekopdracht aanpassen")
    result = page.locator(".results .result").first
    assert jump.bounding_box()["y"] < result.bounding_box()["y"] < 812  # both in the first screen
    jump.click()
    form = page.get_by_role("search", name="Opleidingen zoeken")
    expect(form).to_be_in_viewport()
    # The form comes before the map and the sharing block.
    share = page.get_by_role("heading", name="Deel deze zoekopdracht")
    assert form.bounding_box()["y"] < share.bounding_box()["y"]
    context.close()


def test_the_menu_works_on_a_phone_without_javascript(browser, site):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(site + "/")
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    expect(menu.get_by_role("button", name="Menu openen of sluiten")).to_be_hidden()
    menu.get_by_role("link", name="Premies").click()
    expect(page).to_have_url(site + "/premies/")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    context.close()


def test_the_phone_menu_still_opens_and_closes_with_javascript(browser, site):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(site + "/")
    premies = page.get_by_role("link", name="Premies")
    expect(premies).to_be_hidden()
    page.get_by_role("button", name="Menu openen of sluiten").click()
    expect(premies).to_be_visible()
    context.close()


def test_leaflet_loads_only_when_the_map_is_opened(page, site):
    offering_at(3)
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.route("https://tile.openstreetmap.org/**", lambda route: route.abort())
    page.goto(site + "/opleidingen/?plaats=Gent&straal=5")  # only the one 3 km away
    page.wait_for_load_state("networkidle")
    assert not [url for url in requested if "leaflet" in url]

    page.get_by_role("button", name="Toon de kaart").click()
    expect(page.locator(".leaflet-container")).to_be_visible()
    assert [url for url in requested if "leaflet" in url and url.endswith(".js")]
    assert [url for url in requested if "leaflet" in url and url.endswith(".css")]
    expect(page.locator(".leaflet-marker-icon")).to_have_count(1)


def test_the_printed_search_names_the_site_and_the_filters_and_no_stale_message(browser, site):
    offering_at(3)
    context = browser.new_context(viewport=DESKTOP)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(site + "/opleidingen/?plaats=Gent&lesmoment=avond")
    page.get_by_role("button", name="Kopieer").click()
    expect(page.locator(".copy-status")).to_have_text("De link is gekopieerd.")
    page.emulate_media(media="print")
    expect(page.locator(".print-brand")).to_be_visible()
    expect(page.locator(".print-brand")).to_contain_text("Instroomwijzer Kinderopvang")
    expect(page.get_by_text("Zoekopdracht: Binnen 20 km van Gent · 's Avonds")).to_be_visible()
    expect(page.locator(".copy-status")).to_be_hidden()
    context.close()


OTHER_PAGES = [
    "/",
    "/opleidingen/",
    MENTOR_SEARCH,
    "/opleidingen/?plaats=Brugge&straal=50",
    "/opleidingen/?plaats=Brugeg",
    "/opleidingen/?plaats=Gent&straal=50",
    "/aanbieders/cvo-miras/",
    "/routeplanner/",
    PLANNER_SHEET,
    "/premies/",
    "/sector/",
    "/over/",
    "/privacy/",
    "/toegankelijkheid/",
    "/admin/login/",
    "/admin/wachtwoord-vergeten/",
    "/admin/wachtwoord-vergeten/verstuurd/",
    "/admin/wachtwoord-herstellen/MQ/geen-geldige-link/",
    "/admin/wachtwoord-herstellen/klaar/",
]
# What the journeys of unknown places and moments touched: a misspelled place, an evening
# search, a small radius, the planner for a place with and without a school nearby.
TOUCHED_PAGES = [
    "/opleidingen/?plaats=Kortrijk&lesmoment=avond",
    "/opleidingen/?plaats=Gentt",
    "/opleidingen/?plaats=Antwerpen&straal=5",
    PLANNER + "Genk",
    PLANNER + "Gentt",
    "/aanbieders/cvo-miras/?plaats=Kortrijk&traject=volwassenenonderwijs",
    "/aanbieders/go-school-halle/",
    "/premies/?werkgever=zelfstandig&opvang=bko&traject=evc",
]
# The narrowest phone the pages promise to fit.
NARROW_PHONE = {"width": 360, "height": 740}


# The sweep in parts, so that the test processes share it.
SWEEP_PARTS = 6


@pytest.mark.parametrize("part", range(SWEEP_PARTS), ids=lambda n: f"part{n + 1}")
def test_every_public_page_and_the_login_pass_axe_at_both_widths(
    browser, site, part, assert_accessible
):
    """Every page answers, passes axe and nothing sticks out sideways at the narrowest phone
    and at desktop width, each rendered afresh (one load per page: the HTML does not depend on
    the width, the layout is made again when the window is resized)."""
    context = browser.new_context(viewport=NARROW_PHONE)
    page = context.new_page()
    for path in [*CONTENT_PAGES, *OTHER_PAGES, *TOUCHED_PAGES][part::SWEEP_PARTS]:
        cache.clear()
        page.set_viewport_size(NARROW_PHONE)
        response = page.goto(site + path)
        assert response.status == 200, path
        for viewport in (NARROW_PHONE, DESKTOP):
            page.set_viewport_size(viewport)
            assert_accessible(page)
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= viewport["width"], (path, viewport, width)
    context.close()
