"""The content import restores content and nothing else: every hostile file is refused in Dutch,
before anything is written."""

import json

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from portal.models import Resource, User
from portal.services import content_export
from tests.portal.factories import UserFactory
from tests.trajectories.factories import RouteFactory
from trajectories.models import Provider, Route

pytestmark = pytest.mark.django_db

CONTENT_URL = reverse("admin:import-content")

RESOURCE = {
    "model": "portal.resource",
    "fields": {
        "slug": "nieuwe-bron",
        "title": "Nieuwe bron",
        "description": "",
        "url": "https://www.vlaanderen.be/kinderopvang",
        "kind": "website",
        "is_for_employers": True,
        "is_for_mentors": False,
        "is_for_sector": False,
        "position": 0,
        "status": "gepubliceerd",
        "source_url": "https://www.vlaanderen.be/",
        "source_name": "Vlaanderen.be",
        "checked_on": "2026-11-01",
    },
}


def resource(**fields):
    return {"model": "portal.resource", "fields": {**RESOURCE["fields"], **fields}}


@pytest.fixture
def chief(as_user, hoofdredacteur):
    return as_user(hoofdredacteur)


def preview(client, items) -> str:
    data = items if isinstance(items, bytes) else json.dumps(items).encode()
    response = client.post(CONTENT_URL, {"bestand": SimpleUploadedFile("inhoud.json", data)})
    assert response.status_code == 200
    assert "token" not in response.context or not response.context["token"]
    return response.content.decode()


def counts():
    return (
        User.objects.count(),
        Group.objects.count(),
        Resource.objects.count(),
        Route.objects.count(),
        Provider.objects.count(),
    )


def test_a_clean_file_is_previewed_then_imported(chief):
    response = chief.post(
        CONTENT_URL,
        {"bestand": SimpleUploadedFile("inhoud.json", json.dumps([RESOURCE]).encode())},
    )
    assert response.context["token"]
    chief.post(CONTENT_URL, {"token": response.context["token"]})
    assert Resource.objects.get(slug="nieuwe-bron").title == "Nieuwe bron"


def test_a_user_row_is_refused(chief):
    before = counts()
    html = preview(
        chief,
        [
            RESOURCE,
            {
                "model": "portal.user",
                "fields": {
                    "username": "kaper",
                    "password": "pbkdf2_sha256$1$x$y",
                    "is_superuser": True,
                    "is_staff": True,
                    "is_active": True,
                },
            },
        ],
    )
    assert "Rij 2" in html
    assert "is geen inhoud" in html
    assert "Er is niets gewijzigd" in html
    assert counts() == before
    assert not User.objects.filter(username="kaper").exists()


@pytest.mark.parametrize(
    "row",
    [
        {"model": "auth.group", "fields": {"name": "Alles", "permissions": []}},
        {"model": "auth.permission", "fields": {"name": "x", "codename": "x", "content_type": 1}},
        {
            "model": "sessions.session",
            "fields": {"session_data": "x", "expire_date": "2030-01-01T00:00:00Z"},
        },
        {"model": "axes.accessattempt", "fields": {}},
        {"model": "trajectories.historicalroute", "fields": {}},
        {
            "model": "portal.importrecord",
            "fields": {"kind": "inhoud", "file_name": "x", "summary": "x"},
        },
        {"model": "trajectories.proposal", "fields": {}},
    ],
    ids=["group", "permission", "session", "lockout", "history", "import-record", "proposal"],
)
def test_rows_of_accounts_rights_sessions_and_records_are_refused(chief, row):
    before = counts()
    html = preview(chief, [RESOURCE, row])
    assert "is geen inhoud" in html
    assert counts() == before


def test_a_javascript_link_is_refused(chief):
    before = counts()
    html = preview(chief, [resource(url="javascript:alert(document.cookie)")])
    assert "Rij 1" in html
    assert "link" in html  # the field, by its Dutch name
    assert "Geef een geldige URL op." in html or "geldige URL" in html
    assert counts() == before
    assert not Resource.objects.filter(slug="nieuwe-bron").exists()


@pytest.mark.parametrize(
    "data",
    [
        {"items": [RESOURCE]},
        [[RESOURCE]],
        [{"model": "portal.resource", "fields": {**RESOURCE["fields"], "title": {"nl": "x"}}}],
        [{"model": "portal.resource", "fields": [1, 2]}],
        [{"model": ["portal.resource"], "fields": {}}],
        [
            {
                "model": "portal.resource",
                "fields": {**RESOURCE["fields"], "checked_on": [[["2026"]]]},
            }
        ],
        [{"model": "portal.resource"}],
    ],
    ids=[
        "object",
        "list-in-list",
        "nested-value",
        "fields-list",
        "model-list",
        "deep-list",
        "no-fields",
    ],
)
def test_a_nested_or_malformed_file_is_refused_in_dutch(chief, data):
    before = counts()
    html = preview(chief, data)
    assert "errornote" in html
    assert "Er is niets gewijzigd" in html
    assert counts() == before


def test_a_row_with_missing_fields_is_refused_with_each_field_named(chief):
    before = counts()
    html = preview(chief, [{"model": "trajectories.route", "fields": {"name": "Half traject"}}])
    assert "Rij 1" in html
    assert "Dit veld mag niet leeg zijn." in html
    assert "bron (link)" in html
    assert counts() == before
    assert not Route.objects.filter(name="Half traject").exists()


def test_a_reference_to_something_that_does_not_exist_is_refused(chief):
    route = RouteFactory(slug="bestaand-traject")
    data = json.loads(content_export())
    sections = [item for item in data if item["model"] == "trajectories.routesection"][:1]
    assert sections
    sections[0]["fields"]["route"] = ["bestaat-niet"]
    sections[0]["fields"]["slug"] = "nieuw-onderdeel"
    before = counts()
    html = preview(chief, sections)
    assert "Rij 1" in html
    assert "bestaat niet" in html
    assert counts() == before
    assert route.sections.count() == 0


def test_providers_come_without_their_editors(chief, aanbieder):
    provider = Provider.objects.get(slug="cvo-eigen")
    item = next(
        item
        for item in json.loads(content_export())
        if item["model"] == "trajectories.provider" and item["fields"]["slug"] == "cvo-eigen"
    )
    assert "editors" not in item["fields"]
    item["fields"]["slug"] = "cvo-kopie"
    item["fields"]["school_number"] = ""
    item["fields"]["editors"] = [["operator"]]
    html = preview(chief, [item])
    assert "editors" in html or "medewerkers" in html
    assert not Provider.objects.filter(slug="cvo-kopie").exists()
    assert provider.editors.count() == 1


def test_two_rows_with_the_same_slug_are_refused(chief):
    html = preview(chief, [RESOURCE, resource(title="Tweede")])
    assert "Rij 2" in html
    assert not Resource.objects.filter(slug="nieuwe-bron").exists()


def test_the_export_round_trips_through_the_checked_import(chief):
    """What the portal exports passes every check of the import."""
    RouteFactory(slug="uit-export", name="Uit de export")
    data = content_export().encode()
    Route.objects.filter(slug="uit-export").delete()
    response = chief.post(CONTENT_URL, {"bestand": SimpleUploadedFile("inhoud.json", data)})
    assert response.context["token"], response.context.get("error")
    chief.post(CONTENT_URL, {"token": response.context["token"]})
    assert Route.objects.filter(slug="uit-export").exists()


def test_an_operator_without_the_group_imports_too(client):
    client.force_login(UserFactory(staff=True, is_superuser=True))
    response = client.post(
        CONTENT_URL,
        {"bestand": SimpleUploadedFile("inhoud.json", json.dumps([RESOURCE]).encode())},
    )
    assert response.context["token"]


def test_a_permission_that_exists_is_not_granted_by_a_file(chief):
    permission = Permission.objects.get(codename="publish_content")
    before = set(permission.group_set.values_list("pk", flat=True))
    preview(
        chief,
        [{"model": "auth.group", "fields": {"name": "Redacteur", "permissions": [permission.pk]}}],
    )
    assert set(permission.group_set.values_list("pk", flat=True)) == before
