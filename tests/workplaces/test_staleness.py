"""Places never stale: an offer ends with its school year unless confirmed from May, and a dual
place whose recognition ran out leaves the search, its employer told why. Today is frozen on both
sides of each event."""

import datetime

import pytest
import time_machine
from django.core.cache import cache
from django.urls import reverse

from tests.workplaces.factories import PlaceOfferFactory
from workplaces.models import PlaceOffer

pytestmark = pytest.mark.django_db


def on(day: datetime.date):
    return time_machine.travel(datetime.datetime.combine(day, datetime.time(10)), tick=False)


def found(client, offer) -> bool:
    cache.clear()
    html = client.get("/werkplekken/", {"plaats": "Genk"}).content.decode()
    return f'id="aanbod-{offer.pk}"' in html


def test_an_offer_ends_with_its_school_year(client, own_place):
    with on(datetime.date(2027, 8, 31)):
        assert found(client, own_place)
    with on(datetime.date(2027, 9, 1)):
        assert not found(client, own_place)


def test_confirmed_from_may_it_stays_for_the_next_school_year(client, werkgever, own_place):
    # Signed in on each day: a session ends a working day after signing in.
    changelist = reverse("admin:workplaces_placeoffer_changelist")
    confirm = {"action": "confirm_next_year", "_selected_action": [own_place.pk], "index": 0}
    with on(datetime.date(2027, 4, 30)):
        client.force_login(werkgever)
        client.post(changelist, confirm)
        own_place.refresh_from_db()
        assert own_place.school_year == "2026-2027"  # before May: not yet
    with on(datetime.date(2027, 5, 2)):
        client.force_login(werkgever)
        start = client.get("/admin/").content.decode()
        assert "Klopt het nog voor schooljaar 2027-2028?" in start
        client.post(changelist, confirm)
        own_place.refresh_from_db()
        assert own_place.school_year == "2027-2028"
        assert own_place.confirmed_on == datetime.date(2027, 5, 2)
    with on(datetime.date(2027, 9, 1)):
        assert found(client, own_place)


def test_staff_see_the_employers_that_did_not_confirm_from_may(client, redacteur, own_place):
    with on(datetime.date(2027, 4, 30)):
        client.force_login(redacteur)
        assert "nog niet bevestigd voor schooljaar" not in client.get("/admin/").content.decode()
    with on(datetime.date(2027, 5, 1)):
        client.force_login(redacteur)
        html = client.get("/admin/").content.decode()
        assert "Werkplekken nog niet bevestigd voor schooljaar 2027-2028" in html
        assert "Opvang Eigen" in html
        own_place.school_year = "2027-2028"
        own_place.save()
        html = client.get("/admin/").content.decode()
        assert "Werkplekken nog niet bevestigd" not in html


def test_a_dual_place_leaves_the_search_when_its_recognition_ends(client, werkgever, own_place):
    dual = PlaceOfferFactory(
        site=own_place.site, dual=True, recognised_until=datetime.date(2027, 3, 31)
    )
    anonymous = client.__class__()
    with on(datetime.date(2027, 3, 31)):
        client.force_login(werkgever)
        assert found(anonymous, dual)
        assert "erkenning verlopen" not in client.get("/admin/").content.decode()
    with on(datetime.date(2027, 4, 1)):
        client.force_login(werkgever)
        assert not found(anonymous, dual)
        assert found(anonymous, own_place)  # the stage needs no recognition
        start = client.get("/admin/").content.decode()
        assert "Niet meer te vinden: erkenning verlopen" in start
        assert "erkend tot 31 maart 2027" in start
    assert PlaceOffer.objects.filter(pk=dual.pk).exists()  # kept, for the employer to renew


def test_a_requested_recognition_stays_in_the_search(own_place):
    dual = PlaceOfferFactory(
        site=own_place.site, dual=True, recognition="aangevraagd", recognised_until=None
    )
    with on(datetime.date(2027, 4, 1)):
        assert dual in PlaceOffer.objects.visible()
