"""An Aanbieder's start page: its offerings, what is missing first, and 'klopt nog'."""

import datetime

import pytest
import time_machine
from django.urls import reverse

from tests.trajectories.factories import LocationFactory, OfferingFactory
from trajectories.models import Offering

pytestmark = pytest.mark.django_db


def test_offerings_with_something_missing_come_first(as_user, aanbieder, own_offering):
    location = own_offering.location
    Offering.objects.filter(pk=own_offering.pk).update(
        is_evening=True, starts_on=datetime.date(2027, 9, 1)
    )
    OfferingFactory(location=location, slug="zonder-alles", title="Zonder lesmoment")
    html = as_user(aanbieder).get("/admin/").content.decode()
    assert "Jullie aanbod" in html
    assert html.index("Zonder lesmoment") < html.index("Kinderbegeleider (avond)")
    assert "geen lesmoment, geen startdatum" in html
    # Staff's dashboard is not what a provider sees.
    assert "Niet nagekeken in meer dan zes maanden" not in html


def test_a_provider_without_contact_is_told_so(as_user, aanbieder, own_offering):
    own_offering.location.provider.__class__.objects.filter(
        pk=own_offering.location.provider_id
    ).update(phone="", email="", website="")
    assert "geen contact" in as_user(aanbieder).get("/admin/").content.decode()


def test_klopt_nog_sets_only_the_checked_date(as_user, aanbieder, own_offering):
    Offering.objects.filter(pk=own_offering.pk).update(checked_on=datetime.date(2026, 1, 5))
    before = Offering.objects.values().get(pk=own_offering.pk)
    client = as_user(aanbieder)
    url = reverse("admin:trajectories_offering_confirm", args=[own_offering.pk])
    assert client.get(url).status_code == 405
    response = client.post(url, follow=True)
    assert "klopt nog" in response.content.decode()
    after = Offering.objects.values().get(pk=own_offering.pk)
    changed = {key for key in after if after[key] != before[key]}
    assert changed == {"checked_on", "checked_by_id", "updated_at"}
    assert after["checked_by_id"] == aanbieder.pk


def test_klopt_nog_of_another_providers_offering_is_refused(as_user, aanbieder, other_offering):
    url = reverse("admin:trajectories_offering_confirm", args=[other_offering.pk])
    assert as_user(aanbieder).post(url).status_code == 403


def unconfirmed_list(html: str) -> str:
    heading = "Aanbod nog niet bevestigd voor schooljaar 2027-2028"
    if heading not in html:
        return ""
    return html.split(heading, 1)[1].split("</ul>", 1)[0]


def test_from_may_the_yearly_question_is_asked(as_user, aanbieder, redacteur, own_offering):
    Offering.objects.filter(pk=own_offering.pk).update(
        school_year="2026-2027", checked_on=datetime.date(2027, 2, 1)
    )
    with time_machine.travel(datetime.datetime(2027, 3, 10, 9, 0)):
        assert "voor schooljaar 2027-2028" not in as_user(aanbieder).get("/admin/").content.decode()
    with time_machine.travel(datetime.datetime(2027, 5, 10, 9, 0)):
        html = as_user(aanbieder).get("/admin/").content.decode()
        assert "Klopt jullie aanbod nog voor schooljaar 2027-2028?" in html
        staff = as_user(redacteur).get("/admin/").content.decode()
        assert "CVO Eigen" in unconfirmed_list(staff)
        client = as_user(aanbieder)
        client.post(reverse("admin:trajectories_offering_confirm", args=[own_offering.pk]))
        staff = as_user(redacteur).get("/admin/").content.decode()
        assert "CVO Eigen" not in unconfirmed_list(staff)


def test_the_start_page_costs_the_same_queries_however_many_offerings(
    as_user, aanbieder, own_offering, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = as_user(aanbieder)
    with CaptureQueriesContext(connection) as before:
        client.get("/admin/")
    queries = len(before)
    provider = own_offering.location.provider
    for n in range(5):
        OfferingFactory(location=LocationFactory(provider=provider), slug=f"extra-{n}")
    with django_assert_num_queries(queries):
        html = client.get("/admin/").content.decode()
    assert html.count("Klopt nog</button>") == 6
