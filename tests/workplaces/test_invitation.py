"""Staff invite an employer's contact: a Werkgever account tied to the employer, a link by mail.
Nobody else may invite: not a Werkgever (for its own employer or another), not an Aanbieder."""

import html
import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.second_factor import secret_of, totp
from tests.workplaces.factories import EmployerFactory

pytestmark = pytest.mark.django_db


def invite_url(employer) -> str:
    return reverse("admin:workplaces_employer_invite", args=[employer.pk])


def invite(client, employer, email):
    return client.post(invite_url(employer), {"email": email}, follow=True)


def link_in(message) -> str:
    return re.search(r"http://testserver(/admin/wachtwoord-herstellen/\S+/)", message.body).group(1)


def test_an_invited_employer_chooses_a_password_and_keeps_its_own_places(
    client, as_user, redacteur, mailoutbox
):
    employer = EmployerFactory(name="Kinderdagverblijf Zonnetje", slug="zonnetje")
    staff = as_user(redacteur)
    change = staff.get(reverse("admin:workplaces_employer_change", args=[employer.pk]))
    assert invite_url(employer) in change.content.decode()

    page = invite(staff, employer, "Leiding@Zonnetje.example").content.decode()
    assert "Uitnodiging verstuurd naar leiding@zonnetje.example" in html.unescape(page)
    assert "leiding@zonnetje.example" in page  # listed among who keeps the places

    user = get_user_model().objects.get(email="leiding@zonnetje.example")
    assert list(user.groups.values_list("name", flat=True)) == ["Werkgever"]
    assert list(user.kept_employers.all()) == [employer]
    assert not user.has_usable_password()
    [message] = mailoutbox
    assert message.to == ["leiding@zonnetje.example"]
    assert "Kinderdagverblijf Zonnetje" in message.subject

    staff.logout()
    form = client.get(link_in(message), follow=True)
    done = client.post(
        form.redirect_chain[-1][0],
        {
            "new_password1": "een-lang-nieuw-wachtwoord",
            "new_password2": "een-lang-nieuw-wachtwoord",
        },
        follow=True,
    )
    assert done.redirect_chain[-1][0] == "/admin/tweede-stap/instellen/"
    secret = secret_of(
        html.unescape(re.search(r'href="(otpauth://[^"]+)"', done.content.decode()).group(1))
    )
    client.post("/admin/tweede-stap/instellen/", {"code": totp(secret)})
    places = client.get(reverse("admin:workplaces_employer_changelist")).content.decode()
    assert "Kinderdagverblijf Zonnetje" in places
    # The link works once.
    again = client.get(link_in(message), follow=True).content.decode()
    assert 'name="new_password1"' not in again


def test_staff_withdraw_access_and_the_account_can_no_longer_sign_in(
    as_user, hoofdredacteur, mailoutbox
):
    employer = EmployerFactory()
    staff = as_user(hoofdredacteur)
    invite(staff, employer, "planning@opvang.example")
    user = get_user_model().objects.get(email="planning@opvang.example")

    withdraw = reverse("admin:workplaces_employer_withdraw", args=[employer.pk, user.pk])
    assert staff.get(withdraw).status_code == 302  # only a POST withdraws
    assert employer.editors.filter(pk=user.pk).exists()
    page = staff.post(withdraw, follow=True).content.decode()
    assert "niet meer bijhouden" in page
    user.refresh_from_db()
    assert not employer.editors.exists()
    assert not user.is_active


@pytest.mark.parametrize(
    ("email", "message"),
    [
        ("redacteur@sector.example", "hoort bij een account van de redactie of van een aanbieder"),
        ("geen-adres", "Voer een geldig e-mailadres in."),
    ],
)
def test_a_refused_address_gets_a_dutch_message_and_is_kept(
    as_user, redacteur, aanbieder, mailoutbox, email, message
):
    redacteur.email = "redacteur@sector.example"
    redacteur.save()
    employer = EmployerFactory()
    page = invite(as_user(redacteur), employer, email).content.decode()
    assert message in html.unescape(page)
    assert f'value="{email}"' in page
    assert mailoutbox == []
    assert not employer.editors.exists()


def test_an_aanbieders_address_is_not_made_a_werkgever(as_user, redacteur, aanbieder, mailoutbox):
    employer = EmployerFactory()
    invite(as_user(redacteur), employer, aanbieder.email)
    assert not aanbieder.groups.filter(name="Werkgever").exists()
    assert not employer.editors.exists()


@pytest.mark.parametrize("whose", ["own", "other"])
def test_a_werkgever_cannot_invite_nor_withdraw(as_user, werkgever, own_place, other_place, whose):
    employer = (own_place if whose == "own" else other_place).site.employer
    client = as_user(werkgever)
    assert client.get(invite_url(employer)).status_code == 403
    assert client.post(invite_url(employer), {"email": "x@y.example"}).status_code == 403
    withdraw = reverse("admin:workplaces_employer_withdraw", args=[employer.pk, werkgever.pk])
    assert client.post(withdraw).status_code == 403
    assert not get_user_model().objects.filter(email="x@y.example").exists()
    assert employer.editors.filter(pk=werkgever.pk).exists() == (whose == "own")


def test_an_aanbieder_cannot_invite_for_an_employer(as_user, aanbieder, mailoutbox):
    employer = EmployerFactory()
    client = as_user(aanbieder)
    assert client.post(invite_url(employer), {"email": "x@y.example"}).status_code == 403
    assert mailoutbox == []
