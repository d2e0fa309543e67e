"""Whether one can still enrol: set per offering, shown on the pages, `inschrijving=open`."""

import datetime

import pytest
from django.utils import timezone

from tests.trajectories.factories import (
    LocationFactory,
    OfferingFactory,
    ProviderFactory,
    found_offerings,
)
from trajectories.models import Offering

pytestmark = pytest.mark.django_db

SEARCH = "/opleidingen/"
OPEN, FULL, STOPPED = Offering.Enrolment.OPEN, Offering.Enrolment.FULL, Offering.Enrolment.STOPPED


def results(response) -> list[Offering]:
    assert response.status_code == 200
    return found_offerings(response)


def test_the_search_keeps_to_offerings_open_for_enrolment(client):
    later = timezone.localdate() + datetime.timedelta(days=40)
    open_now = OfferingFactory(enrolment=OPEN)
    open_later = OfferingFactory(enrolment=OPEN, enrolment_opens_on=later)
    full = OfferingFactory(enrolment=FULL)
    stopped = OfferingFactory(enrolment=STOPPED)
    unknown = OfferingFactory()
    found = results(client.get(SEARCH, {"inschrijving": "open"}))
    assert open_now in found
    assert open_later in found
    for offering in (full, stopped, unknown):
        assert offering not in found
    html = client.get(SEARCH, {"inschrijving": "open"}).content.decode()
    assert "Inschrijven kan" in html
    assert 'name="inschrijving" value="open"' in html


def test_an_unknown_enrolment_value_gets_a_message_and_the_rest_still_answers(client):
    response = client.get(SEARCH, {"inschrijving": "misschien"})
    assert response.status_code == 200
    assert "Voor &#x27;inschrijving&#x27; kan je alleen &#x27;open&#x27; kiezen." in (
        response.content.decode()
    )
    assert results(response)


def test_the_provider_page_shows_the_status_and_the_opening_date(client):
    provider = ProviderFactory(slug="cvo-inschrijven")
    location = LocationFactory(provider=provider)
    opens_on = timezone.localdate() + datetime.timedelta(days=40)
    OfferingFactory(location=location, slug="vol", title="Volzet aanbod", enrolment=FULL)
    OfferingFactory(
        location=location,
        slug="later",
        title="Later aanbod",
        enrolment=OPEN,
        enrolment_opens_on=opens_on,
    )
    html = client.get(provider.get_absolute_url()).content.decode()
    assert "Volzet" in html
    months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
              "september", "oktober", "november", "december"]  # fmt: skip
    assert (
        f"Inschrijven kan vanaf {opens_on.day} {months[opens_on.month - 1]} {opens_on.year}" in html
    )


def test_a_copy_for_the_next_school_year_starts_with_an_unknown_enrolment():
    from trajectories.services.rollover import offerings_copy_to_next_year

    offering = OfferingFactory(
        school_year="2026-2027",
        enrolment=FULL,
        starts_on=datetime.date(2026, 9, 1),
        ends_on=datetime.date(2027, 6, 30),
    )
    (copy,) = offerings_copy_to_next_year(offerings=[offering])
    assert copy.enrolment == Offering.Enrolment.UNKNOWN
    assert copy.ends_on is None
