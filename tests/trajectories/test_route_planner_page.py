"""/routeplanner/: the answer for a candidate, its messages for impossible answers, its cost."""

import re

import pytest

from portal.models import Municipality
from tests.trajectories.factories import (
    LocationFactory,
    OfferingFactory,
    found_offerings,
    offering_at,
)
from trajectories.models import Route

pytestmark = pytest.mark.django_db

URL = "/routeplanner/"
EXAMPLE = {
    "leeftijd": "34",
    "situatie": "werkt-in-kinderopvang",
    "diploma": "secundair",
    "ervaring": "6",
    "lesmoment": "avond",
    "plaats": "Aalst",
}


def shown(planned):
    """The offerings the planner lists for a route, nearest first."""
    return [offering.pk for offering in planned.nearest]


def pks(*offerings):
    return [offering.pk for offering in offerings]


def aalst_location(**kwargs):
    return LocationFactory(municipality=Municipality.objects.get(nis_code="41002"), **kwargs)


def test_the_example_shows_evc_and_adult_education_near_aalst_first(client):
    evc = OfferingFactory(location=aalst_location(), route=Route.objects.get(slug="evc"))
    adult = OfferingFactory(location=aalst_location())
    response = client.get(URL, EXAMPLE)
    assert response.status_code == 200
    fitting = response.context["fitting"]
    assert [p.route.slug for p in fitting[:3]] == [
        "evc",
        "volwassenenonderwijs",
        "duaal-leren-volwassenenonderwijs",
    ]
    assert shown(fitting[0]) == pks(evc)
    assert shown(fitting[1]) == pks(adult)
    html = response.content.decode()
    assert "ODO(W)" in html
    assert "hemelsbreed 1 km" in html
    assert "rond Aalst" in html


def test_three_nearest_offerings_per_route_sorted_by_distance(client):
    from portal.services import place_resolve

    assert place_resolve(query="Gent").is_resolved
    offerings = [offering_at(km) for km in (12, 3, 30, 7, 1)]
    response = client.get(URL, {"leeftijd": "30", "situatie": "werkzoekend", "plaats": "Gent"})
    adult = next(p for p in response.context["fitting"] if p.route.slug == "volwassenenonderwijs")
    assert shown(adult) == pks(offerings[4], offerings[1], offerings[3])


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"leeftijd": "12"}, "Met 12 jaar kan je nog niet starten"),
        ({"leeftijd": "150"}, "Vul een leeftijd tussen 15 en 80 in."),
        (
            {"leeftijd": "20", "ervaring": "30"},
            "Met 20 jaar kan je hoogstens 5 jaar ervaring hebben.",
        ),
        ({"leeftijd": "abc"}, "Vul een leeftijd in jaren in"),
        ({"ervaring": "-2"}, "Ervaring kan niet negatief zijn."),
        ({"situatie": "astronaut"}, "Kies een van de situaties uit de lijst."),
        (
            {
                "bk": "kinderbegeleider-babys-en-peuters",
                "kwalificatie": "kinderbegeleider-babys-en-peuters",
            },
            "Die kwalificatie heb je al: kies de andere.",
        ),
        ({"plaats": "x" * 5000}, "Dit is te lang"),
    ],
)
def test_impossible_answers_get_a_clear_message(client, params, message):
    response = client.get(URL, params)
    assert response.status_code == 200
    assert message in response.content.decode()


def test_no_answers_at_all_says_what_to_fill_in(client):
    html = client.get(URL, {"leeftijd": "", "plaats": ""}).content.decode()
    assert "Vul minstens je leeftijd of je situatie in" in html


def test_the_empty_form_explains_and_offers_the_example(client):
    html = client.get(URL).content.decode()
    assert "Zo werkt het" in html
    assert "leeftijd=34" in html


def test_unknown_place_still_answers_and_suggests(client):
    html = client.get(URL, {**EXAMPLE, "plaats": "Aalts"}).content.decode()
    assert "We vinden de plaats 'Aalts' niet" in html
    assert "Erkennen van verworven competenties" in html


def test_support_of_the_region_and_a_shareable_sheet(client):
    html = client.get(URL, EXAMPLE).content.decode()
    assert "Mentoren groepsopvang" in html
    assert "http://testserver/routeplanner/?leeftijd=34" in html
    assert (
        '<img src="/qr-code.svg?link=http%3A%2F%2Ftestserver%2Frouteplanner%2F%3Fleeftijd%3D34'
        in html
    )


def test_route_planner_costs_the_same_queries_with_more_offerings(client, assert_fixed_queries):
    OfferingFactory(location=aalst_location())
    query = "&".join(f"{k}={v}" for k, v in EXAMPLE.items())
    assert_fixed_queries(
        f"{URL}?{query}", lambda: [OfferingFactory(location=aalst_location()) for _ in range(8)]
    )


def test_links_that_go_on_from_shown_places_carry_place_radius_qualification_and_moment(client):
    from django.http import QueryDict

    from qualifications.models import ProfessionalQualification

    babies = ProfessionalQualification.objects.get(slug="kinderbegeleider-babys-en-peuters")
    OfferingFactory(location=aalst_location(), qualifications=[babies])
    response = client.get(URL, {**EXAMPLE, "kwalificatie": babies.slug})
    with_places = [p for p in response.context["fitting"] if p.nearest]
    assert with_places
    for planned in with_places:
        path, _, query = planned.search_url.partition("?")
        assert path == "/opleidingen/"
        params = QueryDict(query)
        assert params["plaats"] == "Aalst"
        assert params["straal"] == "50"  # the radius within which the planner looked
        assert params["kwalificatie"] == "kinderbegeleider-babys-en-peuters"
        assert params.getlist("lesmoment") == ["avond"]
        assert params.getlist("traject") == [planned.route.slug]
        assert f'href="{planned.search_url.replace("&", "&amp;")}"' in response.content.decode()


@pytest.mark.parametrize(
    "answers",
    [
        {**EXAMPLE, "plaats": "Genk"},  # a mentor in Genk: CVO VSPW Mol, moment not known
        {**EXAMPLE, "plaats": "Kortrijk"},  # an employer in Kortrijk, evening classes
        {"leeftijd": "19", "situatie": "werkzoekend", "plaats": "Gent"},
        {"leeftijd": "40", "situatie": "werkt-in-kinderopvang", "lesmoment": "weekend"},
    ],
)
def test_every_search_link_of_the_planner_finds_at_least_the_places_it_showed(client, answers):
    """The real starting content: no link opens a search that is empty by construction, and
    a route's link lists every place shown under it (read from the pages, as a person would)."""
    html = client.get(URL, answers).content.decode()
    routes = re.findall(r'<article class="planned.*?</article>', html, flags=re.DOTALL)
    assert routes
    links = 0
    for route in routes:
        shown_places = set(re.findall(r'<li><a href="(/aanbieders/[^"]+)">', route))
        for link in re.findall(r'href="(/opleidingen/\?[^"]*)"', route):
            links += 1
            search = client.get(link.replace("&amp;", "&"))
            found = re.findall(
                r'<h2 class="h5 mb-1" id="aanbod-\d+"><a href="([^"?]+)', search.content.decode()
            )
            assert found, f"{link} opens an empty search"
            assert shown_places <= set(found), link
    assert links


def test_a_route_the_portal_knows_no_place_of_points_to_its_official_lists(client):
    html = client.get(URL, {**EXAMPLE, "plaats": "Genk"}).content.decode()
    evc = html[html.index('id="route-evc"') :]
    evc = evc[: evc.index("</article>")]
    assert "Onze lijst kent nog geen plaats waar dit traject zo gegeven wordt." in evc
    assert "/opleidingen/" not in evc


def test_the_search_behind_a_planner_link_finds_what_the_planner_showed(client):
    evening = OfferingFactory(location=aalst_location(), is_evening=True)
    planner = client.get(URL, EXAMPLE)
    adult = next(p for p in planner.context["fitting"] if p.route.slug == "volwassenenonderwijs")
    assert shown(adult) == pks(evening)
    search = client.get(adult.search_url)
    assert evening in found_offerings(search)
    assert "binnen 50 km van" in search.content.decode()


def test_evening_places_come_first_and_unknown_moments_are_said(client):
    known = OfferingFactory(location=aalst_location(), is_evening=True, title="Avondles")
    unknown = OfferingFactory(location=aalst_location(), title="Onbekend moment")
    daytime_only = OfferingFactory(location=aalst_location(), is_daytime=True)
    response = client.get(URL, EXAMPLE)
    adult = next(p for p in response.context["fitting"] if p.route.slug == "volwassenenonderwijs")
    assert shown(adult) == pks(known, unknown)  # the day-only course is left out
    assert daytime_only.pk not in shown(adult)
    assert adult.has_nearest_at_asked_moment
    html = response.content.decode()
    # Each nearest place names its provider (a link), its town, its distance and its moments.
    for offering, moments in [(known, "&#x27;s avonds"), (unknown, "lesmoment niet bekend")]:
        provider = offering.location.provider
        line = re.search(rf'<li><a href="{provider.get_absolute_url()}">(.*?)</li>', html)
        assert line, provider
        assert re.fullmatch(
            rf"{re.escape(provider.name)}</a>, Aalst · hemelsbreed \d+ km · {moments}", line[1]
        ), line[1]


def test_when_no_near_place_is_known_to_teach_in_the_evening_the_page_says_so(client):
    OfferingFactory(location=aalst_location())
    response = client.get(URL, EXAMPLE)
    adult = next(p for p in response.context["fitting"] if p.route.slug == "volwassenenonderwijs")
    assert adult.nearest
    assert not adult.has_nearest_at_asked_moment
    assert "weten we niet of ze &#x27;s avonds les geven" in response.content.decode()


def test_a_farther_offering_at_the_asked_moment_comes_before_near_ones_of_unknown_moment(client):
    adult = Route.objects.get(slug="volwassenenonderwijs")
    unknown = [offering_at(km, route=adult) for km in (2, 4, 6)]
    evening = [offering_at(km, route=adult, is_evening=True) for km in (30, 40)]
    offering_at(8, route=adult, is_daytime=True)  # taught at another moment only: left out
    planner = client.get(URL, {**EXAMPLE, "plaats": "Gent"})
    planned = next(p for p in planner.context["fitting"] if p.route.pk == adult.pk)
    assert shown(planned) == pks(*evening, unknown[0])


def test_without_moments_the_three_nearest_within_a_few_km_are_the_nearest(client):
    adult = Route.objects.get(slug="volwassenenonderwijs")
    near = [offering_at(km, route=adult) for km in (3, 1, 5)]
    offering_at(30, route=adult)
    params = {k: v for k, v in EXAMPLE.items() if k != "lesmoment"} | {"plaats": "Gent"}
    planner = client.get(URL, params)
    planned = next(p for p in planner.context["fitting"] if p.route.pk == adult.pk)
    assert shown(planned) == pks(near[1], near[0], near[2])


def test_a_staff_edit_of_a_route_rule_reaches_the_planner_at_once(client):
    """The rules are built once per content version: a save in the back office is a new one."""
    from trajectories.models import RouteRule

    params = {"leeftijd": "17", "situatie": "werkzoekend"}
    syntra = next(p for p in client.get(URL, params).context["fitting"] if p.route.slug == "syntra")
    assert "Geen officiële pagina bevestigt" in syntra.fit.reasons_against[0].caveat

    rule = RouteRule.objects.get(slug="syntra-vanaf-18")
    rule.is_uncertain = False
    rule.uncertainty = ""
    rule.save()

    response = client.get(URL, params)
    assert "syntra" in [p.route.slug for p in response.context["not_fitting"]]
    assert "Dit traject is voor wie minstens 18 jaar is." in response.content.decode()


def test_the_route_page_reads_the_same_rules_as_the_planner(client):
    html = client.get("/trajecten/duaal-leren-secundair/").content.decode()
    assert "Leerlingen van 15 tot en met 25 jaar in het secundair onderwijs." in html
    assert "7de jaar Kinderbegeleider duaal volgen, ook als je nu werk zoekt" in html
    syntra = client.get("/trajecten/syntra/").content.decode()
    assert "Wie minstens 18 jaar is." in syntra
    assert "Geen officiële pagina bevestigt de minimumleeftijd van 18 jaar" in syntra


def test_on_a_phone_the_answer_comes_with_a_way_back_to_the_questions(client):
    html = client.get(URL, EXAMPLE).content.decode()
    assert '<a class="jump-link" href="#jouw-situatie">Antwoorden aanpassen</a>' in html
    assert 'id="jouw-situatie"' in html
    assert 'href="#uitkomst">Naar wat past</a>' in html
