"""Matching the rows of a list of schools to what they mean: a level, a place, clean values.

A row is one campus (vestigingsplaats) of a school. Its place comes from its NIS code; a code
from before the mergers of 1 January 2025 resolves to the merged municipality, and a code that
is still unknown falls back on the postcode. Both are notes for staff, not errors.
"""

import functools
import math
import re
from dataclasses import dataclass
from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from pyproj import Transformer

from portal.geo import Point, normalize_place_name
from portal.models import FormerNisCode, Municipality, PostalLocality
from portal.validators import phone_number_validate
from trajectories.models import Location, Provider
from trajectories.services.schools.reading import Record
from trajectories.services.schools.report import Action, RowResult

# The export marks "no start date" and "no end date" with these two impossible dates.
NO_START = "01/01/0001"
NO_END = "31/12/4444"
# Belgium with a margin; the same box as the database constraint on Location.
LATITUDE_RANGE = (49.4, 51.6)
LONGITUDE_RANGE = (2.5, 6.5)

_DIGITS = re.compile(r"^\d+$")
# Lists without an official export name a provider by a code of their own: SYNTRA-GENT-1.
_OWN_CODE = re.compile(r"^[A-Z]+-[0-9A-Z-]+$")
_POSTCODE = re.compile(r"^\d{4}$")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_validate_url = URLValidator(schemes=["http", "https"])


@dataclass(frozen=True)
class Level:
    """A level of education as staff choose it, and how a file's wording is recognised."""

    label: str
    words: tuple[str, ...]
    kind: str


# In the order words are tried: "Centrum voor Volwassenenonderwijs" before "secundair",
# "basiseducatie" before "basis". Why each is imported by default or not: DEFAULT_LEVELS.
LEVELS = {
    "syntra": Level("Syntra", ("syntra",), Provider.Kind.SYNTRA),
    "evc": Level("EVC-testcentrum", ("evc", "testcentrum"), Provider.Kind.EVC_CENTRE),
    "volwassenen": Level("volwassenenonderwijs", ("volwassenen",), Provider.Kind.CVO),
    "basiseducatie": Level("basiseducatie", ("basiseducatie",), Provider.Kind.OTHER),
    "deeltijdse-vorming": Level("deeltijdse vorming", ("deeltijdse vorming",), Provider.Kind.OTHER),
    "kunst": Level("deeltijds kunstonderwijs", ("kunst",), Provider.Kind.OTHER),
    "hoger": Level("hoger onderwijs", ("hoger", "hogeschool", "universiteit"), Provider.Kind.OTHER),
    "basis": Level("basisonderwijs", ("basis", "kleuter", "lager"), Provider.Kind.OTHER),
    "secundair": Level("secundair onderwijs", ("secundair",), Provider.Kind.SCHOOL),
}
# What trains a kinderbegeleider, and so comes in unless staff choose otherwise:
# - secundair: the secondary programmes of childcare (Kinderzorg, Se-n-Se Leefgroepenwerking and
#   the dual Kinderbegeleider), at full-time schools, centres for part-time education (CDO,
#   dual learning) and schools for special secondary education (whose opleidingsvorm 4 follows
#   the programmes of ordinary secondary education);
# - volwassenen: the CVO's Kinderbegeleider baby's en peuters / schoolgaande kinderen;
# - syntra: the dual and evening routes of Syntra;
# - evc: EVC test centres, which assess rather than train (only in lists from the template).
# Not by default, each counted per institution type in the report: primary schools, centres for
# basic education (literacy, numeracy and Dutch as a second language: no vocational
# qualification), centres for part-time training (CDV: personal development trajectories beside
# dual learning, no qualification), part-time art education, and higher education (a bachelor
# is no route to the job of kinderbegeleider).
DEFAULT_LEVELS = ("secundair", "volwassenen", "syntra", "evc")

# The export's `onderwijsniveau` is a code (fixtures/import/README.md says where they come from).
LEVEL_CODES = {
    "BAO": "basis",
    "SO": "secundair",
    "VWO": "volwassenen",
    "DKO": "kunst",
    "HO": "hoger",
}
# The export's `instellingstype` names the kind of institution: it decides before the code,
# since one code covers kinds that differ (Syntra is filed under SO, basic education under VWO).
INSTITUTION_TYPES = {
    "basisschool": "basis",
    "autonome kleuterschool": "basis",
    "autonome lagere school": "basis",
    "school voor buitengewoon basisonderwijs": "basis",
    "school voor voltijds gewoon secundair onderwijs": "secundair",
    "school voor voltijds gewoon secundair onderwijs en deeltijds beroepsonderwijs": "secundair",
    "school voor buitengewoon secundair onderwijs": "secundair",
    "centrum voor deeltijds onderwijs": "secundair",
    "centrum voor deeltijdse vorming": "deeltijdse-vorming",
    "syntra": "syntra",
    "centrum voor volwassenenonderwijs": "volwassenen",
    "centrum voor basiseducatie": "basiseducatie",
    "instelling voor deeltijds kunstonderwijs": "kunst",
    "hogeschool": "hoger",
    "universiteit": "hoger",
}


@dataclass(frozen=True)
class RowLevel:
    """What a row's `onderwijsniveau` and `instellingstype` say: its level, if any fits, and
    the wording that names it in the portal and in the report."""

    slug: str | None
    shown: str
    # The published institution type, when it is one: what skipped rows are counted by.
    institution_type: str = ""


def level_of(raw: str) -> str | None:
    """The slug of the level named by words (a file that does not use the codes), or None."""
    text = raw.lower()
    for slug, level in LEVELS.items():
        if any(word in text for word in level.words):
            return slug
    return None


def row_level(level: str, institution_type: str) -> RowLevel:
    """The level of a row: by its published institution type, else its code, else its words."""
    by_type = INSTITUTION_TYPES.get(institution_type.lower())
    if by_type:
        return RowLevel(by_type, institution_type, institution_type=institution_type)
    by_code = LEVEL_CODES.get(level.upper())
    if by_code:
        return RowLevel(by_code, institution_type or LEVELS[by_code].label)
    raw = level or institution_type
    return RowLevel(level_of(raw), raw)


@dataclass
class School:
    """The clean values of one row, named after the model fields they go to."""

    number: str
    campus: str
    level: str | None
    provider: dict
    location: dict

    @property
    def key(self) -> tuple[str, str]:
        return (self.number, self.campus)

    @property
    def kind(self) -> str:
        return LEVELS[self.level].kind if self.level else Provider.Kind.SCHOOL


class Places:
    """The geography an import needs, read in three queries and kept in memory for every row."""

    def __init__(self):
        self.municipalities = {m.nis_code: m for m in Municipality.objects.all()}
        by_pk = {m.pk: m for m in self.municipalities.values()}
        self.former = {
            code.nis_code: code for code in FormerNisCode.objects.select_related("municipality")
        }
        self.by_postcode: dict[str, list[Municipality]] = {}
        pairs = PostalLocality.objects.values_list("postcode", "municipality_id").distinct()
        for postcode, municipality_id in pairs.order_by("postcode", "municipality_id"):
            self.by_postcode.setdefault(postcode, []).append(by_pk[municipality_id])

    def resolve(self, nis_code: str, postcode: str, name: str, row: RowResult):
        """The municipality of a row; notes how it was found, or an error when it cannot be."""
        municipality = self.municipalities.get(nis_code)
        if municipality is not None:
            return municipality
        former = self.former.get(nis_code)
        if former is not None:
            merged = former.municipality
            row.notes.append(
                f"niscode {nis_code} ({former.name}) is van voor de fusie van "
                f"{former.merged_on:%d/%m/%Y}: nu {merged.name_nl} ({merged.nis_code})"
            )
            return merged
        candidates = self.by_postcode.get(postcode, [])
        if candidates:
            key = normalize_place_name(name)
            municipality = next(
                (m for m in candidates if m.search_key == key or m.search_key_fr == key),
                candidates[0],
            )
            code = f"niscode {nis_code} kennen we niet" if nis_code else "geen niscode"
            row.notes.append(
                f"{code}: gemeente {municipality.name_nl} afgeleid uit postcode {postcode}"
            )
            return municipality
        place = name or "niet ingevuld"
        row.errors.append(
            f'niscode "{nis_code}" en postcode "{postcode}" zijn geen gemeente die we kennen '
            f"(gemeente in het bestand: {place})."
            if nis_code
            else f'niscode ontbreekt en postcode "{postcode}" kennen we niet.'
        )
        return None


def clean_row(
    record: Record, row: RowResult, places: Places, *, today: date, levels: tuple[str, ...]
) -> School | None:
    """Check one row; add its errors to `row`, or mark it skipped (closed, level not chosen)."""
    values, errors = record.values, row.errors
    if record.cells != record.width:
        # Too few or too many cells: the values sit under the wrong column, so check no further.
        errors.append(
            f"heeft {record.cells} velden in plaats van {record.width}: staat er een "
            "scheidingsteken te veel of te weinig?"
        )
        return None
    end = _parse_date(values.get("einddatum", ""), "einddatum", NO_END, errors)
    if end is not None and end < today:
        row.action = Action.SKIPPED
        row.notes.append(f"niet meer actief (einddatum {end:%d/%m/%Y})")
        return None
    found = row_level(values.get("onderwijsniveau", ""), values.get("instellingstype", ""))
    level = found.slug
    if found.shown and level not in levels:
        row.action = Action.SKIPPED
        row.skipped_level = found.institution_type or (
            LEVELS[level].label if level else found.shown
        )
        row.notes.append(f"onderwijsniveau '{found.shown}' is niet gekozen voor deze import")
        return None
    _parse_date(values.get("begindatum", ""), "begindatum", NO_START, errors)

    number = values["schoolnummer"]
    if not number:
        errors.append("schoolnummer ontbreekt.")
    elif not (_DIGITS.match(number) or _OWN_CODE.match(number)):
        errors.append(
            f'schoolnummer "{number}" bestaat niet alleen uit cijfers, en is ook geen eigen '
            "code zoals SYNTRA-GENT-1."
        )
    campus = values.get("intern_vplnummer", "")
    if campus and not _DIGITS.match(campus):
        errors.append(f'intern_vplnummer "{campus}" bestaat niet alleen uit cijfers.')
    campus = campus.lstrip("0") or ("0" if campus else "")
    name = values["naam"]
    if not name:
        errors.append("naam is leeg.")
    postcode = values["postcode"]
    municipality = None
    if not _POSTCODE.match(postcode):
        errors.append(
            f'postcode "{postcode}" is geen postcode van 4 cijfers.'
            if postcode
            else "postcode ontbreekt."
        )
    elif is_walloon(postcode) and values["niscode"] not in places.municipalities:
        # Dutch-language schools of the Flemish Community in Wallonia (Komen, Edingen): the
        # portal's geography is Flanders and Brussels, so such a row is skipped, not wrong.
        row.action = Action.SKIPPED
        row.skipped_level = "buiten Vlaanderen en Brussel"
        row.notes.append(f"postcode {postcode} ligt buiten Vlaanderen en Brussel")
        return None
    else:
        municipality = places.resolve(values["niscode"], postcode, values.get("gemeente"), row)

    point = _parse_point(values.get("lx", ""), values.get("ly", ""), errors)
    is_approximate = point is None
    if is_approximate and municipality is not None:
        point = Point(municipality.latitude, municipality.longitude)
        row.notes.append("geen coördinaten: ligging is het centrum van de gemeente")

    house_number = values.get("huisnummer", "")
    if values.get("busnummer"):
        house_number = f"{house_number} bus {values['busnummer']}".strip()
    # Optional values never block a row: repaired when that is unambiguous, else left empty,
    # each with a note that keeps what the file said.
    notes = row.value_notes
    provider = {
        "name": name,
        "kbo_number": _clean_kbo(values.get("kbo-nummer") or values.get("kbo_nummer", ""), notes),
        "phone": _clean_phone(values.get("telefoon", ""), notes),
        "email": _clean_email(values.get("e-mail", ""), notes),
        "website": _clean_website(values.get("website", ""), notes),
        "education_level": _fitting(
            Provider, "education_level", found.shown, "onderwijsniveau", notes
        ),
    }
    location = {
        "street": values.get("straat", ""),
        "house_number": house_number,
        "postcode": postcode,
        "municipality_id": municipality.pk if municipality else None,
        "latitude": round(point.latitude, 6) if point else None,
        "longitude": round(point.longitude, 6) if point else None,
        "is_approximate": is_approximate,
    }
    _check_lengths(
        Provider,
        {"schoolnummer": ("school_number", number), "naam": ("name", name)},
        errors,
    )
    _check_lengths(
        Location,
        {
            "straat": ("street", location["street"]),
            "huisnummer": ("house_number", location["house_number"]),
            "intern_vplnummer": ("campus_number", campus),
        },
        errors,
    )
    return School(number=number, campus=campus, level=level, provider=provider, location=location)


def is_walloon(postcode: str) -> bool:
    """Whether a Belgian postcode lies in the Walloon Region (1300-1499 and 4000-7999)."""
    number = int(postcode)
    return 1300 <= number <= 1499 or 4000 <= number <= 7999


def lambert72_to_wgs84(x: float, y: float) -> Point:
    """The WGS84 point (GPS, web maps) of Belgian Lambert 72 coordinates (EPSG:31370) in metres."""
    longitude, latitude = _lambert72_transformer().transform(x, y)
    return Point(latitude, longitude)


@functools.cache
def _lambert72_transformer() -> Transformer:
    # Building a transformer costs far more than using it: one per process is enough.
    return Transformer.from_crs("EPSG:31370", "EPSG:4326", always_xy=True)


def _parse_date(raw: str, column: str, sentinel: str, errors: list[str]) -> date | None:
    if not raw or raw == sentinel:
        return None
    try:
        return datetime.strptime(raw, "%d/%m/%Y").date()
    except ValueError:
        errors.append(f'{column} "{raw}" is geen geldige datum (dd/mm/jjjj).')
        return None


def _parse_point(raw_x: str, raw_y: str, errors: list[str]) -> Point | None:
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


def _clean_kbo(raw: str, notes: list[str]) -> str:
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


def _clean_phone(raw: str, notes: list[str]) -> str:
    if not raw:
        return ""
    try:
        phone_number_validate(raw)
    except ValidationError:
        notes.append(f'telefoon "{raw}" is geen telefoonnummer: leeg gelaten')
        return ""
    return _fitting(Provider, "phone", raw, "telefoon", notes)


_MAILTO = re.compile(r"^mailto:", re.IGNORECASE)
_EMAIL_SEPARATORS = re.compile(r"[;,/\s]+")


def _clean_email(raw: str, notes: list[str]) -> str:
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
    return _fitting(Provider, "email", email, "e-mail", notes)


# Typos of a scheme that can mean one thing only: "https//x", "http:/x", "http:\\x", "https:x".
_BROKEN_SCHEME = re.compile(r"^(https?)\s*(?::?[/\\]{1,3}|:)\s*(?=[^/\\])", re.IGNORECASE)


def _clean_website(raw: str, notes: list[str]) -> str:
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
    return _fitting(Provider, "website", url, "website", notes)


def _fitting(model, name: str, value: str, column: str, notes: list[str]) -> str:
    """`value`, or empty with a note when it is longer than the field holds."""
    limit = model._meta.get_field(name).max_length
    if len(value) > limit:
        notes.append(f"{column} is langer dan {limit} tekens: leeg gelaten")
        return ""
    return value


def _check_lengths(model, fields: dict[str, tuple[str, str]], errors: list[str]) -> None:
    for column, (name, value) in fields.items():
        limit = model._meta.get_field(name).max_length
        if len(value) > limit:
            errors.append(f"{column} is langer dan {limit} tekens.")
