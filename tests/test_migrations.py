"""The migrations describe the models as they are, and Django's system checks pass."""

from io import StringIO

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_the_models_need_no_new_migration():
    out = StringIO()
    try:
        call_command("makemigrations", check=True, dry_run=True, stdout=out, stderr=out)
    except SystemExit:
        pytest.fail(
            f"A model changed without its migration (manage.py makemigrations):\n{out.getvalue()}"
        )


@pytest.mark.django_db
def test_the_system_checks_pass_without_a_warning():
    out = StringIO()
    call_command("check", fail_level="WARNING", stdout=out, stderr=out)
    assert "no issues" in out.getvalue()


@pytest.mark.django_db
def test_a_new_database_gets_the_squashed_migrations_and_the_searchs_indexes():
    """A new database is made by the squashed migrations, which keep the indexes the search
    needs on PostgreSQL (trajectories 0007, a step the model state does not know)."""
    from django.db import connection
    from django.db.migrations.recorder import MigrationRecorder

    applied = MigrationRecorder(connection).applied_migrations()
    assert ("trajectories", "0001_squashed_0012_history_of_links") in applied
    assert ("portal", "0001_squashed_0010_glossary_terms") in applied
    if connection.vendor != "postgresql":
        return
    expected = {
        "traj_offering_current_by_loc",
        "traj_offering_title_trgm",
        "traj_provider_name_trgm",
        "traj_location_name_trgm",
    }
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname FROM pg_indexes WHERE indexname = ANY(%s)", [list(expected)]
        )
        assert {name for (name,) in cursor.fetchall()} == expected
