"""A back-office session ends after an idle hour, and after a working day whatever happens."""

import datetime

import pytest
import time_machine
from django.urls import reverse

pytestmark = pytest.mark.django_db

START = datetime.datetime(2026, 12, 7, 8, 30, tzinfo=datetime.UTC)


def test_a_session_ends_after_an_idle_hour(as_user, redacteur):
    with time_machine.travel(START, tick=False) as clock:
        client = as_user(redacteur)
        assert client.get("/admin/").status_code == 200
        clock.shift(datetime.timedelta(minutes=59))
        assert client.get("/admin/").status_code == 200
        clock.shift(datetime.timedelta(minutes=61))
        response = client.get("/admin/", follow=True)
        assert response.redirect_chain[-1][0].startswith(reverse("admin:login"))
        assert "Je was een uur niet actief" in response.content.decode()


def test_a_session_ends_after_a_working_day_even_when_in_use(as_user, redacteur):
    with time_machine.travel(START, tick=False) as clock:
        client = as_user(redacteur)
        for _ in range(17):  # every half hour, eight and a half hours long
            assert client.get("/admin/").status_code == 200
            clock.shift(datetime.timedelta(minutes=30))
        clock.shift(datetime.timedelta(minutes=31))
        response = client.get("/admin/", follow=True)
        assert response.redirect_chain[-1][0].startswith(reverse("admin:login"))
        assert "Je bent 9 uur aangemeld geweest" in response.content.decode()


def test_the_cookie_lives_no_longer_than_a_working_day(as_user, redacteur, settings):
    client = as_user(redacteur)
    client.get("/admin/")
    assert settings.SESSION_COOKIE_AGE <= 9 * 3600


def test_the_limits_are_settings(settings, as_user, redacteur):
    settings.SESSION_IDLE_SECONDS = 60
    with time_machine.travel(START, tick=False) as clock:
        client = as_user(redacteur)
        assert client.get("/admin/").status_code == 200
        clock.shift(datetime.timedelta(seconds=61))
        assert client.get("/admin/").status_code == 302
