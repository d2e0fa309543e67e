"""No public page tells a date before today in the future tense, or a past school year as current.

Every content page is read at two frozen dates: the day of the audit (1 December 2026, after
every moment of the timeline) and a year on. Each sentence that names a day, a month or a
school year before today must not say it is still to come.
"""

import datetime
import re

import pytest
import time_machine

from portal.dates import MONTHS, month_end, school_year_bounds
from tests.portal.test_plain_wording import content_pages, main_text

pytestmark = pytest.mark.django_db

MONTH = "|".join(MONTHS)
DATE = re.compile(
    rf"\b(?:(?P<day>\d{{1,2}}) )?(?P<month>{MONTH}) (?P<year>20\d\d)\b"
    r"|\b(?P<school_year>20\d\d-20\d\d)\b"
)
# What puts a time a sentence names in the future, or labels it as current.
FUTURE = re.compile(
    r"\bzullen\b|\bzal\b|\bbinnenkort\b|\bstraks\b|\bgepland\b|\bnog te\b"
    r"|\bwordt\b.*\bverplicht\b|\bkomen\b.*\beerste\b|\beerste\b.*\bkomen\b"
    r"|\bstuderen\b.*\baf\b|\bstarten in\b"
    r"|\b(?:dit|huidig|lopend) schooljaar\b"
)


def last_day(match: re.Match) -> datetime.date:
    """The last day a date mention covers: the day, the month or the school year."""
    if match["school_year"]:
        return school_year_bounds(match["school_year"])[1]
    month = MONTHS.index(match["month"]) + 1
    first = datetime.date(int(match["year"]), month, int(match["day"] or 1))
    return first if match["day"] else month_end(first)


def future_tense_about_the_past(text: str, today: datetime.date) -> list[str]:
    """The sentences of `text` that name a time before today as if it were still to come."""
    found = []
    for sentence in re.split(r"(?<=[.!?;:])\s+", text.lower()):
        for match in DATE.finditer(sentence):
            try:
                past = last_day(match) < today
            except ValueError:  # '2025-2027' is no school year: a range, not our concern
                continue
            if past and FUTURE.search(sentence):
                found.append(sentence)
                break
    return found


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("De eerste afgestudeerden komen in juni 2026.", True),
        ("Juni 2026 gepland Eerste afgestudeerden.", True),
        ("In schooljaar 2025-2026 komen de eerste aanvragen.", True),
        ("Aanbod 2025-2026 (dit schooljaar).", True),
        ("Vanaf september 2026 wordt een 7de jaar verplicht.", True),
        ("De eerste leerlingen studeerden af in juni 2026.", False),
        ("Sinds schooljaar 2025-2026 vragen scholen stages aan.", False),
        ("Juni 2027 gepland: nieuwe afgestudeerden.", False),
        ("Aanbod 2026-2027 (dit schooljaar).", False),
    ],
)
def test_the_check_itself_tells_past_from_future(text, flagged):
    assert bool(future_tense_about_the_past(text, datetime.date(2026, 12, 1))) is flagged


@pytest.mark.parametrize("today", [datetime.date(2026, 12, 1), datetime.date(2027, 12, 1)])
def test_no_content_page_tells_the_past_as_future(client, today):
    found = {}
    with time_machine.travel(datetime.datetime.combine(today, datetime.time(12)), tick=False):
        pages = content_pages()
        assert len(pages) > 40  # the real content is loaded
        for path in pages:
            response = client.get(path)
            assert response.status_code == 200, path
            sentences = future_tense_about_the_past(main_text(response.content.decode()), today)
            if sentences:
                found[path] = sentences
    assert found == {}


def test_no_page_states_an_ended_scheme_as_current(client):
    """Every page that names an ended project says it ended, with its date.

    Beside the real ESF project (ended 31 December 2022), a project that runs until the audit
    day is read with today frozen after its end: it must turn into "afgelopen" by itself.
    """
    from portal.dates import day_label
    from portal.models import Resource
    from tests.portal.factories import ResourceFactory

    ResourceFactory(
        title="Proefproject zij-instromers",
        kind=Resource.Kind.PROJECT,
        ends_on=datetime.date(2026, 12, 2),
    )
    after_its_end = datetime.date(2026, 12, 3)
    ended = list(Resource.objects.published().filter(ends_on__lt=after_its_end))
    assert {r.slug for r in ended} >= {"esf-nieuwe-krachten-voor-de-kinderopvang"}
    missing = []
    with time_machine.travel(
        datetime.datetime.combine(after_its_end, datetime.time(12)), tick=False
    ):
        for path in content_pages():
            text = main_text(client.get(path).content.decode())
            for resource in ended:
                if resource.title.lower() not in text:
                    continue
                said = f"afgelopen op {day_label(resource.ends_on)}"
                if said not in text and "het is afgelopen" not in text:
                    missing.append((path, resource.title))
        support = main_text(client.get("/ondersteuning/").content.decode())
    assert missing == []
    assert "proefproject zij-instromers afgelopen op 2 december 2026" in support
