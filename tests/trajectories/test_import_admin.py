"""The back office for providers: pages that open, and the import of the list of schools."""

import datetime
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.html import escape

from portal.models import ImportRecord, Municipality
from qualifications.models import ProfessionalQualification
from tests.portal.factories import UserFactory
from tests.trajectories.school_lists import official, school
from trajectories.models import Location, Offering, Provider, Route

pytestmark = pytest.mark.django_db

SAMPLE = Path(__file__).parent / "data" / "onderwijsaanbod-voorbeeld.csv"
IMPORT_URL = reverse("admin:trajectories_provider_import")
CACHE_PREFIX = "trajectories:provider-import:"


def confirm_url(token: str) -> str:
    return reverse("admin:trajectories_provider_import_confirm", args=[token])


def upload(client, data: bytes):
    return client.post(
        IMPORT_URL,
        {
            "file": SimpleUploadedFile("onderwijsaanbod.csv", data, content_type="text/csv"),
            "source_url": "https://data-onderwijs.vlaanderen.be/onderwijsaanbod/",
            "checked_on": "2026-01-15",
        },
    )


def imported():
    return Provider.objects.filter(school_number__startswith="9000")


@pytest.fixture
def importer(client):
    """Staff who may add providers, and nothing else: not a superuser."""
    user = UserFactory(staff=True)
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="trajectories", codename="add_provider")
    )
    client.force_login(user)
    return client


@pytest.fixture
def staff_without_permission(client):
    client.force_login(UserFactory(staff=True))
    return client


@pytest.fixture
def offering():
    provider = Provider.objects.create(
        slug="voorbeeldschool-test",
        name="Voorbeeldschool Test",
        kind=Provider.Kind.SCHOOL,
        status=Provider.Status.PUBLISHED,
        source_url="https://www.example.org/",
        checked_on=datetime.date(2026, 1, 15),
    )
    location = Location.objects.create(
        provider=provider,
        street="Voorbeeldstraat",
        postcode="9000",
        municipality=Municipality.objects.get(nis_code="44021"),
        latitude=51.05,
        longitude=3.72,
    )
    return Offering.objects.create(
        slug="kinderbegeleider-voorbeeldschool-test",
        location=location,
        route=Route.objects.first(),
        title="Kinderbegeleider (voorbeeld)",
        is_dual=True,
        source_url="https://www.example.org/",
        checked_on=datetime.date(2026, 1, 15),
    )


class TestAdminPages:
    @pytest.mark.parametrize("model", ["provider", "location", "offering"])
    def test_changelist_add_and_change_pages_open(self, admin_client, offering, model):
        obj = {
            "provider": offering.location.provider,
            "location": offering.location,
            "offering": offering,
        }[model]
        changelist = reverse(f"admin:trajectories_{model}_changelist")

        assert admin_client.get(changelist).status_code == 200
        assert admin_client.get(changelist, {"q": "Voorbeeld"}).status_code == 200
        assert admin_client.get(reverse(f"admin:trajectories_{model}_add")).status_code == 200
        change = reverse(f"admin:trajectories_{model}_change", args=[obj.pk])
        assert admin_client.get(change).status_code == 200

    def test_provider_list_shows_the_municipality_of_its_location(self, admin_client, offering):
        response = admin_client.get(reverse("admin:trajectories_provider_changelist"))

        assert "Voorbeeldschool Test" in response.text
        assert '<td class="field-municipality_name">Gent</td>' in response.text

    def test_provider_page_links_to_its_offerings(self, admin_client, offering):
        provider = offering.location.provider

        response = admin_client.get(
            reverse("admin:trajectories_provider_change", args=[provider.pk])
        )

        edit = reverse("admin:trajectories_offering_change", args=[offering.pk])
        assert f'href="{edit}"' in response.text
        assert "Kinderbegeleider (voorbeeld)" in response.text

    def test_location_page_edits_its_offerings_inline(self, admin_client, offering):
        response = admin_client.get(
            reverse("admin:trajectories_location_change", args=[offering.location.pk])
        )

        assert 'name="offerings-0-title"' in response.text

    def test_offering_form_finds_locations_by_provider_name(self, admin_client, offering):
        response = admin_client.get(
            reverse("admin:autocomplete"),
            {
                "app_label": "trajectories",
                "model_name": "offering",
                "field_name": "location",
                "term": "Voorbeeldschool",
            },
        )

        assert response.status_code == 200
        assert [r["id"] for r in response.json()["results"]] == [str(offering.location.pk)]

    def test_provider_list_offers_the_import(self, admin_client):
        response = admin_client.get(reverse("admin:trajectories_provider_changelist"))

        assert f'href="{IMPORT_URL}"' in response.text
        assert "Scholenlijst importeren" in response.text


class TestImportPermissions:
    def test_staff_without_permission_cannot_open_the_import(self, staff_without_permission):
        assert staff_without_permission.get(IMPORT_URL).status_code == 403
        assert upload(staff_without_permission, SAMPLE.read_bytes()).status_code == 403
        assert staff_without_permission.post(confirm_url("iets")).status_code == 403

    def test_staff_with_permission_sees_the_upload_form(self, importer):
        response = importer.get(IMPORT_URL)

        assert response.status_code == 200
        assert 'type="file"' in response.text
        assert response.context["form"]["checked_on"].value() is not None


class TestImportFlow:
    def test_upload_shows_a_preview_and_writes_nothing(self, importer):
        response = upload(importer, SAMPLE.read_bytes())

        assert response.status_code == 200
        html = response.text
        assert "Voorvertoning van onderwijsaanbod.csv" in html
        assert "Voorbeeldschool Hasselt" in html
        assert "centrum van de gemeente" in html
        assert "niet meer actief" in html
        assert "Import bevestigen" in html
        assert response.context["report"].totals["nieuw"] == 4
        assert not imported().exists()

    def test_preview_keeps_the_file_on_the_server_not_in_the_page(self, importer):
        response = upload(importer, SAMPLE.read_bytes())

        token = response.context["token"]
        assert cache.get(CACHE_PREFIX + token)["data"] == SAMPLE.read_bytes()
        assert "900001;" not in response.text

    def test_confirm_imports_the_previewed_file_and_reports(self, importer):
        token = upload(importer, SAMPLE.read_bytes()).context["token"]

        response = importer.post(confirm_url(token), follow=True)

        assert response.redirect_chain[0][0] == reverse("admin:index")
        assert (
            "Scholenlijst geïmporteerd. 5 vestigingsplaatsen van 5 scholen in het bestand: 4 nieuw"
            in response.text
        )
        assert imported().count() == 4
        assert cache.get(CACHE_PREFIX + token) is None

    def test_confirm_by_staff_who_can_see_the_list_returns_to_the_list(self, admin_client):
        token = upload(admin_client, SAMPLE.read_bytes()).context["token"]

        response = admin_client.post(confirm_url(token))

        assert response.url == reverse("admin:trajectories_provider_changelist")
        assert imported().count() == 4

    def test_file_with_errors_shows_them_and_cannot_be_confirmed(self, importer):
        data = SAMPLE.read_bytes().replace(b";9300;", b";99999;")

        response = upload(importer, data)

        assert response.context["token"] is None
        assert escape('postcode "99999" is geen postcode van 4 cijfers') in response.text
        assert "Regel 3 (schoolnummer 900002)" in response.text
        assert "Import bevestigen" not in response.text
        assert not imported().exists()

    def test_unreadable_file_shows_a_dutch_error(self, importer):
        response = upload(importer, bytes(range(256)))

        assert response.status_code == 200
        assert "geen CSV-tekst in UTF-8" in response.text
        assert response.context["token"] is None

    def test_confirming_a_file_with_errors_is_refused(self, importer):
        user = importer.get(IMPORT_URL).wsgi_request.user
        cache.set(
            CACHE_PREFIX + "met-fouten",
            {
                "data": SAMPLE.read_bytes().replace(b";9300;", b";93;"),
                "file_name": "onderwijsaanbod.csv",
                "source_url": "https://data-onderwijs.vlaanderen.be/onderwijsaanbod/",
                "checked_on": datetime.date(2026, 1, 15),
                "user_id": user.pk,
            },
        )

        response = importer.post(confirm_url("met-fouten"))

        assert response.status_code == 200
        assert "Het bestand bevat fouten en is niet geïmporteerd" in response.text
        assert escape('postcode "93" is geen postcode van 4 cijfers') in response.text
        assert "Import bevestigen" not in response.text
        assert not imported().exists()

    def test_expired_preview_asks_to_upload_again(self, importer):
        token = upload(importer, SAMPLE.read_bytes()).context["token"]
        cache.delete(CACHE_PREFIX + token)

        response = importer.post(confirm_url(token), follow=True)

        assert response.redirect_chain[-1][0] == IMPORT_URL
        assert "Deze voorvertoning is verlopen" in response.text
        assert not imported().exists()

    def test_unknown_token_asks_to_upload_again(self, importer):
        response = importer.post(confirm_url("bestaat-niet"), follow=True)

        assert "Deze voorvertoning is verlopen (ze blijft een uur bewaard)" in response.text

    def test_preview_of_another_user_cannot_be_confirmed(self, importer, admin_client):
        token = upload(admin_client, SAMPLE.read_bytes()).context["token"]

        response = importer.post(confirm_url(token), follow=True)

        assert "Deze voorvertoning is verlopen" in response.text
        assert not imported().exists()

    def test_confirming_twice_imports_once(self, importer):
        token = upload(importer, SAMPLE.read_bytes()).context["token"]
        importer.post(confirm_url(token))

        response = importer.post(confirm_url(token), follow=True)

        assert "Deze voorvertoning is verlopen" in response.text
        assert imported().count() == 4

    def test_confirm_only_accepts_post(self, importer):
        token = upload(importer, SAMPLE.read_bytes()).context["token"]

        assert importer.get(confirm_url(token)).status_code == 405
        assert not imported().exists()

    def test_check_date_in_the_future_is_refused(self, importer):
        response = importer.post(
            IMPORT_URL,
            {
                "file": SimpleUploadedFile("onderwijsaanbod.csv", SAMPLE.read_bytes()),
                "source_url": "https://data-onderwijs.vlaanderen.be/onderwijsaanbod/",
                "checked_on": "2999-01-01",
            },
        )

        assert "Deze datum ligt in de toekomst." in response.text
        assert "report" not in response.context


def upload_programme(client, data: bytes, **fields):
    route = Route.objects.get(slug="volwassenenonderwijs")
    babies = ProfessionalQualification.objects.get(slug="kinderbegeleider-babys-en-peuters")
    return client.post(
        IMPORT_URL,
        {
            "file": SimpleUploadedFile("kinderbegeleider.csv", data, content_type="text/csv"),
            "source_url": "https://data-onderwijs.vlaanderen.be/onderwijsaanbod/",
            "checked_on": "2026-01-15",
            "levels": ["secundair", "volwassenen"],
            "route": route.pk,
            "qualifications": [babies.pk],
            "title": "Kinderbegeleider baby's en peuters",
            "school_year": "2026-2027",
            **fields,
        },
    )


def cvos(numbers) -> list[dict]:
    return [school(n, "gent", level="Volwassenenonderwijs") for n in numbers]


class TestProgrammeImport:
    def test_programme_list_previews_then_creates_offerings(self, admin_client):
        response = upload_programme(admin_client, official(cvos(range(910600, 910603))))

        assert response.status_code == 200
        assert "3 scholen in het bestand: 3 nieuw" in response.text
        assert "0 verdwenen" in response.text
        assert not Offering.objects.filter(is_imported=True).exists()

        admin_client.post(confirm_url(response.context["token"]))

        assert Offering.objects.filter(is_imported=True, school_year="2026-2027").count() == 3
        record = ImportRecord.objects.get()
        assert record.summary.startswith("'Kinderbegeleider baby's en peuters'")

    def test_preview_lists_changes_field_by_field_and_what_disappears(self, admin_client):
        token = upload_programme(admin_client, official(cvos(range(910610, 910617)))).context[
            "token"
        ]
        admin_client.post(confirm_url(token))
        rows = cvos(range(910611, 910617))
        rows[0]["telefoon"] = "09 123 45 67"

        response = upload_programme(admin_client, official(rows))

        html = response.text
        assert "Verdwenen" in html
        assert "Testschool Gent 910610" in html
        assert "<del>011 00 00 00</del> → 09 123 45 67" in html
        assert 'name="confirm_shrink"' not in html

    def test_a_list_that_shrinks_too_much_needs_the_checkbox(self, admin_client):
        token = upload_programme(admin_client, official(cvos(range(910620, 910625)))).context[
            "token"
        ]
        admin_client.post(confirm_url(token))

        preview = upload_programme(admin_client, official(cvos(range(910620, 910622))))
        assert 'name="confirm_shrink"' in preview.text
        assert "Let op: deze lijst beëindigt 3 van de 5" in preview.text

        refused = admin_client.post(confirm_url(preview.context["token"]))
        assert refused.status_code == 200
        assert not Offering.objects.filter(ended_on__isnull=False).exists()

        admin_client.post(confirm_url(refused.context["token"]), {"confirm_shrink": "1"})
        assert Offering.objects.filter(ended_on__isnull=False).count() == 3

    def test_incomplete_programme_is_refused_with_the_field_named(self, admin_client):
        response = upload_programme(admin_client, official(cvos([910630])), title="")

        assert "Vul dit ook in voor een opleidingslijst." in response.text
        assert "report" not in response.context

    def test_staff_download_the_template_for_lists_without_an_export(self, importer):
        response = importer.get(reverse("admin:trajectories_provider_import_template"))

        assert response["Content-Type"] == "text/csv"
        header = response.content.decode().splitlines()[0].split(";")
        assert {"schoolnummer", "naam", "postcode", "niscode"} <= set(header)

    def test_a_filled_in_template_imports_an_evc_centre_and_a_syntra_campus(self, importer):
        header = (Path(settings.BASE_DIR) / "fixtures/import/aanbieders-sjabloon.csv").read_text()
        rows = [
            "EVC-TEST-1;;Testcentrum Gent;EVC-testcentrum;Schoolstraat;1;9000;Gent;;;;;;;;;",
            "SYNTRA-TEST;2;Syntra Test;Syntra;Kerkstraat;2;9300;Aalst;;;;;;;;;",
        ]
        data = (header + "\n".join(rows) + "\n").encode()

        response = upload(importer, data)
        importer.post(confirm_url(response.context["token"]))

        kinds = dict(
            Provider.objects.filter(school_number__in=["EVC-TEST-1", "SYNTRA-TEST"]).values_list(
                "school_number", "kind"
            )
        )
        assert kinds == {
            "EVC-TEST-1": Provider.Kind.EVC_CENTRE,
            "SYNTRA-TEST": Provider.Kind.SYNTRA,
        }
