"""What forms offer to choose from: the published provinces, core qualifications and routes, by
slug, cached until content changes. The search's filters, the route planner and other apps'
forms (the premium estimate's routes) read them here."""

from dataclasses import dataclass

from portal.caching import cached_content
from portal.models import Province
from qualifications.models import ProfessionalQualification
from trajectories.models import Route


@dataclass(frozen=True)
class PublishedChoices:
    """The published provinces, core qualifications and routes, by slug: published content that
    rarely changes."""

    provinces: dict[str, Province]
    qualifications: dict[str, ProfessionalQualification]
    routes: dict[str, Route]


def published_choices() -> PublishedChoices:
    """The choices, from the cache until content changes (no query on most requests)."""
    return cached_content(
        lambda: PublishedChoices(
            provinces={p.slug: p for p in Province.objects.all()},
            qualifications={
                q.slug: q for q in ProfessionalQualification.objects.published().core()
            },
            routes={r.slug: r for r in Route.objects.published()},
        ),
        "published-choices",
    )
