"""/opleidingen/: place and radius, every filter, paging, bad input, sharing and data exports."""

import csv
import io
import json
from urllib.parse import urlencode

import pytest

from portal.models import Municipality
from qualifications.models import ProfessionalQualification
from tests.trajectories.factories import (
    LocationFactory,
    OfferingFactory,
    ProviderFactory,
    found_offerings,
    offering_at,
)
from trajectories.models import Offering, Route

pytestmark = pytest.mark.django_db

SEARCH = "/opleidingen/"


def results(response) -> list[Offering]:
    assert response.status_code == 200
    return found_offerings(response)


def bk(slug):
    return ProfessionalQualification.objects.get(slug=slug)


@pytest.fixture
def around_gent():
    return [offering_at(km) for km in (1, 4, 9, 15, 19.9, 20.1, 35)]


def test_gent_gent_and_9000_give_the_same_results(client, around_gent):
    by_name = results(client.get(SEARCH, {"plaats": "Gent"}))
    assert by_name
    assert results(client.get(SEARCH, {"plaats": "gent"})) == by_name
    assert results(client.get(SEARCH, {"plaats": "9000"})) == by_name


def test_a_place_searches_20_km_by_default_and_includes_the_boundary(client, around_gent):
    found = results(client.get(SEARCH, {"plaats": "Gent"}))
    distances = [round(o.distance_km, 1) for o in found if o in around_gent]
    assert distances == [1.0, 4.0, 9.0, 15.0, 19.9]


def test_results_are_sorted_by_distance_and_show_it(client, around_gent):
    response = client.get(SEARCH, {"plaats": "Gent", "straal": "50"})
    distances = [o.distance_km for o in results(response)]
    assert distances == sorted(distances)
    assert "hemelsbreed 9 km" in response.content.decode()
    assert "35" in response.content.decode()


@pytest.mark.parametrize(
    ("radius", "count"), [("5", 2), ("10", 3), ("20", 5), ("30", 6), ("50", 7)]
)
def test_radius_choices(client, around_gent, radius, count):
    found = results(client.get(SEARCH, {"plaats": "Gent", "straal": radius}))
    assert len([o for o in found if o in around_gent]) == count


@pytest.mark.parametrize("place", ["9050", "1000", "Gentbrugge", "Laken", "Bruxelles", "Borsbeek"])
def test_other_ways_of_naming_a_place_work(client, place):
    response = client.get(SEARCH, {"plaats": place})
    assert response.status_code == 200
    assert response.context["place"].is_resolved


def test_unknown_place_says_so_and_links_the_closest_matches(client, around_gent):
    response = client.get(
        SEARCH, {"plaats": "Gnet", "kwalificatie": "kinderbegeleider-babys-en-peuters"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "We vinden de plaats 'Gnet' niet." in html
    assert "?plaats=Gent&amp;kwalificatie=kinderbegeleider-babys-en-peuters" in html
    assert results(response) == []


def test_unknown_postcode_suggests_nearest_postcodes(client):
    html = client.get(SEARCH, {"plaats": "9999"}).content.decode()
    assert "9992 Middelburg" in html


def test_merged_municipality_is_explained(client):
    html = client.get(SEARCH, {"plaats": "Melle"}).content.decode()
    assert "Melle is sinds 1 januari 2025 een deel van de gemeente Merelbeke-Melle." in html


def test_province_filter(client):
    limburg = OfferingFactory(
        location=LocationFactory(municipality=Municipality.objects.get(nis_code="71072"))
    )
    gent = OfferingFactory()
    found = results(client.get(SEARCH, {"provincie": "limburg"}))
    assert limburg in found
    assert gent not in found


def test_qualification_filter_is_repeatable(client):
    babys = OfferingFactory(qualifications=[bk("kinderbegeleider-babys-en-peuters")])
    school = OfferingFactory(qualifications=[bk("kinderbegeleider-schoolgaande-kinderen")])
    both = OfferingFactory(
        qualifications=[
            bk("kinderbegeleider-babys-en-peuters"),
            bk("kinderbegeleider-schoolgaande-kinderen"),
        ]
    )
    one = results(client.get(SEARCH, {"kwalificatie": "kinderbegeleider-babys-en-peuters"}))
    assert babys in one
    assert both in one
    assert school not in one
    two = results(
        client.get(
            SEARCH
            + "?kwalificatie=kinderbegeleider-babys-en-peuters"
            + "&kwalificatie=kinderbegeleider-schoolgaande-kinderen"
        )
    )
    assert {babys, school, both} <= set(two)
    assert len(two) == len(set(two)), "an offering with two qualifications is listed once"


def test_route_filter(client):
    syntra = OfferingFactory(route=Route.objects.get(slug="syntra"))
    cvo = OfferingFactory()
    found = results(client.get(SEARCH, {"traject": "syntra"}))
    assert syntra in found
    assert cvo not in found


def test_moments_combine_as_either(client):
    evening = OfferingFactory(is_evening=True)
    weekend = OfferingFactory(is_weekend=True)
    day = OfferingFactory(is_daytime=True)
    found = results(client.get(SEARCH + "?lesmoment=avond&lesmoment=weekend"))
    assert evening in found
    assert weekend in found
    assert day not in found


def test_an_unknown_moment_is_not_a_no_it_comes_after_the_known_ones_and_says_so(client):
    """An evening search in Kortrijk: the nearby CVO whose moment nobody told us is shown, last."""
    kortrijk = {"plaats": "Kortrijk", "straal": "10", "lesmoment": "avond"}
    unknown = Offering.objects.get(slug="cvo-miras-kortrijk-kinderbegeleider-babys-en-peuters")
    assert not unknown.moments
    farther_evening = offering_at(0, is_evening=True)  # Gent: outside 10 km of Kortrijk
    near_evening = OfferingFactory(
        location=LocationFactory(municipality=unknown.location.municipality),
        is_evening=True,
        title="Avondopleiding",
    )
    day_only = OfferingFactory(
        location=LocationFactory(municipality=unknown.location.municipality), is_daytime=True
    )
    response = client.get(SEARCH, kortrijk)
    found = results(response)
    assert found == [near_evening, unknown]
    assert day_only not in found
    assert farther_evening not in found
    html = response.content.decode()
    assert (
        "2 opleidingen binnen 10 km van Kortrijk, waarvan 1 met een lesmoment dat we niet kennen"
        in " ".join(html.split())
    )
    row = html[html.index(f'id="aanbod-{unknown.pk}"') :]
    assert "<dt>Lesmoment</dt><dd>niet bekend</dd>" in row[: row.index("</article>")]
    # The data say the same, in the same order.
    data = client.get("/opleidingen/export.json", kortrijk).json()["resultaten"]
    assert [r["opleiding"] for r in data] == [near_evening.title, unknown.title]


def test_dual_filter(client):
    dual = OfferingFactory(is_dual=True)
    regular = OfferingFactory(is_dual=False)
    found = results(client.get(SEARCH, {"duaal": "ja"}))
    assert dual in found
    assert regular not in found


def test_free_text_searches_provider_and_place(client):
    wanted = OfferingFactory(
        location=LocationFactory(provider=ProviderFactory(name="Campus Zonnebloem"))
    )
    other = OfferingFactory()
    assert results(client.get(SEARCH, {"q": "zonnebloem"})) == [wanted]
    assert other in results(client.get(SEARCH, {"q": "Gent"}))


def test_sort_by_name_and_by_start(client):
    import datetime

    late = OfferingFactory(
        location=LocationFactory(provider=ProviderFactory(name="Aaa")),
        starts_on=datetime.date(2027, 2, 1),
    )
    early = OfferingFactory(
        location=LocationFactory(provider=ProviderFactory(name="Zzz")),
        starts_on=datetime.date(2026, 9, 1),
    )
    by_name = results(client.get(SEARCH, {"sorteer": "naam"}))
    assert by_name.index(late) < by_name.index(early)
    by_start = results(client.get(SEARCH, {"sorteer": "start"}))
    assert by_start.index(early) < by_start.index(late)


def test_sort_by_distance_without_a_place_falls_back_to_name(client):
    response = client.get(SEARCH, {"sorteer": "afstand"})
    assert response.status_code == 200
    assert response.context["filter"].sort == "naam"


def test_twenty_a_page_and_page_links_keep_the_filters(client):
    OfferingFactory.create_batch(25, is_evening=True)
    response = client.get(SEARCH, {"lesmoment": "avond"})
    assert len(results(response)) == 20
    html = response.content.decode()
    assert 'href="?lesmoment=avond&amp;pagina=2"' in html
    second = client.get(SEARCH, {"lesmoment": "avond", "pagina": "2"})
    # Evening classes, then those whose moments nobody told us.
    total = Offering.objects.published().current().at_moments(["avond"]).count()
    assert len(results(second)) == total - 20


@pytest.mark.parametrize(
    ("page", "message"),
    [
        ("0", "Pagina&#x27;s beginnen bij 1"),
        ("-3", "Pagina&#x27;s beginnen bij 1"),
        ("abc", "is geen paginanummer"),
        ("99999", "Pagina 99999 bestaat niet"),
    ],
)
def test_bad_page_numbers_show_a_page_and_say_why(client, page, message):
    response = client.get(SEARCH, {"pagina": page})
    assert response.status_code == 200
    assert message in response.content.decode()


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"plaats": "Gent", "straal": "-5"}, "Kies een afstand van 5, 10, 20, 30 of 50 km."),
        ({"plaats": "Gent", "straal": "100000"}, "Kies een afstand van 5, 10, 20, 30 of 50 km."),
        ({"kwalificatie": "bestaat-niet"}, "Deze kwalificatie kennen we niet"),
        ({"traject": "x"}, "Dit traject kennen we niet"),
        ({"provincie": "henegouwen"}, "Deze provincie kennen we niet."),
        ({"lesmoment": "nacht"}, "Dit lesmoment kennen we niet"),
        ({"duaal": "misschien"}, "Voor &#x27;duaal&#x27; kan je alleen &#x27;ja&#x27; kiezen."),
        ({"sorteer": "prijs"}, "Sorteren kan op afstand, naam of startdatum."),
        ({"q": "x" * 5000}, "Dit is te lang"),
        ({"plaats": "G" * 5000}, "Dit is te lang"),
    ],
)
def test_bad_values_are_named_and_the_rest_still_searches(client, around_gent, params, message):
    response = client.get(SEARCH, params)
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert "We zoeken met de rest." in html


def test_bad_radius_falls_back_to_20_km(client, around_gent):
    response = client.get(SEARCH, {"plaats": "Gent", "straal": "-5"})
    assert response.context["filter"].radius_km == 20
    assert len([o for o in results(response) if o in around_gent]) == 5


def test_input_is_never_reflected_unescaped(client):
    html = client.get(
        SEARCH, {"q": '"><script>alert(1)</script>', "plaats": "<b>x</b>"}
    ).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "<b>x</b>" not in html
    assert "&lt;script&gt;" in html


def test_active_filters_are_chips_that_remove_themselves(client):
    html = client.get(
        SEARCH + "?plaats=Gent&lesmoment=avond&lesmoment=weekend&pagina=2"
    ).content.decode()
    assert "Binnen 20 km van Gent" in html
    # The chip for 'avond' keeps 'weekend' and the place, and drops the page number.
    assert 'href="?plaats=Gent&amp;lesmoment=weekend"' in html
    assert 'href="?lesmoment=avond&amp;lesmoment=weekend"' in html


def test_no_results_offers_wider_radii_with_their_counts(client):
    offering_at(27)
    html = client.get(SEARCH, {"plaats": "Gent", "straal": "10"}).content.decode()
    assert "Geen opleidingen gevonden" in html
    within_30 = len(results(client.get(SEARCH, {"plaats": "Gent", "straal": "30"})))
    assert within_30 >= 1
    assert f"Binnen 30 km zoeken</a> ({within_30} opleiding" in html
    assert "Binnen 50 km zoeken" in html


def test_no_results_offers_to_drop_a_filter(client):
    OfferingFactory(is_evening=True)
    html = client.get(SEARCH, {"lesmoment": "avond", "traject": "evc"}).content.decode()
    assert "Geen opleidingen gevonden" in html
    assert "Zonder “Erkennen van verworven competenties (EVC)”" in html


def test_drafts_and_offerings_of_draft_providers_are_hidden(client):
    draft = OfferingFactory(draft=True, title="Conceptaanbod")
    hidden_provider = OfferingFactory(
        location=LocationFactory(provider=ProviderFactory(draft=True))
    )
    found = results(client.get(SEARCH))
    assert draft not in found
    assert hidden_provider not in found


def test_share_block_has_the_exact_link_and_a_qr_code(client):
    html = client.get(SEARCH + "?plaats=Gent&lesmoment=avond&pagina=1").content.decode()
    assert 'value="http://testserver/opleidingen/?plaats=Gent&amp;lesmoment=avond"' in html
    qr = "/qr-code.svg?" + urlencode(
        {"link": "http://testserver/opleidingen/?plaats=Gent&lesmoment=avond"}
    )
    assert f'<img src="{qr}"' in html
    assert 'alt="QR-code van deze link"' in html
    assert 'href="/opleidingen/export.csv?plaats=Gent&amp;lesmoment=avond"' in html


@pytest.mark.parametrize("count", [3, 30])
def test_search_costs_the_same_queries_whatever_the_number_of_results(
    client, django_assert_num_queries, django_assert_max_num_queries, count
):
    for index in range(count):
        OfferingFactory(
            qualifications=[bk("kinderbegeleider-babys-en-peuters")], title=f"Aanbod {index}"
        )
    gent = {"plaats": "Gent", "kwalificatie": "kinderbegeleider-babys-en-peuters"}
    # Every request reads the content version (1). The first search after a change also reads
    # what every search shares, then keeps it until content changes: the choices (3), the
    # coverage note (3), the footer (1), the places (3) and how many offerings have no known
    # place (1: none, so no search counts its own), the places of employers near it (1, a panel).
    # Then the page with its count (1), and the rows not rendered before (2: offerings, their BKs).
    with django_assert_num_queries(16):
        client.get(SEARCH, gent)
    # Another search of the same place, its rows rendered before: the page and its count only.
    with django_assert_num_queries(2):
        client.get(SEARCH, {**gent, "pagina": "1"})
    # Any other search, of any place: the page, then the rows it has not rendered yet (2) or, when
    # nothing is found, the counts of the wider searches it suggests (up to 3).
    for params in [
        {"plaats": "9000", "straal": "50", "sorteer": "naam"},
        {"plaats": "Aalst", "straal": "10"},
        {"provincie": "oost-vlaanderen", "lesmoment": "dag"},
    ]:
        with django_assert_max_num_queries(5):
            assert client.get(SEARCH, params).status_code == 200
    # Free text reads the texts it looks words up in (titles, locations: 2) the first time only.
    with django_assert_max_num_queries(7):
        assert client.get(SEARCH, {"q": "aanbod 1", "traject": "syntra"}).status_code == 200
    with django_assert_max_num_queries(5):
        assert client.get(SEARCH, {"q": "aanbod 2 gent"}).status_code == 200


def test_search_query_count_does_not_grow_with_results(client, assert_fixed_queries):
    OfferingFactory.create_batch(2)
    assert_fixed_queries(
        SEARCH + "?plaats=Gent&straal=50", lambda: OfferingFactory.create_batch(25)
    )


def test_csv_export_opens_in_belgian_excel_and_holds_the_same_search(client, around_gent):
    response = client.get("/opleidingen/export.csv", {"plaats": "Gent"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(body[1:]), delimiter=";"))
    page = results(client.get(SEARCH, {"plaats": "Gent"}))
    assert [r["opleiding"] for r in rows] == [o.title for o in page]
    assert rows[0]["afstand_km"] == "1,0"
    assert "\r\n" in body


def test_exports_carry_end_and_enrolment_as_values(client):
    import datetime

    OfferingFactory(
        title="Open vanaf januari",
        ends_on=datetime.date(2027, 6, 30),
        enrolment=Offering.Enrolment.OPEN,
        enrolment_opens_on=datetime.date(2027, 1, 4),
    )
    OfferingFactory(title="Volzet", enrolment=Offering.Enrolment.FULL)
    body = client.get("/opleidingen/export.csv", {"q": "vanaf"}).content.decode("utf-8")
    (row,) = csv.DictReader(io.StringIO(body[1:]), delimiter=";")
    assert (row["einde"], row["inschrijven"], row["inschrijven_vanaf"]) == (
        "2027-06-30",
        "open",
        "2027-01-04",
    )
    data = json.loads(client.get("/opleidingen/export.json", {"q": "volzet"}).content)
    (full,) = data["resultaten"]
    assert (full["einde"], full["inschrijven"], full["inschrijven_vanaf"]) == ("", "volzet", "")


def test_json_export_holds_the_search_and_what_was_ignored(client, around_gent):
    response = client.get("/opleidingen/export.json", {"plaats": "9000", "straal": "abc"})
    data = json.loads(response.content)
    assert data["plaats"] == "9000 Gent"
    assert data["straal_km"] == 20
    assert "straal" in data["genegeerd"]
    # The five of `around_gent`, and the real school in Deinze, 17 km away.
    assert data["aantal"] == len(data["resultaten"]) == 6
    assert "Leiepoort Sint-Vincentius" in [row["aanbieder"] for row in data["resultaten"]]


def test_exports_of_an_unknown_place_answer_400_with_suggestions(client):
    response = client.get("/opleidingen/export.json", {"plaats": "Gnet"})
    assert response.status_code == 400
    assert "Gent" in json.loads(response.content)["suggesties"]
    csv_response = client.get("/opleidingen/export.csv", {"plaats": "Gnet"})
    assert csv_response.status_code == 400
    assert "Bedoelde je" in csv_response.content.decode()


def test_real_starting_content_is_findable_and_marked_unverified(client):
    response = client.get(SEARCH, {"plaats": "Brugge", "straal": "50"})
    html = response.content.decode()
    assert "CVO Miras" in html
    assert "nog niet nagekeken bij de aanbieder" in html


def test_a_repeated_search_is_served_from_the_cache(client, django_assert_num_queries):
    client.get(SEARCH, {"plaats": "Gent"})
    with django_assert_num_queries(1):  # the content version
        response = client.get(SEARCH, {"plaats": "Gent"})
    assert response.status_code == 200


def test_each_result_shows_route_start_duration_and_moment(client):
    OfferingFactory(
        title="Kinderbegeleider in de avond",
        is_evening=True,
        start_note="september en februari",
        duration="2 jaar",
        school_year="2026-2027",
    )
    html = client.get(SEARCH, {"q": "avond"}).content.decode()
    for fact in [
        "september en februari",
        "2 jaar",
        "&#x27;s Avonds",
        "2026-2027",
        "Volwassenenonderwijs",
    ]:
        assert fact in html, fact


def test_a_drawn_field_shows_what_this_search_chose_not_what_the_last_one_did(client):
    first = client.get(SEARCH, {"plaats": "Gent", "straal": "50", "lesmoment": "avond"})
    second = client.get(SEARCH, {"plaats": "Gent", "straal": "10"})
    bad = client.get(SEARCH, {"plaats": "Gent", "straal": "7"})
    again = client.get(SEARCH, {"plaats": "Gent", "straal": "10", "pagina": "1"})

    def selected_radius(response):
        html = response.content.decode()
        select = html[
            html.index('name="straal"') : html.index("</select>", html.index('name="straal"'))
        ]
        return [v for v in ("5", "10", "20", "30", "50") if f'value="{v}" selected' in select]

    assert selected_radius(first) == ["50"]
    assert 'value="avond" id="id_lesmoment_1" checked' in first.content.decode()
    assert selected_radius(second) == ["10"]
    assert (
        "checked"
        not in second.content.decode().split('name="lesmoment"')[1].split("</fieldset>")[0]
    )
    assert selected_radius(bad) == ["20"]
    assert "Kies een afstand van 5, 10, 20, 30 of 50 km." in bad.content.decode()
    assert "Kies een afstand" not in again.content.decode()


def test_the_link_to_exactly_this_list_keeps_the_page_shown(client):
    OfferingFactory.create_batch(25, is_evening=True)
    html = client.get(SEARCH, {"lesmoment": "avond", "pagina": "2"}).content.decode()
    assert 'value="http://testserver/opleidingen/?lesmoment=avond&amp;pagina=2"' in html
    # The exports are the whole list, whatever page is shown.
    assert 'href="/opleidingen/export.csv?lesmoment=avond"' in html


@pytest.mark.parametrize(
    "params",
    [{"plaats": "Gentt"}, {"q": "bestaat nergens"}, {"plaats": "Gent", "traject": "evc"}],
)
def test_a_search_that_finds_nothing_offers_nothing_to_share_print_or_download(client, params):
    html = client.get(SEARCH, params).content.decode()
    assert "Deel deze zoekopdracht" not in html
    assert "export.csv" not in html
    assert "qr-code.svg" not in html


def test_a_place_not_found_is_said_at_the_field_too(client):
    html = client.get(SEARCH, {"plaats": "Gentt"}).content.decode()
    field = html[html.index('name="plaats"') - 200 :]
    field = field[: field.index("</div>", field.index('name="plaats"')) + 400]
    assert 'aria-invalid="true"' in field
    assert "We vinden &#x27;Gentt&#x27; niet. Bedoelde je Gent" in html
    # Said once in the list of what could not be used: by its own message, with its links.
    assert "Een deel van deze zoekopdracht kunnen we niet gebruiken" not in html
