"""Cleaning one value of a row of a list of schools: dates, points (Lambert 72 to WGS84), KBO
numbers, phone numbers, e-mail addresses and websites. A value that cannot be used is repaired
or left empty, with a note for staff; it never blocks the row."""

import functools
import math
import re
from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from pyproj import Transformer

from portal.geo import Point
from portal.validators import phone_number_validate
from trajectories.models import Provider

# Belgium with a margin; the same box as the database constraint on Location.
LATITUDE_RANGE = (49.4, 51.6)
LONGITUDE_RANGE = (2.5, 6.5)

_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_validate_url = URLValidator(schemes=["http", "https"])


def lambert72_to_wgs84(x: float, y: float) -> Point:
    """The WGS84 point (GPS, web maps) of Belgian Lambert 72 coordinates (EPSG:31370) in metres."""
    longitude, latitude = _lambert72_transformer().transform(x, y)
    return Point(latitude, longitude)


@functools.cache
def _lambert72_transformer() -> Transformer:
    # Building a transformer costs far more than using it: one per process is enough.
    return Transformer.from_crs("EPSG:31370", "EPSG:4326", always_xy=True)


def date_parse(raw: str, column: str, sentinel: str, errors: list[str]) -> date | None:
    if not raw or raw == sentinel:
        return None
    try:
        return datetime.strptime(raw, "%d/%m/%Y").date()
    except ValueError:
        errors.append(f'{column} "{raw}" is geen geldige datum (dd/mm/jjjj).')
        return None


def point_parse(raw_x: str, raw_y: str, errors: list[str]) -> Point | None:
    """The WGS84 point of the row's lx/ly, or None when the export has none (0 or empty)."""
    numbers = []
    for column, raw in (("lx", raw_x), ("ly", raw_y)):
        try:
            number = float(raw.replace(",", ".")) if raw else 0.0
        except ValueError:
            errors.append(f'{column} "{raw}" is geen getal.')
            return None
        if not math.isfinite(number):
            errors.append(f'{column} "{raw}" is geen getal.')
            return None
        numbers.append(number)
    x, y = numbers
    if x == 0 or y == 0:
        return None
    point = lambert72_to_wgs84(x, y)
    inside = (
        LATITUDE_RANGE[0] <= point.latitude <= LATITUDE_RANGE[1]
        and LONGITUDE_RANGE[0] <= point.longitude <= LONGITUDE_RANGE[1]
    )
    if not inside:
        errors.append(
            f"lx/ly ({raw_x}; {raw_y}) ligt niet in België. Verwacht: Lambert 72-coördinaten "
            "in meter, bv. lx 104684 en ly 193914 voor Gent."
        )
        return None
    return point


def kbo_clean(raw: str, notes: list[str]) -> str:
    """The KBO number as 0123.456.789 ('KBO  0267.377.629' and '267377629' alike)."""
    digits = re.sub(r"\D", "", raw)
    if not digits.strip("0"):
        return ""  # the export's "0": no number
    if len(digits) == 9:
        digits = "0" + digits
    if len(digits) != 10:
        notes.append(f'KBO-nummer "{raw}" heeft geen 10 cijfers: leeg gelaten')
        return ""
    return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"


def phone_clean(raw: str, notes: list[str]) -> str:
    if not raw:
        return ""
    try:
        phone_number_validate(raw)
    except ValidationError:
        notes.append(f'telefoon "{raw}" is geen telefoonnummer: leeg gelaten')
        return ""
    return value_fitting(Provider, "phone", raw, "telefoon", notes)


_MAILTO = re.compile(r"^mailto:", re.IGNORECASE)
_EMAIL_SEPARATORS = re.compile(r"[;,/\s]+")


def email_clean(raw: str, notes: list[str]) -> str:
    """One address: without "mailto:" or brackets; of several, the first; else empty."""
    if not raw:
        return ""
    addresses = [a for a in _EMAIL_SEPARATORS.split(_MAILTO.sub("", raw).strip("<>. ")) if a]
    email = addresses[0] if addresses else ""
    try:
        validate_email(email)
    except ValidationError:
        notes.append(f'e-mail "{raw}" is geen geldig e-mailadres: leeg gelaten')
        return ""
    if len(addresses) > 1:
        notes.append(f'e-mail "{raw}" noemt {len(addresses)} adressen: het eerste genomen')
    elif email != raw:
        notes.append(f'e-mail "{raw}" verbeterd tot "{email}"')
    return value_fitting(Provider, "email", email, "e-mail", notes)


# Typos of a scheme that can mean one thing only: "https//x", "http:/x", "http:\\x", "https:x".
_BROKEN_SCHEME = re.compile(r"^(https?)\s*(?::?[/\\]{1,3}|:)\s*(?=[^/\\])", re.IGNORECASE)


def website_clean(raw: str, notes: list[str]) -> str:
    """The website as a full address. The export leaves out "https://" on most rows: that is
    its form, added without a note; a typo in the scheme is repaired with one."""
    if not raw:
        return ""
    url = raw.replace("\\", "/").replace(" ", "")
    if not _SCHEME.match(url):
        broken = _BROKEN_SCHEME.match(url)
        if broken:
            url = f"{broken[1].lower()}://{url[broken.end() :]}"
        elif url.lower().startswith("www") or "." in url.split("/", 1)[0]:
            url = f"https://{url}"
    try:
        _validate_url(url)
    except ValidationError:
        notes.append(f'website "{raw}" is geen geldig webadres: leeg gelaten')
        return ""
    if url not in (raw, f"https://{raw}"):
        notes.append(f'website "{raw}" verbeterd tot "{url}"')
    return value_fitting(Provider, "website", url, "website", notes)


def value_fitting(model, name: str, value: str, column: str, notes: list[str]) -> str:
    """`value`, or empty with a note when it is longer than the field holds."""
    limit = model._meta.get_field(name).max_length
    if len(value) > limit:
        notes.append(f"{column} is langer dan {limit} tekens: leeg gelaten")
        return ""
    return value


def lengths_check(model, fields: dict[str, tuple[str, str]], errors: list[str]) -> None:
    for column, (name, value) in fields.items():
        limit = model._meta.get_field(name).max_length
        if len(value) > limit:
            errors.append(f"{column} is langer dan {limit} tekens.")
