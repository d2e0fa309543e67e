import pytest
from django.contrib.auth.models import Group

from tests.backoffice.conftest import (  # noqa: F401  (fixtures shared with the back office)
    aanbieder,
    as_user,
    hoofdredacteur,
    own_offering,
    redacteur,
)
from tests.portal.factories import UserFactory
from tests.workplaces.factories import EmployerFactory, PlaceOfferFactory, SiteFactory


def werkgever_of(employer, username):
    user = UserFactory(username=username, email=username, staff=True)
    user.groups.add(Group.objects.get(name="Werkgever"))
    employer.editors.add(user)
    return user


@pytest.fixture
def own_place(db):
    """A published employer with one site and one offer, kept by the account `werkgever`."""
    employer = EmployerFactory(name="Opvang Eigen", slug="opvang-eigen")
    return PlaceOfferFactory(site=SiteFactory(employer=employer, name="De Vlinder"))


@pytest.fixture
def werkgever(own_place):
    return werkgever_of(own_place.site.employer, "werkgever@eigen.example")


@pytest.fixture
def other_place(db):
    """Another employer's offer, which `werkgever` has nothing to do with."""
    employer = EmployerFactory(name="Opvang Ander", slug="opvang-ander")
    return PlaceOfferFactory(site=SiteFactory(employer=employer, name="Het Nest"))
