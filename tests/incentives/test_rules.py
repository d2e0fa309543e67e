"""Eligibility and arithmetic of premiums, table-driven against the sources, without a database."""

from datetime import date
from decimal import Decimal

import pytest

from incentives.rules import (
    CARE_TYPES,
    EMPLOYER_TYPES,
    Amount,
    PremiumRule,
    SchoolYear,
    Unit,
    amount_for,
    months_by_school_year,
    premium_applies,
    premium_estimate,
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
    reserved_route_slugs=frozenset({"duaal-leren-secundair"}),
    reserved_routes_reason="Een decreetswijziging voor het 7de jaar duaal is aangekondigd.",
    reserved_routes_checked_on=date(2026, 12, 2),
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
    school_year=SchoolYear.TEACHING,
    may_be_renewed=True,
    ask_at="Diverscity",
)
LEERPLEK = PremiumRule(
    slug="leerplek",
    name="Premie leerplekondersteuning",
    unit=Unit.PER_MENTOR,
    amounts=(Amount(Decimal(3300)),),
    employer_types=frozenset({"lokaal-bestuur"}),
    route_slugs=frozenset({"secundair-onderwijs", "volwassenenonderwijs"}),
    learners_per_mentor=5,
    reserve_reason="Er zijn 300 premies voorzien.",
)
ALL = [KWALIFICEREND, BEGELEIDING, ONDERSTEUNING, LEERPLEK]
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
        (KWALIFICEREND, None, None, "duaal-leren-secundair", True),  # under reserve
        (KWALIFICEREND, None, None, "evc", False),
        (KWALIFICEREND, None, None, None, True),
    ],
)
def test_who_a_premium_applies_to(rule, employer, care, route, applies):
    verdict = premium_applies(
        rule, employer_type=employer, care_type=care, route_slug=route, on=IN_SCHEME_YEAR
    )
    assert verdict.applies is applies
    assert bool(verdict.reasons) is not applies


def test_the_7th_year_dual_is_counted_under_reserve_with_why_and_when_that_was_checked():
    """A decree change to open the premium to the 7th year was announced: not 'niet voor jou'."""
    line = estimate([KWALIFICEREND], route_slug="duaal-leren-secundair", on=TODAY).lines[0]
    assert not line.is_sure
    assert line.reasons == (
        "Een decreetswijziging voor het 7de jaar duaal is aangekondigd. "
        "(nagekeken op 2 december 2026)",
    )


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


@pytest.mark.parametrize(
    ("start", "months", "school_year", "per_year"),
    [
        (9, 10, SchoolYear.FULL, [10]),
        (9, 14, SchoolYear.FULL, [12, 2]),
        (2, 14, SchoolYear.FULL, [7, 7]),
        (6, 4, SchoolYear.FULL, [3, 1]),
        (9, 12, SchoolYear.TEACHING, [10]),  # July and August do not count
        (9, 22, SchoolYear.TEACHING, [10, 10]),
        (1, 10, SchoolYear.TEACHING, [6, 2]),
    ],
)
def test_months_by_school_year(start, months, school_year, per_year):
    assert months_by_school_year(start, months, school_year) == per_year


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
    assert line.calculation == (
        "€ 250 × 5 lerenden × 10 maanden (september tot en met juni), "
        "hoogstens € 10.000 per schooljaar"
    )


def test_at_most_three_times_per_learner():
    rule = PremiumRule(
        "x", "X", Unit.PER_SCHOOL_YEAR, amounts=(Amount(Decimal(1000)),), max_times_per_learner=3
    )
    assert estimate([rule], months=36).total_eur == Decimal(3000)
    capped = PremiumRule(
        "x", "X", Unit.PER_SCHOOL_YEAR, amounts=(Amount(Decimal(1000)),), max_times_per_learner=2
    )
    line = estimate([capped], months=36).lines[0]
    assert line.total_eur == Decimal(2000)
    assert line.calculation == "€ 1.000 × 1 lerende × 2 schooljaren (hoogstens 2 keer per lerende)"


@pytest.mark.parametrize(
    ("start", "months", "total"),
    [
        (9, 14, 1000),  # the audit: 12 + 2 months, not two school years of at least 4
        (2, 14, 2000),  # 7 + 7 months: two school years
        (6, 6, 0),  # 4 months in one school year: June, July, August count; then 2
        (5, 6, 1000),  # May to August: 4 months in that school year
        (9, 3, 0),
    ],
)
def test_the_premie_kwalificerend_werkplekleren_needs_4_months_in_the_school_year(
    start, months, total
):
    result = estimate(
        [KWALIFICEREND],
        months=months,
        start_month=start,
        route_slug="duaal-leren-volwassenenonderwijs",
    )
    assert result.total_eur == Decimal(total)
    if not total:
        assert "in het schooljaar waarvoor je de premie vraagt" in result.not_counted[0].reasons[0]


@pytest.mark.parametrize(
    ("learners", "mentors", "total"),
    [(2, None, 3300), (2, 2, 6600), (5, 1, 3300), (6, 1, 6600), (6, 2, 6600), (11, 2, 9900)],
)
def test_the_premie_leerplekondersteuning_counts_per_mentor_and_tranche(learners, mentors, total):
    line = estimate(
        [LEERPLEK],
        learners=learners,
        mentors=mentors,
        employer_type="lokaal-bestuur",
        route_slug="secundair-onderwijs",
    ).lines[0]
    assert line.total_eur == Decimal(total)
    assert not line.is_sure


def test_the_webinars_begeleidingspremie_is_counted_under_reserve_for_a_self_employed_creche():
    result = estimate(
        [BEGELEIDING, ONDERSTEUNING],
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


def test_a_scheme_that_may_run_again_is_named_as_possible_with_whom_to_ask_not_counted():
    result = estimate(
        [ONDERSTEUNING],
        learners=2,
        employer_type="lokaal-bestuur",
        care_type="bko",
        route_slug="duaal-leren-secundair",
        on=date(2026, 12, 1),
    )
    assert result.lines == []
    assert result.not_counted == []
    (line,) = result.possible
    assert line.total_eur == Decimal(5000)
    assert result.possible_total_eur == Decimal(5000)
    assert result.ask_at == ["Diverscity"]
    assert "schooljaar 2024-2025, en dat is voorbij" in line.reasons[0]


def test_a_premium_known_only_for_a_past_school_year_without_a_new_round_is_not_counted():
    lapsed = PremiumRule(
        "x", "X", Unit.PER_MONTH, amounts=(Amount(Decimal(50)),), scheme_school_year="2024-2025"
    )
    result = estimate([lapsed], on=date(2026, 12, 1))
    assert result.possible == []
    assert "schooljaar 2024-2025, en dat is voorbij" in result.not_counted[0].reasons[0]


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
    possible = {line.slug for line in result.possible}
    assert not counted & possible
    # The money only the webinar names is never sure; neither is adult education's premium,
    # nor the premium for the 7th year dual, nor the mentor premium of which 300 are budgeted.
    sure = {line.slug for line in result.sure_lines}
    assert not sure & {"begeleiding", "kwalificerend", "leerplek"}
    # The ondersteuningspremie counts only in its school year, only for local government; after
    # it, a local government reads it as possible, with whom to ask.
    if on == TODAY:
        assert "ondersteuning" not in counted
        if (
            employer == "lokaal-bestuur"
            and care in (None, "baby-peuter", "bko")
            and route
            in (
                None,
                "duaal-leren-secundair",
            )
        ):
            assert "ondersteuning" in possible
            assert result.ask_at == ["Diverscity"]
    if employer in ("privaat", "zelfstandig"):
        assert "ondersteuning" not in counted | possible
        assert "leerplek" not in counted


@pytest.mark.parametrize(
    ("employer", "care", "route", "on", "sure", "reserved"),
    [
        ("zelfstandig", "baby-peuter", "duaal-leren-secundair", TODAY, 0, 2000 + 2000),
        ("privaat", "baby-peuter", "duaal-leren-secundair", TODAY, 0, 2000 + 2000),
        ("privaat", "bko", "duaal-leren-secundair", TODAY, 0, 2000),
        ("lokaal-bestuur", "bko", "duaal-leren-secundair", IN_SCHEME_YEAR, 5000, 2000),
        ("lokaal-bestuur", "bko", "duaal-leren-secundair", TODAY, 0, 2000),
        ("lokaal-bestuur", "bko", None, IN_SCHEME_YEAR, 0, 5000 + 2000 + 3300),
        ("lokaal-bestuur", None, "secundair-onderwijs", TODAY, 0, 3300),
        ("privaat", None, "duaal-leren-volwassenenonderwijs", TODAY, 0, 2000),
        (None, None, None, TODAY, 0, 2000 + 2000 + 3300),
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
