"""An employer registers at /werkgevers/aanmelden/: KBO check digits, a link by e-mail that
expires and works once, a honeypot, a rate limit, and every bad input said in Dutch."""

import datetime
import re

import pytest
import time_machine
from django.core import mail
from django.urls import reverse

from portal.validators import kbo_number_validate
from workplaces.models import Employer, EmployerReview, Status
from workplaces.services.registration import registration_limits

pytestmark = pytest.mark.django_db

URL = "/werkgevers/aanmelden/"
# Real enterprise numbers as the KBO publishes them (their check digits hold).
VALID = {
    "organisatie": "vzw Kinderopvang De Vlinder",
    "kbo": "0267.377.629",
    "soort": "privaat",
    "e_mail": "Directie@Vlinder.example",
    "website": "",
}


@pytest.fixture(autouse=True)
def _fresh_limits():
    for limit in registration_limits():
        limit.reset("127.0.0.1")
        limit.reset("directie@vlinder.example")


def link_in_last_mail() -> str:
    return re.search(
        r"http://testserver(/werkgevers/aanmelden/bevestigen/\S+/)", mail.outbox[-1].body
    )[1]


@pytest.mark.parametrize("number", ["0267.377.629", "BE 0202.239.951", "403170701", "0403 170 701"])
def test_real_kbo_numbers_pass_their_check_digits(number):
    kbo_number_validate(number)


def test_the_whole_flow_with_the_link(client):
    response = client.post(URL, VALID)
    assert response.status_code == 302
    assert Employer.objects.count() == 0  # nothing stored before the link is used
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["directie@vlinder.example"]
    link = link_in_last_mail()
    page = client.get(link)
    assert page.status_code == 200
    assert "0267.377.629" in page.content.decode()
    assert Employer.objects.count() == 0  # opening the link (a mail scanner) changes nothing
    confirmed = client.post(link)
    assert confirmed.status_code == 302
    assert confirmed["Location"].startswith("/admin/wachtwoord-herstellen/")
    employer = Employer.objects.get()
    assert employer.status == Status.DRAFT
    assert employer.kbo_number == "0267.377.629"
    assert employer.editors.get().groups.get().name == "Werkgever"
    assert EmployerReview.objects.get(employer=employer).is_first
    # The link works once.
    again = client.post(link)
    assert again.status_code == 410
    assert "al gebruikt" in again.content.decode()
    assert Employer.objects.count() == 1


def test_the_link_expires(client):
    with time_machine.travel(datetime.datetime(2026, 12, 1, 9, 0, tzinfo=datetime.UTC)):
        client.post(URL, VALID)
    link = link_in_last_mail()
    with time_machine.travel(datetime.datetime(2026, 12, 3, 8, 59, tzinfo=datetime.UTC)):
        assert client.get(link).status_code == 200  # within 48 hours
    with time_machine.travel(datetime.datetime(2026, 12, 3, 9, 1, tzinfo=datetime.UTC)):
        response = client.post(link)
    assert response.status_code == 410
    assert "verlopen" in response.content.decode()
    assert not Employer.objects.exists()


def test_an_altered_link_is_refused(client):
    client.post(URL, VALID)
    link = link_in_last_mail()
    response = client.post(link.replace("bevestigen/", "bevestigen/x"))
    assert response.status_code == 410
    assert "klopt niet" in response.content.decode()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("kbo", "0267.377.628", "controlegetal"),
        ("kbo", "12345", "tien cijfers"),
        ("kbo", "", "Vul het KBO-nummer in"),
        ("organisatie", "<script>alert(1)</script>", "geen HTML-code"),
        ("organisatie", "x" * 201, "te lang"),
        ("soort", "bedrijf", "uit de lijst"),
        ("e_mail", "niet-een-adres", "geen e-mailadres"),
        ("website", "http://spam.example", "Laat dit veld leeg"),
    ],
)
def test_bad_input_is_said_in_dutch_and_nothing_is_lost(client, field, value, message):
    response = client.post(URL, {**VALID, field: value})
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "vzw Kinderopvang De Vlinder" in html or field == "organisatie"
    assert not mail.outbox


def test_a_kbo_number_already_registered(client):
    from tests.workplaces.factories import EmployerFactory

    EmployerFactory(kbo_number="0267.377.629")
    response = client.post(URL, VALID)
    assert response.status_code == 400
    assert "al een werkgever aangemeld" in response.content.decode()


def test_the_rate_limit_per_address(client, settings):
    for n in range(settings.EMPLOYER_REGISTRATIONS_PER_HOUR):
        data = {**VALID, "e_mail": f"persoon{n}@vlinder.example"}
        assert client.post(URL, data).status_code == 302
    response = client.post(URL, {**VALID, "e_mail": "nog-een@vlinder.example"})
    assert response.status_code == 429
    assert "over een uur opnieuw" in response.content.decode()
    assert "nog-een@vlinder.example" in response.content.decode()  # nothing lost
    assert len(mail.outbox) == settings.EMPLOYER_REGISTRATIONS_PER_HOUR
    for n in range(settings.EMPLOYER_REGISTRATIONS_PER_HOUR):
        registration_limits()[1].reset(f"persoon{n}@vlinder.example")
    registration_limits()[1].reset("nog-een@vlinder.example")


def test_the_page_answers(client):
    response = client.get(URL)
    assert response.status_code == 200
    assert "twee minuten" in response.content.decode()
    assert reverse("workplaces:register") == URL
