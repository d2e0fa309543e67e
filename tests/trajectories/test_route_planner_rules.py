"""The route planner's rules, table-driven on the seed's facts, without a database."""

import pytest

from trajectories.services.route_planner import Candidate, describe, routes_for


def judged(candidate):
    return {fit.slug: fit for fit in routes_for(candidate)}


def fitting(candidate):
    return [fit.slug for fit in routes_for(candidate) if fit.fits]


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


@pytest.mark.parametrize(
    ("age", "syntra_fits"),
    [(17, False), (18, True), (40, True)],
)
def test_syntra_from_18(age, syntra_fits):
    assert judged(Candidate(age=age, situation="werkzoekend"))["syntra"].fits is syntra_fits


def test_adult_education_from_15_with_a_note():
    fit = judged(Candidate(age=15, situation="werkzoekend"))["volwassenenonderwijs"]
    assert fit.fits
    assert any("15 jaar" in reason.text for reason in fit.reasons_for)


@pytest.mark.parametrize(("years", "evc_fits"), [(None, False), (0, False), (1, True), (6, True)])
def test_evc_needs_experience(years, evc_fits):
    fit = judged(Candidate(age=30, experience_years=years))["evc"]
    assert fit.fits is evc_fits


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
    assert "syntra" not in order


def test_adults_are_not_sent_to_secondary_school():
    result = judged(Candidate(age=40, situation="werkzoekend"))
    assert not result["secundair-onderwijs"].fits
    assert not result["duaal-leren-secundair"].fits


def test_every_reason_names_its_source():
    for fit in routes_for(MENTOR_EXAMPLE):
        for reason in [*fit.reasons_for, *fit.reasons_against]:
            assert reason.source


def test_fitting_routes_come_first():
    fits = [fit.fits for fit in routes_for(MENTOR_EXAMPLE)]
    assert fits == sorted(fits, reverse=True)


def test_describe_reads_the_answers_back():
    assert describe(MENTOR_EXAMPLE) == (
        "34 jaar · werk al in de kinderopvang (zonder kwalificatie) · "
        "6 jaar ervaring in de kinderopvang · les 's avonds"
    )


def test_an_evening_learner_gets_no_point_for_adult_education_without_known_evening_classes():
    def score(moments):
        fits = routes_for(Candidate(age=30, situation="werkzoekend", moments=frozenset(moments)))
        return next(f.score for f in fits if f.slug == "volwassenenonderwijs")

    assert score({"avond"}) == score(set())
