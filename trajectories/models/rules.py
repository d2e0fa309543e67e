"""A route's rules: who may start it and what makes it fit a candidate (`RouteRule`), the
learner's allowance per tier (`AllowanceTier`) and how long a dual learner stays in one kind of
care (`CarePeriod`). The route planner, the route pages and the premium estimate read them."""

from django.db import models

from portal.models import PublishableModel, PublishableQuerySet
from trajectories.models.routes import LearningContract, Route


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
