""" "Contact opnemen": the message reaches the employer with the sender as reply-to, the
employer's address is on no page, bad input is said in Dutch, and messages go after 90 days."""

import datetime
import re

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command

from workplaces.models import ContactMessage
from workplaces.services.contact import contact_limit

pytestmark = pytest.mark.django_db

FORM = {
    "wie": "mentor",
    "e_mail": "mentor@vdab.example",
    "bericht": "Mijn kandidaat zoekt een duale plaats vanaf februari. Kunnen we langskomen?",
    "website": "",
}


@pytest.fixture(autouse=True)
def _fresh_limit():
    contact_limit().reset("127.0.0.1")


def contact_url(offer):
    return f"/werkplekken/{offer.site.employer.slug}/contact/{offer.pk}/"


def test_the_message_reaches_the_employer_and_its_back_office(client, own_place, werkgever):
    address = own_place.site.employer.contact_email
    page = client.get(contact_url(own_place))
    assert page.status_code == 200
    assert address not in page.content.decode()
    response = client.post(contact_url(own_place), FORM, follow=True)
    assert response.status_code == 200
    assert address not in response.content.decode()
    assert "Je bericht is verstuurd" in response.content.decode()
    sent = mail.outbox[-1]
    assert sent.to == [address]
    assert sent.reply_to == ["mentor@vdab.example"]
    assert "duale plaats vanaf februari" in sent.body
    message = ContactMessage.objects.get()
    assert message.offer == own_place
    # The employer reads it in its back office.
    client.force_login(werkgever)
    start = client.get("/admin/").content.decode()
    assert "Bericht over De Vlinder" in start
    shown = client.get(f"/admin/workplaces/contactmessage/{message.pk}/change/").content.decode()
    assert "duale plaats vanaf februari" in shown


def test_another_werkgever_cannot_read_the_message(client, own_place, other_place, as_user):
    from tests.workplaces.conftest import werkgever_of

    client.post(contact_url(own_place), FORM)
    message = ContactMessage.objects.get()
    stranger = werkgever_of(other_place.site.employer, "ander@opvang.example")
    other = as_user(stranger)
    assert other.get(f"/admin/workplaces/contactmessage/{message.pk}/change/").status_code == 403
    assert "duale plaats" not in other.get("/admin/").content.decode()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("bericht", "<a href='x'>klik</a>", "geen HTML-code"),
        ("bericht", "x" * 1501, "te lang"),
        ("bericht", "", "Schrijf je bericht"),
        ("e_mail", "geen adres", "geen e-mailadres"),
        ("wie", "baas", "uit de lijst"),
        ("website", "http://spam.example", "Laat dit veld leeg"),
    ],
)
def test_bad_input_is_said_in_dutch_and_kept(client, own_place, field, value, message):
    response = client.post(contact_url(own_place), {**FORM, field: value})
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    if field != "bericht":
        assert "duale plaats vanaf februari" in html
    assert not ContactMessage.objects.exists()
    assert not mail.outbox


def test_the_rate_limit_per_address(client, own_place, settings):
    for _ in range(settings.EMPLOYER_MESSAGES_PER_HOUR):
        assert client.post(contact_url(own_place), FORM).status_code == 302
    refused = client.post(contact_url(own_place), FORM)
    assert refused.status_code == 429
    assert "over een uur opnieuw" in refused.content.decode()
    assert ContactMessage.objects.count() == settings.EMPLOYER_MESSAGES_PER_HOUR


def test_a_paused_offer_takes_no_messages(client, own_place):
    own_place.is_paused = True
    own_place.save()
    assert client.get(contact_url(own_place)).status_code == 404
    assert client.post(contact_url(own_place), FORM).status_code == 404


def test_messages_are_deleted_after_90_days(own_place):
    sent_on = datetime.datetime(2026, 9, 1, 12, 0, tzinfo=datetime.UTC)
    with time_machine.travel(sent_on, tick=False):
        ContactMessage.objects.create(
            offer=own_place, sender_role="school", sender_email="a@school.example", text="Hallo"
        )
    with time_machine.travel(sent_on + datetime.timedelta(days=89, hours=23), tick=False):
        call_command("delete_old_contact_messages")
        assert ContactMessage.objects.count() == 1
    with time_machine.travel(sent_on + datetime.timedelta(days=90, minutes=1), tick=False):
        call_command("delete_old_contact_messages")
        assert ContactMessage.objects.count() == 0


def test_the_privacy_page_says_what_is_kept_and_how_long(client):
    html = client.get("/privacy/").content.decode()
    assert re.search(r"Contact opnemen.*90 dagen", html, re.S)
