"""Route, contract, dual-learning and support pages with the seed's figures."""

import pytest

from tests.portal.factories import ResourceFactory
from tests.trajectories.factories import (
    DualRequirementFactory,
    LearningContractFactory,
    RouteFactory,
    RouteSectionFactory,
)

pytestmark = pytest.mark.django_db

ROUTES = [
    "secundair-onderwijs",
    "duaal-leren-secundair",
    "volwassenenonderwijs",
    "duaal-leren-volwassenenonderwijs",
    "syntra",
    "evc",
]


def page(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def test_route_list_shows_the_six_routes(client):
    html = page(client, "/trajecten/")
    for slug in ROUTES:
        assert f'href="/trajecten/{slug}/"' in html


@pytest.mark.parametrize(
    ("slug", "figures"),
    [
        ("duaal-leren-secundair", ["20", "5", "7 maanden", "3", "uittreksel", "levensreddend"]),
        ("volwassenenonderwijs", ["720", "680", "370", "330", "80 of 160", "16 jaar", "VDAB"]),
        ("duaal-leren-volwassenenonderwijs", ["50%", "2022"]),
        ("syntra", ["18 jaar", "150", "16", "VLAIO", "2 jaar"]),
        ("evc", ["testcentrum", "CVO", "bewijs van competenties"]),
        ("secundair-onderwijs", ["12 weken", "OK4"]),
    ],
)
def test_route_page_shows_its_rules_from_the_seed(client, slug, figures):
    html = page(client, f"/trajecten/{slug}/")
    for figure in figures:
        assert figure in html, (slug, figure)
    assert "gecontroleerd op" in html


def test_dual_route_links_its_contracts_and_the_self_check(client):
    html = page(client, "/trajecten/duaal-leren-volwassenenonderwijs/")
    assert "ODOS" in html
    assert "ODO(W)" in html
    assert 'href="/duaal-leren/"' in html


def test_draft_route_and_draft_section_are_not_public(client):
    assert client.get(f"/trajecten/{RouteFactory(draft=True).slug}/").status_code == 404
    RouteSectionFactory(
        route_id=RouteFactory(slug="zichtbaar").pk, title="Geheim onderdeel", draft=True
    )
    assert "Geheim onderdeel" not in page(client, "/trajecten/zichtbaar/")


def test_unknown_route_gets_the_dutch_404(client):
    response = client.get("/trajecten/bestaat-niet/")
    assert response.status_code == 404
    assert "Deze pagina bestaat niet (meer)" in response.content.decode()


def test_contracts_compare_every_row_of_the_seed(client):
    html = page(client, "/contracten/")
    for figure in ["OAO", "ODOS", "ODO(W)", "612,50", "728,70", "636,60", "4,44", "Loon"]:
        assert figure in html, figure
    for row in ["Sociale zekerheid", "Leervergoeding", "Vakantieregeling", "Duur van de opleiding"]:
        assert row in html
    # Where the sources disagree, both are shown.
    assert "4,27" in html


def test_draft_contract_is_not_compared(client):
    LearningContractFactory(abbreviation="XYZ", draft=True)
    assert "XYZ" not in page(client, "/contracten/")


def test_dual_learning_lists_workplace_and_mentor_requirements(client):
    html = page(client, "/duaal-leren/")
    for figure in ["25 jaar", "5 jaar", "596.2", "14 dagen", "werkplekduaal.be"]:
        assert figure in html, figure


def test_self_check_with_nothing_ticked_lists_every_requirement_with_a_next_step(client):
    html = page(client, "/duaal-leren/?controle=1")
    assert "Nog 9 voorwaarden te vervullen" in html
    assert "werkplekduaal.be" in html


def test_self_check_with_everything_ticked_says_what_to_do_next(client):
    from trajectories.models import DualRequirement

    slugs = DualRequirement.objects.published().values_list("slug", flat=True)
    query = "&".join(f"voldaan={slug}" for slug in slugs)
    html = page(client, f"/duaal-leren/?controle=1&{query}")
    assert "Je voldoet aan alle voorwaarden" in html


def test_self_check_names_exactly_what_is_missing(client):
    from trajectories.models import DualRequirement

    requirements = list(DualRequirement.objects.published())
    missing = requirements[0]
    query = "&".join(f"voldaan={r.slug}" for r in requirements[1:])
    html = page(client, f"/duaal-leren/?controle=1&{query}")
    assert "Nog 1 voorwaarde te vervullen" in html
    result = html[html.index('id="uitslag"') : html.index("Zelftest")]
    assert missing.requirement in result
    assert requirements[1].requirement not in result.split("Al in orde")[0]


def test_self_check_keeps_the_answers_ticked(client):
    from trajectories.models import DualRequirement

    slug = DualRequirement.objects.published().first().slug
    html = page(client, f"/duaal-leren/?controle=1&voldaan={slug}")
    assert f'value="{slug}" id="zelftest-{slug}" checked' in html


@pytest.mark.parametrize(
    "query",
    ["voldaan=bestaat-niet&controle=1", "voldaan=%3Cscript%3E&controle=1", "voldaan=" + "x" * 5000],
)
def test_self_check_with_unknown_answers_explains_and_does_not_break(client, query):
    response = client.get(f"/duaal-leren/?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>" not in html.split("<main")[1].split("</main>")[0].replace('<script src="', "")
    if "controle=1" in query:
        assert "kennen we niet" in html


def test_draft_requirement_is_not_in_the_self_check(client):
    DualRequirementFactory(question="Verborgen vraag?", draft=True)
    assert "Verborgen vraag?" not in page(client, "/duaal-leren/")


def test_support_page_shows_mentors_projects_and_contacts(client):
    html = page(client, "/ondersteuning/")
    for text in [
        "50 mentoren",
        "2019",
        "Vorming Hogerop",
        "Trajectkompas",
        "Care-er",
        "VVSG",
        "gratis",
    ]:
        assert text in html, text


@pytest.mark.parametrize(
    ("path", "grow"),
    [
        ("/trajecten/", lambda: RouteFactory.create_batch(4)),
        (
            "/trajecten/syntra/",
            lambda: RouteSectionFactory.create_batch(4, route_id=_route_pk("syntra")),
        ),
        ("/contracten/", lambda: LearningContractFactory.create_batch(3)),
        ("/duaal-leren/?controle=1", lambda: DualRequirementFactory.create_batch(4)),
        ("/ondersteuning/", lambda: ResourceFactory.create_batch(3, kind="project")),
    ],
)
def test_page_costs_the_same_queries_with_more_rows(assert_fixed_queries, path, grow):
    assert_fixed_queries(path, grow)


def _route_pk(slug):
    from trajectories.models import Route

    return Route.objects.get(slug=slug).pk
