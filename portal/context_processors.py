"""What every page needs: the navigation and the contact organisations in the footer."""

from django.urls import reverse

from portal.models import ContactOrganisation


def site(request):
    # Evaluated lazily by the template; one query per page, whatever the page.
    return {
        "contact_organisations": ContactOrganisation.objects.published(),
        "main_navigation": main_navigation(),
    }


def main_navigation() -> list[tuple[str, str]]:
    """(label, url) of the public sections, in the order of the header."""
    return [
        ("Voor werkgevers", reverse("portal:werkgever")),
        ("Voor mentoren en kandidaten", reverse("portal:mentor")),
        ("Voor de sector", reverse("portal:sector")),
        ("Over", reverse("portal:over")),
    ]
