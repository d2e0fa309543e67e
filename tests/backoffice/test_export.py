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
