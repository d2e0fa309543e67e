"""The back-office login locks after repeated failures (django-axes), and passwords must be
strong enough."""

import logging
from datetime import UTC, datetime
from ipaddress import ip_network

import pytest
import time_machine
from asgiref.sync import async_to_sync
from axes.models import AccessAttempt
from django.contrib.auth import aauthenticate
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import RequestFactory
from django.urls import reverse

from portal.security import CharacterVarietyValidator, client_ip
from tests.portal.factories import UserFactory
from tests.second_factor import enrolled, fresh_code

pytestmark = pytest.mark.django_db

PASSWORD = "een-lang-test-wachtwoord"
LOGIN_URL = "/admin/login/"
LOCKOUT_MESSAGE = (
    "Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw, "
    "of vraag je hoofdredacteur om hulp."
)


def login(client, username, password, ip="192.0.2.1", **extra):
    return client.post(
        LOGIN_URL, {"username": username, "password": password}, REMOTE_ADDR=ip, **extra
    )


def fail(client, username, times, ip="192.0.2.1"):
    for _ in range(times):
        response = login(client, username, "helemaal-fout", ip=ip)
        assert response.status_code == 200


def assert_logged_in(client, response, user, ip="192.0.2.1", **extra):
    """The password passed: on to the second step, whose code (from the same place) signs in."""
    assert response.status_code == 302
    assert response["Location"] == "/admin/tweede-stap/"
    assert "_auth_user_id" not in client.session
    meta = {"REMOTE_ADDR": ip, **extra}
    done = client.post("/admin/tweede-stap/", {"code": fresh_code(user)}, **meta)
    assert done.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)
    client.logout()


def assert_locked_out(client, response):
    assert response.status_code == 200
    assert LOCKOUT_MESSAGE in response.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.fixture
def clock():
    """Time moved forward by the test instead of by sleeping."""
    with time_machine.travel(datetime(2026, 12, 1, 9, 0, tzinfo=UTC), tick=False) as traveller:
        yield traveller


@pytest.fixture
def staff():
    user = UserFactory(staff=True)
    enrolled(user)  # an authenticator app: the second step follows a right password
    return user


def test_right_password_logs_in(client, staff):
    assert_logged_in(client, login(client, staff.username, PASSWORD), staff)


def test_wrong_password_shows_djangos_message_in_dutch(client, staff):
    response = login(client, staff.username, "helemaal-fout")
    html = response.content.decode()
    assert "Voer de correcte gebruikersnaam en wachtwoord voor een stafaccount in" in html
    assert "Te veel mislukte pogingen" not in html


def test_five_failures_lock_the_username_even_for_the_right_password(client, staff):
    fail(client, staff.username, 4)
    assert_logged_in(client, login(client, staff.username, PASSWORD), staff)
    fail(client, staff.username, 5)
    assert_locked_out(client, login(client, staff.username, PASSWORD))


def test_the_fifth_failure_already_says_the_login_is_locked(client, staff):
    fail(client, staff.username, 4)
    assert LOCKOUT_MESSAGE in login(client, staff.username, "fout").content.decode()


def test_four_failures_do_not_lock(client, staff):
    fail(client, staff.username, 4)
    assert_logged_in(client, login(client, staff.username, PASSWORD), staff)


def test_username_lock_ignores_case_and_follows_to_another_address(client, staff):
    fail(client, staff.username.upper(), 5, ip="192.0.2.1")
    assert_locked_out(client, login(client, staff.username, PASSWORD, ip="198.51.100.7"))


def test_locked_username_does_not_lock_another_username_from_the_same_address(client, staff):
    colleague = UserFactory(staff=True)
    enrolled(colleague)
    fail(client, staff.username, 5)
    assert_logged_in(client, login(client, colleague.username, PASSWORD), colleague)


def test_lock_ends_after_the_configured_time(client, staff, clock):
    fail(client, staff.username, 5)
    clock.shift(899)
    assert_locked_out(client, login(client, staff.username, PASSWORD))
    clock.shift(2)
    assert_logged_in(client, login(client, staff.username, PASSWORD), staff)


def test_attempts_during_a_lock_do_not_extend_it(client, staff, clock):
    fail(client, staff.username, 5)
    clock.shift(600)
    fail(client, staff.username, 5)
    clock.shift(301)
    assert_logged_in(client, login(client, staff.username, PASSWORD), staff)


def test_failures_spread_over_more_than_the_window_do_not_lock(client, staff, clock):
    fail(client, staff.username, 4)
    clock.shift(901)
    fail(client, staff.username, 4)
    assert_logged_in(client, login(client, staff.username, PASSWORD), staff)


def test_successful_login_resets_the_usernames_count(client, staff):
    fail(client, staff.username, 4)
    assert_logged_in(client, login(client, staff.username, PASSWORD), staff)
    fail(client, staff.username, 4)
    assert_logged_in(client, login(client, staff.username, PASSWORD), staff)


def test_twenty_failures_from_one_address_lock_that_address(client, staff):
    for attempt in range(19):  # never five for one username
        fail(client, f"gok{attempt % 5}", 1)
    assert_logged_in(client, login(client, staff.username, PASSWORD), staff)
    fail(client, "gok-nog-een", 1)
    assert_locked_out(client, login(client, staff.username, PASSWORD))
    assert_logged_in(
        client, login(client, staff.username, PASSWORD, ip="198.51.100.7"), staff, ip="198.51.100.7"
    )


def test_async_login_is_locked_too(client, staff):
    fail(client, staff.username, 5)
    request = RequestFactory().post(LOGIN_URL, REMOTE_ADDR="198.51.100.7")
    assert async_to_sync(aauthenticate)(request, username=staff.username, password=PASSWORD) is None
    assert request.axes_locked_out
    colleague = UserFactory(staff=True)
    request = RequestFactory().post(LOGIN_URL, REMOTE_ADDR="198.51.100.7")
    user = async_to_sync(aauthenticate)(request, username=colleague.username, password=PASSWORD)
    assert user == colleague


def test_settings_change_the_limits(client, staff, settings):
    settings.LOGIN_LOCKOUT_ATTEMPTS = settings.AXES_FAILURE_LIMIT = 2
    fail(client, staff.username, 2)
    assert_locked_out(client, login(client, staff.username, PASSWORD))


def test_lockout_is_logged_without_the_password(client, staff, caplog):
    with caplog.at_level(logging.WARNING, logger="axes"):
        fail(client, staff.username, 4)
        assert not [r for r in caplog.records if "Locking out" in r.getMessage()]
        fail(client, staff.username, 1)
    [lockout] = [r for r in caplog.records if "Locking out" in r.getMessage()]
    assert lockout.levelno == logging.WARNING
    assert staff.username in lockout.getMessage()
    assert all("helemaal-fout" not in record.getMessage() for record in caplog.records)


def test_attempts_are_kept_in_the_database_and_shown_to_operators(client, staff, admin_client):
    fail(client, staff.username.upper(), 2, ip="203.0.113.5")
    [attempt] = AccessAttempt.objects.all()
    assert (attempt.username, attempt.ip_address, attempt.failures_since_start) == (
        staff.username.lower(),
        "203.0.113.5",
        2,
    )
    html = admin_client.get(reverse("admin:axes_accessattempt_changelist")).content.decode()
    assert "203.0.113.5" in html


def test_a_login_without_an_address_is_counted_by_name(client, staff):
    fail(client, staff.username, 5, ip="")  # a server behind a Unix socket
    assert AccessAttempt.objects.get().ip_address is None
    assert_locked_out(client, login(client, staff.username, PASSWORD, ip=""))


def test_the_reset_command_unlocks_a_username(client, staff):
    fail(client, staff.username, 5)
    call_command("axes_reset_username", staff.username.lower())
    assert_logged_in(client, login(client, staff.username, PASSWORD), staff)


def test_forwarded_address_is_used_only_from_a_trusted_proxy(client, staff, settings):
    settings.TRUSTED_PROXIES = [ip_network("10.0.0.0/8")]
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    for attempt in range(20):
        client.post(
            LOGIN_URL,
            {"username": f"gok{attempt % 5}", "password": "fout"},
            HTTP_X_FORWARDED_FOR="203.0.113.9",
            **proxy,
        )
    # Same proxy, another client: not locked.
    other = {"HTTP_X_FORWARDED_FOR": "203.0.113.10", **proxy}
    response = client.post(LOGIN_URL, {"username": staff.username, "password": PASSWORD}, **other)
    assert_logged_in(client, response, staff, **other)
    same = {"HTTP_X_FORWARDED_FOR": "203.0.113.9", **proxy}
    response = client.post(LOGIN_URL, {"username": staff.username, "password": PASSWORD}, **same)
    assert_locked_out(client, response)


def test_a_forwarded_address_from_anyone_else_changes_nothing(client, staff, settings):
    settings.TRUSTED_PROXIES = [ip_network("10.0.0.0/8")]
    for attempt in range(20):
        # A direct client that names a new address each time is still one address.
        login(client, f"gok{attempt % 5}", "fout", HTTP_X_FORWARDED_FOR=f"203.0.113.{attempt}")
    assert_locked_out(
        client, login(client, staff.username, PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.1")
    )


@pytest.mark.parametrize(
    ("remote", "forwarded", "expected"),
    [
        ("10.0.0.1", " 203.0.113.9 , 10.0.0.2", "203.0.113.9"),  # through two of our proxies
        ("10.0.0.1", "198.51.100.66, 203.0.113.9", "203.0.113.9"),  # the client's own claim
        ("10.0.0.1", "", "10.0.0.1"),
        ("10.0.0.1", "geen-adres", "10.0.0.1"),
        ("192.0.2.1", "203.0.113.9", "192.0.2.1"),  # not our proxy: the header is ignored
        ("", "203.0.113.9", None),  # a Unix socket has no address
    ],
    ids=["proxies", "spoofed-left", "no-header", "garbage", "direct", "unix-socket"],
)
def test_client_ip_trusts_forwarded_for_only_from_our_proxies(
    settings, remote, forwarded, expected
):
    settings.TRUSTED_PROXIES = [ip_network("10.0.0.0/8")]
    request = RequestFactory().get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


@pytest.mark.parametrize("password", ["Kinderopvang-2026!", "kinderopvangiseenmooivak"])
def test_strong_passwords_and_long_passphrases_pass(password):
    validate_password(password)


def test_short_simple_password_is_refused_in_dutch():
    # 13 characters: long enough for Django's rule, but only lowercase letters and a digit.
    with pytest.raises(ValidationError) as refused:
        validate_password("kinderopvang1")
    assert refused.value.messages == [CharacterVarietyValidator().get_error_message()]


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("Kort-1!", "Dit wachtwoord is te kort. Het moet minstens 12 tekens bevatten."),
        ("Janssens-2026!", "Het wachtwoord lijkt te veel op de gebruikersnaam."),
        ("Password1234", "Dit wachtwoord is te algemeen."),
        ("12345678901234567890", "Dit wachtwoord bevat alleen cijfers."),
    ],
    ids=["too-short", "like-username", "common", "numeric"],
)
def test_djangos_own_validators_refuse_in_dutch(password, message):
    user = UserFactory.build(username="janssens")
    with pytest.raises(ValidationError) as refused:
        validate_password(password, user)
    assert message in refused.value.messages


def test_long_enough_password_of_one_kind_is_refused_in_dutch():
    with pytest.raises(ValidationError) as refused:
        validate_password("kinderopvangwerk")
    assert refused.value.messages == [CharacterVarietyValidator().get_error_message()]
    assert refused.value.messages[0].startswith("Dit wachtwoord is te eenvoudig.")


@pytest.mark.parametrize(
    ("password", "kinds"), [("abc", 1), ("aB", 2), ("aB1", 3), ("aB1 ", 4), ("é-Ü", 3)]
)
def test_character_kinds_are_counted(password, kinds):
    assert CharacterVarietyValidator.kinds(password) == kinds


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("kinderopvangwerk", "Dit wachtwoord is te eenvoudig."),
        ("Kort-1!", "Dit wachtwoord is te kort."),
    ],
)
def test_admin_password_form_speaks_dutch(client, password, message):
    admin = UserFactory(staff=True, is_superuser=True)
    editor = UserFactory(staff=True)
    client.force_login(admin)
    url = reverse("admin:auth_user_password_change", args=[editor.pk])
    html = client.get(url).content.decode()
    assert "Je wachtwoord bevat minstens 3 van deze soorten tekens" in html
    assert "Je wachtwoord telt minstens 12 tekens." in html
    response = client.post(url, {"password1": password, "password2": password})
    assert response.status_code == 200
    assert message in response.content.decode()
    editor.refresh_from_db()
    assert editor.check_password(PASSWORD)
