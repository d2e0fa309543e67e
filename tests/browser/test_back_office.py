"""A Redacteur edits and a Hoofdredacteur publishes, in the real back office in Chromium."""

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from tests.browser.back_office import PASSWORD, log_in
from tests.portal.factories import UserFactory
from tests.trajectories.factories import RouteFactory

pytestmark = pytest.mark.browser


def staff(name, group):
    user = UserFactory(username=name, staff=True, password=PASSWORD)
    user.groups.add(Group.objects.get(name=group))
    return user


def test_redacteur_edits_and_hoofdredacteur_publishes(page, site, assert_accessible):
    staff("redacteur", "Redacteur")
    staff("hoofdredacteur", "Hoofdredacteur")
    route = RouteFactory(name="Nieuw traject", slug="nieuw-traject", draft=True)

    log_in(page, site, "redacteur")
    expect(page.get_by_role("heading", name="Wat aandacht vraagt")).to_be_visible()
    page.goto(site + f"/admin/trajectories/route/{route.pk}/change/")
    page.get_by_label("In het kort").fill("Een traject dat de redactie net beschreef.")
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("Gewijzigd: traject")
    # A Redacteur cannot publish: the draft stays invisible to the public.
    page.goto(site + "/admin/trajectories/route/")
    assert page.locator("select[name=action] option[value=publish]").count() == 0
    page.goto(site + "/trajecten/nieuw-traject/")
    expect(page.get_by_text("Concept.")).to_be_visible()
    assert_accessible(page)

    anonymous = page.context.browser.new_context().new_page()
    assert anonymous.goto(site + "/trajecten/nieuw-traject/").status == 404
    anonymous.context.close()

    page.context.clear_cookies()
    log_in(page, site, "hoofdredacteur")
    page.goto(site + "/admin/trajectories/route/")
    page.get_by_role("row", name="Nieuw traject").get_by_role("checkbox").check()
    page.locator("select[name=action]").select_option("publish")
    page.get_by_role("button", name="Uitvoeren").click()
    expect(page.get_by_text("1 item(s) gepubliceerd.")).to_be_visible()

    public = page.context.browser.new_context().new_page()
    public.goto(site + "/trajecten/nieuw-traject/")
    expect(public.get_by_text("Een traject dat de redactie net beschreef.")).to_be_visible()
    public.context.close()
