import datetime

import factory

from portal.models import Municipality
from trajectories.models import Route
from workplaces.models import Employer, PlaceOffer, Recognition, Site, Status


class EmployerFactory(factory.django.DjangoModelFactory):
    """A published employer; `draft=True` for one that waits for its first publication.

    The KBO numbers pass the check digits (97 minus the first eight modulo 97)."""

    class Meta:
        model = Employer

    name = factory.Sequence(lambda n: f"Kinderopvang Test {n}")
    slug = factory.Sequence(lambda n: f"kinderopvang-test-{n}")
    kbo_number = factory.Sequence(
        lambda n: (lambda d: f"{d[:4]}.{d[4:7]}.{d[7:]}{97 - int(d) % 97:02d}")(
            f"0{700000 + n:07d}"
        )
    )
    kind = "privaat"
    contact_email = factory.Sequence(lambda n: f"werkgever{n}@opvang.example")
    status = Status.PUBLISHED

    class Params:
        draft = factory.Trait(status=Status.DRAFT)


def site_in(postcode: str, **fields) -> Site:
    """A site placed through the gazetteer, as the admin's form places it."""
    site = Site(postcode=postcode, **fields)
    site.clean()
    site.save()
    return site


class SiteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Site

    employer = factory.SubFactory(EmployerFactory)
    name = factory.Sequence(lambda n: f"Vestiging {n}")
    street = "Stationsstraat"
    house_number = "1"
    postcode = "3600"
    municipality = factory.LazyFunction(lambda: Municipality.objects.get(name_nl="Genk"))
    latitude = 50.9656
    longitude = 5.5001
    has_baby_toddler = True


class PlaceOfferFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PlaceOffer

    site = factory.SubFactory(SiteFactory)
    route = factory.LazyFunction(lambda: Route.objects.get(slug="secundair-onderwijs"))
    care = "baby-peuter"
    places = 2
    school_year = "2026-2027"
    recognition = Recognition.NOT_NEEDED

    class Params:
        dual = factory.Trait(
            route=factory.LazyFunction(lambda: Route.objects.get(slug="duaal-leren-secundair")),
            recognition=Recognition.RECOGNISED,
            recognised_until=datetime.date(2027, 6, 30),
        )
