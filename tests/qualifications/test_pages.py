"""Qualification pages: the seed's facts where they belong, drafts hidden, fixed query counts."""

import pytest

from qualifications.models import ProfessionalQualification
from tests.qualifications.factories import (
    ProfessionalQualificationFactory,
    StudyProgrammeFactory,
    TimelineEventFactory,
)
from tests.trajectories.factories import RouteFactory, RouteQualificationFactory

pytestmark = pytest.mark.django_db

BABYS = "/kwalificaties/kinderbegeleider-babys-en-peuters/"
SCHOOLKINDEREN = "/kwalificaties/kinderbegeleider-schoolgaande-kinderen/"


def page(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return response.content.decode()


def test_list_shows_both_kinderbegeleider_qualifications_and_what_a_bk_is(client):
    html = page(client, "/kwalificaties/")
    assert "Kinderbegeleider baby&#x27;s en peuters" in html
    assert "Kinderbegeleider schoolgaande kinderen" in html
    assert "1 opleiding = 1 beroepskwalificatie" in html
    assert "OK3" in html
    assert "OK4" in html


def test_qualification_page_links_its_official_dossier(client):
    html = page(client, BABYS)
    assert "P1020_HEEFT_DEELKWALIFICATIES:461,NEE" in html
    assert "P1020_HEEFT_DEELKWALIFICATIES:1762,NEE" in page(client, SCHOOLKINDEREN)


def test_qualification_page_sets_every_route_side_by_side(client):
    html = page(client, BABYS)
    for route in [
        "/trajecten/secundair-onderwijs/",
        "/trajecten/duaal-leren-secundair/",
        "/trajecten/volwassenenonderwijs/",
        "/trajecten/syntra/",
        "/trajecten/evc/",
    ]:
        assert f'href="{route}"' in html
    for column in ["Wie kan starten", "Hoe lang", "Wanneer", "Betaald?", "Op de werkplek"]:
        assert column in html
    assert '720 <a href="/begrippen/#lestijden">lestijden</a>' in html


def test_adult_education_takes_680_lestijden_for_school_age_children(client):
    html = page(client, SCHOOLKINDEREN)
    assert '680 <a href="/begrippen/#lestijden">lestijden</a>' in html
    # Syntra's certificate is for baby's en peuters only.
    assert 'href="/trajecten/syntra/"' not in html


def test_qualification_page_names_the_programmes_that_lead_to_it(client):
    assert "Opvoeding en begeleiding" in page(client, BABYS)


def test_draft_qualification_is_not_public(client):
    draft = ProfessionalQualificationFactory(draft=True)
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert draft.name not in page(client, "/kwalificaties/")


def test_draft_route_is_left_out_of_the_comparison(client):
    bk = ProfessionalQualification.objects.get(slug="kinderbegeleider-babys-en-peuters")
    RouteQualificationFactory(
        route=RouteFactory(name="Verborgen traject", draft=True), qualification=bk
    )
    assert "Verborgen traject" not in page(client, BABYS)


def test_unknown_qualification_gets_the_dutch_404(client):
    response = client.get("/kwalificaties/bestaat-niet/")
    assert response.status_code == 404
    assert "Deze pagina bestaat niet (meer)" in response.content.decode()


def test_matrix_sets_old_beside_new_with_diplomas_and_bks(client):
    html = page(client, "/onderwijsmatrix/")
    for name in [
        "Verzorging-voeding",
        "Zorg en welzijn",
        "Basiszorg en ondersteuning",
        "Organisatiehulp",
        "Sociale en technische wetenschappen",
        "Opvoeding en begeleiding",
        "Gezondheidszorg",
        "Kinderzorg",
        "Persoonsbegeleider",
        "Bachelor pedagogie van het jonge kind",
    ]:
        assert name in html, name
    assert "OK3" in html
    assert "OK4" in html
    # The study sheets the source cites for a whole table say nothing unlabelled: left out.
    assert "sec_detail.php" not in html
    assert "Een richting links is niet altijd de voorganger van de richting ernaast." in html


def test_draft_programme_stays_out_of_the_matrix(client):
    StudyProgrammeFactory(name="Conceptrichting", draft=True)
    assert "Conceptrichting" not in page(client, "/onderwijsmatrix/")


@pytest.mark.parametrize(
    ("path", "grow"),
    [
        ("/kwalificaties/", lambda: ProfessionalQualificationFactory.create_batch(5)),
        (
            BABYS,
            lambda: [
                RouteQualificationFactory(
                    qualification=ProfessionalQualification.objects.get(
                        slug="kinderbegeleider-babys-en-peuters"
                    )
                )
                for _ in range(5)
            ],
        ),
        ("/onderwijsmatrix/", lambda: StudyProgrammeFactory.create_batch(5)),
        ("/tijdlijn/", lambda: TimelineEventFactory.create_batch(5)),
    ],
)
def test_page_costs_the_same_queries_with_more_rows(assert_fixed_queries, path, grow):
    assert_fixed_queries(path, grow)
