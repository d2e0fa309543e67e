"""Premiums and subsidies for employers who train learners, kept as rules that staff can change."""

from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from simple_history.models import HistoricalRecords

from incentives import rules
from portal import dates
from portal.models import PublishableModel, PublishableQuerySet
from portal.text import format_euro
from trajectories.models import Route


class PremiumQuerySet(PublishableQuerySet):
    def for_page(self):
        return self.prefetch_related(
            "amounts", "conditions", "updates", "routes", "excluded_routes", "reserved_routes"
        )


class Premium(PublishableModel):
    """A premium, subsidy or other measure an employer can get for training a learner."""

    class Kind(models.TextChoices):
        PREMIUM = "premie", "Premie met een bedrag"
        MEASURE = "maatregel", "Maatregel zonder vast bedrag"

    class SchoolYear(models.TextChoices):
        FULL = rules.SchoolYear.FULL, "september tot en met augustus"
        TEACHING = rules.SchoolYear.TEACHING, "september tot en met juni"

    class Unit(models.TextChoices):
        ONE_OFF = rules.Unit.ONE_OFF, "eenmalig per lerende"
        PER_MONTH = rules.Unit.PER_MONTH, "per maand per lerende"
        PER_SCHOOL_YEAR = rules.Unit.PER_SCHOOL_YEAR, "per schooljaar per lerende"
        PER_MENTOR = rules.Unit.PER_MENTOR, "per mentor, per schijf van begeleidingen"
        NONE = rules.Unit.NONE, "geen bedrag"

    slug = models.SlugField("slug", max_length=80, unique=True)
    name = models.CharField("naam", max_length=160)
    funder = models.CharField("wie betaalt", max_length=160, help_text="Bv. 'Vlaamse overheid'.")
    kind = models.CharField("soort", max_length=10, choices=Kind, default=Kind.PREMIUM)
    summary = models.TextField("in het kort", help_text="Twee zinnen: wat en voor wie.")
    unit = models.CharField("eenheid", max_length=16, choices=Unit, default=Unit.NONE)
    min_months = models.PositiveSmallIntegerField(
        "minimum aantal maanden",
        default=0,
        help_text="Hoe lang de lerende minstens opgeleid moet worden; 0 als er geen minimum is.",
    )
    max_times_per_learner = models.PositiveSmallIntegerField(
        "maximaal aantal keer per lerende", null=True, blank=True
    )
    school_year = models.CharField(
        "schooljaar van de premie",
        max_length=8,
        choices=SchoolYear,
        default=SchoolYear.FULL,
        help_text="Hoe de bron het schooljaar afbakent. 'Per schooljaar' en 'minimum aantal "
        "maanden' tellen per schooljaar; bij 'september tot en met juni' tellen juli en "
        "augustus niet mee.",
    )
    learners_per_mentor = models.PositiveSmallIntegerField(
        "begeleidingen per schijf",
        null=True,
        blank=True,
        help_text="Alleen bij 'per mentor': hoeveel lerenden één mentor begeleidt voor één "
        "bedrag, bv. 5 ('1 tot 5 stagebegeleidingen'). Vanaf de volgende begint een nieuwe schijf.",
    )
    cap_note = models.CharField(
        "maximum", max_length=200, blank=True, help_text="Een plafond zoals de bron het zegt."
    )
    cap_per_school_year_eur = models.DecimalField(
        "maximum per schooljaar (€)",
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="Het plafond dat de schatting toepast, per schooljaar. Leeg: geen plafond.",
    )
    reserve_reason = models.CharField(
        "waarom onder voorbehoud",
        max_length=300,
        blank=True,
        help_text="Eén zin: waarom dit geld niet zeker is, ook als alle antwoorden passen (bv. "
        "'Alleen het webinar noemt dit bedrag.'). Leeg als bedrag en recht vaststaan: dan telt "
        "de schatting het bij 'zeker'.",
    )
    scheme_school_year = models.CharField(
        "bekend voor schooljaar",
        max_length=9,
        blank=True,
        validators=[RegexValidator(r"^\d{4}-\d{4}$", "Schrijf een schooljaar als 2025-2026.")],
        help_text="Als de bron de premie maar voor één schooljaar noemt, bv. '2024-2025'. Is dat "
        "schooljaar voorbij, dan telt de schatting de premie niet mee. Leeg als ze doorloopt.",
    )
    is_for_private = models.BooleanField("private non-profit", default=False)
    is_for_self_employed = models.BooleanField("zelfstandig of commercieel", default=False)
    is_for_local_government = models.BooleanField("lokaal bestuur", default=False)
    is_for_baby_toddler = models.BooleanField("baby's en peuters", default=False)
    is_for_out_of_school = models.BooleanField("buitenschoolse opvang", default=False)
    is_for_family_care = models.BooleanField("gezinsopvang", default=False)
    routes = models.ManyToManyField(
        Route,
        blank=True,
        related_name="premiums",
        verbose_name="trajecten",
        help_text="Leeg: voor elk traject.",
    )
    excluded_routes = models.ManyToManyField(
        Route,
        blank=True,
        related_name="excluded_premiums",
        verbose_name="niet voor trajecten",
        help_text="Trajecten die uitdrukkelijk uitgesloten zijn; zeg waarom bij 'niet voor'.",
    )
    reserved_routes = models.ManyToManyField(
        Route,
        blank=True,
        related_name="reserved_premiums",
        verbose_name="onder voorbehoud voor trajecten",
        help_text="Trajecten waarvoor de premie misschien geldt (bv. een aangekondigde "
        "decreetswijziging): de schatting telt ze onder voorbehoud, met de reden en de datum.",
    )
    reserved_routes_reason = models.CharField(
        "waarom onder voorbehoud voor die trajecten",
        max_length=300,
        blank=True,
        help_text="Eén zin voor de lezer, bv. 'Een decreetswijziging is aangekondigd; of ze al "
        "geldt, is niet bekend.'",
    )
    reserved_routes_checked_on = models.DateField(
        "die status nagekeken op",
        null=True,
        blank=True,
        help_text="Wanneer iemand de status voor die trajecten laatst bij de bron naging.",
    )
    may_be_renewed = models.BooleanField(
        "kan opnieuw lopen",
        default=False,
        help_text="Aan als een premie die voorbij is (einddatum of schooljaar) een nieuwe "
        "ronde kan krijgen: de schatting noemt ze dan als 'mogelijk, vraag na bij …', zonder "
        "ze mee te tellen.",
    )
    ask_at = models.CharField(
        "vraag na bij",
        max_length=120,
        blank=True,
        help_text="Wie de werkgever kan vragen of de premie (nog) loopt, bv. 'Diverscity'.",
    )
    valid_from = models.DateField("geldig vanaf", null=True, blank=True)
    valid_until = models.DateField(
        "geldig tot en met",
        null=True,
        blank=True,
        help_text="Leeg als er geen einddatum bekend is.",
    )
    not_for = models.CharField(
        "niet voor",
        max_length=300,
        blank=True,
        help_text="Wie of wat uitdrukkelijk uitgesloten is, bv. 'het 7de jaar duaal'.",
    )
    uncertainty = models.TextField(
        "wat onzeker is",
        blank=True,
        help_text="Wat de bronnen niet (eenduidig) zeggen. De lezer ziet dit bij de premie.",
    )
    more_info_url = models.URLField("meer info", max_length=500, blank=True)
    position = models.PositiveSmallIntegerField("volgorde", default=0)

    objects = PremiumQuerySet.as_manager()
    # Kept in each version of the history too, so that undoing a change restores them.
    _history_m2m_fields = ["routes", "excluded_routes"]

    class Meta:
        ordering = ["position", "name"]
        verbose_name = "premie of maatregel"
        verbose_name_plural = "premies en maatregelen"
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_until__isnull=True)
                | Q(valid_from__isnull=True)
                | Q(valid_until__gte=models.F("valid_from")),
                name="incentives_premium_valid_until_after_from",
            ),
        ]

    def __str__(self):
        return self.name

    def as_rule(self) -> rules.PremiumRule:
        """The premium as a pure rule (uses prefetched amounts and routes)."""
        flags = {
            "privaat": self.is_for_private,
            "zelfstandig": self.is_for_self_employed,
            "lokaal-bestuur": self.is_for_local_government,
        }
        care = {
            "baby-peuter": self.is_for_baby_toddler,
            "bko": self.is_for_out_of_school,
            "gezinsopvang": self.is_for_family_care,
        }
        return rules.PremiumRule(
            slug=self.slug,
            name=self.name,
            unit=self.unit,
            amounts=tuple(
                rules.Amount(a.amount_eur, a.with_allowance, a.label) for a in self.amounts.all()
            ),
            employer_types=frozenset(k for k, v in flags.items() if v),
            care_types=frozenset(k for k, v in care.items() if v),
            route_slugs=frozenset(route.slug for route in self.routes.all()),
            excluded_route_slugs=frozenset(route.slug for route in self.excluded_routes.all()),
            reserved_route_slugs=frozenset(route.slug for route in self.reserved_routes.all()),
            reserved_routes_reason=self.reserved_routes_reason,
            reserved_routes_checked_on=self.reserved_routes_checked_on,
            may_be_renewed=self.may_be_renewed,
            ask_at=self.ask_at,
            school_year=self.school_year,
            learners_per_mentor=self.learners_per_mentor,
            not_for=self.not_for,
            min_months=self.min_months,
            max_times_per_learner=self.max_times_per_learner,
            valid_from=self.valid_from,
            valid_until=self.valid_until,
            is_published=self.is_published,
            reserve_reason=self.reserve_reason,
            scheme_school_year=self.scheme_school_year,
            cap_per_school_year_eur=self.cap_per_school_year_eur,
        )

    @property
    def scheme_year_state(self) -> str:
        """Whether the one school year the source names is past, now or planned ('' if none)."""
        if not self.scheme_school_year:
            return ""
        return dates.school_year_state(self.scheme_school_year, timezone.localdate())


class PremiumAmountQuerySet(models.QuerySet):
    def get_by_natural_key(self, premium_slug, allowance):
        return self.get(premium__slug=premium_slug, allowance=allowance)


class PremiumAmount(models.Model):
    """One amount of a premium, and the condition that sets it."""

    class Allowance(models.TextChoices):
        ANY = "", "Altijd"
        WITH = "ja", "Als de werkgever een leervergoeding betaalt"
        WITHOUT = "nee", "Als de werkgever geen leervergoeding betaalt"

    premium = models.ForeignKey(
        Premium, on_delete=models.CASCADE, related_name="amounts", verbose_name="premie"
    )
    amount_eur = models.DecimalField("bedrag (€)", max_digits=9, decimal_places=2)
    allowance = models.CharField(
        "voorwaarde", max_length=3, choices=Allowance, default=Allowance.ANY, blank=True
    )
    label = models.CharField(
        "uitleg", max_length=200, blank=True, help_text="Bv. 'met een leervergoeding'."
    )
    holds_from = models.DateField(
        "geldt sinds",
        null=True,
        blank=True,
        help_text="Sinds wanneer dit bedrag geldt, zoals de bron het zegt. Leeg als de bron het "
        "niet zegt; de lezer ziet dan 'sinds wanneer: niet bekend'.",
    )

    objects = PremiumAmountQuerySet.as_manager()

    history = HistoricalRecords()

    class Meta:
        ordering = ["premium", "amount_eur"]
        verbose_name = "bedrag"
        verbose_name_plural = "bedragen"
        constraints = [
            models.CheckConstraint(
                condition=Q(amount_eur__gt=0), name="incentives_premiumamount_amount_positive"
            ),
            models.UniqueConstraint(
                fields=["premium", "allowance"], name="incentives_premiumamount_one_per_condition"
            ),
        ]

    def __str__(self):
        return f"{format_euro(self.amount_eur)} ({self.get_allowance_display().lower()})"

    def natural_key(self):
        return (self.premium.slug, self.allowance)

    natural_key.dependencies = ["incentives.premium"]

    @property
    def with_allowance(self) -> bool | None:
        return {"ja": True, "nee": False}.get(self.allowance)


class PremiumConditionQuerySet(models.QuerySet):
    def get_by_natural_key(self, premium_slug, position):
        return self.get(premium__slug=premium_slug, position=position)


class PremiumCondition(models.Model):
    """A condition an employer checks before counting on the premium."""

    premium = models.ForeignKey(
        Premium, on_delete=models.CASCADE, related_name="conditions", verbose_name="premie"
    )
    text = models.CharField("voorwaarde", max_length=300)
    position = models.PositiveSmallIntegerField("volgorde", default=0)

    objects = PremiumConditionQuerySet.as_manager()

    history = HistoricalRecords()

    class Meta:
        ordering = ["premium", "position"]
        verbose_name = "voorwaarde"
        verbose_name_plural = "voorwaarden"
        constraints = [
            models.UniqueConstraint(
                fields=["premium", "position"], name="incentives_premiumcondition_unique_position"
            ),
        ]

    def __str__(self):
        return self.text

    def natural_key(self):
        return (self.premium.slug, self.position)

    natural_key.dependencies = ["incentives.premium"]


class PremiumUpdateQuerySet(models.QuerySet):
    def get_by_natural_key(self, premium_slug, stated_on, source_url):
        return self.get(premium__slug=premium_slug, stated_on=stated_on, source_url=source_url)


class PremiumUpdate(models.Model):
    """A dated statement about a premium, such as a change announced by a source."""

    premium = models.ForeignKey(
        Premium, on_delete=models.CASCADE, related_name="updates", verbose_name="premie"
    )
    stated_on = models.DateField("datum", help_text="De datum die de bron aan de uitspraak geeft.")
    text = models.TextField("wat de bron zegt")
    source_url = models.URLField("bron (link)", max_length=500)
    source_name = models.CharField("bron (naam)", max_length=200)

    objects = PremiumUpdateQuerySet.as_manager()

    history = HistoricalRecords()

    class Meta:
        ordering = ["premium", "-stated_on"]
        verbose_name = "update"
        verbose_name_plural = "updates"
        constraints = [
            models.UniqueConstraint(
                fields=["premium", "stated_on", "source_url"],
                name="incentives_premiumupdate_unique_per_source_and_day",
            ),
        ]

    def __str__(self):
        return f"{self.stated_on:%d/%m/%Y}: {self.text[:60]}"

    def natural_key(self):
        return (self.premium.slug, self.stated_on.isoformat(), self.source_url)

    natural_key.dependencies = ["incentives.premium"]
