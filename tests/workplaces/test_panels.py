"""The places where people already look: the school search, the route planner, an Aanbieder's
start page and the staff's dashboard, each through `portal.panels` (no trajectories code)."""

import datetime

import pytest
import time_machine
from django.core.cache import cache

from tests.workplaces.factories import EmployerFactory, PlaceOfferFactory, site_in

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _today():
    with time_machine.travel(
        datetime.datetime(2026, 12, 3, 10, 0, tzinfo=datetime.UTC), tick=False
    ):
        cache.clear()
        yield


@pytest.fixture
def in_genk(db):
    employer = EmployerFactory(name="Kinderopvang Genk-Centrum", slug="kinderopvang-genk")
    site = site_in("3600", employer=employer, name="De Vlinder", street="A", house_number="1")
    return [
        PlaceOfferFactory(site=site),
        PlaceOfferFactory(site=site, dual=True, places=2, care="bko"),
    ]


def test_the_school_search_links_to_the_places_near_the_same_place(client, in_genk):
    html = client.get("/opleidingen/", {"plaats": "Genk", "straal": "20"}).content.decode()
    assert "2 werkplekken met plaats binnen 20 km van Genk" in html
    assert 'href="/werkplekken/?plaats=Genk&amp;straal=20"' in html
    dual = client.get(
        "/opleidingen/", {"plaats": "Genk", "traject": "duaal-leren-secundair"}
    ).content.decode()
    assert "1 werkplek met plaats binnen 20 km van Genk" in dual
    assert "traject=duaal-leren-secundair" in dual
    far = client.get("/opleidingen/", {"plaats": "Oostende"}).content.decode()
    assert "Stage of duaal leren in de buurt" not in far  # nothing near: no panel


def test_the_school_search_hands_its_map_the_places_near_it_one_point_per_site(client, in_genk):
    import json
    import re

    html = client.get("/opleidingen/", {"plaats": "Genk", "straal": "20"}).content.decode()
    block = re.search(
        r'<div class="map-layer" data-layer="([^"]+)" hidden><script type="application/json">'
        r"(.*?)</script>",
        html,
        re.S,
    )
    assert block[1] == "Werkplekken voor stage en duaal leren"
    [point] = json.loads(block[2])  # two offers at one site: one point, its places added up
    site = in_genk[0].site
    assert (point["lat"], point["lon"]) == (site.latitude, site.longitude)
    assert point["name"] == "Werkplek: Kinderopvang Genk-Centrum, De Vlinder"
    assert point["url"] == "/werkplekken/kinderopvang-genk/"
    assert point["count"] == in_genk[0].places + 2
    far = client.get("/opleidingen/", {"plaats": "Oostende"}).content.decode()
    assert "map-layer" not in far


def test_the_route_planner_shows_the_nearest_places_beside_the_schools(client, in_genk):
    html = client.get("/routeplanner/", {"leeftijd": "17", "plaats": "Genk"}).content.decode()
    assert "Werkplekken dichtbij voor stage en duaal leren" in html
    assert 'href="/werkplekken/kinderopvang-genk/"' in html
    assert "/werkplekken/?plaats=Genk&amp;straal=50&amp;traject=duaal-leren-secundair" in html


def test_the_route_planner_names_routes_without_a_place_in_one_line(client, in_genk):
    import re

    far = client.get("/routeplanner/", {"leeftijd": "34", "plaats": "Oostende"}).content.decode()
    panel = re.search(r'<section class="mt-4 d-print-none" aria-labelledby="werkplekken-'
                      r'planner">(.*?)</section>', far, re.S)[1]  # fmt: skip
    assert "<article" not in panel
    line = " ".join(re.sub(r"<[^>]+>", "", panel).split())
    assert (
        "Binnen 50 km van Oostende biedt nog geen werkgever op deze site een plaats aan voor"
        in (line)
    )
    assert line.count("Werkplekken zoeken") == 1
    assert "volwassenenonderwijs" in line  # a route's name inside the sentence
    assert " en Syntra." in line  # a proper name keeps its capital
    near = client.get("/routeplanner/", {"leeftijd": "17", "plaats": "Genk"}).content.decode()
    assert '<section class="mt-4" aria-labelledby="werkplekken-planner">' in near  # printed


def test_an_aanbieder_sees_places_near_its_campuses(as_user, aanbieder, in_genk):
    from trajectories.models import Location

    Location.objects.filter(provider__editors=aanbieder).update(
        latitude=50.97, longitude=5.50, postcode="3600"
    )
    html = as_user(aanbieder).get("/admin/").content.decode()
    assert "Werkplekken bij jullie campussen" in html
    assert "Kinderopvang Genk-Centrum" in html


def test_the_staff_dashboard_counts_places_per_province(client, redacteur, in_genk):
    client.force_login(redacteur)
    html = client.get("/admin/").content.decode()
    assert "Werkplekken en scholen per provincie" in html
    assert '<th scope="row">Limburg</th><td>4</td>' in html
