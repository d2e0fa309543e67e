"""What every page needs: the navigation and the contact organisations in the footer."""

import functools
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import reverse
from django.utils.functional import SimpleLazyObject

from portal.caching import cached_content, content_key
from portal.models import ContactOrganisation


def site(request):
    return {
        # Part of the key of fragments that show content (`{% cache … content_cache_key %}`):
        # a change in the back office, or a new day, renders them anew.
        "content_cache_key": content_key(),
        "content_cache_seconds": settings.CONTENT_CACHE_SECONDS,
        # Read only by a page that shows them (the footer when its fragment is missing, the
        # route planner), and then from the cache until content changes.
        "contact_organisations": SimpleLazyObject(contact_organisations),
        "main_navigation": main_navigation(),
        # The section of the menu this page is, if any (also the key of the cached header).
        "current_navigation": next(
            (url for _, url in main_navigation() if url == request.path), ""
        ),
        "map_tiles": {
            "url": settings.MAP_TILE_URL,
            "host": urlsplit(settings.MAP_TILE_URL).netloc,
            "attribution": settings.MAP_TILE_ATTRIBUTION,
        },
    }


def contact_organisations() -> list[dict]:
    """Name, website and description of each published organisation (plain values: the cache
    shares them between requests)."""
    return cached_content(
        lambda: list(
            ContactOrganisation.objects.published().values("name", "website", "description")
        ),
        "contacts",
    )


@functools.cache
def main_navigation() -> tuple[tuple[str, str], ...]:
    """(label, url) of the public sections, in the order of the header."""
    return (
        ("Opleidingen", reverse("trajectories:offering-search")),
        ("Routeplanner", reverse("trajectories:route-planner")),
        ("Kwalificaties", reverse("qualifications:qualification-list")),
        ("Trajecten", reverse("trajectories:route-list")),
        ("Duaal leren", reverse("trajectories:dual-learning")),
        ("Premies", reverse("incentives:premium-list")),
        ("Ondersteuning", reverse("trajectories:support")),
    )
