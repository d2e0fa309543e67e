"""/opleiding-gevraagd/: prefilled from a search, every bad input in Dutch, a confirmation link
with an expiry that works once, and a withdrawal link in every mail."""

import datetime
import re

import pytest
import time_machine

from demand.models import TrainingRequest
from portal.models import RateLimitHit

pytestmark = pytest.mark.django_db

FORM = "/opleiding-gevraagd/"
VALID = {
    "wie": "mentor",
    "aantal": "3",
    "traject": "volwassenenonderwijs",
    "kwalificatie": "kinderbegeleider-babys-en-peuters",
    "lesmoment": ["avond"],
    "plaats": "Brussel",
    "straal": "20",
    "email": "",
    "website": "",
}


def link_in(message, kind: str) -> str:
    """The path of the confirmation ('bevestigen') or withdrawal ('intrekken') link."""
    url = re.search(rf"https?://\S+/opleiding-gevraagd/{kind}/\S+/", message.body)[0]
    return "/" + url.split("/", 3)[3]


def test_the_form_is_prefilled_from_the_search_parameters(client):
    html = client.get(
        FORM,
        {
            "plaats": "1000 Brussel",
            "straal": "30",
            "traject": ["syntra", "evc"],
            "kwalificatie": "kinderbegeleider-babys-en-peuters",
            "lesmoment": ["avond", "weekend"],
        },
    ).content.decode()
    assert 'name="plaats" value="1000 Brussel"' in html
    assert '<option value="30" selected>' in html
    assert '<option value="syntra" selected>' in html
    assert '<option value="kinderbegeleider-babys-en-peuters" selected>' in html
    assert re.search(r'value="avond"[^>]*checked', html)
    assert re.search(r'value="weekend"[^>]*checked', html)
    assert not re.search(r'value="dag"[^>]*checked', html)


def test_unknown_values_in_the_link_are_left_out_not_an_error(client):
    response = client.get(FORM, {"traject": "ruimtevaart", "straal": "-5", "lesmoment": "nacht"})
    assert response.status_code == 200
    assert "ruimtevaart" not in response.content.decode()


def test_the_empty_search_links_to_the_prefilled_form(client):
    html = client.get(
        "/opleidingen/", {"plaats": "Brussel", "traject": "evc", "lesmoment": "avond"}
    ).content.decode()
    assert (
        'href="/opleiding-gevraagd/?plaats=Brussel&amp;straal=20&amp;traject=evc&amp;lesmoment=avond"'
        in html
    )


def test_a_request_without_email_counts_at_once_with_its_municipality_only(client):
    response = client.post(FORM, {**VALID, "plaats": "1000 Brussel"})
    assert response.status_code == 302
    request = TrainingRequest.objects.get()
    assert request.municipality.nis_code == "21004"
    assert request.route.slug == "volwassenenonderwijs"
    assert request.moment_list == ["avond"]
    assert TrainingRequest.objects.counted().count() == 1
    assert request.ends_on.year == datetime.date.today().year + 1


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"wie": ""}, "Kies wie de opleiding vraagt."),
        ({"wie": "robot"}, "Kies een werkgever, een mentor of een kandidaat."),
        ({"aantal": "drie"}, "Vul een aantal in, als cijfer (bv. 3), of laat leeg."),
        ({"aantal": "0"}, "Vul minstens 1 in, of laat leeg als je het niet weet."),
        ({"aantal": "500"}, "Vul hoogstens 50 in"),
        ({"traject": "ruimtevaart"}, "Dit traject kennen we niet"),
        ({"kwalificatie": "piloot"}, "Deze kwalificatie kennen we niet"),
        ({"lesmoment": ["nacht"]}, "Dit lesmoment kennen we niet: nacht."),
        ({"plaats": ""}, "Vul een postcode of gemeente in."),
        ({"plaats": "Brusel"}, "We vinden &#x27;Brusel&#x27; niet. Bedoelde je"),
        ({"plaats": "x" * 200}, "Dit is te lang: gebruik hoogstens 80 tekens."),
        ({"straal": "-5"}, "Kies een afstand van 5, 10, 20, 30 of 50 km."),
        ({"email": "mentor@"}, "Dit is geen e-mailadres"),
    ],
)
def test_every_bad_input_gets_a_dutch_message_and_keeps_what_was_typed(client, change, message):
    response = client.post(FORM, {**VALID, "aantal": "7", **change})
    html = response.content.decode()
    assert response.status_code == 400
    assert message in html
    assert "Kijk dit na:" in html
    assert not TrainingRequest.objects.exists()
    if "plaats" not in change:
        assert 'value="Brussel"' in html  # nothing typed is lost
    if "aantal" not in change:
        assert 'value="7"' in html


def test_the_honeypot_keeps_nothing_and_says_nothing(client):
    response = client.post(FORM, {**VALID, "website": "http://spam.example"})
    assert response.status_code == 302
    assert not TrainingRequest.objects.exists()


def test_the_rate_limit_per_address_is_kept_in_the_database(client, settings):
    settings.DEMAND_REQUESTS_PER_HOUR = 2
    for _ in range(2):
        assert client.post(FORM, VALID, REMOTE_ADDR="198.51.100.4").status_code == 302
    assert RateLimitHit.objects.filter(scope="opleiding-gevraagd").count() == 2
    refused = client.post(FORM, {**VALID, "aantal": "9"}, REMOTE_ADDR="198.51.100.4")
    assert refused.status_code == 429
    assert "Probeer het over een uur opnieuw" in refused.content.decode()
    assert 'value="9"' in refused.content.decode()
    assert client.post(FORM, VALID, REMOTE_ADDR="198.51.100.5").status_code == 302
    assert TrainingRequest.objects.count() == 3


def test_an_email_counts_once_confirmed_and_the_link_says_so_when_used_again(client, mailoutbox):
    client.post(FORM, {**VALID, "email": "Mentor@Voorbeeld.be"})
    request = TrainingRequest.objects.get()
    assert request.email == "mentor@voorbeeld.be"
    assert not TrainingRequest.objects.counted().exists()
    [mail] = mailoutbox
    assert mail.to == ["mentor@voorbeeld.be"]
    assert "avondopleiding tot kinderbegeleider baby's en peuters" in mail.body
    assert "/opleiding-gevraagd/intrekken/" in mail.body
    confirm = link_in(mail, "bevestigen")
    assert "Je aanvraag is bevestigd" in client.get(confirm).content.decode()
    assert TrainingRequest.objects.counted().count() == 1
    again = client.get(confirm)
    assert again.status_code == 200
    assert "Je aanvraag was al bevestigd" in again.content.decode()


def test_a_confirmation_link_expires_after_a_week(client, mailoutbox):
    with time_machine.travel(datetime.datetime(2026, 12, 3, 10), tick=False):
        client.post(FORM, {**VALID, "email": "mentor@voorbeeld.be"})
    confirm = link_in(mailoutbox[0], "bevestigen")
    with time_machine.travel(datetime.datetime(2026, 12, 10, 11), tick=False):
        html = client.get(confirm).content.decode()
    assert "Deze link is verlopen" in html
    assert not TrainingRequest.objects.counted(datetime.date(2026, 12, 10)).exists()
    with time_machine.travel(datetime.datetime(2026, 12, 9, 11), tick=False):
        assert "Je aanvraag is bevestigd" in client.get(confirm).content.decode()


def test_a_tampered_link_is_not_found(client):
    response = client.get("/opleiding-gevraagd/bevestigen/1:abc:def/")
    assert response.status_code == 404
    assert "Deze link kennen we niet" in response.content.decode()
    assert client.get("/opleiding-gevraagd/intrekken/zomaar/").status_code == 404


def test_withdrawal_asks_first_then_erases_the_address_and_stops_counting(client, mailoutbox):
    client.post(FORM, {**VALID, "email": "mentor@voorbeeld.be"})
    client.get(link_in(mailoutbox[0], "bevestigen"))
    withdraw = link_in(mailoutbox[0], "intrekken")
    # Opening the link (a mail program may do that on its own) changes nothing.
    assert "Aanvraag intrekken?" in client.get(withdraw).content.decode()
    assert TrainingRequest.objects.counted().count() == 1
    assert "Je aanvraag is ingetrokken" in client.post(withdraw).content.decode()
    request = TrainingRequest.objects.get()
    assert request.email == ""
    assert request.withdrawn_at is not None
    assert not TrainingRequest.objects.counted().exists()
    assert "al ingetrokken" in client.post(withdraw).content.decode()


def test_a_request_ends_after_twelve_months(client):
    with time_machine.travel(datetime.datetime(2026, 12, 3, 10), tick=False):
        client.post(FORM, VALID)
    assert TrainingRequest.objects.counted(datetime.date(2027, 12, 3)).count() == 1
    assert not TrainingRequest.objects.counted(datetime.date(2027, 12, 4)).exists()
