"""What people looked for and did not find, and the training they asked for.

Two kinds of row, and only one of them knows anything about a person:

- `UnansweredSearch`: how many searches (or route-planner answers) of one day found nothing or
  very little, per municipality searched, route, qualification and lesson moment. A count, never
  an address, a person or what was typed.
- `TrainingRequest`: one request for training (who asks, as a kind; how many people; route,
  qualification, lesson moments; the municipality). Its only personal datum is the optional
  e-mail address, kept until the request ends (twelve months, or withdrawn) and then erased.
"""

import datetime

from django.db import models
from django.db.models import Q
from django.utils import timezone

from trajectories.models import Offering

# A search with fewer results than this is "thin": it is counted, and it offers the request form.
THIN_BELOW = 3
# A request runs this many months, then ends (and its e-mail address is erased).
REQUEST_MONTHS = 12


def months_later(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` later (the month's last day when it has fewer days)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


# What a count of searches is counted by: one row per distinct combination.
DIMENSIONS = [
    "day",
    "source",
    "municipality_nis",
    "route_slug",
    "qualification_slug",
    "moment",
    "is_empty",
]


class UnansweredSearch(models.Model):
    """How many searches of one day, with these dimensions, found nothing or very little."""

    class Source(models.TextChoices):
        SEARCH = "zoeken", "Zoeken naar opleidingen"
        PLANNER = "routeplanner", "Routeplanner"

    day = models.DateField("dag")
    source = models.CharField("waar", max_length=12, choices=Source)
    # Plain values rather than foreign keys: a count outlives a renamed route or a merged
    # municipality, and "none asked" is an empty value, so the row's dimensions stay unique.
    municipality_nis = models.CharField(
        "NIS-code van de gezochte gemeente", max_length=5, blank=True
    )
    route_slug = models.CharField("traject", max_length=80, blank=True)
    qualification_slug = models.CharField("kwalificatie", max_length=80, blank=True)
    moment = models.CharField("lesmoment", max_length=10, blank=True, choices=Offering.Moment)
    is_empty = models.BooleanField(
        "niets gevonden", help_text=f"Aan: niets gevonden; uit: minder dan {THIN_BELOW}."
    )
    searches = models.PositiveIntegerField("zoekopdrachten", default=0)

    class Meta:
        ordering = ["-day", "municipality_nis"]
        verbose_name = "zoekopdracht zonder antwoord"
        verbose_name_plural = "zoekopdrachten zonder antwoord"
        constraints = [
            models.UniqueConstraint(
                fields=DIMENSIONS,
                name="demand_unansweredsearch_one_row_per_dimensions",
            )
        ]

    def __str__(self):
        return (
            f"{self.day} {self.municipality_nis or '-'} {self.route_slug or '-'}: {self.searches}"
        )


class TrainingRequestQuerySet(models.QuerySet):
    def ever_counted(self):
        """Requests that count or counted: not withdrawn, and either without an e-mail address
        or with one that was confirmed (an ended request keeps counting in the past months)."""
        return self.filter(withdrawn_at__isnull=True).filter(
            Q(email="") | Q(confirmed_at__isnull=False)
        )

    def counted(self, today: datetime.date | None = None):
        """Requests that count now: as `ever_counted`, and not ended."""
        return self.ever_counted().filter(ends_on__gte=today or timezone.localdate())

    def to_hear_back(self, today: datetime.date | None = None):
        """Counted requests with a confirmed address: those a notice may be sent to."""
        return self.counted(today).exclude(email="")

    def for_pooling(self):
        return self.select_related("municipality__province", "route", "qualification")


class TrainingRequest(models.Model):
    """Someone asks for training that is not offered near a place."""

    class Asker(models.TextChoices):
        EMPLOYER = "werkgever", "Een werkgever (organisator kinderopvang)"
        MENTOR = "mentor", "Een mentor of begeleider"
        CANDIDATE = "kandidaat", "Een kandidaat"

    asker = models.CharField("wie vraagt", max_length=10, choices=Asker)
    people = models.PositiveSmallIntegerField(
        "aantal mensen",
        null=True,
        blank=True,
        help_text="Leeg: niet bekend (telt als één).",
    )
    route = models.ForeignKey(
        "trajectories.Route",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="training_requests",
        verbose_name="traject",
    )
    qualification = models.ForeignKey(
        "qualifications.ProfessionalQualification",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="training_requests",
        verbose_name="kwalificatie",
    )
    moments = models.CharField(
        "lesmomenten",
        max_length=40,
        blank=True,
        help_text="Gevraagde lesmomenten, met komma's (leeg: om het even).",
    )
    municipality = models.ForeignKey(
        "portal.Municipality",
        on_delete=models.PROTECT,
        related_name="training_requests",
        verbose_name="gemeente",
    )
    radius_km = models.PositiveSmallIntegerField("binnen (km)", default=20)
    # The only personal datum: erased when the request ends or is withdrawn.
    email = models.EmailField("e-mailadres", blank=True)
    created_at = models.DateTimeField("aangevraagd op", auto_now_add=True)
    confirmed_at = models.DateTimeField("e-mailadres bevestigd op", null=True, blank=True)
    withdrawn_at = models.DateTimeField("ingetrokken op", null=True, blank=True)
    ends_on = models.DateField("loopt tot")

    objects = TrainingRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "gevraagde opleiding"
        verbose_name_plural = "gevraagde opleidingen"
        constraints = [
            models.CheckConstraint(
                condition=Q(people__isnull=True) | Q(people__gte=1),
                name="demand_trainingrequest_people_at_least_one",
            ),
            models.CheckConstraint(
                condition=Q(radius_km__gte=1) & Q(radius_km__lte=50),
                name="demand_trainingrequest_radius_bounded",
            ),
        ]

    def __str__(self):
        return f"{self.people_counted} × {self.route or 'een opleiding'} in {self.municipality}"

    @property
    def moment_list(self) -> list[str]:
        return [moment for moment in self.moments.split(",") if moment]

    @property
    def people_counted(self) -> int:
        """How many people the request stands for (one when not known)."""
        return self.people or 1

    @property
    def is_running(self) -> bool:
        return self.withdrawn_at is None and self.ends_on >= timezone.localdate()

    @property
    def awaits_confirmation(self) -> bool:
        return bool(self.email) and self.confirmed_at is None


class RequestNotice(models.Model):
    """One e-mail sent to a requester about one offering: never twice for the same pair."""

    training_request = models.ForeignKey(
        TrainingRequest, on_delete=models.CASCADE, related_name="notices"
    )
    offering = models.ForeignKey(
        "trajectories.Offering", on_delete=models.CASCADE, related_name="request_notices"
    )
    sent_at = models.DateTimeField("verstuurd op", auto_now_add=True)

    class Meta:
        ordering = ["-sent_at"]
        verbose_name = "bericht over nieuw aanbod"
        verbose_name_plural = "berichten over nieuw aanbod"
        constraints = [
            models.UniqueConstraint(
                fields=["training_request", "offering"], name="demand_requestnotice_once"
            )
        ]

    def __str__(self):
        return f"{self.offering} ({self.sent_at:%d/%m/%Y})"
