"""The site shell's data: users, the base of all content, geography, contact organisations."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from portal.geo import normalize_place_name


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


class Region(models.TextChoices):
    FLEMISH = "vlaams-gewest", "Vlaams Gewest"
    BRUSSELS = "brussels-gewest", "Brussels Hoofdstedelijk Gewest"


class ProvinceQuerySet(models.QuerySet):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class Province(models.Model):
    """A Flemish province, or the Brussels-Capital Region, which belongs to no province."""

    slug = models.SlugField("slug", max_length=40, unique=True)
    name = models.CharField("naam", max_length=60, unique=True)
    region = models.CharField("gewest", max_length=20, choices=Region)

    objects = ProvinceQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = "provincie"
        verbose_name_plural = "provincies"

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.slug,)


class PointQuerySet(models.QuerySet):
    def near(self, point, km: float):
        """Rows within `km` of `point`, annotated with `distance_km`, nearest first."""
        from portal.geo import within_radius

        return within_radius(self, point, km).order_by("distance_km")


class MunicipalityQuerySet(PointQuerySet):
    def get_by_natural_key(self, nis_code):
        return self.get(nis_code=nis_code)


class Municipality(models.Model):
    """A municipality as it exists since the mergers of 1 January 2025."""

    nis_code = models.CharField("NIS-code", max_length=5, unique=True)
    name_nl = models.CharField("naam", max_length=80)
    name_fr = models.CharField("Franse naam", max_length=80, blank=True)
    slug = models.SlugField("slug", max_length=80, unique=True)
    province = models.ForeignKey(
        Province, on_delete=models.PROTECT, related_name="municipalities", verbose_name="provincie"
    )
    latitude = models.FloatField("breedtegraad")
    longitude = models.FloatField("lengtegraad")
    search_key = models.CharField(max_length=80, db_index=True, editable=False)
    search_key_fr = models.CharField(max_length=80, db_index=True, editable=False)

    objects = MunicipalityQuerySet.as_manager()

    class Meta:
        ordering = ["name_nl"]
        verbose_name = "gemeente"
        verbose_name_plural = "gemeenten"
        indexes = [models.Index(fields=["latitude", "longitude"], name="portal_muni_lat_lon")]

    def __str__(self):
        return self.name_nl

    def save(self, *args, **kwargs):
        self.search_keys_fill()
        super().save(*args, **kwargs)

    def search_keys_fill(self):
        """The names as a search compares them (a bulk write, which skips `save()`, calls it)."""
        self.search_key = normalize_place_name(self.name_nl)
        self.search_key_fr = normalize_place_name(self.name_fr)

    def natural_key(self):
        return (self.nis_code,)


class FormerMunicipality(models.Model):
    """A municipality that merged into another, so that its old name still finds the place."""

    name = models.CharField("naam", max_length=80, unique=True)
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.CASCADE,
        related_name="former_municipalities",
        verbose_name="opgegaan in",
    )
    merged_on = models.DateField("gefusioneerd op")
    search_key = models.CharField(max_length=80, db_index=True, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name = "voormalige gemeente"
        verbose_name_plural = "voormalige gemeenten"

    def __str__(self):
        return f"{self.name} (nu {self.municipality})"

    def save(self, *args, **kwargs):
        self.search_keys_fill()
        super().save(*args, **kwargs)

    def search_keys_fill(self):
        """The name as a search compares it (a bulk write, which skips `save()`, calls it)."""
        self.search_key = normalize_place_name(self.name)


class FormerNisCode(models.Model):
    """The NIS code a municipality had before a merger, so older official lists still place it.

    Lists of schools from before 1 January 2025 carry these codes (Hasselt 71022, Lokeren
    46014); each points to the municipality it is part of now, with the source that says so.
    """

    nis_code = models.CharField("oude NIS-code", max_length=5, unique=True)
    name = models.CharField("naam van de gemeente toen", max_length=80)
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.CASCADE,
        related_name="former_nis_codes",
        verbose_name="nu deel van",
    )
    merged_on = models.DateField("gefusioneerd op")
    source_url = models.URLField("bron", max_length=300)

    class Meta:
        ordering = ["nis_code"]
        verbose_name = "NIS-code van voor een fusie"
        verbose_name_plural = "NIS-codes van voor een fusie"

    def __str__(self):
        return f"{self.nis_code} {self.name} (nu {self.municipality})"


class PostalLocality(models.Model):
    """A postal locality (deelgemeente): one postcode can cover several of them."""

    postcode = models.CharField("postcode", max_length=4, db_index=True)
    name = models.CharField("naam", max_length=80)
    name_fr = models.CharField("Franse naam", max_length=80, blank=True)
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="localities",
        verbose_name="gemeente",
    )
    latitude = models.FloatField("breedtegraad")
    longitude = models.FloatField("lengtegraad")
    is_point_of_municipality = models.BooleanField(
        "ligging van de gemeente",
        default=False,
        help_text="Aan: geen eigen punt gevonden, de ligging is het centrum van de gemeente.",
    )
    search_key = models.CharField(max_length=80, db_index=True, editable=False)
    search_key_fr = models.CharField(max_length=80, db_index=True, editable=False)

    objects = PointQuerySet.as_manager()

    class Meta:
        ordering = ["postcode", "name"]
        verbose_name = "postale deelgemeente"
        verbose_name_plural = "postale deelgemeenten"
        constraints = [
            # A locality can straddle two municipalities (1804 Cargovil: Vilvoorde and Zemst).
            models.UniqueConstraint(
                fields=["postcode", "name", "municipality"],
                name="portal_postallocality_unique_postcode_name_municipality",
            ),
        ]
        indexes = [models.Index(fields=["latitude", "longitude"], name="portal_loc_lat_lon")]

    def __str__(self):
        return f"{self.postcode} {self.name}"

    def save(self, *args, **kwargs):
        self.search_keys_fill()
        super().save(*args, **kwargs)

    def search_keys_fill(self):
        """The names as a search compares them (a bulk write, which skips `save()`, calls it)."""
        self.search_key = normalize_place_name(self.name)
        self.search_key_fr = normalize_place_name(self.name_fr)


class ContactOrganisation(PublishableModel):
    """A sector organisation people can turn to with questions (Som, VVSG, VIVO, ...)."""

    slug = models.SlugField("slug", max_length=60, unique=True)
    name = models.CharField("naam", max_length=120)
    description = models.CharField(
        "wie ze zijn",
        max_length=300,
        blank=True,
        help_text="Eén zin voor de lezer: voor wie spreekt deze organisatie?",
    )
    website = models.URLField("website", max_length=300)
    position = models.PositiveSmallIntegerField(
        "volgorde", default=0, help_text="Lagere getallen staan eerst."
    )

    class Meta:
        ordering = ["position", "name"]
        verbose_name = "contactorganisatie"
        verbose_name_plural = "contactorganisaties"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("portal:over") + f"#{self.slug}"


class ResourceQuerySet(PublishableQuerySet):
    def for_audience(self, audience: str):
        """Resources for `Resource.Audience` `audience` (werkgever, mentor, sector)."""
        return self.filter(**{Resource.AUDIENCE_FIELDS[audience]: True})


class Resource(PublishableModel):
    """An outside website or tool worth a visit: an official finder, an instrument, a project."""

    class Kind(models.TextChoices):
        FINDER = "vinder", "Scholen en opleidingen vinden"
        INSTRUMENT = "instrument", "Instrument"
        PROJECT = "project", "Project"
        WEBSITE = "website", "Website"

    AUDIENCE_FIELDS = {
        "werkgever": "is_for_employers",
        "mentor": "is_for_mentors",
        "sector": "is_for_sector",
    }

    slug = models.SlugField("slug", max_length=80, unique=True)
    title = models.CharField("titel", max_length=200)
    description = models.TextField(
        "beschrijving", blank=True, help_text="Wat de lezer er vindt, in één of twee zinnen."
    )
    url = models.URLField(
        "link",
        max_length=500,
        blank=True,
        help_text="Leeg laten als de bron het instrument of project noemt zonder link.",
    )
    kind = models.CharField("soort", max_length=12, choices=Kind)
    ends_on = models.DateField(
        "liep tot en met",
        null=True,
        blank=True,
        help_text="Voor een project of maatregel met een einddatum. Daarna toont de site het als "
        "afgelopen, met die datum, nooit als een weg die nu openstaat.",
    )
    is_for_employers = models.BooleanField("voor werkgevers", default=False)
    is_for_mentors = models.BooleanField("voor mentoren en kandidaten", default=False)
    is_for_sector = models.BooleanField("voor sectorpersoneel", default=False)
    position = models.PositiveSmallIntegerField(
        "volgorde", default=0, help_text="Lagere getallen staan eerst."
    )

    objects = ResourceQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "position", "title"]
        verbose_name = "externe bron"
        verbose_name_plural = "externe bronnen"

    def __str__(self):
        return self.title

    def has_ended(self, today) -> bool:
        return self.ends_on is not None and self.ends_on < today


class TextBlockQuerySet(PublishableQuerySet):
    def by_slug(self, *slugs: str) -> dict[str, "TextBlock"]:
        """The published blocks with these slugs, in one query.

        Keyed by slug with underscores for hyphens, so templates can say `texts.stage_bevraging`.
        """
        blocks = self.published().filter(slug__in=slugs)
        return {block.slug.replace("-", "_"): block for block in blocks}


class TextBlock(PublishableModel):
    """A piece of explanation that a page shows in a fixed place, written by staff in Markdown."""

    slug = models.SlugField(
        "slug",
        max_length=80,
        unique=True,
        help_text="Vast: de pagina zoekt de tekst op met deze naam. Niet wijzigen.",
    )
    title = models.CharField("titel", max_length=200)
    body = models.TextField(
        "tekst",
        help_text="Markdown: **vet**, *schuin*, lijstjes met '- ', links als [tekst](https://...).",
    )

    objects = TextBlockQuerySet.as_manager()

    class Meta:
        ordering = ["slug"]
        verbose_name = "tekstblok"
        verbose_name_plural = "tekstblokken"

    def __str__(self):
        return self.title


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


class Term(PublishableModel):
    """An abbreviation or sector word the pages use (OK3, lestijden, ODO), explained for everyone.

    `/begrippen/` lists them all; a page links a term's first use to its entry
    (`/begrippen/#<slug>`), from a template with `{% term %}` or from staff text with a Markdown
    link.
    """

    slug = models.SlugField(
        "slug",
        max_length=60,
        unique=True,
        help_text="Vast: pagina's linken naar /begrippen/#slug. Niet wijzigen.",
    )
    term = models.CharField(
        "begrip",
        max_length=80,
        help_text="Zoals de pagina's het schrijven, bv. 'OK3' of 'lestijden'.",
    )
    full_name = models.CharField(
        "voluit",
        max_length=200,
        blank=True,
        help_text="Wat de afkorting voluit betekent. Leeg als het geen afkorting is, of als geen "
        "bron het voluit schrijft.",
    )
    also_written = models.CharField(
        "ook geschreven als",
        max_length=120,
        blank=True,
        help_text="Andere schrijfwijzen die de lezer tegenkomt, gescheiden door komma's, "
        "bv. 'ODOW'.",
    )
    meaning = models.TextField(
        "uitleg",
        help_text="In gewone taal, voor een werkgever of een kandidaat van 19: één tot drie "
        "zinnen. Markdown.",
    )
    uncertainty = models.TextField(
        "wat onzeker is",
        blank=True,
        help_text="Als de bron het begrip gebruikt zonder het uit te leggen, of als iets aan de "
        "uitleg niet bevestigd is: zeg het. De lezer ziet het bij het begrip.",
    )

    class Meta:
        # "lestijden" between "IKA" and "OK3", not after every capital.
        ordering = [Lower("term")]
        verbose_name = "begrip"
        verbose_name_plural = "begrippen"

    def __str__(self):
        return self.term

    def get_absolute_url(self):
        return reverse("portal:terms") + f"#{self.slug}"

    @property
    def variants(self) -> list[str]:
        """The term and every other way the pages write it."""
        others = [name.strip() for name in self.also_written.split(",") if name.strip()]
        return [self.term, *others]
