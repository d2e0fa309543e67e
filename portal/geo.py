"""Places and distances: pure functions, plus one QuerySet helper for radius searches.

Distances are straight-line ("hemelsbreed") great-circle distances on a sphere of the Earth's mean
radius. The same formula runs in Python (`distance_km`) and in SQL (`within_radius`), so a row the
database puts at 19.99 km is the row a test computes at 19.99 km.
"""

import math
import re
import unicodedata
from dataclasses import dataclass

from django.db.models import F, FloatField, QuerySet, Value
from django.db.models.functions import ASin, Cos, Power, Radians, Sin, Sqrt

EARTH_RADIUS_KM = 6371.0088
KM_PER_DEGREE_LATITUDE = math.pi * EARTH_RADIUS_KM / 180


@dataclass(frozen=True)
class Point:
    latitude: float
    longitude: float


def normalize_place_name(text: str) -> str:
    """The form in which place names are compared: 'SINT  Niklaas ' -> 'sint niklaas'.

    Case, accents, hyphens, apostrophes, dots and runs of spaces do not matter to a person typing
    a place name, so they do not matter here either.
    """
    decomposed = unicodedata.normalize("NFKD", text or "")
    without_accents = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = re.sub(r"[^0-9a-z]+", " ", without_accents.casefold())
    return " ".join(words.split())


def distance_km(a: Point, b: Point) -> float:
    """Great-circle (haversine) distance between two points, in kilometres."""
    lat_a, lat_b = math.radians(a.latitude), math.radians(b.latitude)
    half_dlat = (lat_b - lat_a) / 2
    half_dlon = math.radians(b.longitude - a.longitude) / 2
    h = math.sin(half_dlat) ** 2 + math.cos(lat_a) * math.cos(lat_b) * math.sin(half_dlon) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


@dataclass(frozen=True)
class BoundingBox:
    min_latitude: float
    max_latitude: float
    min_longitude: float
    max_longitude: float


def bounding_box(center: Point, km: float) -> BoundingBox:
    """A latitude/longitude box that contains every point within `km` of `center`.

    It is slightly larger than the circle, so it is only a cheap first filter (an index range
    scan); the exact distance decides.
    """
    dlat = km / KM_PER_DEGREE_LATITUDE
    # Longitude degrees shrink towards the poles; take the widest latitude in the box.
    widest = min(89.0, abs(center.latitude) + dlat)
    dlon = km / (KM_PER_DEGREE_LATITUDE * math.cos(math.radians(widest)))
    return BoundingBox(
        min_latitude=center.latitude - dlat,
        max_latitude=center.latitude + dlat,
        min_longitude=center.longitude - dlon,
        max_longitude=center.longitude + dlon,
    )


def distance_expression(center: Point, latitude_field: str, longitude_field: str):
    """The haversine distance to `center` as an ORM expression (SQLite and PostgreSQL)."""
    lat0 = math.radians(center.latitude)
    lat = Radians(F(latitude_field))
    half_dlat = (lat - Value(lat0)) / 2
    half_dlon = (Radians(F(longitude_field)) - Value(math.radians(center.longitude))) / 2
    h = Power(Sin(half_dlat), 2) + Value(math.cos(lat0)) * Cos(lat) * Power(Sin(half_dlon), 2)
    return Value(2 * EARTH_RADIUS_KM) * ASin(Sqrt(h), output_field=FloatField())


def within_radius(
    queryset: QuerySet,
    center: Point,
    km: float,
    *,
    latitude_field: str = "latitude",
    longitude_field: str = "longitude",
) -> QuerySet:
    """Rows within `km` of `center`: a bounding box first, then the exact distance.

    Adds `distance_km` to each row. The field names may follow relations
    (e.g. `provider__latitude`).
    """
    box = bounding_box(center, km)
    return (
        queryset.filter(
            **{
                f"{latitude_field}__gte": box.min_latitude,
                f"{latitude_field}__lte": box.max_latitude,
                f"{longitude_field}__gte": box.min_longitude,
                f"{longitude_field}__lte": box.max_longitude,
            }
        )
        .annotate(distance_km=distance_expression(center, latitude_field, longitude_field))
        .filter(distance_km__lte=km)
    )
