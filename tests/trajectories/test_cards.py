"""An offering's card holds what its row and facts show, written out, and told against today."""

import datetime

import pytest
import time_machine

from portal.dates import school_year_when
from qualifications.models import ProfessionalQualification
from tests.trajectories.factories import LocationFactory, OfferingFactory
from trajectories.cards import OfferingCard, card_values, offering_cards, qualification_links
from trajectories.models import Offering
from trajectories.results import result_rows

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("label", "today", "said"),
    [
        ("2026-2027", datetime.date(2026, 12, 1), "dit schooljaar"),
        ("2026-2027", datetime.date(2026, 8, 31), "volgend schooljaar"),
        ("2026-2027", datetime.date(2027, 9, 1), "voorbij"),
        ("2028-2029", datetime.date(2026, 12, 1), "later"),
        ("2026", datetime.date(2026, 12, 1), ""),
    ],
)
def test_school_year_is_told_against_today(label, today, said):
    assert school_year_when(label, today) == said


def test_card_writes_out_dates_place_and_qualifications_in_their_order():
    location = LocationFactory(name="Campus Noord")
    babies, school = ProfessionalQualification.objects.filter(is_core=True)[:2]
    offering = OfferingFactory(
        location=location,
        school_year="2026-2027",
        starts_on=datetime.date(2026, 9, 1),
        is_evening=True,
        qualifications=[school, babies],
    )

    with time_machine.travel(datetime.date(2026, 12, 1)):
        _, card = offering_cards([offering.pk])[offering.pk]

    assert card.place == f"Campus Noord, {location.municipality.name_nl}"
    assert card.school_year == "2026-2027 (dit schooljaar)"
    assert card.start == "1 september 2026"
    assert card.moments == "'s Avonds"
    assert [name for _, name in card.qualifications] == [babies.name, school.name]
    assert card.qualifications[0][0] == babies.get_absolute_url()
    assert card.provider_url == location.provider.get_absolute_url()


def test_a_row_from_the_cache_is_the_row_rendered_for_it():
    offerings = [OfferingFactory(title=f"Aanbod {n}") for n in range(3)]
    pks = [o.pk for o in offerings]

    rendered = result_rows([{"pk": pk, "distance_km": 2.4} for pk in pks])
    again = result_rows([{"pk": pk} for pk in reversed(pks)])  # from the cache, another order

    assert [(r.pk, r.html) for r in rendered] == [(r.pk, r.html) for r in reversed(again)]
    assert [r.distance_km for r in rendered] == [2.4] * 3
    assert [r.distance_km for r in again] == [None] * 3
    for row, offering in zip(rendered, offerings, strict=True):
        assert f"<strong>{offering.title}</strong>" in row.html
        assert row.html.count("<article ") == 1
        assert "hemelsbreed" not in row.html  # the page puts the distance beside the row


def test_a_card_from_loaded_objects_is_the_card_from_plain_values():
    """The provider page builds cards from its loaded offerings, the search from `values()`."""
    offerings = [
        OfferingFactory(
            is_daytime=True,
            is_weekend=True,
            school_year="2027-2028",
            ends_on=datetime.date(2027, 6, 30),
            enrolment=Offering.Enrolment.OPEN,
            enrolment_opens_on=datetime.date(2027, 1, 4),
            qualifications=list(ProfessionalQualification.objects.filter(is_core=True)[:1]),
        ),
        OfferingFactory(
            location=LocationFactory(
                name="", municipality=None, place_note="Heverlee", latitude=50.86, longitude=4.69
            ),
            start_note="september en februari",
            enrolment=Offering.Enrolment.FULL,
        ),
    ]
    loaded = Offering.objects.select_related(
        "route", "location__provider", "location__municipality"
    ).in_bulk([o.pk for o in offerings])
    told = {
        datetime.date(2027, 1, 3): "Inschrijven kan vanaf 4 januari 2027",
        datetime.date(2027, 1, 4): "Inschrijven kan",
    }
    for today, enrolment_text in told.items():
        cards = offering_cards(list(loaded))
        links = qualification_links(list(loaded))
        for pk, offering in loaded.items():
            card = OfferingCard.of(card_values(offering), links.get(pk, []), today)
            assert card == OfferingCard.of(cards[pk][0], links.get(pk, []), today)
        first = OfferingCard.of(card_values(loaded[offerings[0].pk]), [], today)
        assert first.enrolment_text == enrolment_text
        assert first.moments == "Overdag, In het weekend"
    assert OfferingCard.of(card_values(loaded[offerings[1].pk]), [], today).place == "Heverlee"
