"""What providers propose and what the public reports: both wait for someone to look at them."""

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models import Q
from django.utils import timezone
from simple_history.models import HistoricalRecords

from portal.models import TimestampedModel
from portal.validators import plain_text_validate
from trajectories.models.providers import Location, Offering, Provider


class HandledModel(TimestampedModel):
    """Something staff (or a provider) look at once: who closed it, when, and how."""

    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="afgehandeld door",
    )
    handled_at = models.DateTimeField("afgehandeld op", null=True, blank=True)

    class Meta:
        abstract = True

    def handle(self, *, status: str, user, **fields) -> None:
        """Close it with `status` by `user` now; `fields` are the note that goes with it."""
        for name, value in fields.items():
            setattr(self, name, value)
        self.status = status
        self.handled_by = user
        self.handled_at = timezone.now()
        self.save()


class ProposalQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=Proposal.Status.PENDING)

    def for_review(self):
        """With everything the review list shows beside a proposal, in one query."""
        return self.select_related(
            "provider",
            "proposed_by",
            "location__municipality",
            "offering__location__municipality",
            "offering__route",
        ).order_by("created_at", "pk")


class Proposal(HandledModel):
    """A change a provider's editor made: it goes live only when the editorial staff accept it.

    It targets the provider itself (contact), one of its locations (address) or one of its
    offerings; a new offering is a draft until its proposal is accepted. `changes` maps each
    changed field to `{"value": <JSON value>, "display": <text for the reviewer>}`.
    """

    class Status(models.TextChoices):
        PENDING = "ingediend", "Wacht op nazicht"
        ACCEPTED = "aanvaard", "Aanvaard"
        RETURNED = "teruggestuurd", "Teruggestuurd"

    provider = models.ForeignKey(
        Provider, on_delete=models.CASCADE, related_name="proposals", verbose_name="aanbieder"
    )
    location = models.ForeignKey(
        Location,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="proposals",
        verbose_name="vestiging",
    )
    offering = models.ForeignKey(
        Offering,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="proposals",
        verbose_name="opleidingsaanbod",
    )
    is_new = models.BooleanField(
        "nieuw aanbod",
        default=False,
        help_text="Een nieuw aanbod staat als concept klaar; aanvaarden publiceert het.",
    )
    changes = models.JSONField("wijzigingen", default=dict, blank=True, encoder=DjangoJSONEncoder)
    status = models.CharField(
        "status", max_length=14, choices=Status, default=Status.PENDING, db_index=True
    )
    message = models.TextField(
        "bericht aan de aanbieder",
        max_length=2000,
        blank=True,
        validators=[plain_text_validate],
        help_text="Waarom het voorstel teruggestuurd is.",
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name="voorgesteld door",
    )

    objects = ProposalQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "voorstel van een aanbieder"
        verbose_name_plural = "voorstellen van aanbieders"
        permissions = [("review_proposal", "Kan voorstellen van aanbieders aanvaarden")]
        constraints = [
            # A second change to the same row while the first waits is merged into it.
            models.UniqueConstraint(
                fields=["offering"],
                condition=Q(status="ingediend", offering__isnull=False),
                name="trajectories_proposal_one_pending_per_offering",
            ),
            models.UniqueConstraint(
                fields=["location"],
                condition=Q(status="ingediend", location__isnull=False),
                name="trajectories_proposal_one_pending_per_location",
            ),
            models.UniqueConstraint(
                fields=["provider"],
                condition=Q(status="ingediend", location__isnull=True, offering__isnull=True),
                name="trajectories_proposal_one_pending_per_provider",
            ),
            models.CheckConstraint(
                condition=Q(location__isnull=True) | Q(offering__isnull=True),
                name="trajectories_proposal_one_target",
            ),
        ]

    def __str__(self):
        return f"Voorstel voor {self.target}"

    @property
    def target(self):
        return self.offering or self.location or self.provider


class ReportQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=Report.Status.OPEN)


class Report(HandledModel):
    """A reader's note ("Klopt er iets niet?") that a fact about a provider is wrong."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        RESOLVED = "afgehandeld", "Afgehandeld"

    provider = models.ForeignKey(
        Provider, on_delete=models.CASCADE, related_name="reports", verbose_name="aanbieder"
    )
    offering = models.ForeignKey(
        Offering,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reports",
        verbose_name="opleidingsaanbod",
    )
    what = models.TextField("wat klopt er niet", max_length=1000)
    contact = models.CharField("contact van de melder", max_length=200, blank=True)
    status = models.CharField(
        "status", max_length=12, choices=Status, default=Status.OPEN, db_index=True
    )
    resolution = models.TextField(
        "afhandeling",
        max_length=2000,
        blank=True,
        validators=[plain_text_validate],
        help_text="Wat er met de melding gebeurd is, voor wie ze later leest.",
    )

    objects = ReportQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "melding"
        verbose_name_plural = "meldingen"

    def __str__(self):
        return f"Melding over {self.provider} ({self.created_at:%d/%m/%Y})"
