"""What a provider changed and a Redacteur accepted is what the page, the row and the CSV show."""

import csv
import datetime
import io

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core.cache import cache

from tests.portal.factories import UserFactory
from trajectories.models import Offering
from trajectories.services.proposals import proposal_accept, proposal_submit

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 12, 2)
FIRST_START = datetime.date(2027, 2, 1)


@pytest.fixture
def accepted_start():
    """CVO Miras sets the first start in Kortrijk to 1 February 2027; a Redacteur accepts."""
    offering = Offering.objects.get(slug="cvo-miras-kortrijk-kinderbegeleider-babys-en-peuters")
    assert offering.start_note  # "september; starten in het tweede semester kan ook"
    secretary = UserFactory(username="secretariaat@miras.example", staff=True)
    secretary.groups.add(Group.objects.get(name="Aanbieder"))
    offering.location.provider.editors.add(secretary)
    reviewer = UserFactory(username="redacteur", staff=True)
    reviewer.groups.add(Group.objects.get(name="Redacteur"))
    with time_machine.travel(TODAY):
        proposal = proposal_submit(obj=offering, values={"starts_on": FIRST_START}, user=secretary)
        proposal_accept(proposal=proposal, user=reviewer)
        cache.clear()
        yield offering


def test_the_provider_page_shows_the_accepted_date_beside_the_start_moments(client, accepted_start):
    html = client.get(accepted_start.location.provider.get_absolute_url()).content.decode()

    assert "<dt>Start</dt><dd>1 februari 2027</dd>" in html
    assert "<dt>Startmomenten</dt><dd>september; starten in het tweede semester kan ook" in html
    assert "bijgewerkt door de aanbieder op" in html
    # The banner says who updated what, instead of calling everything unchecked beside it.
    assert "De aanbieder werkte deze gegevens zelf bij op 2 december 2026" in html
    assert "Deze gegevens komen uit een openbare bron en zijn nog niet nagekeken" not in html


def test_the_search_row_shows_the_date_and_who_updated_it(client, accepted_start):
    html = client.get("/opleidingen/", {"plaats": "Kortrijk", "straal": "5"}).content.decode()
    row = html[html.index(f'id="aanbod-{accepted_start.pk}"') :]
    row = row[: row.index("</article>")]

    assert "<dt>Start</dt><dd>1 februari 2027</dd>" in row
    assert "Bijgewerkt door de aanbieder op 2 december 2026." in row
    assert "nog niet nagekeken" not in row


def test_the_csv_has_the_date_in_its_start_column_and_the_moments_beside_it(client, accepted_start):
    body = client.get(
        "/opleidingen/export.csv", {"plaats": "Kortrijk", "straal": "5"}
    ).content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(body), delimiter=";"))
    row = next(r for r in rows if r["vestiging"] == "Campus Kortrijk")

    assert row["start"] == "2027-02-01"
    assert row["startmomenten"] == "september; starten in het tweede semester kan ook"
