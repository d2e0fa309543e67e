"""The daily notice: one mail per matching new offering, never for a closed or past one."""

import datetime
import io

import pytest
import time_machine
from django.core.management import call_command

from demand.models import RequestNotice
from portal.models import Municipality
from tests.demand.factories import TrainingRequestFactory
from tests.trajectories.factories import LocationFactory, OfferingFactory
from trajectories.models import Offering, Route

pytestmark = pytest.mark.django_db

ASKED_ON = datetime.datetime(2026, 12, 3, 10)
LATER = datetime.datetime(2026, 12, 10, 10)


def at(moment: datetime.datetime):
    return time_machine.travel(moment, tick=False)


def notices_send() -> str:
    out = io.StringIO()
    call_command("send_demand_notices", stdout=out)
    return out.getvalue()


@pytest.fixture
def confirmed_request():
    with at(ASKED_ON):
        return TrainingRequestFactory(
            confirmed=True,
            route=Route.objects.get(slug="volwassenenonderwijs"),
            moments="avond",
            radius_km=20,
        )


def offering_in(nis: str, **fields) -> Offering:
    values = {
        "is_evening": True,
        "enrolment": Offering.Enrolment.OPEN,
        "school_year": "2026-2027",
        "starts_on": datetime.date(2027, 2, 1),
        "title": "Kinderbegeleider baby's en peuters (avond)",
        **fields,
    }
    location = LocationFactory(
        municipality=Municipality.objects.get(nis_code=nis), name=f"Campus {nis}"
    )
    return OfferingFactory(location=location, **values)


def test_a_new_matching_offering_is_told_once(confirmed_request, mailoutbox, settings):
    settings.SITE_URL = "https://instroomwijzer.example"
    with at(LATER):
        offering = offering_in("21004")
        assert "1 bericht(en)" in notices_send()
        assert "0 bericht(en)" in notices_send()  # the next day's run: nothing new
    [mail] = mailoutbox
    assert mail.to == ["mentor@voorbeeld.be"]
    assert offering.title in mail.body
    assert f"https://instroomwijzer.example{offering.location.provider.get_absolute_url()}" in (
        mail.body
    )
    assert "https://instroomwijzer.example/opleiding-gevraagd/intrekken/" in mail.body
    assert RequestNotice.objects.filter(training_request=confirmed_request).count() == 1
    # A second new offering later is told, the first never again.
    with at(LATER + datetime.timedelta(days=1)):
        second = offering_in("23088", slug="tweede-aanbod")  # Vilvoorde, within 20 km
        notices_send()
    assert len(mailoutbox) == 2
    assert second.title in mailoutbox[1].body
    assert mailoutbox[1].body.count("Campus 21004") == 0


@pytest.mark.parametrize(
    "fields",
    [
        {"enrolment": Offering.Enrolment.FULL},  # closed
        {"enrolment": Offering.Enrolment.STOPPED},
        {"enrolment": Offering.Enrolment.UNKNOWN},
        {"starts_on": datetime.date(2026, 12, 1)},  # started before today
        {"school_year": "2025-2026", "starts_on": None},  # a past school year
        {"ended_on": datetime.date(2026, 12, 5)},  # no longer in the official list
        {"is_evening": False, "is_daytime": True},  # another lesson moment
        {"route": "syntra"},  # another route
        {"status": "concept"},  # not published
    ],
)
def test_no_notice_for_a_closed_past_or_other_offering(confirmed_request, mailoutbox, fields):
    if "route" in fields:
        fields["route"] = Route.objects.get(slug=fields["route"])
    with at(LATER):
        offering_in("21004", **fields)
        notices_send()
    assert mailoutbox == []


def test_no_notice_for_an_offering_too_far_or_already_there(confirmed_request, mailoutbox):
    with at(ASKED_ON - datetime.timedelta(days=1)):
        offering_in("21004", slug="er-al")  # there before the request: not new
    with at(LATER):
        offering_in("44021")  # Gent: 45 km away
        notices_send()
    assert mailoutbox == []


def test_no_notice_unconfirmed_withdrawn_or_ended(mailoutbox):
    with at(ASKED_ON):
        TrainingRequestFactory(unconfirmed=True)
        TrainingRequestFactory(confirmed=True, withdrawn_at=datetime.datetime.now(datetime.UTC))
        TrainingRequestFactory(confirmed=True, ends_on=datetime.date(2026, 12, 9))
        TrainingRequestFactory()  # no address: nobody to tell
    with at(LATER):
        offering_in("21004")
        notices_send()
    assert mailoutbox == []
