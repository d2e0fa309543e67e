"""Whether a diploma, certificate or attest already qualifies: a pure verdict from its title."""

import calendar
import datetime
from dataclasses import dataclass, field
from urllib.parse import urlencode

BABY_TODDLER = "kinderbegeleider-babys-en-peuters"
SCHOOL_AGE = "kinderbegeleider-schoolgaande-kinderen"


class Outcome:
    YES = "telt"
    PARTLY = "telt-deels"
    NO = "telt-niet"
    DEPENDS = "hangt-af"


@dataclass(frozen=True)
class Obtained:
    """When a title was obtained, as precisely as the person knows: a year, or a month too."""

    year: int
    month: int | None = None

    @property
    def first_day(self) -> datetime.date:
        return datetime.date(self.year, self.month or 1, 1)

    @property
    def last_day(self) -> datetime.date:
        month = self.month or 12
        return datetime.date(self.year, month, calendar.monthrange(self.year, month)[1])


@dataclass
class DiplomaVerdict:
    outcome: str
    qualifies_for: list[str] = field(default_factory=list)  # slugs of the care it counts for
    missing: list[str] = field(default_factory=list)  # slugs of the BKs still to obtain
    reasons: list[str] = field(default_factory=list)
    planner_query: str = ""  # the route planner's query string, with what is known filled in


def diploma_verdict(title, *, obtained: Obtained | None) -> DiplomaVerdict:
    """Whether `title` (a `QualifyingTitle` or its plain values) qualifies, and what is missing.

    A title with an end date ("behaald tot en met") counts only when obtained by then; when the
    person gave only a year that straddles the date, the answer depends on the day.
    """
    verdict = DiplomaVerdict(outcome=Outcome.YES)
    in_time = _in_time(title, obtained, verdict)
    if in_time is False:
        verdict.outcome = Outcome.NO
    elif in_time is None:
        verdict.outcome = Outcome.DEPENDS
    counts = {BABY_TODDLER: title.qualifies_baby_toddler, SCHOOL_AGE: title.qualifies_school_age}
    if in_time is not False:
        verdict.qualifies_for = [slug for slug, yes in counts.items() if yes]
    verdict.missing = [slug for slug in counts if slug not in verdict.qualifies_for]
    if verdict.outcome == Outcome.YES and verdict.missing:
        verdict.outcome = Outcome.PARTLY if verdict.qualifies_for else Outcome.NO
    params = {}
    held = getattr(title, "held_qualification", None)
    held_slug = getattr(held, "slug", held) if held else ""
    if held_slug and held_slug in verdict.qualifies_for:
        params["bk"] = held_slug
    if len(verdict.missing) == 1:
        params["kwalificatie"] = verdict.missing[0]
    if title.planner_diploma:
        params["diploma"] = title.planner_diploma
    if verdict.missing:
        verdict.planner_query = urlencode(params)
    return verdict


def _in_time(title, obtained: Obtained | None, verdict: DiplomaVerdict) -> bool | None:
    """True when obtained within the title's dates, False when not, None when it depends."""
    start, end = title.obtained_from, title.obtained_until
    if not start and not end:
        return True
    if obtained is None:
        verdict.reasons.append(_window(start, end) + " Vul in wanneer je het behaalde.")
        return None
    if (end and obtained.first_day > end) or (start and obtained.last_day < start):
        verdict.reasons.append(_window(start, end) + " Je behaalde het later (of eerder).")
        return False
    if (end and obtained.last_day > end) or (start and obtained.first_day < start):
        verdict.reasons.append(_window(start, end) + " Vul ook de maand in.")
        return None
    return True


def _window(start, end) -> str:
    from portal.dates import day_label

    if start and end:
        return f"Het telt als je het behaalde van {day_label(start)} tot en met {day_label(end)}."
    if end:
        return f"Het telt als je het behaalde tot en met {day_label(end)}."
    return f"Het telt als je het behaalde vanaf {day_label(start)}."
