"""Settings come from the environment, fail loudly on bad values, and are safe in production."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from portal.settings import env_bool, env_int, env_list

PROJECT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "DJANGO_DEBUG": "false",
    "DJANGO_SECRET_KEY": "k" * 20 + "a-long-and-random-production-secret-9f8e7d6c5b4a",
    "DJANGO_ALLOWED_HOSTS": "instroomwijzer.example.org",
    "DATABASE_URL": "sqlite:///:memory:",
    # Production sends its password reset mails through SMTP; the console backend fails the check.
    "EMAIL_HOST": "smtp.example.org",
}


def run_manage(*args, env):
    clean = {
        k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE", "EMAIL_"))
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize(("raw", "expected"), [("true", True), ("ON", True), ("0", False)])
def test_env_bool_reads_clear_answers(monkeypatch, raw, expected):
    monkeypatch.setenv("FLAG", raw)
    assert env_bool("FLAG") is expected


def test_env_bool_refuses_a_vague_value(monkeypatch):
    monkeypatch.setenv("FLAG", "misschien")
    with pytest.raises(ImproperlyConfigured, match="FLAG must be true or false"):
        env_bool("FLAG")


def test_empty_variables_mean_the_default(monkeypatch):
    monkeypatch.setenv("FLAG", "")
    monkeypatch.setenv("HOSTS", " ")
    monkeypatch.setenv("NUMBER", "")
    assert env_bool("FLAG", default=True) is True
    assert env_list("HOSTS", default=["a"]) == ["a"]
    assert env_int("NUMBER", 7) == 7


def test_env_list_refuses_an_empty_item(monkeypatch):
    monkeypatch.setenv("HOSTS", "a.be,,b.be")
    with pytest.raises(ImproperlyConfigured, match="empty item"):
        env_list("HOSTS", default=[])


def test_env_int_refuses_text(monkeypatch):
    monkeypatch.setenv("NUMBER", "zestig")
    with pytest.raises(ImproperlyConfigured, match="whole number"):
        env_int("NUMBER", 0)


def test_missing_secret_stops_the_start_with_a_clear_message():
    env = {**PRODUCTION_ENV, "DJANGO_SECRET_KEY": ""}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_production_settings_pass_the_deploy_check():
    result = run_manage("check", "--deploy", "--fail-level", "DEBUG", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_debug_without_a_secret_runs_locally():
    result = run_manage("check", env={"DJANGO_DEBUG": "true", "DATABASE_URL": "sqlite:///:memory:"})
    assert result.returncode == 0, result.stderr


def test_production_without_a_mail_server_fails_the_deploy_check():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "EMAIL_HOST"}
    result = run_manage("check", "--deploy", env=env)
    assert result.returncode != 0
    assert "mail.E001" in result.stdout + result.stderr


def test_smtp_with_both_tls_and_ssl_stops_the_start():
    env = {**PRODUCTION_ENV, "EMAIL_USE_TLS": "true", "EMAIL_USE_SSL": "true"}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "EMAIL_USE_TLS and EMAIL_USE_SSL cannot both be true" in result.stderr


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("DJANGO_TRUSTED_PROXIES", "10.0.0.0/8,proxy.example.org", "is not an IP address"),
        ("IMPORT_MAX_ROWS", "0", "must be 1 or more"),
        ("LOGIN_LOCKOUT_IP_ATTEMPTS", "0", "must be 1 or more"),
    ],
)
def test_protection_settings_refuse_a_value_that_would_not_protect(name, value, message):
    result = run_manage("check", env={**PRODUCTION_ENV, name: value})
    assert result.returncode != 0
    assert message in result.stderr
