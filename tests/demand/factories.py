import datetime

import factory
from django.utils import timezone

from demand.models import REQUEST_MONTHS, TrainingRequest, months_later
from portal.models import Municipality


class TrainingRequestFactory(factory.django.DjangoModelFactory):
    """A counted request (no e-mail address) for evening training in Brussel."""

    class Meta:
        model = TrainingRequest

    asker = TrainingRequest.Asker.MENTOR
    people = 3
    moments = "avond"
    municipality = factory.LazyFunction(lambda: Municipality.objects.get(nis_code="21004"))
    radius_km = 20
    ends_on = factory.LazyFunction(lambda: months_later(timezone.localdate(), REQUEST_MONTHS))

    class Params:
        confirmed = factory.Trait(
            email="mentor@voorbeeld.be",
            confirmed_at=factory.LazyFunction(timezone.now),
        )
        unconfirmed = factory.Trait(email="mentor@voorbeeld.be")


def day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)
