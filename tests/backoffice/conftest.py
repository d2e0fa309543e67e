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


@pytest.fixture
def aanbieder(db):
    """A provider's own editor (role Aanbieder), tied to one provider with one offering."""
    from tests.trajectories.factories import LocationFactory, OfferingFactory, ProviderFactory

    user = UserFactory(username="aanbieder@cvo.example", email="aanbieder@cvo.example", staff=True)
    user.groups.add(Group.objects.get(name="Aanbieder"))
    provider = ProviderFactory(name="CVO Eigen", slug="cvo-eigen", phone="09 123 45 67")
    provider.editors.add(user)
    OfferingFactory(
        slug="eigen-aanbod",
        title="Kinderbegeleider (avond)",
        location=LocationFactory(provider=provider),
    )
    return user


@pytest.fixture
def own_offering(aanbieder):
    from trajectories.models import Offering

    return Offering.objects.get(slug="eigen-aanbod")


@pytest.fixture
def other_offering(db):
    """An offering of a provider the Aanbieder has nothing to do with."""
    from tests.trajectories.factories import LocationFactory, OfferingFactory, ProviderFactory

    provider = ProviderFactory(name="School Ander", slug="school-ander")
    return OfferingFactory(
        slug="ander-aanbod",
        title="Kinderbegeleider (dag)",
        location=LocationFactory(provider=provider),
    )


def offering_form(offering, **changes):
    """What an Aanbieder's offering form posts: the fields it may change, as they are now."""
    data = {
        "starts_on": offering.starts_on.isoformat() if offering.starts_on else "",
        "ends_on": offering.ends_on.isoformat() if offering.ends_on else "",
        "start_note": offering.start_note,
        "duration": offering.duration,
        "language": offering.language,
        "enrolment": offering.enrolment,
        "enrolment_opens_on": "",
        "notes": offering.notes,
    }
    for name in ("is_daytime", "is_evening", "is_weekend", "is_distance"):
        if getattr(offering, name):
            data[name] = "on"
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def operator(db):
    """An operator: a superuser, the only account that manages other operators."""
    return UserFactory(username="operator", staff=True, is_superuser=True)


def shown_form_data(response) -> dict:
    """What a browser would post back from an admin page as it was shown: the main form and
    every inline formset, each field with its shown value (for a change or a revert page)."""
    import datetime
    from decimal import Decimal

    def encode(bound) -> list[str] | None:
        value = bound.value()
        if value is None or value is False:
            return None
        if value is True:
            return ["on"]
        if isinstance(value, list | tuple):
            return [str(getattr(v, "pk", v)) for v in value]
        if isinstance(value, datetime.date | Decimal | int):
            return [value.isoformat() if isinstance(value, datetime.date) else str(value)]
        return [str(getattr(value, "pk", value))]

    data = {}

    def add(form):
        for name in form.fields:
            encoded = encode(form[name])
            if encoded is not None:
                data[form.add_prefix(name)] = encoded

    add(response.context["adminform"].form)
    for inline in response.context.get("inline_admin_formsets") or []:
        formset = inline.formset
        add(formset.management_form)
        for form in formset.forms:
            add(form)
    return data
