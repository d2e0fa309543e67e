import datetime

import factory

from portal.models import ContactOrganisation, PublishableModel, Resource, Term, User


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"medewerker{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password("een-lang-test-wachtwoord")

    class Params:
        staff = factory.Trait(is_staff=True)


class PublishableFactory(factory.django.DjangoModelFactory):
    """Published, sourced content by default; `draft=True` for a concept."""

    status = PublishableModel.Status.PUBLISHED
    source_url = "https://www.vlaanderen.be/"
    source_name = "Vlaanderen.be"
    checked_on = datetime.date(2026, 11, 1)

    class Params:
        draft = factory.Trait(status=PublishableModel.Status.DRAFT)


class ContactOrganisationFactory(PublishableFactory):
    class Meta:
        model = ContactOrganisation

    name = factory.Sequence(lambda n: f"Organisatie {n}")
    slug = factory.Sequence(lambda n: f"organisatie-{n}")
    website = "https://www.example.org/"


class ResourceFactory(PublishableFactory):
    class Meta:
        model = Resource

    title = factory.Sequence(lambda n: f"Bron {n}")
    slug = factory.Sequence(lambda n: f"bron-{n}")
    url = "https://www.example.org/bron"
    kind = Resource.Kind.FINDER
    is_for_employers = True


class TermFactory(PublishableFactory):
    class Meta:
        model = Term

    term = factory.Sequence(lambda n: f"Begrip {n}")
    slug = factory.Sequence(lambda n: f"begrip-{n}")
    meaning = "Wat het begrip betekent, in gewone taal."
