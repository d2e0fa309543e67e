"""/werkplekken/: the school search's contract for places, its exports, share link and QR code,
the empty state of a fresh install, a fixed number of queries, and no 500 for any parameter."""

import csv
import datetime
import io

import pytest
import time_machine
from django.core.cache import cache
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from portal.caching import content_changed
from tests.workplaces.factories import EmployerFactory, PlaceOfferFactory, SiteFactory, site_in
from workplaces.models import Status

pytestmark = pytest.mark.django_db
SEARCH = "/werkplekken/"
TODAY = datetime.datetime(2026, 12, 3, 10, 0, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def _today():
    with time_machine.travel(TODAY, tick=False):
        cache.clear()
        yield


@pytest.fixture
def around_genk(db):
    """A stage in Genk, a dual place in Hasselt (about 17 km), one in Gent (far), and what
    must never show: a paused offer, a draft employer, an expired recognition, a past year."""
    genk = EmployerFactory(name="Kinderopvang Genk-Centrum", slug="kinderopvang-genk")
    hasselt = EmployerFactory(name="Opvang Hasselt", slug="opvang-hasselt")
    gent = EmployerFactory(name="Opvang Gent", slug="opvang-gent")
    offers = {
        "genk": PlaceOfferFactory(
            site=site_in(
                "3600",
                employer=genk,
                name="De Vlinder",
                street="Stationsstraat",
                house_number="1",
                has_baby_toddler=True,
            )
        ),
        "hasselt": PlaceOfferFactory(
            site=site_in(
                "3500", employer=hasselt, name="'t Kuikentje", street="Markt", house_number="2"
            ),
            dual=True,
            care="bko",
            places=3,
        ),
        "gent": PlaceOfferFactory(
            site=site_in("9000", employer=gent, name="Gent Noord", street="Dok", house_number="3")
        ),
    }
    genk_site = offers["genk"].site
    PlaceOfferFactory(site=genk_site, is_paused=True, care="gezinsopvang")
    PlaceOfferFactory(site=genk_site, school_year="2025-2026")
    PlaceOfferFactory(site=genk_site, dual=True, recognised_until=datetime.date(2026, 12, 2))
    draft = EmployerFactory(draft=True, name="Nog Niet Online")
    PlaceOfferFactory(
        site=site_in("3600", employer=draft, name="Concept", street="A", house_number="1")
    )
    return offers


def test_a_fresh_install_says_there_are_no_employers_yet_and_how_to_join(client):
    response = client.get(SEARCH)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Nog geen werkgevers" in html
    assert 'href="/werkgevers/aanmelden/"' in html
    assert "twee minuten" in html


def test_a_draft_employer_alone_still_counts_as_none(client):
    EmployerFactory(draft=True)
    assert "Nog geen werkgevers" in client.get(SEARCH).content.decode()


def test_places_within_20_km_of_genk_nearest_first(client, around_genk):
    response = client.get(SEARCH, {"plaats": "Genk", "straal": "20"})
    html = response.content.decode()
    assert "Nog geen werkgevers" not in html
    assert "2 aanbod met plaatsen binnen 20 km van Genk" in html
    assert html.index("Kinderopvang Genk-Centrum") < html.index("Opvang Hasselt")
    assert "Opvang Gent" not in html
    assert "Nog Niet Online" not in html
    # The contact address is never on a page.
    for offer in around_genk.values():
        assert offer.site.employer.contact_email not in html


def test_filters_route_care_school_year_and_province(client, around_genk):
    dual = client.get(SEARCH, {"traject": "duaal-leren-secundair"}).content.decode()
    assert "Opvang Hasselt" in dual
    assert "Kinderopvang Genk-Centrum" not in dual
    bko = client.get(SEARCH, {"opvang": "bko"}).content.decode()
    assert "1 aanbod met plaatsen" in bko
    limburg = client.get(SEARCH, {"provincie": "limburg"}).content.decode()
    assert "2 aanbod met plaatsen" in limburg
    next_year = client.get(SEARCH, {"schooljaar": "2027-2028"}).content.decode()
    assert "0 aanbod met plaatsen" in next_year


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"plaats": "Gnek"}, "We vinden de plaats"),
        ({"straal": "7"}, "Kies een afstand van 5, 10, 20, 30 of 50 km."),
        ({"traject": "evc"}, "Dit traject kennen we niet"),
        ({"opvang": "school"}, "Deze soort opvang kennen we niet"),
        ({"schooljaar": "1999-2000"}, "Kies dit of volgend schooljaar"),
        ({"pagina": "abc"}, "geen paginanummer"),
        ({"pagina": "999"}, "bestaat niet"),
        ({"plaats": "x" * 81}, "te lang"),
    ],
)
def test_bad_input_is_said_and_the_rest_still_searches(client, around_genk, params, message):
    response = client.get(SEARCH, params)
    assert response.status_code == 200
    assert message in response.content.decode()


def test_the_share_link_and_its_qr_code(client, around_genk):
    import segno  # noqa: F401  (the QR view renders with it)

    response = client.get(
        SEARCH, {"plaats": "Genk", "straal": "7", "traject": "secundair-onderwijs"}
    )
    html = response.content.decode()
    shared = "http://testserver/werkplekken/?plaats=Genk&amp;traject=secundair-onderwijs"
    assert f'value="{shared}"' in html  # the ignored radius is not in the link
    assert "/qr-code.svg?link=" in html


def test_exports_hold_the_same_search_without_addresses(client, around_genk):
    response = client.get("/werkplekken/export.csv", {"plaats": "Genk"})
    assert response.status_code == 200
    text = response.content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert [r["werkgever"] for r in rows] == ["Kinderopvang Genk-Centrum", "Opvang Hasselt"]
    assert rows[1]["erkenning"] == "erkend"
    assert "@" not in text
    data = client.get("/werkplekken/export.json", {"plaats": "Genk"}).json()
    assert data["aantal"] == 2
    assert data["plaats"] == "Genk"
    missing = client.get("/werkplekken/export.json", {"plaats": "Gnek"})
    assert missing.status_code == 400
    assert "Gnek" in missing.json()["fout"]


def test_the_employer_page_shows_its_sites_and_current_offers(client, around_genk):
    response = client.get("/werkplekken/kinderopvang-genk/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "De Vlinder" in html
    assert "Stationsstraat 1, 3600 Genk" in html
    assert html.count("Contact opnemen<span") == 1  # the paused, past and expired are not there
    assert around_genk["genk"].site.employer.contact_email not in html
    draft = around_genk["genk"].site.employer.__class__.objects.get(status=Status.DRAFT)
    assert client.get(f"/werkplekken/{draft.slug}/").status_code == 404


def test_a_search_costs_a_fixed_number_of_queries(client, django_assert_num_queries):
    employer = EmployerFactory()
    site = SiteFactory(employer=employer)
    PlaceOfferFactory(site=site)
    content_changed()
    client.get(SEARCH, {"plaats": "Genk"})  # the choices and gazetteer into the cache
    # The content version, the page with its count, the offers shown.
    with django_assert_num_queries(3):
        client.get(SEARCH, {"plaats": "Genk", "straal": "50"})
    PlaceOfferFactory.create_batch(30, site=site)
    content_changed()
    client.get(SEARCH, {"plaats": "3600"})
    with django_assert_num_queries(3):
        client.get(SEARCH, {"plaats": "Genk", "straal": "30"})


NAMES = ["plaats", "straal", "provincie", "traject", "opvang", "schooljaar", "sorteer", "pagina"]
NASTY = [
    "", "0", "-5", "99999", "9" * 400, "-" + "9" * 40, "abc", "NaN", "Genk", "3600", "Gnek",
    "<script>alert(1)</script>", "%00", "\x00", "😀", "x" * 5000, "limburg", "bko",
    "duaal-leren-secundair", "2026-2027", "afstand", "plaatsen",
]  # fmt: skip


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    path=st.sampled_from([SEARCH, "/werkplekken/export.csv", "/werkplekken/export.json"]),
    params=st.lists(
        st.tuples(
            st.one_of(st.sampled_from(NAMES), st.text(max_size=8)),
            st.one_of(st.sampled_from(NASTY), st.text(max_size=40)),
        ),
        max_size=6,
    ),
)
def test_no_parameter_gives_a_server_error(client, path, params):
    response = client.get(path, params)
    assert response.status_code in {200, 400}, (path, params)
    if response["Content-Type"].startswith("text/html"):
        assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.parametrize(
    ("early", "late", "shown"),
    [(True, False, "Vroege diensten"), (False, True, "Late diensten"),
     (True, True, "Vroege en late diensten")],
)  # fmt: skip
def test_an_offers_shifts_read_as_a_phrase(client, early, late, shown):
    employer = EmployerFactory(slug="opvang-diensten")
    PlaceOfferFactory(site=SiteFactory(employer=employer), early_shifts=early, late_shifts=late)
    html = client.get("/werkplekken/opvang-diensten/").content.decode()
    assert f"<li>{shown}</li>" in html
