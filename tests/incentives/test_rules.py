"""Eligibility and arithmetic of premiums, table-driven against the sources, without a database."""

from datetime import date
from decimal import Decimal

import pytest

from incentives.rules import (
    Amount,
    PremiumRule,
    Unit,
    amount_for,
    premium_applies,
    premium_estimate,
    school_years_spanned,
)

TODAY = date(2026, 11, 28)

# As the sources describe them (see fixtures/content/50-premiums.json for the links).
KWALIFICEREND = PremiumRule(
    slug="kwalificerend",
    name="Premie kwalificerend werkplekleren",
    unit=Unit.PER_SCHOOL_YEAR,
    amounts=(Amount(Decimal(600), False), Amount(Decimal(1000), True)),
    route_slugs=frozenset({"duaal-leren-volwassenenonderwijs"}),
    excluded_route_slugs=frozenset({"duaal-leren-secundair"}),
    not_for="het 7de jaar duaal.",
    min_months=4,
    max_times_per_learner=3,
    valid_from=date(2023, 9, 1),
)
BEGELEIDING = PremiumRule(
    slug="begeleiding",
    name="Begeleidingspremie",
    unit=Unit.PER_MONTH,
    amounts=(Amount(Decimal(100)),),
    employer_types=frozenset({"privaat", "zelfstandig"}),
    care_types=frozenset({"baby-peuter"}),
    route_slugs=frozenset({"duaal-leren-secundair"}),
)
ONDERSTEUNING = PremiumRule(
    slug="ondersteuning",
    name="Ondersteuningspremie",
    unit=Unit.PER_MONTH,
    amounts=(Amount(Decimal(250)),),
    employer_types=frozenset({"lokaal-bestuur"}),
    care_types=frozenset({"baby-peuter", "bko"}),
    route_slugs=frozenset({"duaal-leren-secundair"}),
)


@pytest.mark.parametrize(
    ("rule", "employer", "care", "route", "applies"),
    [
        (ONDERSTEUNING, "lokaal-bestuur", None, None, True),
        (ONDERSTEUNING, "lokaal-bestuur", "bko", "duaal-leren-secundair", True),
        (ONDERSTEUNING, "privaat", None, None, False),
        (ONDERSTEUNING, "lokaal-bestuur", "gezinsopvang", None, False),
        (BEGELEIDING, "zelfstandig", "baby-peuter", None, True),
        (BEGELEIDING, "privaat", "baby-peuter", "duaal-leren-secundair", True),
        (BEGELEIDING, "zelfstandig", "bko", None, False),
        (BEGELEIDING, "lokaal-bestuur", "baby-peuter", None, False),
        (KWALIFICEREND, "privaat", "bko", None, True),
        (KWALIFICEREND, "lokaal-bestuur", None, "duaal-leren-volwassenenonderwijs", True),
        (KWALIFICEREND, None, None, "duaal-leren-secundair", False),
        (KWALIFICEREND, None, None, "evc", False),
        (KWALIFICEREND, None, None, None, True),
    ],
)
def test_who_a_premium_applies_to(rule, employer, care, route, applies):
    verdict = premium_applies(
        rule, employer_type=employer, care_type=care, route_slug=route, on=TODAY
    )
    assert verdict.applies is applies
    assert bool(verdict.reasons) is not applies


def test_the_7th_year_dual_is_excluded_with_the_reason():
    verdict = premium_applies(
        KWALIFICEREND,
        employer_type=None,
        care_type=None,
        route_slug="duaal-leren-secundair",
        on=TODAY,
    )
    assert verdict.reasons == ("Niet voor het 7de jaar duaal.",)


@pytest.mark.parametrize(
    ("valid_from", "valid_until", "applies"),
    [
        (date(2023, 9, 1), None, True),
        (date(2027, 1, 1), None, False),
        (None, date(2025, 6, 30), False),
        (None, TODAY, True),
    ],
)
def test_a_rule_applies_only_while_it_is_valid(valid_from, valid_until, applies):
    rule = PremiumRule("x", "X", Unit.PER_MONTH, valid_from=valid_from, valid_until=valid_until)
    verdict = premium_applies(rule, employer_type=None, care_type=None, route_slug=None, on=TODAY)
    assert verdict.applies is applies


def test_a_draft_rule_never_applies():
    rule = PremiumRule("x", "X", Unit.PER_MONTH, is_published=False)
    assert not premium_applies(
        rule, employer_type=None, care_type=None, route_slug=None, on=TODAY
    ).applies


@pytest.mark.parametrize(("pays", "amount"), [(True, 1000), (False, 600)])
def test_the_allowance_sets_the_amount_of_the_premie_kwalificerend_werkplekleren(pays, amount):
    assert amount_for(KWALIFICEREND, pays_allowance=pays) == Decimal(amount)


@pytest.mark.parametrize(("months", "years"), [(1, 1), (10, 1), (12, 1), (13, 2), (24, 2), (36, 3)])
def test_school_years_spanned(months, years):
    assert school_years_spanned(months) == years


@pytest.mark.parametrize(
    ("rule", "learners", "months", "pays", "total"),
    [
        (ONDERSTEUNING, 1, 10, True, 2500),
        (ONDERSTEUNING, 3, 10, True, 7500),
        (BEGELEIDING, 2, 10, True, 2000),
        (BEGELEIDING, 1, 1, False, 100),
        (KWALIFICEREND, 1, 10, True, 1000),
        (KWALIFICEREND, 1, 10, False, 600),
        (KWALIFICEREND, 2, 24, True, 4000),
        (KWALIFICEREND, 1, 36, True, 3000),
        (KWALIFICEREND, 1, 3, True, 0),  # fewer than 4 months: no premium
    ],
)
def test_estimate_per_premium(rule, learners, months, pays, total):
    estimate = premium_estimate([rule], learners=learners, months=months, pays_allowance=pays)
    assert estimate.total_eur == Decimal(total)
    assert len(estimate.lines) == 1


def test_at_most_three_times_per_learner():
    rule = PremiumRule(
        "x", "X", Unit.PER_SCHOOL_YEAR, amounts=(Amount(Decimal(1000)),), max_times_per_learner=3
    )
    assert school_years_spanned(36) == 3
    estimate = premium_estimate([rule], learners=1, months=36, pays_allowance=True)
    assert estimate.total_eur == Decimal(3000)


def test_estimate_is_itemised_and_adds_up():
    estimate = premium_estimate(
        [KWALIFICEREND, BEGELEIDING], learners=2, months=10, pays_allowance=True
    )
    assert [line.total_eur for line in estimate.lines] == [Decimal(2000), Decimal(2000)]
    assert estimate.total_eur == Decimal(4000)
    assert estimate.lines[1].calculation == "€ 100 × 2 lerenden × 10 maanden"
    assert estimate.assumptions


def test_short_stay_explains_why_it_brings_nothing():
    line = premium_estimate([KWALIFICEREND], learners=1, months=2, pays_allowance=True).lines[0]
    assert "minstens 4 maanden" in line.calculation


def test_measures_without_an_amount_are_not_counted():
    measure = PremiumRule("ika", "IKA", Unit.NONE)
    assert premium_estimate([measure], learners=1, months=10, pays_allowance=True).lines == []


@pytest.mark.parametrize(
    ("learners", "months"), [(0, 10), (-3, 10), (10**9, 10), (1, 0), (1, -3), (1, 37)]
)
def test_absurd_numbers_are_refused(learners, months):
    with pytest.raises(ValueError, match="must be 1 to"):
        premium_estimate([BEGELEIDING], learners=learners, months=months, pays_allowance=True)
