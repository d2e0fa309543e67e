"""What a parallel run prepares in the background reaches its test processes, failures included."""

import pytest

from tests import preparation


@pytest.fixture
def prepared(tmp_path, monkeypatch):
    monkeypatch.setenv(preparation.STATUS_DIRECTORY, str(tmp_path))
    monkeypatch.delenv(preparation.TEMPLATE_NAME, raising=False)
    return preparation.Preparation(tmp_path, template=False)


def test_a_command_that_fails_fails_the_test_processes_with_its_own_message(prepared, monkeypatch):
    monkeypatch.setattr(preparation, "STATIC_COMMANDS", [("no_such_command", {})])
    prepared._job("static")

    with pytest.raises(RuntimeError) as failed:
        preparation.wait_for_preparation("static")
    assert "static preparation failed" in str(failed.value)
    assert "Unknown command: 'no_such_command'" in str(failed.value)


def test_commands_that_succeed_let_the_test_processes_go_on(prepared, monkeypatch):
    monkeypatch.setattr(preparation, "STATIC_COMMANDS", [("check", {})])
    prepared._job("static")

    assert preparation.wait_for_preparation("static") is None
    # No database template in this run: nothing to wait for.
    assert preparation.wait_for_preparation("database") is None


def test_a_run_without_preparation_does_not_wait(monkeypatch):
    monkeypatch.delenv(preparation.STATUS_DIRECTORY, raising=False)

    assert preparation.wait_for_preparation("static") is None
    assert preparation.wait_for_preparation("database") is None


def test_a_job_that_cannot_reach_the_database_still_says_so(tmp_path, monkeypatch):
    """A test process waits for a job's word: an error before any command still gives one."""
    monkeypatch.setenv("DATABASE_URL", "postgres://nobody@127.0.0.1:1/instroomwijzer")
    prepared = preparation.Preparation(tmp_path, template=True)

    prepared._job("database")

    assert (
        prepared.summary()
        == "Prepared while the test processes started: the database template failed."
    )


def test_the_static_files_are_compressed_with_gzip_only(prepared, monkeypatch, tmp_path):
    """The tests' browsers are served gzip, so the job makes no Brotli copies; the hashed names
    and their gzip copies are there as in production."""
    target = tmp_path / "static"
    monkeypatch.setattr(
        preparation,
        "GZIP_ONLY",
        [
            *preparation.GZIP_ONLY,
            "from django.conf import settings",
            f"settings.STATIC_ROOT = {str(target)!r}",
        ],
    )
    prepared._job("static")

    assert preparation.wait_for_preparation("static") is None
    [hashed] = (target / "css").glob("portal.*.css")
    assert (target / "css" / "portal.css.gz").exists()
    assert hashed.with_name(hashed.name + ".gz").exists()
    assert not list(target.rglob("*.br"))
    assert (target / "staticfiles.json").exists()
