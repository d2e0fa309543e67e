"""Premium rules as plain data and pure functions: who gets what, and how much it comes to.

Nothing here touches the database, so the arithmetic and the eligibility can be tested against
the sources' facts table by table. `incentives.models.Premium.as_rule()` builds these rules from
what staff keep in the admin.
"""

import math
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from portal.dates import State, school_year_state
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
    NONE = "geen"


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


@dataclass(frozen=True)
class Verdict:
    applies: bool
    reasons: tuple[str, ...] = ()
    # Whether the premium fits this employer, care and route, whatever its dates say.
    fits: bool = True


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
    elif route_slug and rule.route_slugs and route_slug not in rule.route_slugs:
        misfits.append("Niet voor dit traject.")
    timing = []
    if rule.valid_from and on < rule.valid_from:
        timing.append(f"Geldt pas vanaf {rule.valid_from:%d/%m/%Y}.")
    if rule.valid_until and on > rule.valid_until:
        timing.append(f"Gold tot {rule.valid_until:%d/%m/%Y}.")
    reasons = tuple(misfits + timing)
    return Verdict(applies=not reasons, reasons=reasons, fits=not misfits)


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


@dataclass(frozen=True)
class EstimateLine:
    slug: str
    name: str
    total_eur: Decimal
    calculation: str
    certainty: str = Certainty.SURE
    # Why the line is under reserve, or why it is not counted at all.
    reasons: tuple[str, ...] = ()

    @property
    def is_sure(self) -> bool:
        return self.certainty == Certainty.SURE


@dataclass
class Estimate:
    """Counted lines, each sure or under reserve, and the premiums shown but not counted."""

    lines: list[EstimateLine] = field(default_factory=list)
    not_counted: list[EstimateLine] = field(default_factory=list)
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
    def groups(self) -> list[tuple[str, list[EstimateLine], Decimal]]:
        """The sure lines and the lines under reserve, each with its subtotal."""
        return [
            (Certainty.SURE, self.sure_lines, self.sure_total_eur),
            (Certainty.RESERVED, self.reserved_lines, self.reserved_total_eur),
        ]


def school_years_spanned(months: int) -> int:
    """How many school years a track of `months` touches when it starts in September."""
    return max(1, math.ceil(months / 12))


def months_per_school_year(months: int) -> list[int]:
    """The months of a track that starts in September, school year by school year."""
    return [min(12, months - 12 * year) for year in range(school_years_spanned(months))]


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
) -> Estimate:
    """An itemised estimate of what `learners` bring in over `months` at the workplace.

    Every counted line is either sure or under reserve, with the reasons; the two totals add
    up to the whole. A premium that does not fit the answers is left out (the page says why);
    one whose validity ended, whose only known school year is past, or whose minimum stay is
    not reached is listed as not counted, with the reason.
    """
    if not 1 <= learners <= MAX_LEARNERS:
        raise ValueError(f"learners must be 1 to {MAX_LEARNERS}")
    if not 1 <= months <= MAX_MONTHS:
        raise ValueError(f"months must be 1 to {MAX_MONTHS}")
    estimate = Estimate(
        assumptions=[
            "Het traject start in september en loopt zonder onderbreking.",
            "Elke lerende blijft het hele traject bij jou.",
            "Je voldoet aan alle voorwaarden van elke premie.",
        ]
    )
    answers = {"employer_type": employer_type, "care_type": care_type, "route_slug": route_slug}
    for rule in rules:
        amount = amount_for(rule, pays_allowance=pays_allowance)
        if amount is None or rule.unit == Unit.NONE:
            continue
        verdict = premium_applies(rule, on=on, **answers)
        if not verdict.fits:
            continue
        if not verdict.applies:
            estimate.not_counted.append(_not_counted(rule, verdict.reasons))
            continue
        if rule.scheme_school_year and school_year_state(rule.scheme_school_year, on) == State.PAST:
            reason = (
                f"Alleen bekend voor schooljaar {rule.scheme_school_year}, en dat is voorbij. "
                "Vraag na of de premie nog loopt."
            )
            estimate.not_counted.append(_not_counted(rule, (reason,)))
            continue
        if months < rule.min_months:
            reason = f"De lerende moet minstens {rule.min_months} maanden opgeleid worden."
            estimate.not_counted.append(_not_counted(rule, (reason,)))
            continue
        total, calculation = _line_total(rule, amount, learners=learners, months=months)
        reasons = open_answer_reasons(rule, **answers)
        if rule.reserve_reason:
            reasons.insert(0, rule.reserve_reason)
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


def _line_total(rule: PremiumRule, amount: Decimal, *, learners: int, months: int):
    """The total of one premium and how it was reached, with its cap and its limits applied."""
    who = f"{learners} lerende{'n' if learners > 1 else ''}"
    if rule.unit == Unit.PER_MONTH:
        per_year = [amount * learners * n for n in months_per_school_year(months)]
        span = f"{months} maand{'en' if months > 1 else ''}"
        calculation = f"{format_euro(amount)} × {who} × {span}"
        cap = rule.cap_per_school_year_eur
        if cap is not None and any(year > cap for year in per_year):
            per_year = [min(year, cap) for year in per_year]
            calculation += f", hoogstens {format_euro(cap)} per schooljaar"
        return sum(per_year, Decimal(0)), calculation
    if rule.unit == Unit.PER_SCHOOL_YEAR:
        times = school_years_spanned(months)
        limit = ""
        if rule.max_times_per_learner and times > rule.max_times_per_learner:
            times = rule.max_times_per_learner
            limit = f" (hoogstens {times} keer per lerende)"
        years = "1 schooljaar" if times == 1 else f"{times} schooljaren"
        total = amount * learners * times
        if rule.cap_per_school_year_eur is not None:
            total = min(total, rule.cap_per_school_year_eur * times)
        return total, f"{format_euro(amount)} × {who} × {years}{limit}"
    return amount * learners, f"{format_euro(amount)} × {who}"
