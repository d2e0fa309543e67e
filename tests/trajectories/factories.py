import factory

from portal.geo import KM_PER_DEGREE_LATITUDE
from portal.models import Municipality
from portal.services import place_resolve
from tests.portal.factories import PublishableFactory
from tests.qualifications.factories import ProfessionalQualificationFactory
from trajectories.models import (
    DualRequirement,
    LearningContract,
    Location,
    Offering,
    Provider,
    Route,
    RouteQualification,
    RouteSection,
)


class RouteFactory(PublishableFactory):
    class Meta:
        model = Route

    name = factory.Sequence(lambda n: f"Traject {n}")
    slug = factory.Sequence(lambda n: f"traject-{n}")
    summary = "Een traject."
    duration = "Eén jaar."
    schedule = "Overdag."
    pay = "Geen vergoeding."
    workplace_share = "Een stage."
    outcome = "Een beroepskwalificatie."
    position = 100


class RouteQualificationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RouteQualification

    route = factory.SubFactory(RouteFactory)
    qualification = factory.SubFactory(ProfessionalQualificationFactory)


class RouteSectionFactory(PublishableFactory):
    class Meta:
        model = RouteSection

    route = factory.SubFactory(RouteFactory)
    slug = factory.Sequence(lambda n: f"onderdeel-{n}")
    title = factory.Sequence(lambda n: f"Onderdeel {n}")
    body = "- een regel"


class LearningContractFactory(PublishableFactory):
    class Meta:
        model = LearningContract

    slug = factory.Sequence(lambda n: f"contract-{n}")
    abbreviation = factory.Sequence(lambda n: f"C{n}")
    name = "Een overeenkomst"
    education = "volwassenenonderwijs"
    components = "Beide"
    social_security = "Ja"
    allowance = "Loon"
    holidays = "- vakantie"
    workplace_component = "- werkplek"
    duration = "- een jaar"
    position = 100


class DualRequirementFactory(PublishableFactory):
    class Meta:
        model = DualRequirement

    slug = factory.Sequence(lambda n: f"voorwaarde-{n}")
    subject = DualRequirement.Subject.WORKPLACE
    requirement = factory.Sequence(lambda n: f"Voorwaarde {n}")
    question = factory.Sequence(lambda n: f"Voldoe je aan voorwaarde {n}?")
    next_step = "Regel het."
    position = 100


class ProviderFactory(PublishableFactory):
    class Meta:
        model = Provider

    name = factory.Sequence(lambda n: f"Aanbieder {n}")
    slug = factory.Sequence(lambda n: f"aanbieder-{n}")
    kind = Provider.Kind.CVO


class LocationFactory(factory.django.DjangoModelFactory):
    """A location at a real municipality's centre (Gent by default)."""

    class Meta:
        model = Location

    provider = factory.SubFactory(ProviderFactory)
    name = factory.Sequence(lambda n: f"Campus {n}")
    municipality = factory.LazyFunction(lambda: Municipality.objects.get(nis_code="44021"))
    latitude = factory.LazyAttribute(lambda loc: loc.municipality.latitude)
    longitude = factory.LazyAttribute(lambda loc: loc.municipality.longitude)


class OfferingFactory(PublishableFactory):
    class Meta:
        model = Offering
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"aanbod-{n}")
    location = factory.SubFactory(LocationFactory)
    route = factory.LazyFunction(lambda: Route.objects.get(slug="volwassenenonderwijs"))
    title = "Kinderbegeleider baby's en peuters"

    @factory.post_generation
    def qualifications(self, create, extracted, **kwargs):
        if create and extracted:
            self.qualifications.set(extracted)


def offering_at(km_north_of_gent: float, **kwargs) -> Offering:
    """An offering due north of Gent's point: on a meridian the distance is exact by design."""
    gent = place_resolve(query="Gent").point
    location = LocationFactory(
        latitude=gent.latitude + km_north_of_gent / KM_PER_DEGREE_LATITUDE,
        longitude=gent.longitude,
    )
    return OfferingFactory(location=location, **kwargs)


def found_offerings(response) -> list[Offering]:
    """The offerings a search page shows, in its order, each with the distance it shows (the
    page holds rows of HTML, not offerings)."""
    rows = list(response.context["object_list"])
    offerings = Offering.objects.in_bulk([row.pk for row in rows])
    for row in rows:
        offerings[row.pk].distance_km = row.distance_km
    return [offerings[row.pk] for row in rows]
