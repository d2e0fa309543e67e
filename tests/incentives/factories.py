import factory

from incentives.models import Premium, PremiumAmount, PremiumCondition
from tests.portal.factories import PublishableFactory


class PremiumFactory(PublishableFactory):
    class Meta:
        model = Premium
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"premie-{n}")
    name = factory.Sequence(lambda n: f"Premie {n}")
    funder = "Vlaamse overheid"
    summary = "Een premie."
    unit = Premium.Unit.PER_MONTH
    position = 100

    amount = factory.RelatedFactory(
        "tests.incentives.factories.PremiumAmountFactory", factory_related_name="premium"
    )
    condition = factory.RelatedFactory(
        "tests.incentives.factories.PremiumConditionFactory", factory_related_name="premium"
    )


class PremiumAmountFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PremiumAmount

    amount_eur = 50


class PremiumConditionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PremiumCondition

    text = "Een voorwaarde."
    position = 10
