"""What the site keeps about itself: link checks, the log of imports, rate-limit hits and the
version of the content."""

from django.conf import settings
from django.db import models
from django.utils import timezone


class LinkCheck(models.Model):
    """The last check of one outside link that the content uses (`manage.py check_links`)."""

    url = models.URLField("link", max_length=500, unique=True)
    status_code = models.PositiveSmallIntegerField(
        "HTTP-status",
        null=True,
        help_text="Het antwoord van de server, bv. 200 (werkt) of 404 (niet gevonden). "
        "Leeg als er geen antwoord kwam.",
    )
    error = models.CharField(
        "probleem",
        max_length=300,
        blank=True,
        help_text="Wat er misliep, bv. 'Pagina niet gevonden' of 'Server niet gevonden'.",
    )
    is_broken = models.BooleanField(
        "stuk", help_text="Aan als de link bij de laatste controle niet werkte."
    )
    checked_at = models.DateTimeField("nagekeken op")
    first_broken_at = models.DateTimeField(
        "stuk sinds",
        null=True,
        help_text="Sinds wanneer de link zonder onderbreking stuk is. Leeg als hij werkt.",
    )

    class Meta:
        ordering = ["-is_broken", "url"]
        verbose_name = "linkcontrole"
        verbose_name_plural = "linkcontroles"

    def __str__(self):
        return f"{self.url} ({'stuk' if self.is_broken else 'werkt'})"


class ImportRecord(models.Model):
    """Who imported what, and when: a line per confirmed import."""

    class Kind(models.TextChoices):
        SCHOOLS = "scholenlijst", "Officiële scholenlijst"
        CONTENT = "inhoud", "Inhoud (export van het portaal)"

    kind = models.CharField("soort", max_length=20, choices=Kind)
    file_name = models.CharField("bestand", max_length=255)
    summary = models.TextField("resultaat")
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="door",
        help_text="Leeg: via de opdrachtregel.",
    )
    imported_at = models.DateTimeField("op", auto_now_add=True)

    class Meta:
        ordering = ["-imported_at"]
        verbose_name = "import"
        verbose_name_plural = "imports"

    def __str__(self):
        return f"{self.get_kind_display()}: {self.file_name} ({self.imported_at:%d/%m/%Y %H:%M})"


class RateLimitHit(models.Model):
    """One counted use of an action limited per sender (a report, a reset mail, a QR code).

    The counts live in the database, so a limit holds across every server process without a shared
    cache. `subject` is a keyed hash of the address or account, never the address itself, and a
    row lives no longer than its window (`portal.ratelimit`).
    """

    scope = models.CharField("soort", max_length=40)
    subject = models.CharField("afzender (versleuteld)", max_length=64)
    at = models.DateTimeField("op")

    class Meta:
        ordering = ["-at"]
        verbose_name = "geteld gebruik"
        verbose_name_plural = "getelde gebruiken"
        indexes = [
            models.Index(fields=["scope", "subject", "at"], name="portal_ratelimit_lookup"),
            models.Index(fields=["at"], name="portal_ratelimit_at"),
        ]

    def __str__(self):
        return f"{self.scope} op {self.at:%d/%m/%Y %H:%M}"


class ContentVersion(models.Model):
    """The version of what public pages show: one row, shared by every server process.

    A write of content gives it a new token in the same transaction (`portal.caching`), so
    every process reads the new version at its next request, the moment the write is visible.
    """

    token = models.CharField("versie", max_length=32)
    changed_at = models.DateTimeField("gewijzigd op", default=timezone.now)

    class Meta:
        verbose_name = "versie van de inhoud"
        verbose_name_plural = "versies van de inhoud"

    def __str__(self):
        return f"{self.token} ({self.changed_at:%d/%m/%Y %H:%M})"
