"""Qualifications (BK, OK), the study programmes of secondary education and the rollout timeline."""

import datetime

from django.db import models
from django.urls import reverse

from portal import dates
from portal.models import PublishableModel, PublishableQuerySet


class ProfessionalQualificationQuerySet(PublishableQuerySet):
    def core(self):
        """The two kinderbegeleider qualifications this portal is about."""
        return self.filter(is_core=True)


class ProfessionalQualification(PublishableModel):
    """A beroepskwalificatie (BK): what one must know and be able to do for a job."""

    slug = models.SlugField("slug", max_length=80, unique=True)
    name = models.CharField("naam", max_length=120, unique=True)
    summary = models.TextField(
        "in het kort", blank=True, help_text="Eén of twee zinnen: voor welk werk is deze BK?"
    )
    dossier_number = models.PositiveIntegerField(
        "dossiernummer",
        null=True,
        blank=True,
        help_text="Nummer van het beroepskwalificatiedossier in de Vlaamse kwalificatiestructuur.",
    )
    level = models.PositiveSmallIntegerField(
        "kwalificatieniveau",
        null=True,
        blank=True,
        help_text="Alleen invullen als de bron het zegt.",
    )
    official_url = models.URLField(
        "officiële fiche",
        max_length=500,
        blank=True,
        help_text="De fiche in de Vlaamse kwalificatiestructuur, als die bekend is.",
    )
    uncertainty = models.TextField(
        "wat onzeker is",
        blank=True,
        help_text="Wat de bronnen over deze kwalificatie niet bevestigen, bv. welk dossiernummer "
        "erbij hoort. De lezer ziet het bij het gegeven zelf.",
    )
    is_core = models.BooleanField(
        "kernkwalificatie",
        default=False,
        help_text="Aan voor de twee kwalificaties kinderbegeleider, waar dit portaal over gaat.",
    )
    position = models.PositiveSmallIntegerField("volgorde", default=0)

    objects = ProfessionalQualificationQuerySet.as_manager()

    class Meta:
        ordering = ["-is_core", "position", "name"]
        verbose_name = "beroepskwalificatie"
        verbose_name_plural = "beroepskwalificaties"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return self.url_of(self.slug)

    @staticmethod
    def url_of(slug: str) -> str:
        """The page of the one with this slug, without loading it."""
        return reverse("qualifications:qualification-detail", args=[slug])


class EducationQualification(PublishableModel):
    """An onderwijskwalificatie: the diploma of secondary education at level 3 or 4."""

    slug = models.SlugField("slug", max_length=20, unique=True)
    code = models.CharField("code", max_length=10, unique=True, help_text="Bv. OK3 of OK4.")
    name = models.CharField("naam", max_length=120)
    description = models.TextField("uitleg", blank=True)

    class Meta:
        ordering = ["code"]
        verbose_name = "onderwijskwalificatie"
        verbose_name_plural = "onderwijskwalificaties"

    def __str__(self):
        return self.code


class Finality(PublishableModel):
    """A kind of secondary education: the old BSO and TSO, and the finalities that replaced them."""

    class Structure(models.TextChoices):
        OLD = "oud", "Voor de modernisering"
        NEW = "nieuw", "Na de modernisering"

    slug = models.SlugField("slug", max_length=40, unique=True)
    name = models.CharField("naam", max_length=80)
    structure = models.CharField("structuur", max_length=5, choices=Structure)
    successor = models.OneToOneField(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="predecessor",
        verbose_name="vervangen door",
        help_text="Bij een oude onderwijsvorm: de finaliteit die haar vervangt in de matrix.",
    )
    diploma = models.CharField(
        "diploma",
        max_length=120,
        blank=True,
        help_text="Welk diploma, en wanneer, bv. 'Diploma secundair onderwijs (OK3) na 6 jaar'.",
    )
    education_qualification = models.ForeignKey(
        EducationQualification,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="finalities",
        verbose_name="onderwijskwalificatie",
    )
    points = models.TextField(
        "kenmerken",
        blank=True,
        help_text="Markdown-lijstje met wat deze finaliteit kenmerkt voor de kinderopvang.",
    )
    links = models.TextField(
        "studiefiches",
        blank=True,
        help_text="Eén link per regel: de studiefiches waar de bron naar verwijst.",
    )
    position = models.PositiveSmallIntegerField("volgorde", default=0)

    class Meta:
        ordering = ["position", "name"]
        verbose_name = "finaliteit"
        verbose_name_plural = "finaliteiten"

    def __str__(self):
        return f"{self.name} ({self.get_structure_display().lower()})"


class StudyProgrammeQuerySet(PublishableQuerySet):
    def for_matrix(self):
        return self.select_related("finality").prefetch_related("professional_qualifications")


class StudyProgramme(PublishableModel):
    """A study programme (studierichting) of secondary education, or what may follow it."""

    class Stage(models.TextChoices):
        GRADE_2 = "2de-graad", "2de graad"
        GRADE_3 = "3de-graad", "3de graad"
        YEAR_7 = "7de-jaar", "7de jaar"
        FOLLOW_UP = "daarna", "Daarna"

    slug = models.SlugField("slug", max_length=80, unique=True)
    name = models.CharField("naam", max_length=120)
    finality = models.ForeignKey(
        Finality,
        on_delete=models.PROTECT,
        related_name="programmes",
        verbose_name="finaliteit",
    )
    stage = models.CharField("graad of jaar", max_length=10, choices=Stage)
    domain = models.CharField(
        "domein", max_length=80, blank=True, help_text="Bv. 'Maatschappij en welzijn'."
    )
    professional_qualifications = models.ManyToManyField(
        ProfessionalQualification,
        blank=True,
        related_name="programmes",
        verbose_name="leidt tot beroepskwalificaties",
    )
    note = models.TextField(
        "opmerking", blank=True, help_text="Wat de bron over deze richting zegt, in één zin."
    )
    position = models.PositiveSmallIntegerField("volgorde", default=0)

    objects = StudyProgrammeQuerySet.as_manager()
    # Kept in each version of the history too, so that undoing a change restores them.
    _history_m2m_fields = ["professional_qualifications"]

    class Meta:
        ordering = ["finality__position", "stage", "position", "name"]
        verbose_name = "studierichting"
        verbose_name_plural = "studierichtingen"

    def __str__(self):
        return f"{self.name} ({self.finality.name}, {self.get_stage_display()})"


class TimelineEvent(PublishableModel):
    """A moment in the rollout of the modernisation, or what it means for the inflow of workers.

    It is formatted against today: before its date a reader sees `title_planned`, during its period
    `title_now`, after it `title`. Its date label comes from the date and its precision.
    """

    class Kind(models.TextChoices):
        ROLLOUT = "uitrol", "Uitrol van de modernisering"
        INFLOW = "instroom", "Instroom van kinderbegeleiders"
        INTERNSHIP = "stage", "Stages"

    class Precision(models.TextChoices):
        DAY = "dag", "Op een dag"
        MONTH = "maand", "In een maand"
        SCHOOL_YEAR = "schooljaar", "In een schooljaar (1 september tot 31 augustus)"

    slug = models.SlugField("slug", max_length=80, unique=True)
    happens_on = models.DateField(
        "datum",
        help_text="Voor een maand of schooljaar: de eerste dag ervan (de tijdlijn sorteert zo).",
    )
    precision = models.CharField(
        "hoe precies",
        max_length=10,
        choices=Precision,
        default=Precision.DAY,
        help_text="Bepaalt hoe de datum getoond wordt ('1 september 2025', 'juni 2026', "
        "'schooljaar 2025-2026') en tot wanneer het moment 'nu' is.",
    )
    title = models.CharField(
        "titel als het voorbij is",
        max_length=200,
        help_text="In de verleden tijd, bv. 'De eerste leerlingen studeerden af'.",
    )
    title_planned = models.CharField(
        "titel zolang het gepland is",
        max_length=200,
        blank=True,
        help_text="In de toekomende tijd, bv. 'De eerste leerlingen studeren af'. Leeg: de titel "
        "als het voorbij is, met het label 'gepland'.",
    )
    title_now = models.CharField(
        "titel terwijl het loopt",
        max_length=200,
        blank=True,
        help_text="Voor een maand of schooljaar dat nu loopt. "
        "Leeg: de titel zolang het gepland is.",
    )
    description = models.TextField(
        "uitleg",
        blank=True,
        help_text="Wat het betekent, zonder werkwoord in de tijd: het blijft waar als de datum "
        "voorbij is.",
    )
    kind = models.CharField("soort", max_length=10, choices=Kind)
    uncertainty = models.TextField(
        "wat onzeker is",
        blank=True,
        help_text="Als één bron zonder datum dit moment noemt, of als het afgeleid is: zeg het. "
        "De lezer ziet het bij het moment.",
    )

    class Meta:
        ordering = ["happens_on", "title"]
        verbose_name = "moment op de tijdlijn"
        verbose_name_plural = "tijdlijn"

    def __str__(self):
        return f"{self.date_label}: {self.title}"

    @property
    def ends_on(self) -> datetime.date:
        """The last day the moment is 'now': the day, the month or the school year."""
        if self.precision == self.Precision.MONTH:
            return dates.month_end(self.happens_on)
        if self.precision == self.Precision.SCHOOL_YEAR:
            return dates.school_year_bounds(dates.school_year_of(self.happens_on))[1]
        return self.happens_on

    @property
    def date_label(self) -> str:
        if self.precision == self.Precision.MONTH:
            return dates.month_label(self.happens_on)
        if self.precision == self.Precision.SCHOOL_YEAR:
            return f"schooljaar {dates.school_year_of(self.happens_on)}"
        return dates.day_label(self.happens_on)

    def state_on(self, today: datetime.date) -> str:
        return dates.state_on(self.happens_on, self.ends_on, today)

    def title_on(self, today: datetime.date) -> str:
        """The title in the tense that fits `today`."""
        state = self.state_on(today)
        if state == dates.State.PAST:
            return self.title
        if state == dates.State.NOW:
            return self.title_now or self.title_planned or self.title
        return self.title_planned or self.title


class QualifyingTitleQuerySet(PublishableQuerySet):
    def for_check(self):
        return self.published().select_related("programme", "held_qualification")


class QualifyingTitle(PublishableModel):
    """A diploma, certificate or attest that Kind en Gezin accepts for work as a kinderbegeleider.

    "Telt dit diploma?" reads these: which kind of care a title qualifies for, obtained when, and
    if it does not (yet), the shortest route, opened in the route planner with what is known.
    """

    class Origin(models.TextChoices):
        SECONDARY = "secundair", "Secundair onderwijs (school)"
        ADULT = "cvo", "Volwassenenonderwijs (CVO)"
        SYNTRA = "syntra", "Syntra"
        EVC = "evc", "EVC-testcentrum"

    class Diploma(models.TextChoices):
        NONE = "", "Zegt niets over een diploma secundair onderwijs"
        OK3 = "ok3", "Diploma secundair onderwijs met OK3"
        OK4 = "ok4", "Diploma secundair onderwijs met OK4"
        SECONDARY = "secundair", "Diploma secundair onderwijs, soort niet bekend"

    slug = models.SlugField("slug", max_length=80, unique=True, help_text="Staat in de link.")
    name = models.CharField("titel", max_length=200, help_text="Zoals op het diploma of attest.")
    origin = models.CharField("behaald in", max_length=10, choices=Origin)
    qualifies_baby_toddler = models.BooleanField("telt voor baby's en peuters", default=False)
    qualifies_school_age = models.BooleanField("telt voor schoolgaande kinderen", default=False)
    obtained_from = models.DateField(
        "behaald vanaf", null=True, blank=True, help_text="Leeg: geen begindatum bekend."
    )
    obtained_until = models.DateField(
        "behaald tot en met",
        null=True,
        blank=True,
        help_text="Bv. 31 augustus 2022 voor het attest kinderbegeleider baby's en peuters (CVO). "
        "Leeg: geen einddatum.",
    )
    held_qualification = models.ForeignKey(
        ProfessionalQualification,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="qualifying_titles",
        verbose_name="staat gelijk aan",
        help_text="De beroepskwalificatie die de routeplanner als 'heb je al' invult.",
    )
    planner_diploma = models.CharField(
        "diploma voor de routeplanner",
        max_length=10,
        choices=Diploma,
        blank=True,
        help_text="Wat de routeplanner als diploma invult als de titel niet (helemaal) telt.",
    )
    programme = models.ForeignKey(
        StudyProgramme,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="qualifying_titles",
        verbose_name="studierichting in de onderwijsmatrix",
        help_text="Bij een oude of nieuwe studierichting: de lezer gaat naar de matrix.",
    )
    note = models.TextField(
        "uitleg",
        blank=True,
        help_text="Wat de lezer moet weten, bv. 'ook schoolgaande kinderen in een vergunde "
        "opvang van baby's en peuters'.",
    )
    uncertainty = models.TextField(
        "wat onzeker is",
        blank=True,
        help_text="Als de bron niet de lijst van Kind en Gezin zelf is: zeg het hier.",
    )
    position = models.PositiveSmallIntegerField("volgorde", default=0)

    objects = QualifyingTitleQuerySet.as_manager()

    class Meta:
        ordering = ["origin", "position", "name"]
        verbose_name = "titel die kwalificeert"
        verbose_name_plural = "titels die kwalificeren"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(obtained_until__isnull=True)
                | models.Q(obtained_from__isnull=True)
                | models.Q(obtained_until__gte=models.F("obtained_from")),
                name="qualifications_qualifyingtitle_until_after_from",
            ),
        ]

    def __str__(self):
        return self.name
