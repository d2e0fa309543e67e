"""Accounts and the base of all content: `PublishableModel` (draft or published, with its source
and the date it was checked) and its queryset."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from simple_history.models import HistoricalRecords


class User(AbstractUser):
    """Staff of the sector organisations who keep the portal's content.

    A custom model from the first migration, so that profile fields can be added later
    without a painful swap of the user model.
    """

    organisation = models.CharField(
        "organisatie",
        max_length=120,
        blank=True,
        help_text="Voor welke sectororganisatie deze persoon werkt (bv. VIVO, VVSG).",
    )

    class Meta(AbstractUser.Meta):
        verbose_name = "gebruiker"
        verbose_name_plural = "gebruikers"
        # Site-wide rights of the editorial roles (groups made in a data migration).
        permissions = [
            ("publish_content", "Kan inhoud publiceren en offline halen"),
            ("preview_content", "Kan concepten bekijken op hun publieke pagina"),
        ]


class TimestampedModel(models.Model):
    created_at = models.DateTimeField("aangemaakt op", auto_now_add=True)
    updated_at = models.DateTimeField("gewijzigd op", auto_now=True)

    class Meta:
        abstract = True


class PublishableQuerySet(models.QuerySet):
    def published(self):
        """Only what the public may see."""
        return self.filter(status=PublishableModel.Status.PUBLISHED)

    def get_by_natural_key(self, slug):
        # Content fixtures name rows by slug, so a reload finds what is already there.
        return self.get(slug=slug)


class PublishableModel(TimestampedModel):
    """Content a person reads: it names its source, the day it was checked, and can be a draft."""

    class Status(models.TextChoices):
        DRAFT = "concept", "Concept"
        PUBLISHED = "gepubliceerd", "Gepubliceerd"

    status = models.CharField(
        "status",
        max_length=12,
        choices=Status,
        default=Status.DRAFT,
        help_text="Een concept is niet zichtbaar voor het publiek.",
    )
    source_url = models.URLField(
        "bron (link)",
        max_length=500,
        help_text="De openbare pagina waar dit gegeven vandaan komt.",
    )
    source_name = models.CharField(
        "bron (naam)",
        max_length=200,
        blank=True,
        help_text="Hoe de bron heet voor de lezer, bv. 'Vlaanderen.be' of 'Webinar VIVO 2025'.",
    )
    checked_on = models.DateField(
        "laatst gecontroleerd op",
        help_text="De dag waarop iemand dit gegeven nog bij de bron heeft nagekeken.",
    )
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="gecontroleerd door",
    )

    objects = PublishableQuerySet.as_manager()
    # Every change is kept: who changed what and when, with undo (django-simple-history).
    history = HistoricalRecords(inherit=True)

    class Meta:
        abstract = True

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    def natural_key(self):
        return (self.slug,)

    def mark_checked(self, *, user, on) -> None:
        """Record that `user` checked this fact against its source on `on`."""
        self.checked_on = on
        self.checked_by = user
        self.save(update_fields=["checked_on", "checked_by", "updated_at"])
