"""The dual-learning self-check as a pure rule, without the database."""

from dataclasses import dataclass

import pytest

from trajectories.services import dual_self_check


@dataclass
class Requirement:
    slug: str
    subject: str


WORKPLACE = [Requirement(s, "werkplek") for s in ["mentor", "uitrusting", "draagkracht", "gedrag"]]
MENTOR = [Requirement(s, "mentor") for s in ["leeftijd", "ervaring", "attest", "opleiding"]]
ALL = WORKPLACE + MENTOR


@pytest.mark.parametrize(
    ("satisfied", "missing"),
    [
        (set(), [r.slug for r in ALL]),
        ({r.slug for r in ALL}, []),
        (
            {"mentor", "uitrusting", "draagkracht", "gedrag"},
            ["leeftijd", "ervaring", "attest", "opleiding"],
        ),
        (
            {"leeftijd", "attest"},
            ["mentor", "uitrusting", "draagkracht", "gedrag", "ervaring", "opleiding"],
        ),
    ],
)
def test_what_is_not_answered_yes_is_missing_in_its_order(satisfied, missing):
    result = dual_self_check(requirements=ALL, satisfied=satisfied)
    assert [r.slug for r in result.missing] == missing
    assert len(result.met) + len(result.missing) == len(ALL)


def test_ready_only_when_nothing_is_missing():
    assert dual_self_check(requirements=ALL, satisfied={r.slug for r in ALL}).is_ready
    assert not dual_self_check(requirements=ALL, satisfied={"mentor"}).is_ready


def test_missing_can_be_read_per_subject():
    result = dual_self_check(requirements=ALL, satisfied={"mentor", "leeftijd"})
    assert [r.slug for r in result.missing_for("werkplek")] == [
        "uitrusting",
        "draagkracht",
        "gedrag",
    ]
    assert [r.slug for r in result.missing_for("mentor")] == ["ervaring", "attest", "opleiding"]


def test_unknown_answers_are_ignored():
    result = dual_self_check(requirements=ALL, satisfied={"bestaat-niet"})
    assert len(result.missing) == len(ALL)
