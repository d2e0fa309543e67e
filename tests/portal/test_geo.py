"""Pure place and distance functions, without the database."""

import math

import pytest
from django.template.defaultfilters import floatformat

from portal.geo import Point, bounding_box, distance_km, normalize_place_name, whole_km

GENT = Point(51.05, 3.71667)
BRUSSEL = Point(50.86159, 4.35995)


@pytest.mark.parametrize(
    ("typed", "normalized"),
    [
        ("Sint-Niklaas", "sint niklaas"),
        ("  SINT   NIKLAAS ", "sint niklaas"),
        ("Bruxelles", "bruxelles"),
        ("Écaussinnes", "ecaussinnes"),
        ("Sint-Job-in-'t-Goor", "sint job in t goor"),
        ("", ""),
    ],
)
def test_normalize_ignores_case_accents_hyphens_and_spaces(typed, normalized):
    assert normalize_place_name(typed) == normalized


def test_distance_between_gent_and_brussel_is_about_50_km():
    assert distance_km(GENT, BRUSSEL) == pytest.approx(49.4, abs=0.5)


def test_distance_is_symmetric_and_zero_to_itself():
    assert distance_km(GENT, BRUSSEL) == pytest.approx(distance_km(BRUSSEL, GENT))
    assert distance_km(GENT, GENT) == 0


def test_one_degree_of_latitude_is_about_111_km():
    assert distance_km(Point(51, 4), Point(52, 4)) == pytest.approx(111.2, abs=0.1)


@pytest.mark.parametrize("km", [5, 20, 50])
def test_bounding_box_contains_the_whole_circle(km):
    box = bounding_box(GENT, km)
    for bearing in range(0, 360, 15):
        # A point just inside the circle in every direction lies inside the box.
        lat = GENT.latitude + (km * 0.999 / 111.2) * math.cos(math.radians(bearing))
        lon = GENT.longitude + (km * 0.999 / (111.2 * math.cos(math.radians(lat)))) * math.sin(
            math.radians(bearing)
        )
        if distance_km(GENT, Point(lat, lon)) <= km:
            assert box.min_latitude <= lat <= box.max_latitude
            assert box.min_longitude <= lon <= box.max_longitude


@pytest.mark.parametrize("km", [0.0, 0.49, 0.5, 2.5, 9.4999, 19.99, 49.5])
def test_whole_km_rounds_as_the_floatformat_filter_does(km):
    assert whole_km(km) == floatformat(km, "0")
