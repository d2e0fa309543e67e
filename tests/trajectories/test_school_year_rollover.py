"""The turn of the school year: past offerings leave the search, next year's lists are asked for."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from portal.dashboard import dashboard_build
from portal.dates import next_school_year, school_year_of
from tests.trajectories.factories import OfferingFactory
from trajectories.models import Offering
from trajectories.services.rollover import offerings_copy_to_next_year

pytestmark = pytest.mark.django_db

SEARCH = "/opleidingen/"


def this_year() -> str:
    return school_year_of(timezone.localdate())


def last_year() -> str:
    start = int(this_year()[:4]) - 1
    return f"{start}-{start + 1}"


def shown(client, **params) -> set[int]:
    response = client.get(SEARCH, {"plaats": "Gent", **params})
    return {row.pk for row in response.context["object_list"]}


def test_next_school_year_follows_the_calendar():
    assert next_school_year("2026-2027") == "2027-2028"


def test_current_keeps_this_and_later_years_and_offerings_without_a_year():
    today = datetime.date(2026, 12, 1)
    kept = [OfferingFactory(school_year=year) for year in ["2026-2027", "2027-2028", ""]]
    past = OfferingFactory(school_year="2025-2026")
    ended = OfferingFactory(school_year="2026-2027", ended_on=datetime.date(2026, 10, 1))

    current = set(Offering.objects.current(today).values_list("pk", flat=True))

    assert {o.pk for o in kept} <= current
    assert past.pk not in current
    assert ended.pk not in current


def test_an_offering_of_a_past_school_year_leaves_the_search_but_not_its_provider_page(client):
    past = OfferingFactory(school_year=last_year(), title="Kinderbegeleider vorig jaar")
    now = OfferingFactory(school_year=this_year(), location=past.location)

    found = shown(client)
    assert now.pk in found
    assert past.pk not in found
    page = client.get(past.location.provider.get_absolute_url())
    assert "Vorige schooljaren" in page.text
    assert (
        f"Kinderbegeleider vorig jaar · {past.route.name} · schooljaar {last_year()}" in page.text
    )


def test_copy_to_next_year_makes_drafts_that_keep_what_the_provider_said():
    original = OfferingFactory(
        school_year="2026-2027",
        is_evening=True,
        duration="2 jaar",
        start_note="september",
        starts_on=datetime.date(2026, 9, 1),
        is_imported=True,
    )

    copies = offerings_copy_to_next_year(offerings=[original])

    (copy,) = copies
    assert copy.pk != original.pk
    assert copy.school_year == "2027-2028"
    assert copy.status == Offering.Status.DRAFT
    assert (copy.is_evening, copy.duration, copy.start_note) == (True, "2 jaar", "september")
    assert copy.starts_on is None
    assert copy.is_imported is False
    assert copy.slug.endswith("2027-2028")
    original.refresh_from_db()
    assert original.school_year == "2026-2027"
    assert offerings_copy_to_next_year(offerings=[original]) == []


def test_copy_action_in_the_admin_reports_back(admin_client):
    offerings = [*OfferingFactory.create_batch(2, school_year="2026-2027")]
    offerings.append(OfferingFactory(school_year=""))

    response = admin_client.post(
        reverse("admin:trajectories_offering_changelist"),
        {
            "action": "copy_to_next_year",
            "_selected_action": [o.pk for o in offerings],
        },
        follow=True,
    )

    assert "2 aanbod gekopieerd naar het volgende schooljaar, als concept. 1 overgeslagen" in (
        response.text
    )
    copies = Offering.objects.filter(location__in=[o.location for o in offerings])
    assert copies.filter(school_year="2027-2028", status=Offering.Status.DRAFT).count() == 2


@pytest.mark.parametrize(
    ("today", "asked"),
    [
        (datetime.date(2027, 5, 2), True),
        (datetime.date(2027, 8, 31), True),
        (datetime.date(2027, 4, 30), False),
        (datetime.date(2026, 10, 1), False),
    ],
)
def test_from_may_the_dashboard_asks_for_next_years_lists(today, asked):
    OfferingFactory(school_year="2026-2027", is_imported=True, title="7de jaar Kinderbegeleider")

    board = dashboard_build(today=today)

    labels = [item.label for item in board.items_of("next-year-lists")]
    assert (labels == ["7de jaar Kinderbegeleider (Volwassenenonderwijs)"]) is asked


def test_a_list_imported_for_next_year_is_no_longer_asked_for():
    OfferingFactory(school_year="2026-2027", is_imported=True, title="7de jaar Kinderbegeleider")
    OfferingFactory(school_year="2027-2028", is_imported=True, title="7de jaar Kinderbegeleider")

    assert dashboard_build(today=datetime.date(2027, 6, 1)).items_of("next-year-lists") == []


def test_next_years_list_takes_over_the_copied_draft_instead_of_adding_one():
    from qualifications.models import ProfessionalQualification
    from tests.trajectories.school_lists import official, school
    from trajectories.models import Route
    from trajectories.services.schools import Programme, providers_import

    def programme(year):
        return Programme(
            route=Route.objects.get(slug="volwassenenonderwijs"),
            qualifications=tuple(ProfessionalQualification.objects.filter(slug__startswith="k")),
            title="Kinderbegeleider baby's en peuters",
            school_year=year,
        )

    data = official([school(910700, "gent", level="Volwassenenonderwijs")])
    run = {"data": data, "source_url": "https://example.org/", "checked_on": timezone.localdate()}
    providers_import(**run, dry_run=False, programme=programme("2026-2027"))
    this = Offering.objects.get(location__provider__school_number="910700")
    Offering.objects.filter(pk=this.pk).update(is_evening=True)
    this.refresh_from_db()
    (copy,) = offerings_copy_to_next_year(offerings=[this])

    report = providers_import(**run, dry_run=False, programme=programme("2027-2028"))

    assert report.totals["gewijzigd"] == 1
    next_year = Offering.objects.filter(
        location__provider__school_number="910700", school_year="2027-2028"
    )
    assert list(next_year.values_list("pk", "is_imported", "is_evening")) == [(copy.pk, True, True)]


def test_the_school_years_help_text_offers_no_past_year_as_its_example():
    help_text = Offering._meta.get_field("school_year").help_text
    assert "2025-2026" not in help_text
    assert "2026-2027" in help_text  # the year that starts in September 2026, said as such
    assert "september 2026" in help_text
