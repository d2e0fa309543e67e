"""Free text in the search: every word, in the title or the location, looked up in memory."""

import pytest
from django.db.models import Q

from portal.caching import as_one_request
from portal.models import Municipality
from tests.trajectories.factories import LocationFactory, OfferingFactory, ProviderFactory
from trajectories.models import Location, Offering
from trajectories.services.free_text import text_index

pytestmark = pytest.mark.django_db

SEARCH = "/opleidingen/"


def columns_hold_every_word(words: list[str]) -> Q:
    """What free text means, asked of the columns themselves (slow on many rows, but plain)."""
    condition = Q()
    for word in words:
        places = Location.objects.filter(
            Q(provider__name__icontains=word)
            | Q(name__icontains=word)
            | Q(municipality__name_nl__icontains=word)
            | Q(place_note__icontains=word)
        )
        condition &= Q(title__icontains=word) | Q(location__in=places)
    return condition


@pytest.fixture
def offerings():
    leuven = Municipality.objects.get(name_nl="Leuven")
    sint = ProviderFactory(name="Sint-Jozef Leuven")
    miras = ProviderFactory(name="CVO Miras")
    return [
        OfferingFactory(
            title="Kinderbegeleider in de avond", location=LocationFactory(provider=miras)
        ),
        OfferingFactory(
            title="Kinderbegeleider schoolgaande kinderen",
            location=LocationFactory(provider=miras, name="Campus Avondschool"),
        ),
        OfferingFactory(
            title="Duaal: kinderbegeleider",
            location=LocationFactory(provider=sint, name="", municipality=leuven),
        ),
        OfferingFactory(
            title="Kinderbegeleider",
            location=LocationFactory(
                provider=sint,
                name="Stationscampus",
                municipality=None,
                place_note="Heverlee (station)",
                latitude=50.86,
                longitude=4.69,
            ),
        ),
    ]


@pytest.mark.parametrize(
    "words",
    [
        ["avond"],  # a title, and a location's name
        ["AVOND", "miras"],  # any case; title or location, per word
        ["avond", "schoolgaande"],  # one word from the location, one from the title
        ["leuven", "duaal"],  # a provider's name and a title
        ["heverlee"],  # a place note
        ["gent", "kinderbegeleider"],  # a municipality (the factory's default) and every title
        ["kinderbegeleider", "leuven", "station"],
        ["nergens"],
        ["e"],  # a single letter: in nearly everything
        ["-"],
    ],
)
def test_same_offerings_as_asking_every_column(offerings, words):
    wanted = set(Offering.objects.filter(columns_hold_every_word(words)))
    assert wanted or words in (["nergens"],), "a case that finds nothing tests little"
    assert set(Offering.objects.filter(text_index().condition(words))) == wanted


def test_case_is_ignored_beyond_ascii_too():
    offering = OfferingFactory(location=LocationFactory(name="Crèche Élise"))
    OfferingFactory()
    found = Offering.objects.filter(text_index().condition(["CRÈCHE", "élise"]))
    assert list(found) == [offering]


def test_the_search_page_finds_what_every_word_matches(client, offerings):
    response = client.get(SEARCH, {"q": "avond miras"})
    found = [row.pk for row in response.context["object_list"]]
    assert sorted(found) == sorted(o.pk for o in offerings[:2])


def test_a_rename_is_found_at_once(client, offerings):
    assert list(client.get(SEARCH, {"q": "zonnebloem"}).context["object_list"]) == []
    provider = offerings[0].location.provider
    provider.name = "CVO Zonnebloem"
    provider.save()
    response = client.get(SEARCH, {"q": "zonnebloem"})
    assert sorted(row.pk for row in response.context["object_list"]) == sorted(
        o.pk for o in offerings[:2]
    )


def test_words_are_looked_up_in_memory_after_the_first_search(offerings, django_assert_num_queries):
    with as_one_request():
        with django_assert_num_queries(3):  # the content version, the titles, the locations
            text_index()
        with django_assert_num_queries(0):
            text_index().condition(["avond", "leuven"])
