"""The second factor as an invited provider meets it, in Chromium: a new password, an app set up
from the QR code (decoded here, its code computed here), signing out and in with password and
code, and a recovery code when the phone is not at hand. Every step passes axe at phone and
desktop width, and fits a phone's screen."""

import io
import re
import time

import pytest
import zxingcpp
from django.contrib.auth.models import Group
from django.core import mail
from PIL import Image, ImageOps
from playwright.sync_api import expect

from tests.second_factor import label_of, secret_of, totp
from tests.trajectories.factories import LocationFactory, OfferingFactory, ProviderFactory
from trajectories.services.invitations import provider_editor_invite

pytestmark = pytest.mark.browser
PASSWORD = "Een-nieuw-wachtwoord-42"
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}


def decoded_qr(page) -> str:
    """What an authenticator app reads from the QR code as the page shows it."""
    png = page.locator("img.second-factor-qr").screenshot()
    image = ImageOps.expand(Image.open(io.BytesIO(png)).convert("L"), border=40, fill=255)
    # One code on the image; a reader may find it twice (in two passes), never two texts. Only
    # QR codes, as an authenticator app reads: a reader of every format may also take the
    # code's modules for a line barcode of some other kind.
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    (text,) = {result.text for result in found}
    return text


def check_both_widths(page, assert_accessible, shots=None, name=""):
    """axe at phone and desktop width, nothing wider than the phone; screenshots if asked."""
    for label, viewport in [("375", PHONE), ("1280", DESKTOP)]:
        page.set_viewport_size(viewport)
        assert_accessible(page)
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
        if shots:
            page.screenshot(path=f"{shots}/{name}-{label}.png", full_page=True)
    page.set_viewport_size(DESKTOP)


def sign_out(page):
    page.get_by_role("button", name="Afmelden").click()
    expect(page.get_by_role("heading", name="Afgemeld")).to_be_visible()


def password_step(page, site, username):
    page.goto(site + "/admin/login/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Aanmelden").click()
    expect(page.get_by_role("heading", name="Tweede stap: je code")).to_be_visible()


def test_an_invited_provider_sets_up_its_app_and_signs_in_with_a_code(
    page, site, assert_accessible, screenshot_dir
):
    provider = ProviderFactory(name="Syntra Oost", slug="syntra-oost")
    OfferingFactory(location=LocationFactory(provider=provider), slug="syntra-oost-aanbod")
    mail.outbox = []
    provider_editor_invite(
        provider=provider, email="secretariaat@syntra-oost.example", base_url=site
    )
    link = re.search(r"(http://\S+/admin/wachtwoord-herstellen/\S+/)", mail.outbox[0].body)[1]

    # The invitation: a password, and straight on to the second step.
    page.set_viewport_size(DESKTOP)
    page.goto(link)
    page.locator("input[name=new_password1]").fill(PASSWORD)
    page.locator("input[name=new_password2]").fill(PASSWORD)
    page.locator("input[type=submit]").click()
    expect(page.get_by_role("heading", name="Stel je tweede stap in")).to_be_visible()
    check_both_widths(page, assert_accessible, screenshot_dir, "instellen")

    # What the phone's app reads from the QR code: this site's account, and the secret.
    uri = decoded_qr(page)
    assert label_of(uri) == "Instroomwijzer Kinderopvang:secretariaat@syntra-oost.example"
    secret = secret_of(uri)
    typed_key = page.locator(".second-factor-key").inner_text().replace(" ", "")
    assert typed_key == secret  # the key to type is the same secret
    assert (
        page.get_by_role("link", name="Open de app met deze link")
        .get_attribute("href")
        .startswith("otpauth://totp/")
    )

    # A wrong code first: said in Dutch, tied to the field.
    page.get_by_label("Code uit je app").fill("000000")
    page.get_by_role("button", name="Bevestigen").click()
    expect(page.get_by_text("Deze code klopt niet")).to_be_visible()
    assert page.get_by_label("Code uit je app").get_attribute("aria-invalid") == "true"
    assert_accessible(page)
    # The page shows the same key again: the app scanned it once and keeps it.
    assert page.locator(".second-factor-key").inner_text().replace(" ", "") == secret
    page.wait_for_timeout(1100)  # after a wrong code the next is checked a second later
    page.get_by_label("Code uit je app").fill(totp(secret))
    page.get_by_role("button", name="Bevestigen").click()

    # The recovery codes, shown once.
    expect(page.get_by_role("heading", name="Bewaar deze herstelcodes")).to_be_visible()
    codes = page.locator(".recovery-code code").all_inner_texts()
    assert len(codes) == 10
    check_both_widths(page, assert_accessible, screenshot_dir, "herstelcodes")
    page.get_by_role("link", name="Ik heb ze bewaard: verder naar het beheer").click()
    expect(page.get_by_text("Syntra Oost").first).to_be_visible()
    sign_out(page)

    # Signing in again: the password, then the app's code (of the next 30 seconds: the code
    # of this half minute was used to set the app up, and each code works once).
    password_step(page, site, "secretariaat@syntra-oost.example")
    check_both_widths(page, assert_accessible, screenshot_dir, "code")
    page.get_by_label("Code uit je app").fill(totp(secret, at=time.time() + 30))
    page.get_by_role("button", name="Aanmelden", exact=True).click()
    expect(page.get_by_text("Syntra Oost").first).to_be_visible()
    sign_out(page)

    # No phone at hand: a recovery code, once.
    password_step(page, site, "secretariaat@syntra-oost.example")
    page.get_by_text("Geen toegang tot je app? Gebruik een herstelcode").click()
    page.get_by_label("Herstelcode").fill(codes[0].upper())
    check_both_widths(page, assert_accessible, screenshot_dir, "herstelcode")
    page.get_by_role("button", name="Aanmelden met herstelcode").click()
    expect(page.get_by_text("Je gebruikte een herstelcode; je hebt er nog 9.")).to_be_visible()
    sign_out(page)
    password_step(page, site, "secretariaat@syntra-oost.example")
    page.get_by_text("Geen toegang tot je app? Gebruik een herstelcode").click()
    page.get_by_label("Herstelcode").fill(codes[0])
    page.get_by_role("button", name="Aanmelden met herstelcode").click()
    expect(page.get_by_text("Deze code klopt niet")).to_be_visible()


def test_the_second_step_works_without_javascript(browser, site):
    from tests.portal.factories import UserFactory
    from tests.second_factor import enrolled, fresh_code

    user = UserFactory(username="redacteur", staff=True, password=PASSWORD)
    user.groups.add(Group.objects.get(name="Redacteur"))
    enrolled(user)
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    password_step(page, site, "redacteur")
    page.get_by_label("Code uit je app").fill(fresh_code(user))
    page.get_by_role("button", name="Aanmelden", exact=True).click()
    expect(page.get_by_role("heading", name="Wat aandacht vraagt")).to_be_visible()
    context.close()
