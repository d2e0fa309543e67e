"""The route planner's rules as staff keep them (the real content), applied to candidates.

The rules are data (`RouteRule`, loaded from fixtures/content/); the judging is pure
(`routes_for`). These tests read the rules once and judge candidates without a request.
"""

import pytest

from trajectories.services.planner_data import planner_routes
from trajectories.services.route_planner import Candidate, describe, routes_for

pytestmark = pytest.mark.django_db


def judged(candidate):
    return {fit.slug: fit for fit in routes_for(candidate, planner_routes())}


def fitting(candidate):
    return [fit.slug for fit in routes_for(candidate, planner_routes()) if fit.fits]


def texts(reasons):
    return " ".join(reason.text for reason in reasons)


MENTOR_EXAMPLE = Candidate(
    age=34,
    situation="werkt-in-kinderopvang",
    diploma="secundair",
    experience_years=6,
    moments=frozenset({"avond"}),
)


def test_the_mentors_example_puts_evc_and_adult_education_first():
    order = fitting(MENTOR_EXAMPLE)
    assert order[0] == "evc"
    assert set(order[1:3]) == {"volwassenenonderwijs", "duaal-leren-volwassenenonderwijs"}
    assert "secundair-onderwijs" not in order
    odow = judged(MENTOR_EXAMPLE)["duaal-leren-volwassenenonderwijs"]
    assert any("ODO(W)" in reason.text for reason in odow.reasons_for)


def test_a_17_year_old_sees_syntra_with_its_caveat_not_excluded():
    """Only the webinar names Syntra's minimum age of 18: an uncertain rule never excludes."""
    fit = judged(Candidate(age=17, situation="werkzoekend"))["syntra"]
    assert fit.fits
    caveats = [reason.caveat for reason in fit.reasons_against if reason.caveat]
    assert caveats
    assert "Geen officiële pagina bevestigt de minimumleeftijd van 18 jaar" in caveats[0]
    assert "minstens 18 jaar" in texts(fit.reasons_against)


@pytest.mark.parametrize("age", [18, 40])
def test_syntra_from_18_without_a_caveat_about_age(age):
    fit = judged(Candidate(age=age, situation="werkzoekend"))["syntra"]
    assert fit.fits
    assert not any(reason.caveat for reason in fit.reasons_against)


@pytest.mark.parametrize("diploma", ["ok3", "secundair"])
def test_a_19_year_old_job_seeker_with_a_secondary_diploma_may_take_the_paid_dual_7th_year(
    diploma,
):
    """Alternating training in secondary takes learners from 15 to 25 (vlaanderen.be)."""
    fit = judged(Candidate(age=19, situation="werkzoekend", diploma=diploma))[
        "duaal-leren-secundair"
    ]
    assert fit.fits
    assert "7de jaar Kinderbegeleider duaal" in texts(fit.reasons_for)
    assert "is voor leerlingen" not in texts(fit.reasons_against)
    unknown_kind = [reason.depends_on for reason in fit.reasons_for if reason.depends_on]
    assert bool(unknown_kind) is (diploma == "secundair")
    if unknown_kind:
        assert "OK3" in unknown_kind[0]


@pytest.mark.parametrize(
    ("age", "diploma", "fits"),
    [(26, "ok3", False), (19, "geen", False), (19, "ok4", False), (25, "ok3", True)],
)
def test_the_dual_7th_year_asks_an_ok3_and_at_most_25_years(age, diploma, fits):
    fit = judged(Candidate(age=age, situation="werkzoekend", diploma=diploma))[
        "duaal-leren-secundair"
    ]
    assert fit.fits is fits
    if not fits:
        assert "15 tot en met 25 jaar" in texts(fit.reasons_against)


def test_adult_education_from_15_with_a_note():
    fit = judged(Candidate(age=15, situation="werkzoekend"))["volwassenenonderwijs"]
    assert fit.fits
    assert any("15 jaar" in reason.text for reason in fit.reasons_for)


@pytest.mark.parametrize(("years", "evc_fits"), [(None, False), (0, False), (1, True), (6, True)])
def test_evc_needs_experience(years, evc_fits):
    fit = judged(Candidate(age=30, experience_years=years))["evc"]
    assert fit.fits is evc_fits
    if not evc_fits:
        assert "vrijwilliger" in texts(fit.reasons_against)


def test_evc_counts_experience_as_a_volunteer_or_in_free_time():
    """vlaanderen.be: bring in what you did in a hobby or as a volunteer, not only work."""
    fit = judged(Candidate(age=20, situation="werkzoekend", experience_years=0, volunteer=True))[
        "evc"
    ]
    assert fit.fits
    assert "vrijwilliger of in je vrije tijd" in texts(fit.reasons_for)


def test_evc_says_its_cost_is_to_be_reckoned_with():
    fit = judged(Candidate(age=30, experience_years=3))["evc"]
    assert "100 of 120 euro" in texts(fit.reasons_against)


def test_more_experience_ranks_evc_higher():
    little = judged(Candidate(age=30, experience_years=1))["evc"].score
    much = judged(Candidate(age=30, experience_years=5))["evc"].score
    assert much > little


def test_a_held_qualification_gives_the_shortened_track():
    fit = judged(
        Candidate(
            age=30, situation="werkt-elders", held_qualification="kinderbegeleider-babys-en-peuters"
        )
    )["volwassenenonderwijs"]
    assert fit.duration == "Ingekort traject: 370 of 330 lestijden"


@pytest.mark.parametrize(
    ("qualification", "duration"),
    [
        ("kinderbegeleider-babys-en-peuters", "720 lestijden"),
        ("kinderbegeleider-schoolgaande-kinderen", "680 lestijden"),
    ],
)
def test_adult_education_duration_follows_the_qualification(qualification, duration):
    candidate = Candidate(age=30, situation="werkzoekend", qualification=qualification)
    assert judged(candidate)["volwassenenonderwijs"].duration == duration


def test_syntra_does_not_lead_to_school_age_children():
    candidate = Candidate(age=30, qualification="kinderbegeleider-schoolgaande-kinderen")
    assert not judged(candidate)["syntra"].fits


def test_wanting_to_be_paid_favours_dual_learning():
    paid = judged(Candidate(age=25, situation="werkzoekend", wants_pay=True))
    unpaid = judged(Candidate(age=25, situation="werkzoekend"))
    slug = "duaal-leren-volwassenenonderwijs"
    assert paid[slug].score > unpaid[slug].score
    assert any("€ 636,60" in reason.text for reason in paid[slug].reasons_for)


def test_a_pupil_is_pointed_to_secondary_and_dual_secondary():
    order = fitting(Candidate(age=16, situation="scholier"))
    assert order[:2] == ["secundair-onderwijs", "duaal-leren-secundair"]


def test_adults_are_not_sent_to_secondary_school():
    result = judged(Candidate(age=40, situation="werkzoekend"))
    assert not result["secundair-onderwijs"].fits
    assert not result["duaal-leren-secundair"].fits


def test_every_reason_names_its_source():
    for fit in routes_for(MENTOR_EXAMPLE, planner_routes()):
        for reason in [*fit.reasons_for, *fit.reasons_against]:
            assert reason.source


def test_fitting_routes_come_first():
    fits = [fit.fits for fit in routes_for(MENTOR_EXAMPLE, planner_routes())]
    assert fits == sorted(fits, reverse=True)


def test_describe_reads_the_answers_back():
    assert describe(MENTOR_EXAMPLE) == (
        "34 jaar · werk al in de kinderopvang (zonder kwalificatie) · "
        "diploma secundair onderwijs, ik weet niet welk · "
        "6 jaar ervaring in de kinderopvang · les 's avonds"
    )


def test_an_evening_learner_gets_no_point_for_adult_education_without_known_evening_classes():
    def score(moments):
        fits = routes_for(
            Candidate(age=30, situation="werkzoekend", moments=frozenset(moments)),
            planner_routes(),
        )
        return next(f.score for f in fits if f.slug == "volwassenenonderwijs")

    assert score({"avond"}) == score(set())
