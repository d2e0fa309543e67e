"""Imports have limits (size, rows) checked before parsing, requests have limits on their body,
and an import that fails half-way leaves nothing behind."""

import json
from contextlib import contextmanager
from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from portal.models import ImportRecord
from portal.services import content_export
from portal.uploads import csv_row_count
from tests.portal.factories import UserFactory
from tests.trajectories.factories import RouteFactory
from tests.trajectories.test_import_admin import SAMPLE
from tests.trajectories.test_import_admin import imported as imported_schools
from tests.trajectories.test_import_admin import upload as upload_schools
from trajectories.models import Location, Route

pytestmark = pytest.mark.django_db

SCHOOLS_URL = reverse("admin:trajectories_provider_import")
CONTENT_URL = reverse("admin:import-content")


def upload_content(client, data: bytes, name="inhoud.json"):
    return client.post(CONTENT_URL, {"bestand": SimpleUploadedFile(name, data)})


@pytest.fixture
def operator(client):
    client.force_login(UserFactory(staff=True, is_superuser=True))
    return client


# -- Size and rows, before parsing ------------------------------------------------------------


def test_a_school_list_over_the_size_limit_is_refused_in_dutch(operator, settings):
    settings.IMPORT_MAX_UPLOAD_MB = 1
    data = SAMPLE.read_bytes() + b"\r" * (1024 * 1024 + 512 * 1024)
    with mock.patch("trajectories.admin.imports.providers_import") as parse:
        response = upload_schools(operator, data)
    assert response.status_code == 200
    [message] = response.context["form"].errors["file"]
    assert message.startswith("Dit bestand is 1,5 MB groot; een import mag hoogstens 1 MB zijn.")
    assert not parse.called
    assert not imported_schools().exists()


def test_the_upload_stops_being_stored_past_the_size_limit(rf, settings):
    settings.IMPORT_MAX_UPLOAD_MB = 1
    body = b"x" * (3 * 1024 * 1024)
    request = rf.post("/", {"file": SimpleUploadedFile("groot.csv", body)})
    upload = request.FILES["file"]
    assert upload.size == len(body)  # the form can say how big it was
    assert upload.read() == b""  # but none of it was kept


def test_a_school_list_with_too_many_rows_is_refused_before_it_is_parsed(operator, settings):
    settings.IMPORT_MAX_ROWS = 4
    with mock.patch("trajectories.admin.imports.providers_import") as parse:
        response = upload_schools(operator, SAMPLE.read_bytes())  # 5 schools
    [message] = response.context["form"].errors["file"]
    assert message == (
        "Dit bestand telt 5 rijen; een import mag er hoogstens 4 hebben. "
        "Splits de lijst in delen en importeer ze na elkaar."
    )
    assert not parse.called


def test_a_school_list_at_the_row_limit_is_previewed(operator, settings):
    settings.IMPORT_MAX_ROWS = 5
    response = upload_schools(operator, SAMPLE.read_bytes())
    assert "Voorvertoning van onderwijsaanbod.csv" in response.content.decode()


def test_a_content_export_over_the_size_limit_is_refused_in_dutch(operator, settings):
    settings.IMPORT_MAX_UPLOAD_MB = 1
    response = upload_content(operator, b" " * (2 * 1024 * 1024))
    assert "Dit bestand is 2,0 MB groot; een import mag hoogstens 1 MB zijn." in response.text
    assert "token" not in response.context


def test_a_content_export_with_too_many_items_is_refused_before_it_is_read(operator, settings):
    settings.IMPORT_MAX_ROWS = 3
    data = json.dumps([{"model": "trajectories.route", "fields": {}}] * 4).encode()
    with mock.patch("portal.services.content_load") as load:
        response = upload_content(operator, data)
    assert "Dit bestand telt 4 rijen; een import mag er hoogstens 3 hebben." in response.text
    assert not load.called


@pytest.mark.parametrize(
    ("data", "rows"),
    [
        (b"kop\r1\r2\r", 2),
        (b"kop\n1\n2\n", 2),
        (b"kop\r\n1\r\n2\r\n", 2),
        (b"kop\n1\n2", 2),
        (b"kop", 0),
        (b"", 0),
    ],
    ids=["cr", "lf", "crlf", "no-final-newline", "header-only", "empty"],
)
def test_rows_are_counted_for_every_line_ending(data, rows):
    assert csv_row_count(data) == rows


# -- Request bodies -----------------------------------------------------------------------------


def test_a_request_body_past_the_limit_gets_the_dutch_400_page(client):
    response = client.post("/admin/login/", {"username": "x" * (3 * 1024 * 1024)})
    assert response.status_code == 400
    assert "Deze vraag begrijpen we niet" in response.content.decode()


def test_too_many_fields_get_the_dutch_400_page(client):
    response = client.post("/admin/login/", {f"veld{n}": "x" for n in range(1001)})
    assert response.status_code == 400


def test_more_than_one_file_gets_the_dutch_400_page(operator):
    files = {f"file{n}": SimpleUploadedFile(f"{n}.csv", b"kop\r") for n in range(2)}
    response = operator.post(SCHOOLS_URL, files)
    assert response.status_code == 400


# -- All or nothing -----------------------------------------------------------------------------


@contextmanager
def failing(target, name: str):
    """`target.name` fails half-way through the request, which raises its error."""
    with (
        mock.patch.object(target, name, side_effect=RuntimeError("schijf vol")),
        pytest.raises(RuntimeError),
    ):
        yield


def confirmed_school_import(client):
    token = upload_schools(client, SAMPLE.read_bytes()).context["token"]
    return client.post(reverse("admin:trajectories_provider_import_confirm", args=[token]))


def test_a_school_import_that_fails_half_way_writes_nothing(operator):
    # The providers are written, then their locations fail.
    with failing(Location.objects, "bulk_create"):
        confirmed_school_import(operator)
    assert not imported_schools().exists()
    assert not ImportRecord.objects.exists()


def test_a_school_import_whose_record_fails_writes_no_schools(operator):
    with failing(ImportRecord.objects, "create"):
        confirmed_school_import(operator)
    assert not imported_schools().exists()


def test_a_content_import_whose_record_fails_writes_no_content(operator):
    RouteFactory(slug="uit-export", name="Uit de export")
    data = content_export().encode()
    Route.objects.filter(slug="uit-export").delete()
    token = upload_content(operator, data).context["token"]
    with failing(ImportRecord.objects, "create"):
        operator.post(CONTENT_URL, {"token": token})
    assert not Route.objects.filter(slug="uit-export").exists()
