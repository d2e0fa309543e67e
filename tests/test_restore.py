"""A test outside a transaction puts the database back as it found it (tests/restore.py)."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection, connections

from incentives.models import Premium, PremiumAmount
from portal import caching
from portal.models import Municipality
from tests import restore

pytestmark = pytest.mark.django_db(transaction=True)
User = get_user_model()


@pytest.fixture(autouse=True)
def _postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("The database is put back on PostgreSQL; elsewhere Django empties it.")


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (Municipality, Premium, PremiumAmount, Group, User)
    }


def test_the_tables_a_test_wrote_to_are_put_back_with_the_rows_that_refer_to_them():
    before = counts()
    assert before["Municipality"] > 300
    assert before["PremiumAmount"]
    assert Group.objects.filter(name="Werkgever").exists()
    premium = Premium.objects.order_by("pk").first()
    amounts = list(premium.amounts.order_by("pk").values_list("pk", "amount_eur"))
    version = caching._read_version()

    Premium.objects.filter(pk=premium.pk).update(name="Een premie die niet bestaat")
    PremiumAmount.objects.filter(premium=premium).delete()
    User.objects.create(username="tijdelijk")
    # Another connection (a live server's, a gunicorn worker's) is noted as well.
    other = connections.create_connection("default")
    try:
        with other.cursor() as cursor:
            cursor.execute("UPDATE auth_group SET name = 'Weg' WHERE name = 'Werkgever'")
    finally:
        other.close()

    put_back = restore.put_back("default")

    assert {m._meta.db_table for m in (Premium, PremiumAmount, User, Group)} <= put_back
    # The rows that refer to those tables were not written to: they stay, and find theirs again.
    assert not put_back & {
        Municipality._meta.db_table,
        Group.permissions.through._meta.db_table,
        User.groups.through._meta.db_table,
    }
    assert counts() == before
    premium.refresh_from_db()
    assert premium.name != "Een premie die niet bestaat"
    assert list(premium.amounts.order_by("pk").values_list("pk", "amount_eur")) == amounts
    assert Group.objects.filter(name="Werkgever").exists()
    assert Group.objects.get(name="Werkgever").permissions.exists()
    # What was cached while the test ran is not read again.
    assert caching._read_version() != version
    # Nothing written since: nothing to put back, and the version stays.
    version = caching._read_version()
    assert restore.put_back("default") == set()
    assert caching._read_version() == version


def test_a_new_row_gets_a_new_id_after_the_table_was_put_back():
    first = User.objects.create(username="eerste")
    restore.put_back("default")
    assert not User.objects.filter(pk=first.pk).exists()
    second = User.objects.create(username="tweede")
    assert second.pk > first.pk  # the ids go on: nothing a page kept points at another row
