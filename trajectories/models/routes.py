"""The routes into the job, their rules, the learning contracts, dual learning and support."""

from django.db import models
from simple_history.models import HistoricalRecords

from portal.caching import reverse_slug
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
        return reverse_slug("trajectories:route-detail", slug)


def choice_set(text: str) -> frozenset[str]:
    """The values of a comma-separated choice field ('scholier,werkzoekend')."""
    return frozenset(value for value in (text or "").split(",") if value)


class RouteRuleQuerySet(PublishableQuerySet):
    def for_planner(self):
        """The published rules of published routes, in the order staff gave them."""
        return self.published().filter(route__status=PublishableModel.Status.PUBLISHED)


class RouteRule(PublishableModel):
    """One rule of a route: who may start it, or what makes it fit a candidate better or worse.

    The route planner and the route's page read the same rules (`trajectories.services.
    route_planner`). Each rule's conditions must all hold for it to apply; a condition left
    empty holds for everyone. Staff change a rule here when a source changes, without a
    developer.
    """

    class Kind(models.TextChoices):
        ADMISSION = "toegang", "Wie mag starten"
        ADVICE = "aanrader", "Reden die het traject aanraadt"
        NOTE = "let-op", "Let op (sluit niet uit)"

    class Situation(models.TextChoices):
        PUPIL = "scholier", "Zit in het secundair onderwijs"
        JOB_SEEKER = "werkzoekend", "Zoekt werk"
        IN_CHILDCARE = "werkt-in-kinderopvang", "Werkt al in de kinderopvang"
        ELSEWHERE = "werkt-elders", "Werkt in een andere sector"

    class Diploma(models.TextChoices):
        NONE = "geen", "Geen diploma secundair onderwijs"
        OK3 = "ok3", "Diploma secundair onderwijs met OK3 (arbeidsmarktfinaliteit)"
        OK4 = "ok4", "Diploma secundair onderwijs met OK4"
        SECONDARY = "secundair", "Diploma secundair onderwijs, soort niet bekend"
        HIGHER = "hoger", "Diploma hoger onderwijs"

    class Experience(models.TextChoices):
        CHILDCARE = "kinderopvang", "Ervaring in de kinderopvang (werk)"
        VOLUNTEER = "vrijwillig", "Ervaring met kinderen als vrijwilliger of in de vrije tijd"

    class Moment(models.TextChoices):
        DAY = "dag", "Overdag"
        EVENING = "avond", "'s Avonds"
        WEEKEND = "weekend", "In het weekend"

    route = models.ForeignKey(
        Route, on_delete=models.CASCADE, related_name="rules", verbose_name="traject"
    )
    slug = models.SlugField("slug", max_length=80, unique=True)
    kind = models.CharField(
        "soort regel",
        max_length=10,
        choices=Kind,
        help_text="'Wie mag starten': minstens één zo'n regel van het traject moet passen, "
        "anders valt het traject af (behalve als de regel onzeker is). 'Reden' en 'Let op' "
        "tonen hun tekst als ze passen, en tellen hun punten mee voor de volgorde.",
    )
    who = models.CharField(
        "voor wie",
        max_length=200,
        blank=True,
        help_text="Alleen bij 'wie mag starten': kort, zoals in 'Dit traject is voor …', bv. "
        "'leerlingen van 15 tot 25 jaar'. De routeplanner zegt het als het traject niet past.",
    )
    text = models.TextField(
        "wat de lezer leest",
        blank=True,
        help_text="De reden zoals de routeplanner en de pagina van het traject ze tonen als de "
        "regel past. Leeg: de regel telt mee, maar toont niets.",
    )
    min_age = models.PositiveSmallIntegerField("vanaf leeftijd", null=True, blank=True)
    max_age = models.PositiveSmallIntegerField("tot en met leeftijd", null=True, blank=True)
    situations = models.CharField(
        "situaties",
        max_length=120,
        blank=True,
        help_text="Leeg: elke situatie. Anders: de regel past alleen bij deze situaties.",
    )
    diplomas = models.CharField(
        "vooropleiding",
        max_length=120,
        blank=True,
        help_text="Leeg: elke vooropleiding. Wie 'soort niet bekend' invult, krijgt een regel "
        "die OK3 of OK4 vraagt te zien als 'hangt af van je diploma'.",
    )
    experiences = models.CharField(
        "ervaring die telt",
        max_length=120,
        blank=True,
        help_text="Leeg: ervaring speelt geen rol. Anders: één van deze soorten ervaring.",
    )
    min_experience_years = models.PositiveSmallIntegerField(
        "minstens zoveel jaar ervaring in de kinderopvang", null=True, blank=True
    )
    moments = models.CharField(
        "lesmomenten", max_length=60, blank=True, help_text="Leeg: het lesmoment speelt geen rol."
    )
    wants_pay = models.BooleanField(
        "als de kandidaat betaald wil leren",
        null=True,
        blank=True,
        help_text="Ja: de regel past alleen bij wie betaald wil leren. Leeg: speelt geen rol.",
    )
    needs_held_qualification = models.BooleanField(
        "als de kandidaat al een kwalificatie kinderbegeleider heeft", default=False
    )
    duration = models.CharField(
        "duur als deze regel past",
        max_length=120,
        blank=True,
        help_text="Bv. 'Avondopleiding: 2 lesavonden per week, 2 jaar'. Leeg: de gewone duur.",
    )
    points = models.SmallIntegerField(
        "gewicht",
        default=0,
        help_text="Hoe sterk deze regel het traject aanraadt als hij past (negatief: minder "
        "sterk). Trajecten met meer punten staan hoger in de routeplanner.",
    )
    is_uncertain = models.BooleanField(
        "onzeker",
        default=False,
        help_text="Aan als de bronnen deze regel niet (eenduidig) bevestigen. Een onzekere regel "
        "sluit nooit uit: het traject blijft staan, met wat onzeker is.",
    )
    uncertainty = models.TextField(
        "wat onzeker is",
        blank=True,
        help_text="Eén of twee zinnen voor de lezer, met de bron. Staat overal waar de regel "
        "gebruikt wordt.",
    )
    position = models.PositiveSmallIntegerField("volgorde", default=0)

    objects = RouteRuleQuerySet.as_manager()

    class Meta:
        ordering = ["route__position", "position"]
        verbose_name = "regel van een traject"
        verbose_name_plural = "regels van een traject"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=["toegang", "aanrader", "let-op"]),
                name="trajectories_routerule_kind_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(max_age__isnull=True)
                | models.Q(min_age__isnull=True)
                | models.Q(max_age__gte=models.F("min_age")),
                name="trajectories_routerule_age_window",
            ),
            models.CheckConstraint(
                condition=~models.Q(is_uncertain=True, uncertainty=""),
                name="trajectories_routerule_uncertain_says_why",
            ),
        ]

    def __str__(self):
        return f"{self.route}: {self.who or self.text[:60] or self.slug}"

    @property
    def age_window(self) -> str:
        """'15 tot en met 25 jaar', 'vanaf 18 jaar' or ''."""
        if self.min_age is not None and self.max_age is not None:
            if self.min_age == self.max_age:
                return f"{self.min_age} jaar"
            return f"{self.min_age} tot en met {self.max_age} jaar"
        if self.min_age is not None:
            return f"vanaf {self.min_age} jaar"
        if self.max_age is not None:
            return f"tot en met {self.max_age} jaar"
        return ""


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


class AllowanceTier(PublishableModel):
    """One tier of a learning contract's allowance (leervergoeding): what the learner costs.

    The premium estimate shows it beside what comes in, for the routes whose learners are in
    this tier (a learner of the 7th year has finished the 3rd grade: the highest tier).
    """

    contract = models.ForeignKey(
        LearningContract,
        on_delete=models.CASCADE,
        related_name="allowance_tiers",
        verbose_name="leerovereenkomst",
    )
    slug = models.SlugField("slug", max_length=80, unique=True)
    label = models.CharField(
        "voor wie",
        max_length=200,
        help_text="Wie in deze schijf zit, bv. 'na het eerste jaar van de 3de graad'.",
    )
    amount_eur = models.DecimalField("bedrag (€ per maand)", max_digits=8, decimal_places=2)
    holds_from = models.DateField(
        "geldt sinds",
        null=True,
        blank=True,
        help_text="Leeg als de bron het niet zegt; de lezer ziet dan 'sinds wanneer: niet bekend'.",
    )
    stated_for_year = models.PositiveSmallIntegerField(
        "bedrag van het jaar",
        null=True,
        blank=True,
        help_text="Het jaar waarvoor de bron dit bedrag noemt, bv. 2025.",
    )
    routes = models.ManyToManyField(
        Route,
        blank=True,
        related_name="allowance_tiers",
        verbose_name="geldt voor de lerenden van",
        help_text="De trajecten waarvan de lerende in deze schijf zit.",
    )
    uncertainty = models.TextField(
        "wat onzeker is", blank=True, help_text="De lezer ziet het naast het bedrag."
    )

    class Meta:
        ordering = ["contract__position", "amount_eur"]
        verbose_name = "schijf van de leervergoeding"
        verbose_name_plural = "schijven van de leervergoeding"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(amount_eur__gt=0), name="trajectories_allowancetier_positive"
            ),
        ]

    def __str__(self):
        return f"{self.contract}: € {self.amount_eur} ({self.label})"


class CarePeriod(PublishableModel):
    """How long a learner of a route stays in one kind of care: the dual year's split.

    The kinderbegeleider duaal spends 5 to 7 months in the care of babies and toddlers and 3 to
    5 months in out-of-school care; the premium estimate counts an employer's months by it.
    """

    class Care(models.TextChoices):
        BABY_TODDLER = "baby-peuter", "Baby's en peuters (kinderdagverblijf)"
        OUT_OF_SCHOOL = "bko", "Buitenschoolse kinderopvang (BKO)"
        FAMILY = "gezinsopvang", "Gezinsopvang"

    route = models.ForeignKey(
        Route, on_delete=models.CASCADE, related_name="care_periods", verbose_name="traject"
    )
    slug = models.SlugField("slug", max_length=80, unique=True)
    care = models.CharField("soort opvang", max_length=12, choices=Care)
    min_months = models.PositiveSmallIntegerField("minstens (maanden)")
    max_months = models.PositiveSmallIntegerField("hoogstens (maanden)")

    class Meta:
        ordering = ["route__position", "care"]
        verbose_name = "periode in een soort opvang"
        verbose_name_plural = "periodes in een soort opvang"
        constraints = [
            models.UniqueConstraint(
                fields=["route", "care"], name="trajectories_careperiod_one_per_care"
            ),
            models.CheckConstraint(
                condition=models.Q(max_months__gte=models.F("min_months")),
                name="trajectories_careperiod_max_after_min",
            ),
        ]

    def __str__(self):
        return (
            f"{self.route}: {self.get_care_display()} {self.min_months}-{self.max_months} maanden"
        )


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
