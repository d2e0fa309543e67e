"""An export of all content, imported into an empty database, gives the same content."""

import json

import pytest
from django.core.management import call_command

from portal.models import ImportRecord
from portal.services import content_export, content_load, exported_models, geography_load

pytestmark = pytest.mark.django_db


def as_set(export: str) -> set[str]:
    return {json.dumps(item, sort_keys=True) for item in json.loads(export)}


def test_export_then_import_into_an_empty_database_gives_the_same_content(tmp_path):
    before = content_export()
    assert len(json.loads(before)) > 150
    path = tmp_path / "inhoud.json"
    path.write_text(before, encoding="utf-8")

    call_command("flush", interactive=False, verbosity=0)
    assert all(not model.objects.exists() for model in exported_models())
    geography_load()
    content_load(paths=[path])

    assert as_set(content_export()) == as_set(before)


def test_load_content_with_a_file_records_the_import(tmp_path):
    path = tmp_path / "inhoud.json"
    path.write_text(content_export(), encoding="utf-8")
    call_command("load_content", file=[path], stdout=open("/dev/null", "w"))  # noqa: SIM115
    record = ImportRecord.objects.get()
    assert record.kind == "inhoud"
    assert record.file_name == "inhoud.json"


def test_hoofdredacteur_downloads_the_export_and_a_redacteur_cannot(
    as_user, redacteur, hoofdredacteur
):
    from django.urls import reverse

    url = reverse("admin:export-content")
    assert as_user(redacteur).get(url).status_code == 403
    response = as_user(hoofdredacteur).get(url)
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    assert json.loads(response.content)


def test_admin_import_previews_then_adds_and_records_who(as_user, hoofdredacteur):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    from tests.trajectories.factories import RouteFactory
    from trajectories.models import Route

    RouteFactory(slug="uit-export", name="Uit de export")
    data = content_export().encode()
    Route.objects.filter(slug="uit-export").delete()
    client = as_user(hoofdredacteur)
    url = reverse("admin:import-content")

    preview = client.post(url, {"bestand": SimpleUploadedFile("inhoud.json", data)})
    html = preview.content.decode()
    assert "Voorvertoning: inhoud.json" in html
    assert not Route.objects.filter(slug="uit-export").exists(), "a preview writes nothing"

    token = preview.context["token"]
    client.post(url, {"token": token})
    assert Route.objects.filter(slug="uit-export").exists()
    record = ImportRecord.objects.get()
    assert record.imported_by == hoofdredacteur
    assert record.file_name == "inhoud.json"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x00\xff\x00 niet leesbaar", "Dit is geen JSON-export van het portaal"),
        (
            b'[{"model": "trajectories.offering", "fields": {"slug": "x", "route": ["geen"]}}]',
            "Er is niets gewijzigd.",
        ),
    ],
)
def test_admin_import_of_a_bad_file_says_why_and_writes_nothing(
    as_user, hoofdredacteur, content, message
):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    before = len(json.loads(content_export()))
    html = (
        as_user(hoofdredacteur)
        .post(reverse("admin:import-content"), {"bestand": SimpleUploadedFile("x.json", content)})
        .content.decode()
    )
    assert message in html
    assert len(json.loads(content_export())) == before


def test_redacteur_cannot_import(as_user, redacteur):
    from django.urls import reverse

    assert as_user(redacteur).get(reverse("admin:import-content")).status_code == 403
