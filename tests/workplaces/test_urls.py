"""The places' public paths are a promise too: shared, bookmarked and printed."""

import pytest
from django.urls import resolve, reverse

PATHS = [
    ("workplaces:search", [], "/werkplekken/"),
    ("workplaces:export-csv", [], "/werkplekken/export.csv"),
    ("workplaces:export-json", [], "/werkplekken/export.json"),
    ("workplaces:employer-detail", ["opvang-de-vlinder"], "/werkplekken/opvang-de-vlinder/"),
    ("workplaces:contact", ["opvang-de-vlinder", 7], "/werkplekken/opvang-de-vlinder/contact/7/"),
    ("workplaces:register", [], "/werkgevers/aanmelden/"),
]


@pytest.mark.parametrize(("name", "args", "path"), PATHS)
def test_public_path_is_stable(name, args, path):
    assert reverse(name, args=args) == path
    assert resolve(path).view_name == name


def test_the_doors_lead_to_the_places(client, db):
    assert 'href="/werkgevers/aanmelden/"' in client.get("/werkgevers/").content.decode()
    assert 'href="/werkplekken/"' in client.get("/mentoren-en-kandidaten/").content.decode()
