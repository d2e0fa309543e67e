"""An offering's card holds what its row and facts show, written out, and told against today."""

import datetime

import pytest
import time_machine
from django.core.cache import cache

from portal.dates import school_year_when
from qualifications.models import ProfessionalQualification
from tests.trajectories.factories import LocationFactory, OfferingFactory
from trajectories.cards import offering_cards
from trajectories.search import result_rows

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


def test_rows_drawn_together_are_the_rows_drawn_one_by_one():
    offerings = [OfferingFactory(title=f"Aanbod {n}") for n in range(3)]
    pks = [o.pk for o in offerings]

    together = result_rows([{"pk": pk} for pk in pks])
    cache.clear()
    alone = [result_rows([{"pk": pk}])[0] for pk in pks]

    assert [(r.pk, r.before, r.after) for r in together] == [
        (r.pk, r.before, r.after) for r in alone
    ]
    for row, offering in zip(together, offerings, strict=True):
        assert f"<strong>{offering.title}</strong>" in row.before + row.after
        assert row.before.count('<li class="result">') == 1
