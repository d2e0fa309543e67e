"""Premium rules as plain data and pure functions: who gets what, and how much it comes to.

Nothing here touches the database, so the arithmetic and the eligibility can be tested against
the sources' facts table by table. `incentives.models.Premium.as_rule()` builds these rules from
what staff keep in the admin.
"""

import math
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from portal.dates import State, day_label, school_year_state
from portal.text import format_euro

EMPLOYER_TYPES = {
    "privaat": "Private non-profit organisatie",
    "zelfstandig": "Zelfstandige of commerciële organisatie",
    "lokaal-bestuur": "Lokaal bestuur",
}
CARE_TYPES = {
    "baby-peuter": "Baby's en peuters (kinderdagverblijf)",
    "bko": "Buitenschoolse kinderopvang (BKO)",
    "gezinsopvang": "Gezinsopvang",
}
MAX_LEARNERS = 50
MAX_MONTHS = 36


class Unit:
    ONE_OFF = "eenmalig"
    PER_MONTH = "per-maand"
    PER_SCHOOL_YEAR = "per-schooljaar"
    PER_MENTOR = "per-mentor"
    NONE = "geen"


class SchoolYear:
    """How a scheme bounds its school year: September to August, or September to June."""

    FULL = "sep-aug"
    TEACHING = "sep-jun"


@dataclass(frozen=True)
class Amount:
    """One amount of a premium and the condition that sets it (None: whatever the allowance)."""

    amount_eur: Decimal
    with_allowance: bool | None = None
    label: str = ""


@dataclass(frozen=True)
class PremiumRule:
    slug: str
    name: str
    unit: str
    amounts: tuple[Amount, ...] = ()
    employer_types: frozenset[str] = frozenset()  # empty: every employer
    care_types: frozenset[str] = frozenset()  # empty: every kind of care
    route_slugs: frozenset[str] = frozenset()  # empty: every route
    excluded_route_slugs: frozenset[str] = frozenset()
    not_for: str = ""
    min_months: int = 0
    max_times_per_learner: int | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    is_published: bool = True
    # Why the money is not sure even when every answer fits (an amount only one source names,
    # a right that depends on the course); empty when amount and right are confirmed.
    reserve_reason: str = ""
    # The one school year a source names the premium for ('2024-2025'); empty when it runs on.
    scheme_school_year: str = ""
    cap_per_school_year_eur: Decimal | None = None
    # Routes the premium may cover, counted under reserve with why and when that was checked.
    reserved_route_slugs: frozenset[str] = frozenset()
    reserved_routes_reason: str = ""
    reserved_routes_checked_on: date | None = None
    # A scheme that ended may get a new round: then "mogelijk, vraag na bij <ask_at>".
    may_be_renewed: bool = False
    ask_at: str = ""
    school_year: str = SchoolYear.FULL
    learners_per_mentor: int | None = None


@dataclass(frozen=True)
class Verdict:
    applies: bool
    reasons: tuple[str, ...] = ()
    # Whether the premium fits this employer, care and route, whatever its dates say.
    fits: bool = True
    # It fits but ran out, and a new round is possible: named, not counted.
    possible: bool = False


def premium_applies(
    rule: PremiumRule,
    *,
    employer_type: str | None,
    care_type: str | None,
    route_slug: str | None,
    on: date,
) -> Verdict:
    """Whether a premium applies to this employer, kind of care and route, and if not, why.

    An answer left open (None) does not exclude a premium: it is shown with its conditions.
    """
    misfits = []
    if not rule.is_published:
        misfits.append("Deze regel is nog niet gepubliceerd.")
    if employer_type and rule.employer_types and employer_type not in rule.employer_types:
        allowed = ", ".join(EMPLOYER_TYPES[t].lower() for t in sorted(rule.employer_types))
        misfits.append(f"Alleen voor: {allowed}.")
    if care_type and rule.care_types and care_type not in rule.care_types:
        allowed = ", ".join(CARE_TYPES[t].lower() for t in sorted(rule.care_types))
        misfits.append(f"Alleen voor: {allowed}.")
    if route_slug and route_slug in rule.excluded_route_slugs:
        misfits.append(f"Niet voor {rule.not_for}" if rule.not_for else "Niet voor dit traject.")
    elif (
        route_slug
        and rule.route_slugs
        and route_slug not in rule.route_slugs | rule.reserved_route_slugs
    ):
        misfits.append("Niet voor dit traject.")
    timing, ended = [], False
    if rule.valid_from and on < rule.valid_from:
        timing.append(f"Geldt pas vanaf {rule.valid_from:%d/%m/%Y}.")
    if rule.valid_until and on > rule.valid_until:
        timing.append(f"Gold tot {rule.valid_until:%d/%m/%Y}.")
        ended = True
    if rule.scheme_school_year and school_year_state(rule.scheme_school_year, on) == State.PAST:
        timing.append(
            f"Alleen bekend voor schooljaar {rule.scheme_school_year}, en dat is voorbij."
        )
        ended = True
    possible = not misfits and ended and rule.may_be_renewed and len(timing) == 1
    if possible:
        ask = f": vraag na bij {rule.ask_at}" if rule.ask_at else ""
        timing.append(f"Een nieuwe ronde is mogelijk{ask}.")
    reasons = tuple(misfits + timing)
    return Verdict(applies=not reasons, reasons=reasons, fits=not misfits, possible=possible)


def amount_for(rule: PremiumRule, *, pays_allowance: bool) -> Decimal | None:
    """The amount that fits the allowance answer; the unconditional one otherwise."""
    for amount in rule.amounts:
        if amount.with_allowance is pays_allowance:
            return amount.amount_eur
    for amount in rule.amounts:
        if amount.with_allowance is None:
            return amount.amount_eur
    return None


class Certainty:
    SURE = "zeker"
    RESERVED = "onder voorbehoud"
    POSSIBLE = "mogelijk"


@dataclass(frozen=True)
class EstimateLine:
    slug: str
    name: str
    total_eur: Decimal
    calculation: str
    certainty: str = Certainty.SURE
    # Why the line is under reserve, or why it is not counted at all.
    reasons: tuple[str, ...] = ()
    ask_at: str = ""

    @property
    def is_sure(self) -> bool:
        return self.certainty == Certainty.SURE


@dataclass
class Estimate:
    """Counted lines, each sure or under reserve, and the premiums shown but not counted."""

    lines: list[EstimateLine] = field(default_factory=list)
    not_counted: list[EstimateLine] = field(default_factory=list)
    # Schemes that may run again: named in the headline with what they could bring, not counted.
    possible: list[EstimateLine] = field(default_factory=list)
    assumptions: list[str] = field(default_factory=list)

    @property
    def sure_lines(self) -> list[EstimateLine]:
        return [line for line in self.lines if line.is_sure]

    @property
    def reserved_lines(self) -> list[EstimateLine]:
        return [line for line in self.lines if not line.is_sure]

    @property
    def sure_total_eur(self) -> Decimal:
        return sum((line.total_eur for line in self.sure_lines), Decimal(0))

    @property
    def reserved_total_eur(self) -> Decimal:
        return sum((line.total_eur for line in self.reserved_lines), Decimal(0))

    @property
    def total_eur(self) -> Decimal:
        return self.sure_total_eur + self.reserved_total_eur

    @property
    def possible_total_eur(self) -> Decimal:
        return sum((line.total_eur for line in self.possible), Decimal(0))

    @property
    def ask_at(self) -> list[str]:
        """Whom to ask about the possible schemes, each once."""
        return list(dict.fromkeys(line.ask_at for line in self.possible if line.ask_at))

    @property
    def groups(self) -> list[tuple[str, list[EstimateLine], Decimal]]:
        """The sure lines and the lines under reserve, each with its subtotal."""
        return [
            (Certainty.SURE, self.sure_lines, self.sure_total_eur),
            (Certainty.RESERVED, self.reserved_lines, self.reserved_total_eur),
        ]


MONTH_NAMES = [
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
]  # fmt: skip


def months_by_school_year(start_month: int, months: int, school_year: str) -> list[int]:
    """The months of a track that count, school year by school year.

    A school year starts in September. A scheme whose school year runs September to June does
    not count July and August. A 14-month track from September: [12, 2]; from February: [7, 7].
    """
    counts = [0]
    for i in range(months):
        month = (start_month - 1 + i) % 12 + 1
        if i and month == 9:
            counts.append(0)
        if school_year == SchoolYear.TEACHING and month in (7, 8):
            continue
        counts[-1] += 1
    return counts


def mentor_tranches(*, learners: int, mentors: int | None, per_tranche: int) -> int:
    """How many amounts a premium per mentor pays: each mentor with 1 to `per_tranche`
    learners is one tranche, the next `per_tranche` a new one (learners spread evenly)."""
    mentors = mentors or 1
    return max(min(mentors, learners), math.ceil(learners / per_tranche))


def open_answer_reasons(
    rule: PremiumRule,
    *,
    employer_type: str | None,
    care_type: str | None,
    route_slug: str | None,
) -> list[str]:
    """What the premium depends on that the employer left open."""
    reasons = []
    if not employer_type and rule.employer_types:
        allowed = ", ".join(EMPLOYER_TYPES[t].lower() for t in sorted(rule.employer_types))
        reasons.append(f"Alleen voor: {allowed}; je koos geen soort organisatie.")
    if not care_type and rule.care_types:
        allowed = ", ".join(CARE_TYPES[t].lower() for t in sorted(rule.care_types))
        reasons.append(f"Alleen voor: {allowed}; je koos geen soort opvang.")
    if not route_slug and (rule.route_slugs or rule.excluded_route_slugs):
        reasons.append("Alleen voor bepaalde trajecten; je koos geen traject.")
    return reasons


def premium_estimate(
    rules: list[PremiumRule],
    *,
    learners: int,
    months: int,
    pays_allowance: bool,
    on: date,
    employer_type: str | None = None,
    care_type: str | None = None,
    route_slug: str | None = None,
    start_month: int = 9,
    mentors: int | None = None,
    care_months: tuple[int, int] | None = None,
) -> Estimate:
    """An itemised estimate of what `learners` bring in over `months` at the workplace.

    Every counted line is sure or under reserve, with the reasons; the two totals add up to the
    whole. A premium that does not fit the answers is left out (the page says why). One that ran
    out is listed as not counted, or, when a new round is possible, as "mogelijk" with what it
    could bring and whom to ask. `care_months` is how long a learner of this route stays in this
    kind of care (the dual year's split): the months counted never exceed it.
    """
    if not 1 <= learners <= MAX_LEARNERS:
        raise ValueError(f"learners must be 1 to {MAX_LEARNERS}")
    if not 1 <= months <= MAX_MONTHS:
        raise ValueError(f"months must be 1 to {MAX_MONTHS}")
    if not 1 <= start_month <= 12:
        raise ValueError("start_month must be 1 to 12")
    used = months
    assumptions = [
        f"Het traject start in {MONTH_NAMES[start_month - 1]} en loopt zonder onderbreking."
    ]
    if care_months and months > care_months[1]:
        used = care_months[1]
        low, high = care_months
        assumptions.append(
            f"In deze soort opvang blijft een lerende van dit traject {low} tot {high} maanden: "
            f"we rekenen met {high} maanden bij jou, niet {months}."
        )
    assumptions += [
        "Elke lerende blijft die tijd bij jou.",
        "Je voldoet aan alle voorwaarden van elke premie.",
    ]
    estimate = Estimate(assumptions=assumptions)
    answers = {"employer_type": employer_type, "care_type": care_type, "route_slug": route_slug}
    for rule in rules:
        amount = amount_for(rule, pays_allowance=pays_allowance)
        if amount is None or rule.unit == Unit.NONE:
            continue
        verdict = premium_applies(rule, on=on, **answers)
        if not verdict.fits:
            continue
        if not verdict.applies and not verdict.possible:
            estimate.not_counted.append(_not_counted(rule, verdict.reasons))
            continue
        per_year = months_by_school_year(start_month, used, rule.school_year)
        if rule.unit == Unit.PER_SCHOOL_YEAR:
            counted_years = [n for n in per_year if n >= max(1, rule.min_months)]
            if not counted_years:
                reason = (
                    f"De lerende moet minstens {rule.min_months} maanden opgeleid worden in het "
                    "schooljaar waarvoor je de premie vraagt."
                )
                estimate.not_counted.append(_not_counted(rule, (reason,)))
                continue
        elif used < rule.min_months:
            reason = f"De lerende moet minstens {rule.min_months} maanden opgeleid worden."
            estimate.not_counted.append(_not_counted(rule, (reason,)))
            continue
        total, calculation = _line_total(
            rule, amount, learners=learners, per_year=per_year, mentors=mentors
        )
        if rule.unit == Unit.PER_MENTOR and not mentors:
            calculation += " (we rekenen met één mentor voor alle lerenden)"
        if verdict.possible:
            estimate.possible.append(
                EstimateLine(
                    rule.slug,
                    rule.name,
                    total,
                    calculation,
                    certainty=Certainty.POSSIBLE,
                    reasons=verdict.reasons,
                    ask_at=rule.ask_at,
                )
            )
            continue
        reasons = open_answer_reasons(rule, **answers)
        if route_slug and route_slug in rule.reserved_route_slugs:
            checked = (
                f" (nagekeken op {day_label(rule.reserved_routes_checked_on)})"
                if rule.reserved_routes_checked_on
                else ""
            )
            reasons.insert(0, rule.reserved_routes_reason + checked)
        elif rule.reserve_reason:
            reasons.insert(0, rule.reserve_reason)
        if care_months and rule.min_months and care_months[0] < rule.min_months <= used:
            reasons.append(
                f"In deze soort opvang blijft een lerende {care_months[0]} tot {care_months[1]} "
                f"maanden: de premie geldt alleen als hij minstens {rule.min_months} maanden "
                "bij jou blijft."
            )
        estimate.lines.append(
            EstimateLine(
                rule.slug,
                rule.name,
                total,
                calculation,
                certainty=Certainty.RESERVED if reasons else Certainty.SURE,
                reasons=tuple(reasons),
            )
        )
    return estimate


def _not_counted(rule: PremiumRule, reasons) -> EstimateLine:
    return EstimateLine(rule.slug, rule.name, Decimal(0), "niet meegeteld", reasons=tuple(reasons))


def _line_total(
    rule: PremiumRule, amount: Decimal, *, learners: int, per_year: list[int], mentors
) -> tuple[Decimal, str]:
    """The total of one premium and how it was reached, with its cap and its limits applied."""
    who = f"{learners} lerende{'n' if learners > 1 else ''}"
    cap = rule.cap_per_school_year_eur
    if rule.unit == Unit.PER_MONTH:
        months = sum(per_year)
        by_year = [amount * learners * n for n in per_year]
        calculation = f"{format_euro(amount)} × {who} × {months} maand{'en' if months > 1 else ''}"
        if rule.school_year == SchoolYear.TEACHING:
            calculation += " (september tot en met juni)"
        if cap is not None and any(year > cap for year in by_year):
            by_year = [min(year, cap) for year in by_year]
            calculation += f", hoogstens {format_euro(cap)} per schooljaar"
        return sum(by_year, Decimal(0)), calculation
    if rule.unit == Unit.PER_SCHOOL_YEAR:
        times = len([n for n in per_year if n >= max(1, rule.min_months)])
        limit = ""
        if rule.max_times_per_learner and times > rule.max_times_per_learner:
            times = rule.max_times_per_learner
            limit = f" (hoogstens {times} keer per lerende)"
        years = "1 schooljaar" if times == 1 else f"{times} schooljaren"
        if rule.min_months:
            years += f" met minstens {rule.min_months} maanden"
        total = amount * learners * times
        if cap is not None:
            total = min(total, cap * times)
        return total, f"{format_euro(amount)} × {who} × {years}{limit}"
    if rule.unit == Unit.PER_MENTOR:
        per_tranche = rule.learners_per_mentor or learners
        tranches = mentor_tranches(learners=learners, mentors=mentors, per_tranche=per_tranche)
        mentor_word = "mentor" if tranches == 1 else "mentoren of schijven"
        return (
            amount * tranches,
            f"{format_euro(amount)} × {tranches} {mentor_word} (elk 1 tot {per_tranche} "
            f"begeleidingen) voor {who}",
        )
    return amount * learners, f"{format_euro(amount)} × {who}"
