"""An Aanbieder changes a start date; it goes live only when a Redacteur accepts it (Chromium)."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.back_office import account, log_in
from tests.trajectories.factories import LocationFactory, OfferingFactory, ProviderFactory

pytestmark = pytest.mark.browser


def public_text(page, site, path) -> str:
    anonymous = page.context.browser.new_context().new_page()
    anonymous.goto(site + path)
    text = anonymous.locator("main").inner_text()
    anonymous.context.close()
    return text


def test_aanbieder_changes_a_start_date_and_a_redacteur_accepts_it(page, site, assert_accessible):
    provider = ProviderFactory(name="CVO De Oever", slug="cvo-de-oever", phone="09 123 45 67")
    offering = OfferingFactory(
        slug="oever-kinderbegeleider",
        title="Kinderbegeleider baby's en peuters (avond)",
        location=LocationFactory(provider=provider, name="Campus Zuid"),
        is_evening=True,
    )
    provider.editors.add(account("secretariaat@oever.example", "Aanbieder"))
    account("redacteur@vivo.example", "Redacteur")
    today = timezone.localdate()
    starts_on = datetime.date(today.year + (today.month >= 9), 9, 15)
    shown = f"15 september {starts_on.year}"

    log_in(page, site, "secretariaat@oever.example")
    expect(page.get_by_role("heading", name="Jullie aanbod")).to_be_visible()
    expect(page.get_by_text("geen startdatum")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name=offering.title).click()
    page.get_by_label("Eerste startdatum").fill(starts_on.strftime("%d-%m-%Y"))
    assert_accessible(page)
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("bewaard als voorstel")
    expect(page.get_by_text("voorstel wacht op nazicht")).to_be_visible()

    assert shown not in public_text(page, site, provider.get_absolute_url())

    log_in(page, site, "redacteur@vivo.example")
    proposal = page.locator(".proposal", has_text=offering.title)
    expect(proposal.get_by_role("row", name="Eerste startdatum")).to_contain_text(shown)
    assert_accessible(page)
    proposal.get_by_role("button", name="Aanvaarden").click()
    expect(page.locator(".messagelist")).to_contain_text("Voorstel aanvaard")

    text = public_text(page, site, provider.get_absolute_url())
    assert shown in text
    assert f"bijgewerkt door de aanbieder op {today.day}" in text


def test_a_redacteur_sees_what_staff_changed_since_and_must_say_the_proposal_wins(
    page, site, assert_accessible
):
    provider = ProviderFactory(name="CVO De Oever", slug="cvo-de-oever")
    offering = OfferingFactory(
        title="Kinderbegeleider schoolgaande kinderen",
        location=LocationFactory(provider=provider, name="Campus Zuid"),
    )
    provider.editors.add(account("secretariaat@oever.example", "Aanbieder"))
    account("redacteur@vivo.example", "Redacteur")
    today = timezone.localdate()
    proposed = datetime.date(today.year + (today.month >= 9), 9, 15)

    log_in(page, site, "secretariaat@oever.example")
    page.get_by_role("link", name=offering.title).click()
    page.get_by_label("Eerste startdatum").fill(proposed.strftime("%d-%m-%Y"))
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("bewaard als voorstel")
    # Meanwhile someone of the staff sets another date directly.
    offering.refresh_from_db()
    offering.starts_on = proposed + datetime.timedelta(days=7)
    offering.save()

    log_in(page, site, "redacteur@vivo.example")
    proposal = page.locator(".proposal", has_text=offering.title)
    row = proposal.get_by_role("row", name="Eerste startdatum")
    expect(row).to_contain_text(f"22 september {proposed.year}")
    expect(row).to_contain_text("Online gewijzigd sinds het voorstel (toen: —)")
    assert_accessible(page)
    proposal.get_by_role("button", name="Aanvaarden").click()  # the box is not ticked yet
    expect(page.locator(".messagelist")).to_have_count(0)
    offering.refresh_from_db()
    assert offering.starts_on == proposed + datetime.timedelta(days=7)

    proposal.get_by_label("Het voorstel mag overschrijven").check()
    proposal.get_by_role("button", name="Aanvaarden").click()
    expect(page.locator(".messagelist")).to_contain_text("Voorstel aanvaard")
    offering.refresh_from_db()
    assert offering.starts_on == proposed
