"""Employers of childcare and the places they offer learners: stages and dual workplaces.

An `Employer` is an organiser of childcare that keeps its own rows (its accounts are in
`Employer.editors`, role Werkgever). Its `Site`s are where the care is, placed on the map through
the portal's gazetteer; each site has `PlaceOffer`s: how many learners of which route, in which
care, in which school year. An employer is online once sector staff accepted its first
publication (`EmployerReview`); its places and pauses are its own and go live at once.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from incentives.rules import CARE_TYPES, EMPLOYER_TYPES
from portal.dates import school_year_bounds, school_year_of
from portal.geo import within_radius
from portal.models import Municipality, PublishableModel, PublishableQuerySet, TimestampedModel
from portal.validators import kbo_number_validate, plain_text_validate
from trajectories.models import Route
from trajectories.models.reviews import HandledModel

# The routes whose learners learn at a workplace (EVC assesses, it places no learner).
WORKPLACE_ROUTES = (
    "secundair-onderwijs",
    "duaal-leren-secundair",
    "volwassenenonderwijs",
    "duaal-leren-volwassenenonderwijs",
    "syntra",
)
# What a place of each route is, in the words of a school's stage coordinator or a mentor.
PLACE_KINDS = {
    "secundair-onderwijs": "stage in het 7de jaar",
    "duaal-leren-secundair": "duaal leren (werkplek)",
    "volwassenenonderwijs": "stage of werkplekleren",
    "duaal-leren-volwassenenonderwijs": "duaal leren (werkplek)",
    "syntra": "stage",
}
DUAL_ROUTES = ("duaal-leren-secundair", "duaal-leren-volwassenenonderwijs")
MAX_PLACES = 50

Status = PublishableModel.Status


class Employer(TimestampedModel):
    """An organiser of childcare that offers places to learners, and keeps them itself."""

    slug = models.SlugField(
        "slug", max_length=120, unique=True, help_text="Staat in gedeelde links."
    )
    name = models.CharField("naam", max_length=200, validators=[plain_text_validate])
    kbo_number = models.CharField(
        "KBO-nummer",
        max_length=12,
        unique=True,
        validators=[kbo_number_validate],
        help_text="Het ondernemingsnummer, bv. 0267.377.629.",
        error_messages={"unique": "Voor dit KBO-nummer is al een werkgever aangemeld."},
    )
    kind = models.CharField("soort organisator", max_length=20, choices=EMPLOYER_TYPES)
    contact_email = models.EmailField(
        "contactadres",
        help_text=(
            "Hier komen de berichten van scholen, mentoren en kandidaten toe. Het adres staat "
            "nergens op de site."
        ),
    )
    website = models.URLField("website", max_length=300, blank=True)
    status = models.CharField(
        "status",
        max_length=12,
        choices=Status,
        default=Status.DRAFT,
        help_text="Online zodra de redactie de eerste publicatie aanvaardt.",
    )
    editors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="kept_employers",
        verbose_name="accounts van de werkgever",
    )

    objects = PublishableQuerySet.as_manager()
    history = HistoricalRecords()
    _history_m2m_fields = ["editors"]

    class Meta:
        ordering = ["name"]
        verbose_name = "werkgever"
        verbose_name_plural = "werkgevers"
        permissions = [
            ("keep_own_places", "Kan de eigen werkplekken bijhouden"),
            ("review_employer", "Kan werkgevers en hun naam of KBO-nummer aanvaarden"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("workplaces:employer-detail", args=[self.slug])

    @property
    def is_published(self) -> bool:
        return self.status == Status.PUBLISHED


class Site(TimestampedModel):
    """Where an employer's care is: an address in Flanders or Brussels, on the map."""

    employer = models.ForeignKey(
        Employer, on_delete=models.CASCADE, related_name="sites", verbose_name="werkgever"
    )
    name = models.CharField(
        "naam",
        max_length=200,
        validators=[plain_text_validate],
        help_text="Bv. 'Kinderdagverblijf De Vlinder'.",
    )
    street = models.CharField("straat", max_length=200, validators=[plain_text_validate])
    house_number = models.CharField("huisnummer", max_length=20, validators=[plain_text_validate])
    postcode = models.CharField(
        "postcode",
        max_length=4,
        validators=[RegexValidator(r"^\d{4}$", "Een Belgische postcode heeft vier cijfers.")],
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="gemeente",
        editable=False,
    )
    latitude = models.FloatField("breedtegraad", editable=False)
    longitude = models.FloatField("lengtegraad", editable=False)
    has_baby_toddler = models.BooleanField(CARE_TYPES["baby-peuter"], default=False)
    has_out_of_school = models.BooleanField(CARE_TYPES["bko"], default=False)
    has_family = models.BooleanField(CARE_TYPES["gezinsopvang"], default=False)

    history = HistoricalRecords()

    class Meta:
        ordering = ["employer__name", "name"]
        verbose_name = "vestiging van een werkgever"
        verbose_name_plural = "vestigingen van werkgevers"
        indexes = [models.Index(fields=["latitude", "longitude"], name="workplaces_site_lat_lon")]

    def __str__(self):
        return f"{self.name} ({self.municipality_name})"

    @property
    def municipality_name(self) -> str:
        return self.municipality.name_nl if self.municipality_id else self.postcode

    @property
    def care_labels(self) -> list[str]:
        kinds = [
            ("baby-peuter", self.has_baby_toddler),
            ("bko", self.has_out_of_school),
            ("gezinsopvang", self.has_family),
        ]
        return [CARE_TYPES[kind] for kind, present in kinds if present]

    def clean(self):
        """Placed through the gazetteer: the postcode must be one of Flanders or Brussels."""
        from portal.services import place_resolve

        if not self.postcode:
            return
        place = place_resolve(query=self.postcode)
        if not place.is_resolved:
            raise ValidationError(
                {
                    "postcode": (
                        f"Postcode {self.postcode} ligt niet in Vlaanderen of Brussel (of bestaat "
                        "niet). Werkplekken op deze site liggen in Vlaanderen of Brussel."
                    )
                }
            )
        self.municipality_id = place.municipality.pk
        self.latitude, self.longitude = place.point.latitude, place.point.longitude


class Recognition(models.TextChoices):
    RECOGNISED = "erkend", "Erkend als werkplek (werkplekduaal) tot een datum"
    REQUESTED = "aangevraagd", "Erkenning aangevraagd"
    NOT_NEEDED = "niet-nodig", "Niet nodig (stage)"


class PlaceOfferQuerySet(models.QuerySet):
    def visible(self, today: datetime.date | None = None):
        """What the public finds: of a published employer, not paused, of this school year or a
        later one, and for dual places a recognition that has not run out (or is requested)."""
        today = today or timezone.localdate()
        dual_ok = (
            ~Q(route__slug__in=DUAL_ROUTES)
            | Q(recognition=Recognition.REQUESTED)
            | Q(recognition=Recognition.RECOGNISED, recognised_until__gte=today)
        )
        return self.filter(
            dual_ok,
            site__employer__status=Status.PUBLISHED,
            is_paused=False,
            school_year__gte=school_year_of(today),
        )

    def near(self, point, km: float):
        return within_radius(
            self, point, km, latitude_field="site__latitude", longitude_field="site__longitude"
        )

    def for_page(self):
        """With everything a result row shows, in one query."""
        return self.select_related("route", "site__employer", "site__municipality__province")

    def recognition_expired(self, today: datetime.date | None = None):
        """Dual places that left the search because their recognition ran out."""
        today = today or timezone.localdate()
        return self.filter(
            route__slug__in=DUAL_ROUTES,
            recognition=Recognition.RECOGNISED,
            recognised_until__lt=today,
            is_paused=False,
        )


class PlaceOffer(TimestampedModel):
    """Places for learners of one route in one kind of care at a site, for one school year."""

    site = models.ForeignKey(
        Site, on_delete=models.CASCADE, related_name="offers", verbose_name="vestiging"
    )
    route = models.ForeignKey(
        Route,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="traject",
        limit_choices_to={"slug__in": WORKPLACE_ROUTES},
        help_text=(
            "Secundair onderwijs: stage in het 7de jaar. Volwassenenonderwijs: stage of "
            "werkplekleren. Syntra: stage."
        ),
    )
    care = models.CharField("opvang", max_length=20, choices=CARE_TYPES)
    places = models.PositiveSmallIntegerField(
        "aantal plaatsen",
        validators=[
            MinValueValidator(1, "Geef minstens 1 plaats op (pauzeer het aanbod als er geen is)."),
            MaxValueValidator(MAX_PLACES, f"Hoogstens {MAX_PLACES} plaatsen per aanbod."),
        ],
    )
    school_year = models.CharField(
        "schooljaar",
        max_length=9,
        validators=[RegexValidator(r"^\d{4}-\d{4}$", "Schrijf het schooljaar als 2026-2027.")],
    )
    starts_on = models.DateField("vanaf", null=True, blank=True)
    ends_on = models.DateField("tot en met", null=True, blank=True)
    day_description = models.TextField(
        "hoe een dag eruitziet",
        max_length=1000,
        blank=True,
        validators=[plain_text_validate],
        help_text="Bv. uren, taken, wat de lerende vooraf moet weten.",
    )
    early_shifts = models.BooleanField("vroege diensten", default=False)
    late_shifts = models.BooleanField("late diensten", default=False)
    team_languages = models.CharField(
        "talen in het team",
        max_length=200,
        blank=True,
        validators=[plain_text_validate],
        help_text="Bv. 'Nederlands, Frans, Arabisch'.",
    )
    mentor_declared_on = models.DateField(
        "mentor aanwezig, verklaard op",
        null=True,
        blank=True,
        help_text="De dag waarop jullie verklaren dat er een (stage)mentor is.",
    )
    recognition = models.CharField(
        "erkenning werkplekduaal",
        max_length=12,
        choices=Recognition,
        default=Recognition.NOT_NEEDED,
    )
    recognised_until = models.DateField("erkend tot en met", null=True, blank=True)
    is_paused = models.BooleanField(
        "gepauzeerd", default=False, help_text="Gepauzeerd aanbod staat niet in de zoekresultaten."
    )
    confirmed_on = models.DateField(
        "laatst bevestigd op",
        null=True,
        blank=True,
        help_text="Gezet met 'Klopt nog voor volgend schooljaar'.",
    )

    objects = PlaceOfferQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["site__employer__name", "site__name", "route__position", "pk"]
        verbose_name = "werkplekaanbod"
        verbose_name_plural = "werkplekaanbod"
        constraints = [
            models.CheckConstraint(
                condition=Q(places__gte=1, places__lte=MAX_PLACES),
                name="workplaces_placeoffer_places_range",
            )
        ]

    def __str__(self):
        return f"{self.route} · {self.get_care_display()} · {self.site.name}"

    @property
    def is_dual(self) -> bool:
        return self.route.slug in DUAL_ROUTES

    @property
    def kind_label(self) -> str:
        """'Secundair onderwijs: stage in het 7de jaar'."""
        kind = PLACE_KINDS.get(self.route.slug)
        return f"{self.route.name}: {kind}" if kind else self.route.name

    def clean(self):
        errors = {}
        try:
            first, last = school_year_bounds(self.school_year)
        except ValueError:
            first = last = None
            if self.school_year:
                errors["school_year"] = (
                    "Schrijf het schooljaar als 2026-2027 (twee opeenvolgende jaren)."
                )
        if first:
            for name in ("starts_on", "ends_on"):
                day = getattr(self, name)
                if day and not first <= day <= last:
                    errors[name] = (
                        f"Deze datum valt buiten schooljaar {self.school_year} "
                        f"(1 september {first.year} tot en met 31 augustus {last.year})."
                    )
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = "'Tot en met' komt na 'vanaf'."
        if self.recognition == Recognition.RECOGNISED and not self.recognised_until:
            errors["recognised_until"] = "Tot wanneer geldt de erkenning? Zie werkplekduaal.be."
        dual = self.route_id and self.route.slug in DUAL_ROUTES
        if dual and self.recognition == Recognition.NOT_NEEDED:
            errors["recognition"] = (
                "Een duale werkplek moet erkend zijn of de erkenning aangevraagd hebben."
            )
        if errors:
            raise ValidationError(errors)


class EmployerReview(HandledModel):
    """What sector staff look at before it is public: an employer's first publication, and a
    change of its name or KBO number. `changes` maps a field to
    `{"value": ..., "display": ..., "was_display": ...}`, as a provider's proposal does."""

    class Status(models.TextChoices):
        PENDING = "ingediend", "Wacht op nazicht"
        ACCEPTED = "aanvaard", "Aanvaard"
        RETURNED = "teruggestuurd", "Teruggestuurd"

    employer = models.ForeignKey(
        Employer, on_delete=models.CASCADE, related_name="reviews", verbose_name="werkgever"
    )
    is_first = models.BooleanField("eerste publicatie", default=False)
    changes = models.JSONField("wijzigingen", default=dict, blank=True, encoder=DjangoJSONEncoder)
    status = models.CharField(
        "status", max_length=14, choices=Status, default=Status.PENDING, db_index=True
    )
    message = models.TextField(
        "bericht aan de werkgever",
        max_length=2000,
        blank=True,
        validators=[plain_text_validate],
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name="voorgesteld door",
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = "nazicht van een werkgever"
        verbose_name_plural = "nazicht van werkgevers"
        constraints = [
            models.UniqueConstraint(
                fields=["employer"],
                condition=Q(status="ingediend"),
                name="workplaces_review_one_pending_per_employer",
            )
        ]

    def __str__(self):
        what = "Eerste publicatie" if self.is_first else "Naam of KBO-nummer"
        return f"{what}: {self.employer}"


class ContactMessage(models.Model):
    """A message from "Contact opnemen" on an offer: mailed to the employer with the sender as
    reply-to, and kept for its back office for `KEEP_DAYS`, then deleted
    (`manage.py delete_old_contact_messages`). No history: it would keep copies."""

    KEEP_DAYS = 90

    class Role(models.TextChoices):
        SCHOOL = "school", "School (stagecoördinator, leerkracht)"
        MENTOR = "mentor", "Mentor of trajectbegeleider"
        CANDIDATE = "kandidaat", "Kandidaat of leerling"
        OTHER = "ander", "Iemand anders"

    offer = models.ForeignKey(
        PlaceOffer, on_delete=models.CASCADE, related_name="messages", verbose_name="aanbod"
    )
    sender_role = models.CharField("wie", max_length=12, choices=Role)
    sender_email = models.EmailField("e-mail van de afzender")
    text = models.TextField("bericht", max_length=1500, validators=[plain_text_validate])
    created_at = models.DateTimeField("verstuurd op", auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "bericht aan een werkgever"
        verbose_name_plural = "berichten aan werkgevers"

    def __str__(self):
        return (
            f"Bericht over {self.offer.site.name} ({timezone.localtime(self.created_at):%d/%m/%Y})"
        )
