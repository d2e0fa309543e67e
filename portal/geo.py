"""Places and distances: pure functions, plus one QuerySet helper for radius searches.

Distances are straight-line ("hemelsbreed") great-circle distances on a sphere of the Earth's mean
radius. The same formula runs in Python (`distance_km`) and in SQL (`within_radius`), so a row the
database puts at 19.99 km is the row a test computes at 19.99 km.
"""

import math
import re
import unicodedata
from dataclasses import dataclass

from django.db.models import F, FloatField, Func, QuerySet

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


def whole_km(km: float) -> str:
    """A distance in whole kilometres, rounded half up as `floatformat` does: '3' for 2.5."""
    return str(int(km + 0.5))


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


class DistanceKm(Func):
    """The haversine distance from a fixed point to a row's latitude and longitude, in km.

    The formula of `distance_km`, written as one SQL expression (SQLite and PostgreSQL) rather
    than a tree of two dozen ORM functions: a search builds and compiles it on every request.
    """

    output_field = FloatField()
    template = (
        "(%s * ASIN(SQRT(POWER(SIN((RADIANS({lat}) - %s) / 2), 2)"
        " + %s * COS(RADIANS({lat})) * POWER(SIN((RADIANS({lon}) - %s) / 2), 2))))"
    )

    def __init__(self, center: Point, latitude_field: str, longitude_field: str):
        super().__init__(F(latitude_field), F(longitude_field))
        self.center = center

    def as_sql(self, compiler, connection, **extra_context):
        (lat, lat_params), (lon, lon_params) = map(compiler.compile, self.get_source_expressions())
        lat0 = math.radians(self.center.latitude)
        sql = self.template.format(lat=lat, lon=lon)
        params = [2 * EARTH_RADIUS_KM, *lat_params, lat0, math.cos(lat0), *lat_params]
        params += [*lon_params, math.radians(self.center.longitude)]
        return sql, params


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
        .annotate(distance_km=DistanceKm(center, latitude_field, longitude_field))
        .filter(distance_km__lte=km)
    )
