"""The public paths are a promise: links to them are shared, bookmarked and printed."""

import pytest
from django.urls import resolve, reverse

PUBLIC_PATHS = [
    ("portal:home", "/"),
    ("portal:werkgever", "/werkgevers/"),
    ("portal:mentor", "/mentoren-en-kandidaten/"),
    ("portal:sector", "/sector/"),
    ("portal:over", "/over/"),
    ("portal:privacy", "/privacy/"),
    ("portal:toegankelijkheid", "/toegankelijkheid/"),
    ("portal:healthz", "/healthz"),
    ("admin:index", "/admin/"),
]


@pytest.mark.parametrize(("name", "path"), PUBLIC_PATHS)
def test_public_path_is_stable(name, path):
    assert reverse(name) == path
    assert resolve(path).view_name == name
