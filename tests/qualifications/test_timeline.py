"""The timeline is told against today: what comes next first, each moment in the right tense."""

import datetime

import pytest
import time_machine

from portal.dates import State
from qualifications.models import TimelineEvent
from qualifications.views import timeline_entries
from tests.qualifications.factories import TimelineEventFactory

pytestmark = pytest.mark.django_db

GRADUATION = "instroom-juni-2026-7de-jaar-kinderbegeleider"


def on(day):
    """Freeze today's date (noon, Brussels time) for what follows."""
    return time_machine.travel(datetime.datetime(day.year, day.month, day.day, 12, 0), tick=False)


def timeline(client):
    response = client.get("/tijdlijn/")
    assert response.status_code == 200
    html = response.content.decode()
    coming = html[html.index('id="komt-title"') : html.index('id="kort-title"')]
    past = html[html.index('id="voorbij-title"') :] if 'id="voorbij-title"' in html else ""
    return coming, past


@pytest.mark.parametrize(
    ("today", "state", "title"),
    [
        (
            datetime.date(2026, 5, 31),
            State.PLANNED,
            "De eerste leerlingen van het 7de jaar Kinderbegeleider studeren af",
        ),
        (
            datetime.date(2026, 6, 15),
            State.NOW,
            "De eerste leerlingen van het 7de jaar Kinderbegeleider studeren deze maand af",
        ),
        (
            datetime.date(2026, 7, 1),
            State.PAST,
            "De eerste leerlingen van het 7de jaar Kinderbegeleider studeerden af",
        ),
    ],
)
def test_a_graduation_month_is_planned_then_now_then_past(today, state, title):
    event = TimelineEvent.objects.get(slug=GRADUATION)
    assert event.date_label == "juni 2026"
    assert event.state_on(today) == state
    assert event.title_on(today) == title


def test_a_school_year_moment_lasts_until_the_end_of_august():
    event = TimelineEvent.objects.get(slug="stage-2025-2026-7de-jaar")
    assert event.date_label == "schooljaar 2025-2026"
    assert event.state_on(datetime.date(2026, 8, 31)) == State.NOW
    assert event.state_on(datetime.date(2026, 9, 1)) == State.PAST


def test_before_the_graduation_the_timeline_puts_it_first_in_the_future_tense(client):
    with on(datetime.date(2026, 3, 1)):
        coming, past = timeline(client)
    assert "De eerste leerlingen van het 7de jaar Kinderbegeleider studeren af" in coming
    assert "gepland" in coming
    assert "studeerden af" not in coming
    assert "De eerste leerlingen Opvoeding en begeleiding studeerden af" in past


def test_this_school_year_the_timeline_says_what_it_brings(client):
    """The audit found 'Wat komt er nog' empty while the second 7th-year cohort does its
    stages and graduates in June 2027."""
    with on(datetime.date(2026, 12, 1)):
        coming, past = timeline(client)
    assert (
        "Het tweede cohort van het 7de jaar Kinderbegeleider loopt dit schooljaar stage" in coming
    )
    assert "Het tweede cohort van het 7de jaar Kinderbegeleider studeert af" in coming
    assert "Afgeleid, niet letterlijk in de bron" in coming
    assert "De eerste leerlingen van het 7de jaar Kinderbegeleider studeerden af" in past


def test_after_every_moment_the_timeline_says_nothing_new_is_announced(client):
    with on(datetime.date(2027, 12, 1)):
        coming, past = timeline(client)
    assert "geen nieuwe stap" in coming
    assert "studeren af" not in coming + past
    assert "Het tweede cohort van het 7de jaar Kinderbegeleider studeerde af" in past
    # Latest first: the graduates of June 2026 before those of June 2025.
    assert past.index("juni 2026".capitalize()) < past.index("Juni 2025")


def test_a_moment_added_for_next_year_comes_first_with_its_source(client):
    TimelineEventFactory(
        title="Nieuwe richting ging van start",
        title_planned="Nieuwe richting gaat van start",
        happens_on=datetime.date(2027, 9, 1),
        source_name="Bron van de nieuwe richting",
    )
    with on(datetime.date(2026, 12, 1)):
        coming, _past = timeline(client)
    assert "Nieuwe richting gaat van start" in coming
    assert "Bron van de nieuwe richting" in coming
    assert "geen nieuwe stap" not in coming


def test_entries_split_into_coming_soonest_first_and_past_latest_first():
    events = [
        TimelineEventFactory.build(happens_on=datetime.date(2025, 6, 1)),
        TimelineEventFactory.build(happens_on=datetime.date(2026, 6, 1)),
        TimelineEventFactory.build(happens_on=datetime.date(2027, 6, 1)),
        TimelineEventFactory.build(happens_on=datetime.date(2028, 6, 1)),
    ]
    coming, past = timeline_entries(events, today=datetime.date(2026, 12, 1))
    assert [e.event.happens_on.year for e in coming] == [2027, 2028]
    assert [e.event.happens_on.year for e in past] == [2026, 2025]
