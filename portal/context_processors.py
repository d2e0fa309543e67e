"""What every page needs: the navigation and the contact organisations in the footer."""

from urllib.parse import urlsplit

from django.conf import settings
from django.urls import reverse

from portal.models import ContactOrganisation


def site(request):
    # Evaluated lazily by the template; one query per page, whatever the page.
    return {
        "contact_organisations": ContactOrganisation.objects.published(),
        "main_navigation": main_navigation(),
        "map_tiles": {
            "url": settings.MAP_TILE_URL,
            "host": urlsplit(settings.MAP_TILE_URL).netloc,
            "attribution": settings.MAP_TILE_ATTRIBUTION,
        },
    }


def main_navigation() -> list[tuple[str, str]]:
    """(label, url) of the public sections, in the order of the header."""
    return [
        ("Opleidingen", reverse("trajectories:offering-search")),
        ("Routeplanner", reverse("trajectories:route-planner")),
        ("Kwalificaties", reverse("qualifications:qualification-list")),
        ("Trajecten", reverse("trajectories:route-list")),
        ("Duaal leren", reverse("trajectories:dual-learning")),
        ("Premies", reverse("incentives:premium-list")),
        ("Ondersteuning", reverse("trajectories:support")),
    ]
