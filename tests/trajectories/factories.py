import factory

from tests.portal.factories import PublishableFactory
from tests.qualifications.factories import ProfessionalQualificationFactory
from trajectories.models import (
    DualRequirement,
    LearningContract,
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
    audience = "Iedereen vanaf 18 jaar."
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
