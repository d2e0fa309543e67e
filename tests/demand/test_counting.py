"""Searches and planner answers that find nothing or little are counted, as aggregates only."""

import datetime

import pytest
import time_machine
from django.core.cache import cache
from django.core.management import call_command

from demand import counting
from demand.models import TrainingRequest, UnansweredSearch
from demand.panels import near_search
from tests.demand.factories import TrainingRequestFactory
from tests.trajectories.factories import offering_at

pytestmark = pytest.mark.django_db

SEARCH = "/opleidingen/"
PLANNER = "/routeplanner/"
BRUSSEL_EVENING_EVC = {"plaats": "Brussel", "traject": "evc", "lesmoment": "avond"}


def rows():
    return list(
        UnansweredSearch.objects.values(
            "source",
            "municipality_nis",
            "route_slug",
            "qualification_slug",
            "moment",
            "is_empty",
            "searches",
        )
    )


def test_an_empty_search_is_counted_by_day_municipality_route_and_moment(client):
    response = client.get(SEARCH, BRUSSEL_EVENING_EVC)
    assert "Vraag deze opleiding aan" in response.content.decode()
    assert rows() == [
        {
            "source": "zoeken",
            "municipality_nis": "21004",
            "route_slug": "evc",
            "qualification_slug": "",
            "moment": "avond",
            "is_empty": True,
            "searches": 1,
        }
    ]


def test_a_search_served_from_the_page_cache_is_counted_too(client, django_assert_num_queries):
    client.get(SEARCH, BRUSSEL_EVENING_EVC)
    # The content version, then the count: the view does not run.
    with django_assert_num_queries(2):
        client.get(SEARCH, BRUSSEL_EVENING_EVC)
    assert [r["searches"] for r in rows()] == [2]


def test_a_thin_search_counts_as_thin_and_one_that_finds_enough_is_not_counted(client):
    for km in (1, 2):
        offering_at(km)
    client.get(SEARCH, {"plaats": "Gent", "straal": "5"})
    assert [(r["municipality_nis"], r["is_empty"]) for r in rows()] == [("44021", False)]
    offering_at(3)
    client.get(SEARCH, {"plaats": "Gent", "straal": "10"})
    assert [r["searches"] for r in rows()] == [1]


def test_a_search_for_two_routes_counts_under_each(client):
    client.get(SEARCH, {"plaats": "Brussel", "traject": ["evc", "syntra"]})
    assert sorted(r["route_slug"] for r in rows()) == ["evc", "syntra"]


def test_nothing_is_counted_for_an_unknown_place_or_a_search_that_asks_nothing(client):
    client.get(SEARCH, {"plaats": "Atlantis", "traject": "evc"})
    client.get(SEARCH)
    assert rows() == []


def test_a_planner_answer_with_nothing_nearby_is_counted_per_route(client):
    response = client.get(
        PLANNER,
        {"leeftijd": "30", "situatie": "werkzoekend", "plaats": "Brussel", "lesmoment": "avond"},
    )
    assert response.status_code == 200
    counted = rows()
    assert counted, "the planner found little near Brussel, so something is counted"
    assert {r["source"] for r in counted} == {"routeplanner"}
    assert {r["municipality_nis"] for r in counted} == {"21004"}
    assert {r["moment"] for r in counted} == {"avond"}


def test_the_tables_hold_no_personal_data(client):
    """What is typed (free text, a street in the place field), who asked and from where never
    reaches a table; a request keeps an e-mail address only while it runs."""
    client.get(SEARCH, {"plaats": "Brussel", "q": "Jan Peeters Wetstraat 16", "traject": "evc"})
    client.get(SEARCH, {"plaats": "1000 Brussel", "traject": "evc"}, REMOTE_ADDR="203.0.113.7")
    assert [f.name for f in UnansweredSearch._meta.fields] == [
        "id",
        "day",
        "source",
        "municipality_nis",
        "route_slug",
        "qualification_slug",
        "moment",
        "is_empty",
        "searches",
    ]
    text = repr(list(UnansweredSearch.objects.values_list()))
    for personal in ("Jan", "Peeters", "Wetstraat", "203.0.113", "1000"):
        assert personal not in text
    # A request: the municipality only, never the typed place, and its address only while it runs.
    client.post(
        "/opleiding-gevraagd/",
        {"wie": "kandidaat", "plaats": "Wetstraat 16 1000 Brussel", "straal": "20"},
    )
    assert [f.name for f in TrainingRequest._meta.fields if f.name not in NON_PERSONAL] == ["email"]


NON_PERSONAL = {
    "id",
    "asker",
    "people",
    "route",
    "qualification",
    "moments",
    "municipality",
    "radius_km",
    "created_at",
    "confirmed_at",
    "withdrawn_at",
    "ends_on",
}


def test_a_marker_this_module_did_not_write_counts_nothing():
    today = datetime.date(2026, 12, 3)
    assert counting.dimensions_of("zoeken|21004|evc||avond|0", today)
    assert counting.dimensions_of("zoeken|<script>|evc||avond|0", today) == []
    assert counting.dimensions_of("zoeken|21004|EVC; drop||avond|0", today) == []
    assert counting.dimensions_of("zoeken|21004|evc||nacht|0", today) == []
    assert counting.dimensions_of("iets|21004|evc||avond|0", today) == []


def test_counts_wait_in_the_process_until_the_flush_interval(client, settings):
    settings.DEMAND_COUNTS_FLUSH_SECONDS = 3600
    counting.buffer._written_at = __import__("time").monotonic()
    client.get(SEARCH, BRUSSEL_EVENING_EVC)
    client.get(SEARCH, BRUSSEL_EVENING_EVC)
    assert rows() == []
    counting.buffer.flush()
    assert [r["searches"] for r in rows() if r["municipality_nis"] == "21004"] == [2]


def test_prune_removes_counts_older_than_two_school_years_and_erases_ended_addresses():
    for day in ("2024-08-31", "2025-09-01", "2026-12-01"):
        UnansweredSearch.objects.create(
            day=day, source="zoeken", municipality_nis="21004", is_empty=True, searches=4
        )
    ended = TrainingRequestFactory(confirmed=True, ends_on=datetime.date(2026, 11, 30))
    running = TrainingRequestFactory(confirmed=True, ends_on=datetime.date(2027, 6, 1))
    with time_machine.travel(datetime.datetime(2026, 12, 3, 12), tick=False):
        call_command("prune_demand", stdout=__import__("io").StringIO())
    assert sorted(str(d) for d in UnansweredSearch.objects.values_list("day", flat=True)) == [
        "2025-09-01",
        "2026-12-01",
    ]
    ended.refresh_from_db()
    running.refresh_from_db()
    assert ended.email == ""
    assert running.email == "mentor@voorbeeld.be"


def test_counting_adds_no_query_to_the_search_between_writes(
    client, settings, django_assert_num_queries
):
    """The search with counting costs what it cost without: the count waits in the process."""
    from portal import panels

    settings.DEMAND_COUNTS_FLUSH_SECONDS = 3600

    def empty_search_drawn_anew():
        cache.clear()  # no page kept before
        client.get(SEARCH, {"plaats": "Gent"})  # what every search shares, read once
        # The content version, the page and its count, and the counts of the wider searches
        # it suggests (4).
        with django_assert_num_queries(6):
            client.get(SEARCH, BRUSSEL_EVENING_EVC)

    panels._registry["search"].remove(near_search)
    try:
        empty_search_drawn_anew()
    finally:
        panels.register("search", near_search)
    empty_search_drawn_anew()
    # From the page cache: the content version only, and still counted.
    with django_assert_num_queries(1):
        client.get(SEARCH, BRUSSEL_EVENING_EVC)
    counting.buffer.flush()
    assert [r["searches"] for r in rows() if r["municipality_nis"] == "21004"] == [2]
