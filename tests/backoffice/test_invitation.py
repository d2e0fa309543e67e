"""Staff invite a provider's contact: an Aanbieder account tied to the provider, a link by mail."""

import datetime
import html
import re

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from tests.second_factor import secret_of, totp
from tests.trajectories.factories import ProviderFactory

# Django's test setup sends mail to the locmem backend; `mailoutbox` is its outbox.
pytestmark = pytest.mark.django_db


def invite(client, provider, email):
    return client.post(
        reverse("admin:trajectories_provider_invite", args=[provider.pk]),
        {"email": email},
        follow=True,
    )


def link_in(message) -> str:
    return re.search(r"http://testserver(/admin/wachtwoord-herstellen/\S+/)", message.body).group(1)


def test_an_invited_contact_sets_a_password_and_keeps_its_own_offer(
    client, as_user, redacteur, mailoutbox
):
    provider = ProviderFactory(name="Syntra Oost", slug="syntra-oost")
    staff = as_user(redacteur)
    change = staff.get(
        reverse("admin:trajectories_provider_change", args=[provider.pk])
    ).content.decode()
    assert reverse("admin:trajectories_provider_invite", args=[provider.pk]) in change
    response = invite(staff, provider, "Secretariaat@Syntra-Oost.example")
    assert "Uitnodiging verstuurd" in response.content.decode()

    user = get_user_model().objects.get(email="secretariaat@syntra-oost.example")
    assert user.groups.filter(name="Aanbieder").exists()
    assert list(user.edited_providers.all()) == [provider]
    assert not user.has_usable_password()
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["secretariaat@syntra-oost.example"]
    assert "Syntra Oost" in message.subject

    staff.logout()
    form = client.get(link_in(message), follow=True)
    assert form.status_code == 200
    set_url = form.redirect_chain[-1][0]
    done = client.post(
        set_url,
        {
            "new_password1": "een-lang-nieuw-wachtwoord",
            "new_password2": "een-lang-nieuw-wachtwoord",
        },
        follow=True,
    )
    # A new password leads on to setting up the second factor, then to the start page.
    assert done.redirect_chain[-1][0] == "/admin/tweede-stap/instellen/"
    enrol = done.content.decode()
    secret = secret_of(html.unescape(re.search(r'href="(otpauth://[^"]+)"', enrol).group(1)))
    client.post("/admin/tweede-stap/instellen/", {"code": totp(secret)})
    start = client.get("/admin/").content.decode()
    assert "Jullie aanbod" in start
    assert "Syntra Oost" in start
    # The link works once.
    again = client.get(link_in(message), follow=True).content.decode()
    assert 'name="new_password1"' not in again


def test_an_invitation_expires(client, as_user, redacteur, mailoutbox):
    provider = ProviderFactory()
    invite(as_user(redacteur), provider, "laat@school.example")
    link = link_in(mailoutbox[0])
    client.logout()
    later = timezone.now() + datetime.timedelta(days=2)
    with override_settings(PASSWORD_RESET_TIMEOUT=24 * 3600), time_machine.travel(later):
        html = client.get(link, follow=True).content.decode()
    assert 'name="new_password1"' not in html


def test_staff_withdraw_access(client, as_user, hoofdredacteur, mailoutbox):
    provider = ProviderFactory()
    staff = as_user(hoofdredacteur)
    invite(staff, provider, "weg@school.example")
    user = get_user_model().objects.get(email="weg@school.example")
    url = reverse("admin:trajectories_provider_withdraw", args=[provider.pk, user.pk])
    response = staff.post(url, follow=True)
    assert "niet meer bijhouden" in response.content.decode()
    user.refresh_from_db()
    assert not user.edited_providers.exists()
    assert not user.is_active


def test_an_address_of_the_editorial_staff_is_refused(as_user, redacteur, mailoutbox):
    provider = ProviderFactory()
    response = invite(as_user(redacteur), provider, redacteur.email)
    assert "hoort bij een account van de redactie" in response.content.decode()
    assert not provider.editors.exists()
    assert mailoutbox == []


def test_a_bad_address_gets_a_message_and_is_kept(as_user, redacteur, mailoutbox):
    provider = ProviderFactory()
    response = invite(as_user(redacteur), provider, "geen-adres")
    html = response.content.decode()
    assert "Voer een geldig e-mailadres in" in html
    assert 'value="geen-adres"' in html
    assert mailoutbox == []


def test_an_aanbieder_cannot_invite(as_user, aanbieder, own_offering, mailoutbox):
    provider = own_offering.location.provider
    client = as_user(aanbieder)
    assert invite(client, provider, "vriend@school.example").status_code == 403
    assert mailoutbox == []
