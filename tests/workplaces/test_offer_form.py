"""A Werkgever's own forms in the back office: every bad input said in Dutch, at its field, and
nothing of what was typed lost."""

import html

import pytest
from django.urls import reverse

from workplaces.models import PlaceOffer, Site

pytestmark = pytest.mark.django_db


def offer_form(own_place, **changes) -> dict:
    form = {
        "site": own_place.site.pk,
        "route": own_place.route.pk,
        "care": "bko",
        "places": "3",
        "school_year": "2026-2027",
        "starts_on": "",
        "ends_on": "",
        "day_description": "Van 7 tot 15 uur, met de begeleider van de leefgroep.",
        "team_languages": "",
        "recognition": "niet-nodig",
    }
    return form | changes


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"places": "0"}, "Geef minstens 1 plaats op (pauzeer het aanbod als er geen is)."),
        ({"places": "500"}, "Hoogstens 50 plaatsen per aanbod."),
        ({"starts_on": "2026-08-15"}, "Deze datum valt buiten schooljaar 2026-2027"),
        ({"ends_on": "2027-09-30"}, "Deze datum valt buiten schooljaar 2026-2027"),
        ({"starts_on": "2027-03-01", "ends_on": "2027-02-01"}, "'Tot en met' komt na 'vanaf'."),
        ({"school_year": "2026-2028"}, "Schrijf het schooljaar als 2026-2027"),
        ({"day_description": "<script>alert(1)</script>"}, "geen HTML-code"),
    ],
)
def test_a_bad_offer_is_said_in_dutch_and_kept(as_user, werkgever, own_place, changes, message):
    client = as_user(werkgever)
    before = PlaceOffer.objects.count()
    form = offer_form(own_place, **changes)
    response = client.post(reverse("admin:workplaces_placeoffer_add"), form)
    page = html.unescape(response.content.decode())
    assert response.status_code == 200
    assert message in page
    assert form["day_description"] in page  # what was typed stays in the form
    assert PlaceOffer.objects.count() == before


def test_a_site_outside_flanders_and_brussels_is_said_in_dutch(as_user, werkgever, own_place):
    client = as_user(werkgever)
    before = Site.objects.count()
    response = client.post(
        reverse("admin:workplaces_site_add"),
        {
            "employer": own_place.site.employer.pk,
            "name": "Vestiging Luik",
            "street": "Rue Léopold",
            "house_number": "1",
            "postcode": "4000",
            "has_baby_toddler": "on",
        },
    )
    page = html.unescape(response.content.decode())
    assert "Postcode 4000 ligt niet in Vlaanderen of Brussel" in page
    assert 'value="Vestiging Luik"' in page
    assert Site.objects.count() == before
