"""Premium rules as plain data and pure functions: who gets what, and how much it comes to.

Nothing here touches the database, so the arithmetic and the eligibility can be tested against
the sources' facts table by table. `incentives.models.Premium.as_rule()` builds these rules from
what staff keep in the admin.
"""

import math
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

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


@dataclass(frozen=True)
class Verdict:
    applies: bool
    reasons: tuple[str, ...] = ()


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
    reasons = []
    if not rule.is_published:
        reasons.append("Deze regel is nog niet gepubliceerd.")
    if rule.valid_from and on < rule.valid_from:
        reasons.append(f"Geldt pas vanaf {rule.valid_from:%d/%m/%Y}.")
    if rule.valid_until and on > rule.valid_until:
        reasons.append(f"Gold tot {rule.valid_until:%d/%m/%Y}.")
    if employer_type and rule.employer_types and employer_type not in rule.employer_types:
        allowed = ", ".join(EMPLOYER_TYPES[t].lower() for t in sorted(rule.employer_types))
        reasons.append(f"Alleen voor: {allowed}.")
    if care_type and rule.care_types and care_type not in rule.care_types:
        allowed = ", ".join(CARE_TYPES[t].lower() for t in sorted(rule.care_types))
        reasons.append(f"Alleen voor: {allowed}.")
    if route_slug and route_slug in rule.excluded_route_slugs:
        reasons.append(f"Niet voor {rule.not_for}" if rule.not_for else "Niet voor dit traject.")
    elif route_slug and rule.route_slugs and route_slug not in rule.route_slugs:
        reasons.append("Niet voor dit traject.")
    return Verdict(applies=not reasons, reasons=tuple(reasons))


def amount_for(rule: PremiumRule, *, pays_allowance: bool) -> Decimal | None:
    """The amount that fits the allowance answer; the unconditional one otherwise."""
    for amount in rule.amounts:
        if amount.with_allowance is pays_allowance:
            return amount.amount_eur
    for amount in rule.amounts:
        if amount.with_allowance is None:
            return amount.amount_eur
    return None


@dataclass(frozen=True)
class EstimateLine:
    slug: str
    name: str
    total_eur: Decimal
    calculation: str


@dataclass
class Estimate:
    lines: list[EstimateLine] = field(default_factory=list)
    assumptions: list[str] = field(default_factory=list)

    @property
    def total_eur(self) -> Decimal:
        return sum((line.total_eur for line in self.lines), Decimal(0))


def school_years_spanned(months: int) -> int:
    """How many school years a track of `months` touches when it starts in September."""
    return max(1, math.ceil(months / 12))


def premium_estimate(
    rules: list[PremiumRule], *, learners: int, months: int, pays_allowance: bool
) -> Estimate:
    """An itemised estimate of what `learners` bring in over `months` at the workplace.

    Only rules with an amount are counted; the caller passes the rules that apply.
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
    for rule in rules:
        amount = amount_for(rule, pays_allowance=pays_allowance)
        if amount is None or rule.unit == Unit.NONE:
            continue
        if months < rule.min_months:
            estimate.lines.append(
                EstimateLine(
                    rule.slug,
                    rule.name,
                    Decimal(0),
                    f"€ 0: de lerende moet minstens {rule.min_months} maanden opgeleid worden.",
                )
            )
            continue
        who = f"{learners} lerende{'n' if learners > 1 else ''}"
        if rule.unit == Unit.PER_MONTH:
            total = amount * learners * months
            span = f"{months} maand{'en' if months > 1 else ''}"
            calculation = f"{format_euro(amount)} × {who} × {span}"
        elif rule.unit == Unit.PER_SCHOOL_YEAR:
            times = school_years_spanned(months)
            if rule.max_times_per_learner:
                times = min(times, rule.max_times_per_learner)
            total = amount * learners * times
            years = "1 schooljaar" if times == 1 else f"{times} schooljaren"
            calculation = f"{format_euro(amount)} × {who} × {years}"
        else:
            total = amount * learners
            calculation = f"{format_euro(amount)} × {who}"
        estimate.lines.append(EstimateLine(rule.slug, rule.name, total, calculation))
    return estimate
