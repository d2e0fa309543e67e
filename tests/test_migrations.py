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
