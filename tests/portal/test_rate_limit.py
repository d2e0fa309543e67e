"""Limits per sender counted in the database, so that every server process shares them."""

import datetime as dt

import pytest
import time_machine
from django.utils import timezone

from portal.models import RateLimitHit
from portal.ratelimit import RateLimit

pytestmark = pytest.mark.django_db

NOON = dt.datetime(2026, 12, 2, 12, 0, tzinfo=dt.UTC)
LIMIT = RateLimit("proef", 3, dt.timedelta(hours=1))


def test_a_sender_is_refused_once_the_limit_is_used_up():
    assert [LIMIT.hit("192.0.2.1") for _ in range(4)] == [True, True, True, False]
    assert LIMIT.exceeded("192.0.2.1")


def test_each_sender_has_a_limit_of_its_own():
    for _ in range(3):
        LIMIT.hit("192.0.2.1")
    assert not LIMIT.exceeded("192.0.2.2")
    assert LIMIT.hit("192.0.2.2")


def test_scopes_are_counted_apart():
    other = RateLimit("ander", 3, dt.timedelta(hours=1))
    for _ in range(3):
        LIMIT.hit("192.0.2.1")
    assert other.hit("192.0.2.1")


def test_a_use_counts_for_exactly_its_window():
    with time_machine.travel(NOON, tick=False) as traveller:
        LIMIT.hit("192.0.2.1")
        traveller.shift(dt.timedelta(minutes=30))
        LIMIT.hit("192.0.2.1")
        LIMIT.hit("192.0.2.1")
        assert LIMIT.exceeded("192.0.2.1")
        traveller.shift(dt.timedelta(minutes=30))  # the first use is an hour old
        assert not LIMIT.exceeded("192.0.2.1")
        assert LIMIT.hit("192.0.2.1")
        assert not LIMIT.hit("192.0.2.1")


def test_refused_uses_add_no_rows_and_old_ones_are_removed():
    with time_machine.travel(NOON, tick=False) as traveller:
        for _ in range(10):
            LIMIT.hit("192.0.2.1")
        assert RateLimitHit.objects.count() == 3
        traveller.shift(dt.timedelta(hours=2))
        LIMIT.hit("192.0.2.9")
        assert list(RateLimitHit.objects.values_list("at", flat=True)) == [timezone.now()]


def test_the_sender_is_never_stored_in_the_clear():
    LIMIT.hit("192.0.2.1")
    LIMIT.hit(None)
    subjects = list(RateLimitHit.objects.values_list("subject", flat=True))
    assert len(set(subjects)) == 2
    assert all("192.0.2.1" not in subject and len(subject) == 64 for subject in subjects)


def test_reset_lifts_the_limit_of_one_sender():
    for _ in range(3):
        LIMIT.hit("192.0.2.1")
        LIMIT.hit("192.0.2.2")
    LIMIT.reset("192.0.2.1")
    assert not LIMIT.exceeded("192.0.2.1")
    assert LIMIT.exceeded("192.0.2.2")
