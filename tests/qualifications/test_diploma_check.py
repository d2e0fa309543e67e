"""/telt-dit-diploma/: whether a title already qualifies, for which care, and the shortest route."""

import datetime
from types import SimpleNamespace
from urllib.parse import parse_qs

import pytest

from qualifications.services import Obtained, Outcome, diploma_verdict

URL = "/telt-dit-diploma/"
ATTEST = SimpleNamespace(  # as Kind en Gezin describes the old CVO attest
    qualifies_baby_toddler=True,
    qualifies_school_age=False,
    obtained_from=None,
    obtained_until=datetime.date(2022, 8, 31),
    held_qualification=SimpleNamespace(slug="kinderbegeleider-babys-en-peuters"),
    planner_diploma="",
)


@pytest.mark.parametrize(
    ("obtained", "outcome"),
    [
        (Obtained(2022, 8), Outcome.PARTLY),  # in time, for baby's en peuters only
        (Obtained(2021), Outcome.PARTLY),
        (Obtained(2022, 9), Outcome.NO),
        (Obtained(2023), Outcome.NO),
        (Obtained(2022), Outcome.DEPENDS),  # the year straddles 31 August 2022
        (None, Outcome.DEPENDS),
    ],
)
def test_the_cvo_attest_counts_only_when_obtained_by_31_august_2022(obtained, outcome):
    verdict = diploma_verdict(ATTEST, obtained=obtained)
    assert verdict.outcome == outcome
    if outcome == Outcome.NO:
        assert verdict.qualifies_for == []
        assert "tot en met 31 augustus 2022" in verdict.reasons[0]


def test_a_partial_title_opens_the_planner_with_what_is_known():
    verdict = diploma_verdict(ATTEST, obtained=Obtained(2020, 5))
    assert verdict.qualifies_for == ["kinderbegeleider-babys-en-peuters"]
    assert parse_qs(verdict.planner_query) == {
        "bk": ["kinderbegeleider-babys-en-peuters"],
        "kwalificatie": ["kinderbegeleider-schoolgaande-kinderen"],
    }


@pytest.mark.django_db
def test_an_old_title_answers_for_which_care_with_its_source_and_a_link_to_the_planner(client):
    html = client.get(URL, {"titel": "attest-kinderbegeleider-babys-en-peuters-cvo",
                            "behaald": "2021-06"}).content.decode()  # fmt: skip
    assert "Dit telt voor een deel" in html
    assert "Opvang van baby's en peuters: <strong>telt</strong>" in html
    assert 'Opvang van schoolgaande kinderen (<a href="/begrippen/#bko">BKO</a>): telt niet' in html
    assert "Kind en Gezin: kwalificatievereisten en opleiding" in html
    assert (
        'href="/routeplanner/?bk=kinderbegeleider-babys-en-peuters&amp;'
        'kwalificatie=kinderbegeleider-schoolgaande-kinderen"' in html
    )


@pytest.mark.django_db
def test_an_old_programme_links_to_the_matrix_and_says_its_caveat(client):
    html = client.get(URL, {"titel": "7de-jaar-kinderzorg"}).content.decode()
    assert 'href="/onderwijsmatrix/"' in html
    assert "Onzeker:" in html
    assert "Topzet" in html


@pytest.mark.django_db
def test_the_new_7th_year_counts_for_both_kinds_of_care(client):
    html = client.get(URL, {"titel": "7de-jaar-kinderbegeleider"}).content.decode()
    assert "Ja, dit telt" in html
    assert "routeplanner/?" not in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"titel": "bestaat-niet"}, "Die titel kennen we niet (meer)"),
        ({"titel": "7de-jaar-kinderzorg", "behaald": "gisteren"}, "Schrijf een maand en jaar"),
        ({"titel": "7de-jaar-kinderzorg", "behaald": "2022-13"}, "Die datum bestaat niet"),
        ({"waar": "maan"}, "Kies een plaats uit de lijst."),
        ({"behaald": "x" * 5000}, "Schrijf een maand en jaar"),
    ],
)
def test_bad_input_gets_a_clear_dutch_message(client, params, message):
    response = client.get(URL, params)
    assert response.status_code == 200
    assert message in response.content.decode()


@pytest.mark.django_db
def test_a_title_not_on_the_list_points_to_kind_en_gezin_and_the_planner(client):
    html = client.get(URL, {"titel": "anders"}).content.decode()
    assert "Je titel staat er niet bij" in html
    assert "kindengezin.be" in html


@pytest.mark.django_db
def test_choosing_where_narrows_the_list(client):
    html = client.get(URL, {"waar": "syntra"}).content.decode()
    assert "Syntra: Diploma ondernemerschapstraject" in html
    assert "Secundair onderwijs (school): 7de jaar Kinderzorg" not in html


@pytest.mark.django_db
def test_the_page_costs_a_fixed_number_of_queries(client, assert_fixed_queries):
    from qualifications.models import QualifyingTitle

    def grow():
        template = QualifyingTitle.objects.get(slug="7de-jaar-kinderzorg")
        for n in range(5):
            template.pk, template.slug = None, f"extra-titel-{n}"
            template.save()

    assert_fixed_queries(URL + "?titel=7de-jaar-kinderzorg&behaald=2010", grow)
