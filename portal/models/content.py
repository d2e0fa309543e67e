"""Content of the site shell: contact organisations, external resources, text blocks and the
glossary's terms."""

from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse

from portal.models.base import PublishableModel, PublishableQuerySet


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
