"""The demand's public paths are a promise too (DESIGN.md)."""

import pytest
from django.urls import resolve, reverse


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("demand:request-create", "/opleiding-gevraagd/"),
        ("demand:request-thanks", "/opleiding-gevraagd/bedankt/"),
        ("demand:demand-public", "/vraag/"),
    ],
)
def test_public_path_is_stable(name, path):
    assert reverse(name) == path
    assert resolve(path).view_name == name
