"""The journeys tried again in Chromium: undo in the back office undoes, a phone sees what went
wrong on its first screen, every focus ring stands out at 3:1, and long choices are not cut off.
The pages these journeys touched pass axe at 360 and 1280 px in the sweep of
test_journeys_work.py."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from incentives.models import Premium
from tests.browser.back_office import account, log_in
from tests.trajectories.factories import LocationFactory, OfferingFactory, ProviderFactory
from trajectories.models import Offering, Proposal
from trajectories.services.proposals import proposal_submit

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 667}
DESKTOP = {"width": 1280, "height": 900}
PLANNER = "/routeplanner/?leeftijd=34&situatie=werkt-in-kinderopvang&lesmoment=avond&plaats="


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/opleidingen/?plaats=Gentt", "We vinden de plaats 'Gentt' niet."),
        ("/opleidingen/?plaats=Gentt&lesmoment=avond", "We vinden de plaats 'Gentt' niet."),
        (PLANNER + "Gentt", "We vinden de plaats 'Gentt' niet"),
    ],
    ids=["search", "search-with-filters", "planner"],
)
def test_a_phone_sees_a_misspelled_place_on_its_first_screen(browser, site, path, message):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(site + path)
    alert = page.get_by_role("alert").filter(has_text=message)
    expect(alert).to_be_visible()
    box = alert.bounding_box()
    assert box["y"] + box["height"] <= PHONE["height"], f"the message ends at {box}"
    expect(alert.get_by_role("link", name="Gent", exact=True)).to_be_visible()
    # The field says it too, for whoever goes there to correct it.
    expect(page.locator("[name=plaats]")).to_have_attribute("aria-invalid", "true")
    context.close()


def test_a_revert_of_a_premium_in_chromium_restores_its_amount(page, site, assert_accessible):
    premium = Premium.objects.get(slug="premie-kwalificerend-werkplekleren")
    amount = premium.amounts.get(allowance="ja")
    account("hoofdredacteur@vivo.example", "Hoofdredacteur")
    log_in(page, site, "hoofdredacteur@vivo.example")
    page.goto(f"{site}/admin/incentives/premium/{premium.pk}/change/")
    row = page.locator("tr.form-row", has=page.locator("input[value='1000.00']"))
    row.locator("input[name$='-amount_eur']").fill("1500")
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("Gewijzigd: premie of maatregel")
    amount.refresh_from_db()
    assert amount.amount_eur == Decimal("1500")

    page.goto(f"{site}/admin/incentives/premium/{premium.pk}/history/")
    expect(page.get_by_text("€ 1.000 → € 1.500")).to_be_visible()
    for viewport in (PHONE, DESKTOP):
        page.set_viewport_size(viewport)
        assert_accessible(page)
    created = page.locator("tr", has_text="Premie of maatregel aangemaakt")
    created.get_by_role("link", name="Deze versie bekijken of terugzetten").click()
    summary = page.locator(".revert-summary")
    expect(summary).to_contain_text("Terugzetten naar deze versie verandert:")
    expect(summary).to_contain_text("€ 1.500 → € 1.000")
    for viewport in (PHONE, DESKTOP):
        page.set_viewport_size(viewport)
        assert_accessible(page)
    page.get_by_role("button", name="Terugzetten").click()

    expect(page.locator(".messagelist")).to_contain_text("Teruggezet naar de versie van")
    expect(page.locator(".messagelist")).to_contain_text("€ 1.500 → € 1.000")
    amount.refresh_from_db()
    assert amount.amount_eur == Decimal("1000")
    # The amount's own history, from the premium's history.
    page.locator("tr", has_text="€ 1.000 → € 1.500").get_by_role(
        "link", name="Geschiedenis van dit onderdeel"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Geschiedenis van € 1.000")
    expect(page.get_by_text("Teruggezet naar de versie van").first).to_be_visible()


# What a focus ring is drawn with, and the colour behind it: the nearest ancestor (outside the
# element, since the ring is drawn around it) with a background colour of its own.
FOCUS_RING = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const rgb = (c) => c.match(/[\\d.]+/g).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  let behind = [255, 255, 255];
  for (let node = el.parentElement; node; node = node.parentElement) {
    const bg = getComputedStyle(node).backgroundColor;
    const parts = rgb(bg);
    const opaque = parts.length < 4 || parts[3] > 0.5;
    if (opaque && bg !== 'rgba(0, 0, 0, 0)') { behind = parts.slice(0, 3); break; }
  }
  const ring = rgb(style.outlineColor).slice(0, 3);
  const [a, b] = [lum(ring), lum(behind)].sort((x, y) => y - x);
  const box = el.getBoundingClientRect();
  return {
    what: el.tagName + ' ' + (el.textContent || el.name || '').trim().slice(0, 40),
    style: style.outlineStyle, width: parseFloat(style.outlineWidth),
    contrast: (a + 0.05) / (b + 0.05), shown: box.width > 0 && box.height > 0,
  };
}"""


def assert_every_focus_ring_stands_out(page, tabs=60):
    seen = 0
    for _ in range(tabs):
        page.keyboard.press("Tab")
        ring = page.evaluate(FOCUS_RING)
        if ring is None or not ring["shown"]:
            continue
        seen += 1
        assert ring["style"] != "none", ring
        assert ring["width"] >= 2, ring
        assert ring["contrast"] >= 3, ring
    assert seen >= 5


PUBLIC_PAGES = [
    "/",
    "/opleidingen/?plaats=Kortrijk&lesmoment=avond",
    "/opleidingen/?plaats=Gentt",
    PLANNER + "Genk",
    "/aanbieders/cvo-miras/?plaats=Kortrijk",
    "/premies/?werkgever=privaat&traject=volwassenenonderwijs",
]


def test_every_focus_ring_on_the_public_pages_stands_out_at_3_to_1(browser, site):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    for path in PUBLIC_PAGES:
        page.goto(site + path)
        assert_every_focus_ring_stands_out(page)
    context.close()


def test_the_current_page_of_the_list_is_in_the_sites_colour(browser, site):
    OfferingFactory.create_batch(25, is_evening=True)
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(site + "/opleidingen/?lesmoment=avond&pagina=2")
    current = page.locator(".pagination .active .page-link")
    assert current.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(11, 92, 85)"
    context.close()


def test_the_password_pages_pass_axe(browser, site, assert_accessible):
    account("redacteur@vivo.example", "Redacteur")
    for viewport in (PHONE, DESKTOP):
        context = browser.new_context(viewport=viewport)
        page = context.new_page()
        page.goto(site + "/admin/wachtwoord-vergeten/")
        assert_accessible(page)
        log_in(page, site, "redacteur@vivo.example")
        page.goto(site + "/admin/password_change/")
        assert_accessible(page)
        context.close()


def test_every_focus_ring_in_the_back_office_stands_out_at_3_to_1(page, site):
    premium = Premium.objects.get(slug="premie-kwalificerend-werkplekleren")
    account("hoofdredacteur@vivo.example", "Hoofdredacteur")
    log_in(page, site, "hoofdredacteur@vivo.example")
    page.set_viewport_size(DESKTOP)
    for path in (
        "/admin/",
        f"/admin/incentives/premium/{premium.pk}/history/",
        f"/admin/incentives/premium/{premium.pk}/change/",
    ):
        page.goto(site + path)
        assert_every_focus_ring_stands_out(page, tabs=40)


@pytest.mark.parametrize(
    ("path", "names"),
    [
        ("/routeplanner/", ["situatie", "diploma", "bk", "kwalificatie"]),
        ("/premies/", ["werkgever", "opvang", "traject"]),
    ],
)
def test_long_choices_are_not_cut_off_on_a_phone(browser, site, path, names):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(site + path)
    for name in names:
        select = page.locator(f"select[name={name}]")
        longest = select.evaluate(
            """s => {
              const c = document.createElement('canvas').getContext('2d');
              c.font = getComputedStyle(s).font;
              let best = s.options[0];
              const width = (o) => c.measureText(o.text).width;
              for (const o of s.options) if (width(o) > width(best)) best = o;
              return best.value;
            }"""
        )
        select.select_option(longest)
        fits = select.evaluate(
            """s => {
              const cs = getComputedStyle(s);
              const c = document.createElement('canvas').getContext('2d');
              c.font = cs.font;
              const room = s.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
              const text = c.measureText(s.options[s.selectedIndex].text).width;
              const wraps = cs.appearance === 'base-select' && cs.whiteSpace !== 'nowrap'
                && s.getBoundingClientRect().height >= 2 * parseFloat(cs.lineHeight);
              return {text, room, wraps, ok: text <= room || wraps};
            }"""
        )
        assert fits["ok"], (name, fits)
    context.close()


def test_aanvaarden_and_terugsturen_are_big_enough_for_a_thumb(browser, site, assert_accessible):
    provider = ProviderFactory(name="CVO De Oever", slug="cvo-de-oever")
    offering = OfferingFactory(
        title="Kinderbegeleider", location=LocationFactory(provider=provider, name="Campus Zuid")
    )
    secretary = account("secretariaat@oever.example", "Aanbieder")
    provider.editors.add(secretary)
    proposal_submit(
        obj=offering,
        values={"starts_on": timezone.localdate() + datetime.timedelta(days=60)},
        user=secretary,
    )
    assert Proposal.objects.pending().exists()
    account("redacteur@vivo.example", "Redacteur")
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    log_in(page, site, "redacteur@vivo.example")
    for name in ("Aanvaarden", "Terugsturen"):
        box = page.get_by_role("button", name=name).bounding_box()
        assert box["height"] >= 44, (name, box)
    assert_accessible(page)
    context.close()


def test_an_unknown_moment_shows_in_an_evening_search_in_kortrijk(page, site):
    unknown = Offering.objects.get(slug="cvo-miras-kortrijk-kinderbegeleider-babys-en-peuters")
    page.goto(site + "/opleidingen/?plaats=Kortrijk&straal=10&lesmoment=avond")
    row = page.locator(f"#aanbod-{unknown.pk}").locator("xpath=ancestor::article")
    moment = row.locator("dt", has_text="Lesmoment").locator("xpath=following-sibling::dd")
    expect(moment).to_have_text("niet bekend")
    expect(page.locator(".result-count")).to_contain_text(
        "waarvan 1 met een lesmoment dat we niet kennen"
    )


def test_the_planners_printed_sheet_keeps_what_a_candidate_needs(browser, site):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(site + PLANNER + "Genk")
    page.emulate_media(media="print")
    expect(
        page.get_by_text("Onze lijst kent nog geen plaats waar dit traject").first
    ).to_be_visible()
    organisations = page.locator("#hulp-title").locator("xpath=..").locator(".print-url")
    assert organisations.count() >= 1
    expect(organisations.first).to_be_visible()
    expect(organisations.first).to_contain_text("http")
    link = page.locator("p.print-link").first
    expect(link).to_be_visible()
    assert link.evaluate("e => getComputedStyle(e).hyphens") == "none"
    context.close()
