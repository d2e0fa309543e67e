"""The routes into the job, their qualifications and sections, the learning contracts, dual learning
and support. Who may start a route and how long a learner stays in one kind of care are in
`trajectories.models.rules`."""

from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from portal.models import Province, PublishableModel, PublishableQuerySet, Resource
from qualifications.models import ProfessionalQualification


class RouteQuerySet(PublishableQuerySet):
    def for_listing(self):
        return self.prefetch_related("contracts")


class Route(PublishableModel):
    """A route (traject) into the job: secondary education, dual learning, adult education, ..."""

    slug = models.SlugField(
        "slug",
        max_length=60,
        unique=True,
        help_text="Staat in gedeelde links: niet meer wijzigen na publicatie.",
    )
    name = models.CharField("naam", max_length=120)
    summary = models.TextField("in het kort", help_text="Twee of drie zinnen voor wie kiest.")
    duration = models.TextField("hoe lang")
    duration_summary = models.CharField(
        "duur in één regel",
        max_length=120,
        blank=True,
        help_text="Wat de routeplanner naast het traject toont, bv. 'Enkele weken'. Een regel "
        "van het traject of de duur per kwalificatie gaat voor.",
    )
    schedule = models.TextField("wanneer", help_text="Dag, avond, weekend, of op de werkplek.")
    pay = models.TextField("betaald?", help_text="Leervergoeding, loon of geen vergoeding.")
    workplace_share = models.TextField("deel op de werkplek")
    outcome = models.TextField("wat je krijgt", help_text="Diploma, beroepskwalificatie, bewijs.")
    is_dual = models.BooleanField(
        "duaal", default=False, help_text="Aan als leren op de werkplek de kern van dit traject is."
    )
    resources = models.ManyToManyField(
        Resource,
        blank=True,
        related_name="routes",
        verbose_name="instrumenten en projecten",
        help_text="Wat dit traject ondersteunt: instrumenten voor stages, projecten, zoekers.",
    )
    position = models.PositiveSmallIntegerField("volgorde", default=0)

    objects = RouteQuerySet.as_manager()
    # Kept in each version of the history too, so that undoing a change restores them.
    _history_m2m_fields = ["resources"]

    class Meta:
        ordering = ["position", "name"]
        verbose_name = "traject"
        verbose_name_plural = "trajecten"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return self.url_of(self.slug)

    @staticmethod
    def url_of(slug: str) -> str:
        """The page of the one with this slug, without loading it."""
        return reverse("trajectories:route-detail", args=[slug])


class RouteQualificationQuerySet(models.QuerySet):
    def get_by_natural_key(self, route_slug, qualification_slug):
        return self.get(route__slug=route_slug, qualification__slug=qualification_slug)

    def published(self):
        return self.filter(
            route__status=PublishableModel.Status.PUBLISHED,
            qualification__status=PublishableModel.Status.PUBLISHED,
        )

    def with_admission_rules(self):
        """Each link's route, with its published rules of who may start it (`route.rules`): a
        qualification's page lists them through `qualification.route_links`."""
        from trajectories.models.rules import RouteRule  # rules.py builds on this module

        admission = RouteRule.objects.published().filter(kind=RouteRule.Kind.ADMISSION)
        return self.select_related("route").prefetch_related(
            models.Prefetch("route__rules", queryset=admission)
        )


class RouteQualification(models.Model):
    """That a route leads to a qualification, and how long it takes for that one."""

    route = models.ForeignKey(
        Route, on_delete=models.CASCADE, related_name="qualification_links", verbose_name="traject"
    )
    qualification = models.ForeignKey(
        ProfessionalQualification,
        on_delete=models.PROTECT,
        related_name="route_links",
        verbose_name="beroepskwalificatie",
    )
    duration = models.CharField(
        "duur voor deze kwalificatie",
        max_length=200,
        blank=True,
        help_text="Alleen als die verschilt van de duur van het traject, bv. '720 lestijden'.",
    )
    note = models.CharField("opmerking", max_length=300, blank=True)

    objects = RouteQualificationQuerySet.as_manager()

    history = HistoricalRecords()

    class Meta:
        ordering = ["route__position", "qualification__position"]
        verbose_name = "kwalificatie van een traject"
        verbose_name_plural = "kwalificaties van een traject"
        constraints = [
            models.UniqueConstraint(
                fields=["route", "qualification"], name="trajectories_routequalification_unique"
            ),
        ]

    def __str__(self):
        return f"{self.route} → {self.qualification}"

    def natural_key(self):
        return (self.route.slug, self.qualification.slug)

    natural_key.dependencies = ["trajectories.route", "qualifications.professionalqualification"]


class RouteSection(PublishableModel):
    """One topic of a route's page (who may enrol, internships, ...), with its own source."""

    route = models.ForeignKey(
        Route, on_delete=models.CASCADE, related_name="sections", verbose_name="traject"
    )
    slug = models.SlugField("slug", max_length=80, unique=True)
    title = models.CharField("titel", max_length=200)
    body = models.TextField(
        "tekst", help_text="Markdown: lijstjes met '- ', links als [tekst](url)."
    )
    position = models.PositiveSmallIntegerField("volgorde", default=0)

    class Meta:
        ordering = ["route", "position"]
        verbose_name = "onderdeel van een traject"
        verbose_name_plural = "onderdelen van een traject"

    def __str__(self):
        return f"{self.route}: {self.title}"


class LearningContract(PublishableModel):
    """A learning contract (OAO, ODOS, ODO, ODO(W)): the rows of the webinar's comparison."""

    slug = models.SlugField("slug", max_length=20, unique=True)
    abbreviation = models.CharField("afkorting", max_length=12)
    name = models.CharField("naam", max_length=160)
    education = models.CharField(
        "onderwijs", max_length=60, help_text="Bv. 'secundair onderwijs' of 'volwassenenonderwijs'."
    )
    components = models.TextField("les- en/of werkplekcomponent")
    social_security = models.TextField("sociale zekerheid")
    allowance = models.TextField("leervergoeding")
    allowance_holds_from = models.DateField(
        "leervergoeding geldt sinds",
        null=True,
        blank=True,
        help_text="Sinds wanneer de bedragen van de leervergoeding gelden. Leeg als de bron het "
        "niet zegt; de lezer ziet dan 'sinds wanneer: niet bekend'.",
    )
    holidays = models.TextField("vakantieregeling", help_text="Markdown-lijstje.")
    workplace_component = models.TextField("werkplekcomponent", help_text="Markdown-lijstje.")
    duration = models.TextField("duur van de opleiding", help_text="Markdown-lijstje.")
    note = models.TextField(
        "kanttekening",
        blank=True,
        help_text="Waar bronnen verschillen of de bron onduidelijk is: zeg het hier, met de datum.",
    )
    routes = models.ManyToManyField(
        Route, blank=True, related_name="contracts", verbose_name="trajecten"
    )
    position = models.PositiveSmallIntegerField("volgorde", default=0)

    _history_m2m_fields = ["routes"]  # kept in each version of the history too

    class Meta:
        ordering = ["position"]
        verbose_name = "leerovereenkomst"
        verbose_name_plural = "leerovereenkomsten"

    def __str__(self):
        return self.abbreviation


class DualRequirement(PublishableModel):
    """A condition a workplace or a mentor must meet to host a dual learner: one self-check item."""

    class Subject(models.TextChoices):
        WORKPLACE = "werkplek", "De werkplek (erkenning)"
        MENTOR = "mentor", "De mentor"

    slug = models.SlugField(
        "slug", max_length=60, unique=True, help_text="Staat in de link van de zelftest."
    )
    subject = models.CharField("voor wie", max_length=10, choices=Subject)
    requirement = models.CharField("voorwaarde", max_length=300)
    question = models.CharField(
        "vraag in de zelftest", max_length=300, help_text="Een vraag die je met 'ja' beantwoordt."
    )
    next_step = models.TextField(
        "wat te doen als het ontbreekt", help_text="De volgende stap, concreet. Markdown mag."
    )
    exception = models.TextField(
        "uitzondering", blank=True, help_text="Wanneer er van de voorwaarde afgeweken kan worden."
    )
    caveat = models.TextField(
        "onzeker",
        blank=True,
        help_text="Wat de bronnen over deze voorwaarde niet bevestigen, met de bron. De lezer ziet "
        "het bij de vraag, nog vóór hij antwoordt.",
    )
    position = models.PositiveSmallIntegerField("volgorde", default=0)

    class Meta:
        ordering = ["subject", "position"]
        verbose_name = "voorwaarde duaal leren"
        verbose_name_plural = "voorwaarden duaal leren"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(subject__in=["werkplek", "mentor"]),
                name="trajectories_dualrequirement_subject_valid",
            ),
        ]

    def __str__(self):
        return self.requirement


class SupportService(PublishableModel):
    """Support for candidates and employers, such as the mentors of group and family childcare."""

    slug = models.SlugField("slug", max_length=80, unique=True)
    name = models.CharField("naam", max_length=160)
    summary = models.TextField("in het kort")
    for_candidates = models.TextField("voor kandidaten", blank=True, help_text="Markdown.")
    for_employers = models.TextField("voor werkgevers", blank=True, help_text="Markdown.")
    provinces = models.ManyToManyField(
        Province,
        blank=True,
        related_name="support_services",
        verbose_name="werkt in",
        help_text="De provincies (en Brussel) waar deze ondersteuning beschikbaar is.",
    )
    is_free = models.BooleanField("gratis", default=False)
    website = models.URLField("website", max_length=500, blank=True)
    position = models.PositiveSmallIntegerField("volgorde", default=0)

    _history_m2m_fields = ["provinces"]  # kept in each version of the history too

    class Meta:
        ordering = ["position", "name"]
        verbose_name = "ondersteuning"
        verbose_name_plural = "ondersteuning"

    def __str__(self):
        return self.name
