"""Providers (schools, CVOs, Syntra campuses, EVC test centres), their locations and offerings."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from simple_history.models import HistoricalRecords

from portal.dates import school_year_of
from portal.geo import within_radius
from portal.models import Municipality, PublishableModel, PublishableQuerySet
from portal.validators import phone_number_validate, plain_text_validate
from qualifications.models import ProfessionalQualification
from trajectories.models.routes import Route


class Provider(PublishableModel):
    """An organisation that teaches a route or assesses competences."""

    class Kind(models.TextChoices):
        SCHOOL = "school", "School (secundair onderwijs)"
        CVO = "cvo", "Centrum voor volwassenenonderwijs"
        SYNTRA = "syntra", "Syntra-campus"
        EVC_CENTRE = "evc", "EVC-testcentrum"
        OTHER = "ander", "Andere"

    slug = models.SlugField(
        "slug",
        max_length=120,
        unique=True,
        help_text="Staat in gedeelde links: niet meer wijzigen na publicatie.",
    )
    name = models.CharField("naam", max_length=200)
    kind = models.CharField("soort", max_length=10, choices=Kind)
    school_number = models.CharField(
        "schoolnummer",
        max_length=20,
        unique=True,
        null=True,
        blank=True,
        help_text="Het schoolnummer van Onderwijs Vlaanderen; de import herkent scholen hieraan.",
    )
    kbo_number = models.CharField("KBO-nummer", max_length=20, blank=True)
    website = models.URLField("website", max_length=300, blank=True)
    email = models.EmailField("e-mail", blank=True)
    phone = models.CharField(
        "telefoon", max_length=40, blank=True, validators=[phone_number_validate]
    )
    education_level = models.CharField(
        "onderwijsniveau", max_length=120, blank=True, help_text="Zoals in de officiële lijst."
    )
    is_verified = models.BooleanField(
        "nagekeken",
        default=False,
        help_text=(
            "Aan als iemand het aanbod bij de aanbieder zelf heeft nagekeken. Uit: de pagina "
            "meldt dat de gegevens uit een openbare bron komen en nog niet geverifieerd zijn."
        ),
    )
    note = models.TextField(
        "opmerking",
        max_length=2000,
        blank=True,
        validators=[plain_text_validate],
        help_text="Wat de lezer moet weten, bv. waarom iets onzeker is.",
    )
    editors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="edited_providers",
        verbose_name="medewerkers van de aanbieder",
        help_text=(
            "Accounts (rol Aanbieder) die het aanbod van deze aanbieder mogen bijhouden. Nodig "
            "iemand uit met de knop bovenaan deze pagina."
        ),
    )
    provider_updated_on = models.DateField(
        "bijgewerkt door de aanbieder op",
        null=True,
        blank=True,
        help_text="Gezet als de redactie een voorstel van de aanbieder aanvaardt.",
    )
    contact_source_url = models.URLField(
        "bron van de contactgegevens",
        max_length=500,
        blank=True,
        help_text="De openbare pagina waar website, e-mail of telefoon staan, bv. de eigen site.",
    )
    contact_checked_on = models.DateField(
        "contactgegevens nagekeken op",
        null=True,
        blank=True,
        help_text="De dag waarop iemand ze bij die bron las (of de aanbieder ze zelf gaf).",
    )

    class Meta:
        ordering = ["name"]
        verbose_name = "aanbieder"
        verbose_name_plural = "aanbieders"
        permissions = [
            ("keep_own_offer", "Kan het eigen aanbod bijhouden (met nazicht door de redactie)")
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return self.url_of(self.slug)

    @staticmethod
    def url_of(slug: str) -> str:
        """The page of the one with this slug, without loading it."""
        return reverse("trajectories:provider-detail", args=[slug])


class LocationQuerySet(models.QuerySet):
    def get_by_natural_key(self, provider_slug, name):
        return self.get(provider__slug=provider_slug, name=name)


class Location(models.Model):
    """A campus or site of a provider: where the lessons are, so where distances are measured."""

    provider = models.ForeignKey(
        Provider, on_delete=models.CASCADE, related_name="locations", verbose_name="aanbieder"
    )
    name = models.CharField(
        "naam",
        max_length=200,
        blank=True,
        help_text="Bv. 'campus Brugge'; leeg als er maar één is.",
    )
    street = models.CharField(
        "straat", max_length=200, blank=True, validators=[plain_text_validate]
    )
    house_number = models.CharField(
        "huisnummer", max_length=20, blank=True, validators=[plain_text_validate]
    )
    postcode = models.CharField(
        "postcode",
        max_length=4,
        blank=True,
        validators=[RegexValidator(r"^\d{4}$", "Een Belgische postcode heeft vier cijfers.")],
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="locations",
        verbose_name="gemeente",
        help_text="Leeg als de gemeente niet zeker is; vul dan 'plaats volgens de bron' in.",
    )
    campus_number = models.CharField(
        "vestigingsplaatsnummer",
        max_length=10,
        blank=True,
        help_text=(
            "Het 'intern_vplnummer' uit de officiële lijst: een school met meer campussen heeft "
            "per campus een nummer. De import herkent de vestiging hieraan; leeg als onbekend."
        ),
    )
    place_note = models.CharField(
        "plaats volgens de bron",
        max_length=200,
        blank=True,
        validators=[plain_text_validate],
        help_text="Bv. 'waarschijnlijk Antwerpen (afgeleid uit de webadres)'.",
    )
    place_source_url = models.URLField(
        "bron van de plaats",
        max_length=500,
        blank=True,
        help_text="De openbare pagina die zegt waar deze vestiging is.",
    )
    place_checked_on = models.DateField(
        "plaats nagekeken op",
        null=True,
        blank=True,
        help_text="De dag waarop iemand dat bij die bron las.",
    )
    latitude = models.FloatField("breedtegraad", null=True, blank=True)
    longitude = models.FloatField("lengtegraad", null=True, blank=True)
    is_approximate = models.BooleanField(
        "ligging bij benadering",
        default=False,
        help_text="Aan als de ligging het centrum van de gemeente is, niet het adres.",
    )

    objects = LocationQuerySet.as_manager()

    history = HistoricalRecords()

    class Meta:
        ordering = ["provider__name", "name"]
        verbose_name = "vestiging"
        verbose_name_plural = "vestigingen"
        indexes = [models.Index(fields=["latitude", "longitude"], name="traj_location_lat_lon")]
        constraints = [
            models.UniqueConstraint(
                fields=["provider", "name"], name="trajectories_location_unique_name_per_provider"
            ),
            models.UniqueConstraint(
                fields=["provider", "campus_number"],
                condition=~Q(campus_number=""),
                name="trajectories_location_unique_campus_per_provider",
            ),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True, longitude__isnull=True)
                | Q(latitude__range=(49.4, 51.6), longitude__range=(2.5, 6.5)),
                name="trajectories_location_coordinates_in_belgium",
            ),
        ]

    def __str__(self):
        return self.name or f"{self.provider} ({self.municipality or self.place_note})"

    def clean(self):
        # A location whose town is known but not its point would be invisible in every place
        # search: it gets its municipality's point from the gazetteer, marked approximate.
        if self.municipality_id and self.latitude is None and self.longitude is None:
            self.latitude = self.municipality.latitude
            self.longitude = self.municipality.longitude
            self.is_approximate = True

    @staticmethod
    def label_of(name: str, town: str | None) -> str:
        """'Campus Noord, Gent': where it is, as a result row names it."""
        town = town or "plaats onbekend"
        return f"{name}, {town}" if name else town

    def natural_key(self):
        return (self.provider.slug, self.name)

    natural_key.dependencies = ["trajectories.provider"]

    @property
    def address(self) -> str:
        street = " ".join(part for part in [self.street, self.house_number] if part)
        town = " ".join(part for part in [self.postcode, str(self.municipality or "")] if part)
        return ", ".join(part for part in [street, town] if part)


class OfferingQuerySet(PublishableQuerySet):
    def published(self):
        """Published offerings of published providers."""
        return super().published().filter(location__provider__status=Provider.Status.PUBLISHED)

    def near(self, point, km: float):
        """Offerings within `km` of `point`, with `distance_km` (straight-line) on each."""
        return within_radius(
            self,
            point,
            km,
            latitude_field="location__latitude",
            longitude_field="location__longitude",
        )

    def current(self, today=None):
        """Offerings one can still take: not ended, and of this or a later school year (or none).

        An offering of a past school year, or one a newer official list no longer names, stays
        in the database with its history; the provider page shows it under "vorige schooljaren".
        """
        this_year = school_year_of(today or timezone.localdate())
        return self.filter(ended_on__isnull=True).filter(
            Q(school_year="") | Q(school_year__gte=this_year)
        )

    def at_moments(self, moments):
        """Offerings taught at one of these moments (values of `Offering.Moment`), and those
        whose moments are not known: not known is not "no". Each gets `moment_fit`:
        `MomentFit.AT_AN_ASKED_MOMENT` when it is known to fit, `MomentFit.MOMENTS_NOT_KNOWN` when
        nobody said."""
        asked = Offering.taught_at(moments)
        return self.filter(asked | Offering.moments_unknown()).annotate(
            moment_fit=Case(
                When(asked, then=Value(Offering.MomentFit.AT_AN_ASKED_MOMENT)),
                default=Value(Offering.MomentFit.MOMENTS_NOT_KNOWN),
            )
        )

    def for_listing(self):
        return self.select_related(
            "route", "location__provider", "location__municipality__province"
        ).prefetch_related("qualifications")


class Offering(PublishableModel):
    """A route taught at a location, toward one or more qualifications, at certain moments."""

    class Moment(models.TextChoices):
        DAY = "dag", "Overdag"
        EVENING = "avond", "'s Avonds"
        WEEKEND = "weekend", "In het weekend"
        DISTANCE = "afstand", "Afstandsonderwijs"

    class Enrolment(models.TextChoices):
        UNKNOWN = "onbekend", "Niet bekend"
        OPEN = "open", "Inschrijven kan"
        FULL = "volzet", "Volzet"
        STOPPED = "gestopt", "Inschrijvingen gestopt"

    class MomentFit(models.IntegerChoices):
        """The value of `moment_fit` (`OfferingQuerySet.at_moments`): how an offering's lesson
        moments compare with the moments asked. Known fits sort first; a sum counts the offerings
        whose moments are not known."""

        AT_AN_ASKED_MOMENT = 0, "Op een gevraagd lesmoment"
        MOMENTS_NOT_KNOWN = 1, "Lesmoment niet bekend"

    MOMENT_FIELDS = {
        Moment.DAY: "is_daytime",
        Moment.EVENING: "is_evening",
        Moment.WEEKEND: "is_weekend",
        Moment.DISTANCE: "is_distance",
    }

    slug = models.SlugField("slug", max_length=160, unique=True)
    location = models.ForeignKey(
        Location, on_delete=models.CASCADE, related_name="offerings", verbose_name="vestiging"
    )
    route = models.ForeignKey(
        Route, on_delete=models.PROTECT, related_name="offerings", verbose_name="traject"
    )
    qualifications = models.ManyToManyField(
        ProfessionalQualification,
        blank=True,
        related_name="offerings",
        verbose_name="beroepskwalificaties",
    )
    title = models.CharField(
        "naam van de opleiding",
        max_length=200,
        validators=[plain_text_validate],
        help_text="Zoals de aanbieder ze noemt, bv. '7de jaar Kinderbegeleider (duaal)'.",
    )
    is_daytime = models.BooleanField("overdag", default=False)
    is_evening = models.BooleanField("'s avonds", default=False)
    is_weekend = models.BooleanField("in het weekend", default=False)
    is_distance = models.BooleanField("afstandsonderwijs", default=False)
    is_dual = models.BooleanField("duaal", default=False)
    school_year = models.CharField(
        "schooljaar",
        max_length=9,
        blank=True,
        help_text="Het jaar waarin het begint en het jaar erna, met een streepje ertussen (bv. "
        "het schooljaar dat in september 2026 begint: 2026-2027); leeg als onbekend.",
    )
    starts_on = models.DateField(
        "eerste startdatum",
        null=True,
        blank=True,
        help_text="Om op te sorteren; leeg als onbekend.",
    )
    ends_on = models.DateField(
        "einddatum",
        null=True,
        blank=True,
        help_text="De laatste lesdag van wie op de eerste startdatum begint; leeg als onbekend.",
    )
    start_note = models.CharField(
        "startmomenten",
        max_length=200,
        blank=True,
        validators=[plain_text_validate],
        help_text="Bv. 'september en februari'.",
    )
    duration = models.CharField(
        "duur", max_length=200, blank=True, validators=[plain_text_validate]
    )
    language = models.CharField(
        "taal", max_length=40, default="Nederlands", validators=[plain_text_validate]
    )
    enrolment = models.CharField(
        "inschrijvingen",
        max_length=10,
        choices=Enrolment,
        default=Enrolment.UNKNOWN,
        help_text="Of men zich nog kan inschrijven voor dit schooljaar.",
    )
    enrolment_opens_on = models.DateField(
        "inschrijven kan vanaf",
        null=True,
        blank=True,
        help_text="Alleen als de inschrijvingen pas later openen.",
    )
    is_imported = models.BooleanField(
        "uit een officiële lijst",
        default=False,
        help_text=(
            "Aan als een import van een opleidingslijst dit aanbod aanmaakte. Een volgende import "
            "van die lijst beëindigt het als de school er niet meer in staat; wat je zelf "
            "invult (lesmomenten, start, duur, opmerkingen) overschrijft de import nooit."
        ),
    )
    ended_on = models.DateField(
        "beëindigd op",
        null=True,
        blank=True,
        help_text=(
            "Gevuld als de school niet meer in de officiële lijst staat: het aanbod verdwijnt "
            "uit de zoekresultaten maar blijft bewaard. Maak leeg om het terug te tonen."
        ),
    )
    notes = models.TextField(
        "opmerkingen", max_length=2000, blank=True, validators=[plain_text_validate]
    )
    provider_updated_on = models.DateField(
        "bijgewerkt door de aanbieder op",
        null=True,
        blank=True,
        help_text="Gezet als de redactie een voorstel van de aanbieder aanvaardt.",
    )

    objects = OfferingQuerySet.as_manager()
    # Kept in each version of the history too, so that undoing a change restores them.
    _history_m2m_fields = ["qualifications"]

    class Meta:
        ordering = ["location__provider__name", "title"]
        verbose_name = "opleidingsaanbod"
        verbose_name_plural = "opleidingsaanbod"
        # The search's own indexes on PostgreSQL (current offerings by location, read from the
        # index alone; trigram indexes for the back office's searches) are made by migration 0007.
        constraints = [
            models.CheckConstraint(
                condition=Q(school_year="") | Q(school_year__regex=r"^\d{4}-\d{4}$"),
                name="trajectories_offering_school_year_format",
            ),
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True)
                | Q(starts_on__isnull=True)
                | Q(ends_on__gte=F("starts_on")),
                name="trajectories_offering_ends_after_start",
            ),
            # An official list has one offering per campus, programme and school year.
            models.UniqueConstraint(
                fields=["location", "route", "title", "school_year"],
                condition=Q(is_imported=True),
                name="trajectories_offering_unique_imported_programme",
            ),
        ]

    def __str__(self):
        return f"{self.title} ({self.location})"

    def clean(self):
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError(
                {"ends_on": "De einddatum ligt vóór de eerste startdatum: kijk beide na."}
            )

    @classmethod
    def taught_at(cls, moments) -> Q:
        """The condition "taught at one of these moments" (values of `Moment`)."""
        condition = Q()
        for moment in moments:
            condition |= Q(**{cls.MOMENT_FIELDS[moment]: True})
        return condition

    @classmethod
    def moments_unknown(cls) -> Q:
        """The condition "no lesson moment known": none of the moment fields is set."""
        return Q(**dict.fromkeys(cls.MOMENT_FIELDS.values(), False))

    @property
    def is_current(self) -> bool:
        this_year = school_year_of(timezone.localdate())
        return self.ended_on is None and (not self.school_year or self.school_year >= this_year)

    @classmethod
    def enrolment_sentence(
        cls, enrolment: str, opens_on: datetime.date | None, today: datetime.date
    ) -> str:
        """What a reader sees about enrolment; empty when nobody said."""
        if enrolment == cls.Enrolment.UNKNOWN:
            return ""
        if enrolment == cls.Enrolment.OPEN and opens_on and opens_on > today:
            return f"Inschrijven kan vanaf {date_format(opens_on, 'j F Y')}"
        return dict(cls.Enrolment.choices).get(enrolment, enrolment)

    @property
    def moments(self) -> list[str]:
        return self.moment_labels(lambda field: getattr(self, field))

    @classmethod
    def moment_labels(cls, is_set) -> list[str]:
        """The labels of the moments taught at, `is_set(field)` telling each moment field."""
        return [label for moment, label in cls.Moment.choices if is_set(cls.MOMENT_FIELDS[moment])]
