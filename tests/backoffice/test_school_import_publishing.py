"""Publishing stays with those who may publish, also through the import of a list of schools.

What an import by someone without the publish right brings (a Redacteur) starts as a draft, like
anything a Redacteur adds by hand; a Hoofdredacteur's import, or an operator's on the command
line, publishes what it brings, as before.
"""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from tests.trajectories.school_lists import official, school
from tests.trajectories.test_import_admin import confirm_url, upload, upload_programme
from trajectories.models import Offering, Provider

pytestmark = pytest.mark.django_db

TEMPLATE_HEADER = (
    "schoolnummer;intern_vplnummer;naam;onderwijsniveau;straat;huisnummer;postcode;gemeente;"
    "niscode;lx;ly;kbo-nummer;telefoon;e-mail;website;begindatum;einddatum"
)


def template(*rows: str) -> bytes:
    return ("\n".join([TEMPLATE_HEADER, *rows]) + "\n").encode()


# A made-up provider, with a number that looks official: the template takes any number.
MADE_UP = "999123;;Syntra Nergensland;Syntra;Kerkstraat;1;9000;Gent;;;;;;;;;"


def import_through_the_admin(client, data: bytes):
    token = upload(client, data).context["token"]
    assert token
    response = client.post(confirm_url(token))
    assert response.status_code == 302


@pytest.mark.parametrize(
    ("role", "status", "public"),
    [("redacteur", Provider.Status.DRAFT, 404), ("hoofdredacteur", Provider.Status.PUBLISHED, 200)],
)
def test_an_import_publishes_only_for_who_may(client, as_user, request, role, status, public):
    import_through_the_admin(as_user(request.getfixturevalue(role)), template(MADE_UP))
    provider = Provider.objects.get(school_number="999123")
    assert provider.status == status
    client.logout()
    assert client.get(provider.get_absolute_url()).status_code == public


def test_the_preview_tells_a_redacteur_that_new_items_start_as_drafts(as_user, redacteur):
    response = upload(as_user(redacteur), template(MADE_UP))
    assert "als concept" in response.content.decode()


def test_a_redacteurs_programme_list_brings_draft_offerings(as_user, redacteur):
    client = as_user(redacteur)
    rows = [school(n, "gent", level="Volwassenenonderwijs") for n in (910700, 910701)]
    response = upload_programme(client, official(rows))
    client.post(confirm_url(response.context["token"]))
    offerings = Offering.objects.filter(is_imported=True, school_year="2026-2027")
    assert offerings.count() == 2
    assert set(offerings.values_list("status", flat=True)) == {Offering.Status.DRAFT}
    assert set(
        Provider.objects.filter(school_number__in=["910700", "910701"]).values_list(
            "status", flat=True
        )
    ) == {Provider.Status.DRAFT}


def test_a_redacteurs_import_leaves_a_published_school_published(as_user, redacteur):
    client = as_user(redacteur)
    Provider.objects.create(
        slug="bestaande-school",
        name="Bestaande school",
        school_number="910800",
        kind=Provider.Kind.SCHOOL,
        status=Provider.Status.PUBLISHED,
        source_url="https://www.example.org/",
        checked_on="2026-01-15",
    )
    import_through_the_admin(client, official([school(910800, "gent")]))
    assert Provider.objects.get(school_number="910800").status == Provider.Status.PUBLISHED


def test_the_command_publishes_or_brings_drafts_when_asked(tmp_path):
    path = tmp_path / "syntra.csv"
    path.write_bytes(template(MADE_UP))
    call_command("import_schools", str(path), stdout=io.StringIO())
    assert Provider.objects.get(school_number="999123").status == Provider.Status.PUBLISHED
    path.write_bytes(template(MADE_UP.replace("999123", "999124")))
    call_command("import_schools", str(path), "--draft", stdout=io.StringIO())
    assert Provider.objects.get(school_number="999124").status == Provider.Status.DRAFT


def test_the_import_page_is_the_redacteurs_too(as_user, redacteur):
    assert as_user(redacteur).get(reverse("admin:trajectories_provider_import")).status_code == 200
