"""What every page needs: the navigation and the contact organisations in the footer."""

import functools
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import reverse

from portal.caching import content_key
from portal.models import ContactOrganisation


def site(request):
    return {
        # Part of the key of fragments that show content (`{% cache … content_cache_key %}`):
        # a change in the back office, or a new day, renders them anew.
        "content_cache_key": content_key(),
        # Evaluated lazily by the footer, only when its cached fragment is missing.
        "contact_organisations": ContactOrganisation.objects.published(),
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
