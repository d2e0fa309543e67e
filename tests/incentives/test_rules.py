"""Eligibility and arithmetic of premiums, table-driven against the sources, without a database."""

from datetime import date
from decimal import Decimal

import pytest

from incentives.rules import (
    CARE_TYPES,
    EMPLOYER_TYPES,
    Amount,
    PremiumRule,
    Unit,
    amount_for,
    premium_applies,
    premium_estimate,
    school_years_spanned,
)
from tests.trajectories.test_pages import ROUTES as ROUTE_SLUGS

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
    reserve_reason="Alleen als de opleiding tot een onderwijskwalificatie leidt.",
)
BEGELEIDING = PremiumRule(
    slug="begeleiding",
    name="Begeleidingspremie",
    unit=Unit.PER_MONTH,
    amounts=(Amount(Decimal(100)),),
    employer_types=frozenset({"privaat", "zelfstandig"}),
    care_types=frozenset({"baby-peuter"}),
    route_slugs=frozenset({"duaal-leren-secundair"}),
    reserve_reason="Alleen het webinar noemt dit bedrag.",
)
ONDERSTEUNING = PremiumRule(
    slug="ondersteuning",
    name="Ondersteuningspremie",
    unit=Unit.PER_MONTH,
    amounts=(Amount(Decimal(250)),),
    employer_types=frozenset({"lokaal-bestuur"}),
    care_types=frozenset({"baby-peuter", "bko"}),
    route_slugs=frozenset({"duaal-leren-secundair"}),
    scheme_school_year="2024-2025",
    cap_per_school_year_eur=Decimal(10000),
)
ALL = [KWALIFICEREND, BEGELEIDING, ONDERSTEUNING]
# A day in the school year the ondersteuningspremie is known for.
IN_SCHEME_YEAR = date(2025, 1, 15)


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


def estimate(rules, *, learners=1, months=10, pays=True, on=IN_SCHEME_YEAR, **answers):
    return premium_estimate(
        rules, learners=learners, months=months, pays_allowance=pays, on=on, **answers
    )


@pytest.mark.parametrize(
    ("rule", "learners", "months", "pays", "total"),
    [
        (ONDERSTEUNING, 1, 10, True, 2500),
        (ONDERSTEUNING, 3, 10, True, 7500),
        (ONDERSTEUNING, 5, 10, True, 10000),  # € 12.500, capped at € 10.000 a school year
        (ONDERSTEUNING, 5, 22, True, 20000),  # capped in each of the two school years
        (BEGELEIDING, 2, 10, True, 2000),
        (BEGELEIDING, 1, 1, False, 100),
        (KWALIFICEREND, 1, 10, True, 1000),
        (KWALIFICEREND, 1, 10, False, 600),
        (KWALIFICEREND, 2, 24, True, 4000),
        (KWALIFICEREND, 1, 36, True, 3000),
    ],
)
def test_estimate_per_premium(rule, learners, months, pays, total):
    result = estimate([rule], learners=learners, months=months, pays=pays)
    assert result.total_eur == Decimal(total)
    assert len(result.lines) == 1


def test_a_cap_is_said_in_the_calculation():
    line = estimate([ONDERSTEUNING], learners=5).lines[0]
    assert line.calculation == "€ 250 × 5 lerenden × 10 maanden, hoogstens € 10.000 per schooljaar"


def test_at_most_three_times_per_learner():
    rule = PremiumRule(
        "x", "X", Unit.PER_SCHOOL_YEAR, amounts=(Amount(Decimal(1000)),), max_times_per_learner=3
    )
    assert school_years_spanned(36) == 3
    assert estimate([rule], months=36).total_eur == Decimal(3000)
    capped = PremiumRule(
        "x", "X", Unit.PER_SCHOOL_YEAR, amounts=(Amount(Decimal(1000)),), max_times_per_learner=2
    )
    line = estimate([capped], months=36).lines[0]
    assert line.total_eur == Decimal(2000)
    assert line.calculation == "€ 1.000 × 1 lerende × 2 schooljaren (hoogstens 2 keer per lerende)"


def test_the_webinars_begeleidingspremie_is_counted_under_reserve_for_a_self_employed_creche():
    result = estimate(
        ALL,
        employer_type="zelfstandig",
        care_type="baby-peuter",
        route_slug="duaal-leren-secundair",
        on=TODAY,
    )
    assert result.sure_total_eur == Decimal(0)
    assert result.reserved_total_eur == Decimal(1000)
    (line,) = result.reserved_lines
    assert line.slug == "begeleiding"
    assert line.reasons == ("Alleen het webinar noemt dit bedrag.",)
    # The ondersteuningspremie is for local government: left out, not "not counted".
    assert result.not_counted == []


def test_dual_adult_education_counts_the_premie_kwalificerend_werkplekleren_under_reserve():
    result = estimate(ALL, employer_type="privaat", route_slug="duaal-leren-volwassenenonderwijs")
    (line,) = result.lines
    assert line.slug == "kwalificerend"
    assert not line.is_sure
    assert "onderwijskwalificatie" in line.reasons[0]


def test_a_premium_known_only_for_a_past_school_year_is_not_counted_and_says_why():
    result = estimate(
        [ONDERSTEUNING],
        employer_type="lokaal-bestuur",
        care_type="bko",
        route_slug="duaal-leren-secundair",
        on=date(2026, 12, 1),
    )
    assert result.lines == []
    (line,) = result.not_counted
    assert "schooljaar 2024-2025, en dat is voorbij" in line.reasons[0]


def test_a_premium_whose_validity_ended_is_not_counted_and_says_why():
    ended = PremiumRule(
        "x", "X", Unit.PER_MONTH, amounts=(Amount(Decimal(50)),), valid_until=date(2025, 6, 30)
    )
    result = estimate([ended], on=date(2026, 12, 1))
    assert result.total_eur == Decimal(0)
    assert result.not_counted[0].reasons == ("Gold tot 30/06/2025.",)


def test_a_sure_premium_becomes_reserved_when_an_answer_it_depends_on_is_open():
    sure = PremiumRule(
        "x",
        "X",
        Unit.PER_MONTH,
        amounts=(Amount(Decimal(50)),),
        employer_types=frozenset({"privaat"}),
    )
    assert estimate([sure], employer_type="privaat").lines[0].is_sure
    line = estimate([sure]).lines[0]
    assert not line.is_sure
    assert line.reasons == (
        "Alleen voor: private non-profit organisatie; je koos geen soort organisatie.",
    )


EMPLOYERS = [None, *EMPLOYER_TYPES]
CARES = [None, *CARE_TYPES]
ROUTES = [None, *ROUTE_SLUGS]


@pytest.mark.parametrize("on", [IN_SCHEME_YEAR, TODAY])
@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("care", CARES)
@pytest.mark.parametrize("employer", EMPLOYERS)
def test_every_combination_keeps_sure_and_reserved_money_apart_and_adds_up(
    employer, care, route, on
):
    result = estimate(
        ALL, learners=2, months=10, employer_type=employer, care_type=care, route_slug=route, on=on
    )
    assert result.total_eur == result.sure_total_eur + result.reserved_total_eur
    assert result.total_eur == sum(line.total_eur for line in result.lines)
    for line in result.lines:
        # A line under reserve says why; a sure line has nothing to say.
        assert bool(line.reasons) is (not line.is_sure)
        assert line.total_eur > 0
    for line in result.not_counted:
        assert line.reasons
        assert line.total_eur == 0
    counted = {line.slug for line in result.lines}
    # The money only the webinar names is never sure; neither is adult education's premium.
    assert "begeleiding" not in {line.slug for line in result.sure_lines}
    assert "kwalificerend" not in {line.slug for line in result.sure_lines}
    # The ondersteuningspremie counts only in its school year, only for local government.
    if on == TODAY:
        assert "ondersteuning" not in counted
    if employer in ("privaat", "zelfstandig"):
        assert "ondersteuning" not in counted
    # Never the premie kwalificerend werkplekleren for the 7th year dual.
    if route == "duaal-leren-secundair":
        assert "kwalificerend" not in counted


@pytest.mark.parametrize(
    ("employer", "care", "route", "on", "sure", "reserved"),
    [
        ("zelfstandig", "baby-peuter", "duaal-leren-secundair", TODAY, 0, 2000),
        ("privaat", "baby-peuter", "duaal-leren-secundair", TODAY, 0, 2000),
        ("privaat", "bko", "duaal-leren-secundair", TODAY, 0, 0),
        ("lokaal-bestuur", "bko", "duaal-leren-secundair", IN_SCHEME_YEAR, 5000, 0),
        ("lokaal-bestuur", "bko", "duaal-leren-secundair", TODAY, 0, 0),
        ("lokaal-bestuur", "bko", None, IN_SCHEME_YEAR, 0, 5000 + 2000),
        ("privaat", None, "duaal-leren-volwassenenonderwijs", TODAY, 0, 2000),
        (None, None, None, TODAY, 0, 2000 + 2000),
        ("privaat", "gezinsopvang", "evc", TODAY, 0, 0),
    ],
)
def test_sure_and_reserved_totals_per_situation(employer, care, route, on, sure, reserved):
    result = estimate(
        ALL, learners=2, months=10, employer_type=employer, care_type=care, route_slug=route, on=on
    )
    assert (result.sure_total_eur, result.reserved_total_eur) == (Decimal(sure), Decimal(reserved))


def test_estimate_is_itemised_and_adds_up():
    result = estimate([KWALIFICEREND, BEGELEIDING], learners=2)
    assert [line.total_eur for line in result.lines] == [Decimal(2000), Decimal(2000)]
    assert result.total_eur == Decimal(4000)
    assert result.lines[1].calculation == "€ 100 × 2 lerenden × 10 maanden"
    assert result.assumptions


def test_short_stay_explains_why_it_brings_nothing():
    result = estimate([KWALIFICEREND], months=2)
    assert result.lines == []
    assert "minstens 4 maanden" in result.not_counted[0].reasons[0]


def test_measures_without_an_amount_are_not_counted():
    measure = PremiumRule("ika", "IKA", Unit.NONE)
    assert estimate([measure]).lines == []


@pytest.mark.parametrize(
    ("learners", "months"), [(0, 10), (-3, 10), (10**9, 10), (1, 0), (1, -3), (1, 37)]
)
def test_absurd_numbers_are_refused(learners, months):
    with pytest.raises(ValueError, match="must be 1 to"):
        estimate([BEGELEIDING], learners=learners, months=months)
