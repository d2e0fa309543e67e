"""The back office's door: a login page of this portal, and a forgotten password by e-mail."""

import re

import pytest
from django.core import mail

from tests.portal.factories import UserFactory
from tests.second_factor import enrolled

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
RESET = "/admin/wachtwoord-vergeten/"
NEW_PASSWORD = "Een-nieuw-wachtwoord-42"


def test_the_login_page_has_a_heading_a_way_back_and_says_how_to_get_in(client):
    html = client.get(LOGIN).content.decode()
    assert "<h1>Aanmelden bij het beheer</h1>" in html
    assert '<a href="/">← Terug naar de Instroomwijzer Kinderopvang</a>' in html
    assert "Nog geen account?" in html
    assert "Een account krijg je van een hoofdredacteur" in html
    assert f'href="{RESET}"' in html
    assert 'lang="nl-be"' in html


def test_a_forgotten_password_is_reset_through_a_link_by_e_mail(client):
    user = UserFactory(username="redacteur", email="redacteur@example.org", staff=True)
    enrolled(user)  # with a second factor: a new password leads back to the login
    form = client.get(RESET)
    assert form.status_code == 200
    assert "<h1>" in form.content.decode()

    response = client.post(RESET, {"email": "redacteur@example.org"}, follow=True)
    assert response.redirect_chain[-1][0] == "/admin/wachtwoord-vergeten/verstuurd/"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["redacteur@example.org"]
    assert message.subject == "Nieuw wachtwoord voor het beheer van de Instroomwijzer Kinderopvang"
    assert "Je gebruikersnaam is: redacteur" in message.body
    assert "24 uur geldig" in message.body
    link = re.search(r"http://testserver(/admin/wachtwoord-herstellen/\S+/)", message.body)
    assert link, message.body

    # The link leads to a form for the new password (Django swaps the token for a session key).
    page = client.get(link.group(1), follow=True)
    set_password_url = page.redirect_chain[-1][0]
    assert "Nieuw wachtwoord" in page.content.decode()
    done = client.post(
        set_password_url,
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
        follow=True,
    )
    assert done.redirect_chain[-1][0] == "/admin/wachtwoord-herstellen/klaar/"
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)
    # The link works once.
    again = client.get(link.group(1), follow=True)
    assert "Deze link werkt niet meer: hij is al gebruikt of te oud." in again.content.decode()


def test_an_unknown_address_gets_the_same_answer_and_no_mail(client):
    response = client.post(RESET, {"email": "niemand@example.org"}, follow=True)
    assert response.redirect_chain[-1][0] == "/admin/wachtwoord-vergeten/verstuurd/"
    assert mail.outbox == []


def test_a_weak_new_password_is_refused_in_dutch(client):
    UserFactory(username="redacteur", email="redacteur@example.org", staff=True)
    client.post(RESET, {"email": "redacteur@example.org"})
    link = re.search(r"http://testserver(/admin/wachtwoord-herstellen/\S+/)", mail.outbox[0].body)
    set_password_url = client.get(link.group(1), follow=True).redirect_chain[-1][0]
    response = client.post(set_password_url, {"new_password1": "kort", "new_password2": "kort"})
    assert response.status_code == 200
    assert "minstens 12 tekens" in response.content.decode()
