"""A forgotten password: the same answer, in the same time, for every address, and a limit on
how often one is asked, per network address and per account."""

import datetime
import threading
import time

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend

from portal.ratelimit import RateLimit
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db

RESET = "/admin/wachtwoord-vergeten/"
DONE = "/admin/wachtwoord-vergeten/verstuurd/"
THROTTLED = "Er is het voorbije uur al vaak een nieuw wachtwoord gevraagd"

mail_server_answers = threading.Event()


class SlowMailServerBackend(EmailBackend):
    """A mail server that takes its time: it answers only when the test lets it (or after 5 s)."""

    def send_messages(self, messages):
        mail_server_answers.wait(timeout=5)
        return super().send_messages(messages)


@pytest.fixture
def slow_mail_server(settings, monkeypatch):
    """Tasks after the answer, as in production, and a mail server that makes them wait."""
    from django.db import connections
    from django.tasks import task_backends

    from portal.tasks import BackgroundThreadBackend

    test_connection = connections["default"]

    def run_in_the_tests_transaction(backend, task_result):
        # The task's thread reads the test's rows, as Django's live server shares the test's
        # connection with its own thread.
        connections["default"] = test_connection
        super(BackgroundThreadBackend, backend)._execute_task(task_result)

    monkeypatch.setattr(BackgroundThreadBackend, "_run", run_in_the_tests_transaction)
    settings.MAILERS = {"default": {"BACKEND": f"{__name__}.SlowMailServerBackend"}}
    settings.TASKS = {"default": {"BACKEND": "portal.tasks.BackgroundThreadBackend"}}
    mail_server_answers.clear()
    test_connection.inc_thread_sharing()
    yield task_backends["default"]
    mail_server_answers.set()
    task_backends["default"].join(timeout=10)
    test_connection.dec_thread_sharing()


def ask(client, email, address="192.0.2.10"):
    return client.post(RESET, {"email": email}, REMOTE_ADDR=address)


def test_known_and_unknown_addresses_get_the_same_answer(client):
    UserFactory(username="redacteur", email="redacteur@example.org", staff=True)
    known = ask(client, "redacteur@example.org")
    unknown = ask(client, "niemand@example.org")
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])
    assert known["Location"] == DONE
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["redacteur@example.org"]


def test_the_answer_does_not_wait_for_the_mail_server(client, slow_mail_server):
    """Known and unknown take the same path: the mail (or none) goes out after the answer."""
    UserFactory(username="redacteur", email="redacteur@example.org", staff=True)
    tasks = slow_mail_server
    timings = {}
    for label, email in [("onbekend", "niemand@example.org"), ("bekend", "redacteur@example.org")]:
        started = time.perf_counter()
        response = ask(client, email)
        timings[label] = time.perf_counter() - started
        assert response["Location"] == DONE
        if label == "onbekend":
            tasks.join(timeout=10)  # nothing to send: done at once
    # The mail server holds every mail for 5 seconds; neither answer waited for it.
    assert timings["bekend"] < 2, timings
    assert mail.outbox == []
    mail_server_answers.set()
    tasks.join(timeout=10)
    assert [m.to for m in mail.outbox] == [["redacteur@example.org"]]


def test_one_network_address_asks_at_most_ten_times_an_hour(client):
    for number in range(10):
        assert ask(client, f"iemand{number}@example.org")["Location"] == DONE
    refused = ask(client, "nog-iemand@example.org")
    assert refused.status_code == 429
    assert THROTTLED in refused.content.decode()
    # Another address is not held back by this one.
    assert ask(client, "nog-iemand@example.org", address="192.0.2.99")["Location"] == DONE


def test_one_account_gets_at_most_three_mails_an_hour_from_any_address(client):
    UserFactory(username="redacteur", email="redacteur@example.org", staff=True)
    for number in range(3):
        assert ask(client, "redacteur@example.org", address=f"192.0.2.{number}")["Location"] == DONE
    refused = ask(client, "Redacteur@Example.org", address="192.0.2.50")
    assert refused.status_code == 429
    assert THROTTLED in refused.content.decode()
    assert len(mail.outbox) == 3


def test_an_unknown_address_is_held_back_the_same_way(client):
    """So the limit says nothing about whether an account exists."""
    for number in range(3):
        ask(client, "niemand@example.org", address=f"192.0.2.{number}")
    refused = ask(client, "niemand@example.org", address="192.0.2.50")
    assert refused.status_code == 429
    assert THROTTLED in refused.content.decode()


def test_the_limits_are_counted_in_the_database_for_every_server(client):
    ask(client, "redacteur@example.org")
    from portal.models import RateLimitHit

    assert set(RateLimitHit.objects.values_list("scope", flat=True)) == {
        "wachtwoord-adres",
        "wachtwoord-account",
    }
    account_limit = RateLimit("wachtwoord-account", 3, datetime.timedelta(hours=1))
    assert account_limit.exceeded("redacteur@example.org") is False
    ask(client, "redacteur@example.org", address="192.0.2.11")
    ask(client, "redacteur@example.org", address="192.0.2.12")
    assert account_limit.exceeded("redacteur@example.org") is True
