"""What a person types as a place becomes a point, or a short list of what they may have meant."""

import pytest

from portal.caching import as_one_request, content_changed
from portal.geo import KM_PER_DEGREE_LATITUDE, Point, distance_km
from portal.models import FormerMunicipality, Municipality, PostalLocality, Province
from portal.services import place_resolve

pytestmark = pytest.mark.django_db


def test_geography_has_every_municipality_and_postcode_of_flanders_and_brussels():
    assert Municipality.objects.count() == 304
    assert PostalLocality.objects.values("postcode").distinct().count() == 543
    assert PostalLocality.objects.count() == 1207
    assert Province.objects.count() == 6
    assert Municipality.objects.filter(province__slug="brussel").count() == 19


def test_municipalities_are_those_after_the_2025_mergers():
    merged = Municipality.objects.get(nis_code="46030")
    assert merged.name_nl == "Beveren-Kruibeke-Zwijndrecht"
    assert merged.province.name == "Oost-Vlaanderen"
    assert not Municipality.objects.filter(name_nl__in=["Borsbeek", "Melle", "Kruibeke"]).exists()
    assert FormerMunicipality.objects.get(name="Borsbeek").municipality.name_nl == "Antwerpen"


@pytest.mark.parametrize(
    ("typed", "label", "municipality"),
    [
        ("9000", "9000 Gent", "Gent"),
        ("9050", "9050 Gentbrugge, Ledeberg (Gent)", "Gent"),
        ("9000 Gent", "9000 Gent", "Gent"),
        ("Gentbrugge", "9050 Gentbrugge (Gent)", "Gent"),
        ("Laken", "1020 Laken (Brussel)", "Brussel"),
        ("Gent", "Gent", "Gent"),
        ("Sint-Niklaas", "Sint-Niklaas", "Sint-Niklaas"),
        ("sint niklaas", "Sint-Niklaas", "Sint-Niklaas"),
        ("SINT-NIKLAAS", "Sint-Niklaas", "Sint-Niklaas"),
        ("  Sint -  Niklaas ", "Sint-Niklaas", "Sint-Niklaas"),
        ("Brussel", "Brussel", "Brussel"),
        ("Bruxelles", "Brussel", "Brussel"),
        ("1000", "1000 Brussel", "Brussel"),
        (
            "Beveren-Kruibeke-Zwijndrecht",
            "Beveren-Kruibeke-Zwijndrecht",
            "Beveren-Kruibeke-Zwijndrecht",
        ),
        (
            "beveren kruibeke zwijndrecht",
            "Beveren-Kruibeke-Zwijndrecht",
            "Beveren-Kruibeke-Zwijndrecht",
        ),
    ],
)
def test_place_is_resolved(typed, label, municipality):
    place = place_resolve(query=typed)
    assert place.is_resolved
    assert place.label == label
    assert place.municipality.name_nl == municipality
    assert place.suggestions == []


def test_municipality_name_and_its_main_postcode_give_the_same_point():
    assert place_resolve(query="Gent").point == place_resolve(query="9000").point
    assert place_resolve(query="gent").point == place_resolve(query="9000").point


def test_postcode_with_several_localities_lies_between_them():
    point = place_resolve(query="9050").point
    gentbrugge = place_resolve(query="Gentbrugge").point
    ledeberg = place_resolve(query="Ledeberg").point
    assert distance_km(point, gentbrugge) < distance_km(gentbrugge, ledeberg)
    assert distance_km(point, ledeberg) < distance_km(gentbrugge, ledeberg)


def test_former_municipality_is_found_with_a_note_about_the_merger():
    place = place_resolve(query="Borsbeek")
    assert place.is_resolved
    assert place.municipality.name_nl == "Antwerpen"
    assert place.note == "Borsbeek is sinds 1 januari 2025 een deel van de gemeente Antwerpen."


def test_unknown_postcode_suggests_the_nearest_postcodes():
    place = place_resolve(query="9999")
    assert not place.is_resolved
    assert [s.value for s in place.suggestions] == ["9992", "9991", "9990", "9988", "9982"]
    assert place.suggestions[2].label == "9990 Maldegem"


def test_typo_suggests_the_intended_municipality_first():
    place = place_resolve(query="Gnet")
    assert not place.is_resolved
    assert place.suggestions[0].value == "Gent"


def test_nonsense_still_offers_something_to_pick():
    place = place_resolve(query="abc")
    assert not place.is_resolved
    assert 1 <= len(place.suggestions) <= 5


def test_half_a_name_suggests_places_that_start_with_it():
    place = place_resolve(query="Sint-Nik")
    assert place.suggestions[0].value == "Sint-Niklaas"


@pytest.mark.parametrize("typed", ["", "   ", "--", "'"])
def test_empty_input_is_neither_resolved_nor_guessed(typed):
    place = place_resolve(query=typed)
    assert not place.is_resolved
    assert place.suggestions == []


def test_very_long_input_does_not_break_resolution():
    place = place_resolve(query="Gent" * 2000)
    assert not place.is_resolved


@pytest.fixture
def ring_around_gent():
    """Localities due north of Gent's point at exact distances (on a meridian, exact by design)."""
    gent = place_resolve(query="Gent")
    centre = gent.point
    for name, km in [("binnen", 19.9), ("rand", 20.0), ("buiten", 20.1)]:
        PostalLocality.objects.create(
            postcode="0000",
            name=f"Test {name}",
            municipality_id=gent.municipality.pk,
            latitude=centre.latitude + km / KM_PER_DEGREE_LATITUDE,
            longitude=centre.longitude,
        )
    return centre


def test_radius_search_is_exact_at_its_boundary(ring_around_gent):
    found = PostalLocality.objects.filter(postcode="0000").near(ring_around_gent, 20)
    assert [loc.name for loc in found] == ["Test binnen", "Test rand"]
    assert found[0].distance_km == pytest.approx(19.9, abs=1e-6)


def test_radius_search_sorts_by_distance_and_agrees_with_python():
    centre = Point(51.05, 3.71667)
    found = list(PostalLocality.objects.near(centre, 10))
    distances = [loc.distance_km for loc in found]
    assert distances == sorted(distances)
    assert len(found) > 10
    for loc in found:
        assert loc.distance_km == pytest.approx(
            distance_km(centre, Point(loc.latitude, loc.longitude)), abs=1e-6
        )
    everything = PostalLocality.objects.all()
    expected = {
        loc.pk
        for loc in everything
        if distance_km(centre, Point(loc.latitude, loc.longitude)) <= 10
    }
    assert {loc.pk for loc in found} == expected


def test_places_are_read_once_then_resolving_takes_no_query(django_assert_num_queries):
    # Municipalities, postal localities and former municipalities, kept until content changes,
    # and the content version, read once per request.
    content_changed()
    with as_one_request(), django_assert_num_queries(4):
        assert place_resolve(query="Gent").label == "Gent"
    with as_one_request(), django_assert_num_queries(1):
        assert place_resolve(query="9000").is_resolved
        assert place_resolve(query="Gentbrugge").is_resolved
        assert place_resolve(query="Gnet").suggestions
