"""Static files as production serves them: WhiteNoise lists them once when a process starts
(the tests look them up when asked, see conftest.py), hashed names kept by browsers for a year."""

import pytest
from django.templatetags.static import static
from django.test import Client
from django.test.utils import override_settings


@pytest.fixture
def production_client(db):
    with override_settings(WHITENOISE_AUTOREFRESH=False):
        yield Client()


def test_a_hashed_file_is_kept_for_a_year_and_sent_compressed(production_client):
    url = static("css/portal.css")
    assert url != "/static/css/portal.css"  # the manifest's hashed name
    response = production_client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert response["Cache-Control"] == "max-age=315360000, public, immutable"
    assert response["Content-Encoding"] == "gzip"
    assert b"".join(response.streaming_content)[:2] == b"\x1f\x8b"


def test_an_unhashed_name_is_kept_briefly_and_an_unknown_file_is_not_found(production_client):
    response = production_client.get("/static/css/portal.css")
    assert response.status_code == 200
    assert response["Cache-Control"] == "max-age=60, public"
    assert production_client.get("/static/css/bestaat-niet.css").status_code == 404
