"""What forms offer to choose from: the published provinces, core qualifications and routes, by
slug, cached until content changes. The search's filters, the route planner and other apps'
forms (the premium estimate's routes) read them here.

Each is a `Choice` of plain values, not a model instance: the cache shares it between requests,
and a shared instance would carry what one request loaded or changed on it into the next."""

from dataclasses import dataclass

from portal.caching import cached_content
from portal.models import Province
from qualifications.models import ProfessionalQualification
from trajectories.models import Route


@dataclass(frozen=True)
class Choice:
    """A published row as a form offers it: its id (for a query or a foreign key), slug, name
    and page."""

    pk: int
    slug: str
    name: str
    url: str = ""

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return self.url


@dataclass(frozen=True)
class PublishedChoices:
    """The published provinces, core qualifications and routes, by slug: published content that
    rarely changes."""

    provinces: dict[str, Choice]
    qualifications: dict[str, Choice]
    routes: dict[str, Choice]


def published_choices() -> PublishedChoices:
    """The choices, from the cache until content changes (no query on most requests)."""
    return cached_content(_published_choices, "published-choices")


def _published_choices() -> PublishedChoices:
    def choices(rows, url: bool = True) -> dict[str, Choice]:
        return {
            row.slug: Choice(row.pk, row.slug, str(row), row.get_absolute_url() if url else "")
            for row in rows
        }

    return PublishedChoices(
        provinces=choices(Province.objects.all(), url=False),
        qualifications=choices(ProfessionalQualification.objects.published().core()),
        routes=choices(Route.objects.published()),
    )
