import pytest
from django.contrib.auth.models import Group

from tests.portal.factories import UserFactory


@pytest.fixture
def redacteur(db):
    user = UserFactory(username="redacteur", staff=True)
    user.groups.add(Group.objects.get(name="Redacteur"))
    return user


@pytest.fixture
def hoofdredacteur(db):
    user = UserFactory(username="hoofdredacteur", staff=True)
    user.groups.add(Group.objects.get(name="Hoofdredacteur"))
    return user


@pytest.fixture
def as_user(client):
    def login(user):
        client.force_login(user)
        return client

    return login
