"""Dated facts formatted against today: school years, and whether a moment is past, now or planned.

Pure functions, so that a page can say "voorbij", "nu" or "gepland" from stored dates instead of
prose written on one day. Today itself always comes from `django.utils.timezone.localdate()` in
the caller, which tests freeze with time-machine.
"""

import calendar
import datetime
import re

# A school year runs from 1 September to 31 August.
SCHOOL_YEAR_START_MONTH = 9
SCHOOL_YEAR_RE = re.compile(r"^(\d{4})-(\d{4})$")

MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


class State:
    """Where a moment or period stands today, in the words a reader sees."""

    PAST = "voorbij"
    NOW = "nu"
    PLANNED = "gepland"


def school_year_of(day: datetime.date) -> str:
    """The school year `day` falls in, as 'YYYY-YYYY'."""
    start = day.year if day.month >= SCHOOL_YEAR_START_MONTH else day.year - 1
    return f"{start}-{start + 1}"


# Schools publish next year's offer in spring: from May to the end of the school year, the back
# office asks for the new lists, and providers and employers to confirm their offer.
ASK_NEXT_YEAR_FROM_MONTH = 5


def asks_next_school_year(today: datetime.date) -> bool:
    """From 1 May to 31 August: the time to confirm what holds for the next school year."""
    return ASK_NEXT_YEAR_FROM_MONTH <= today.month < SCHOOL_YEAR_START_MONTH


def next_school_year(label: str) -> str:
    """The school year after 'YYYY-YYYY': `2026-2027` becomes `2027-2028`."""
    start = int(label[:4]) + 1
    return f"{start}-{start + 1}"


def school_year_bounds(label: str) -> tuple[datetime.date, datetime.date]:
    """First and last day of a school year written 'YYYY-YYYY'; ValueError otherwise."""
    match = SCHOOL_YEAR_RE.match(label or "")
    if not match or int(match[2]) != int(match[1]) + 1:
        raise ValueError(f"not a school year: {label!r}")
    start = int(match[1])
    return datetime.date(start, SCHOOL_YEAR_START_MONTH, 1), datetime.date(start + 1, 8, 31)


def state_on(start: datetime.date, end: datetime.date, today: datetime.date) -> str:
    """Past when `end` lies before today, planned when `start` lies after it, now in between."""
    if end < today:
        return State.PAST
    if start > today:
        return State.PLANNED
    return State.NOW


def school_year_when(label: str, today: datetime.date) -> str:
    """'dit schooljaar', 'volgend schooljaar', 'later' or 'voorbij'; empty for no school year."""
    try:
        school_year_bounds(label)
    except ValueError:
        return ""
    this_year = school_year_of(today)
    if label == this_year:
        return "dit schooljaar"
    if label < this_year:
        return "voorbij"
    return "volgend schooljaar" if label == next_school_year(this_year) else "later"


def school_year_state(label: str, today: datetime.date) -> str:
    start, end = school_year_bounds(label)
    return state_on(start, end, today)


def month_end(day: datetime.date) -> datetime.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def day_label(day: datetime.date) -> str:
    """'1 september 2025', without relying on the active locale."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def month_label(day: datetime.date) -> str:
    """'juni 2026'."""
    return f"{MONTHS[day.month - 1]} {day.year}"
