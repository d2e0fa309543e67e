import datetime

import factory

from qualifications.models import Finality, ProfessionalQualification, StudyProgramme, TimelineEvent
from tests.portal.factories import PublishableFactory


class ProfessionalQualificationFactory(PublishableFactory):
    class Meta:
        model = ProfessionalQualification

    name = factory.Sequence(lambda n: f"Kwalificatie {n}")
    slug = factory.Sequence(lambda n: f"kwalificatie-{n}")


class FinalityFactory(PublishableFactory):
    class Meta:
        model = Finality

    name = factory.Sequence(lambda n: f"Finaliteit {n}")
    slug = factory.Sequence(lambda n: f"finaliteit-{n}")
    structure = Finality.Structure.NEW


class StudyProgrammeFactory(PublishableFactory):
    class Meta:
        model = StudyProgramme

    name = factory.Sequence(lambda n: f"Richting {n}")
    slug = factory.Sequence(lambda n: f"richting-{n}")
    finality = factory.SubFactory(FinalityFactory)
    stage = StudyProgramme.Stage.GRADE_3


class TimelineEventFactory(PublishableFactory):
    class Meta:
        model = TimelineEvent

    slug = factory.Sequence(lambda n: f"moment-{n}")
    title = factory.Sequence(lambda n: f"Moment {n}")
    happens_on = datetime.date(2027, 9, 1)
    precision = TimelineEvent.Precision.MONTH
    kind = TimelineEvent.Kind.INFLOW
