"""Matching the rows of a list of schools to what they mean: a level, a place, clean values.

A row is one campus (vestigingsplaats) of a school. Its place comes from its NIS code; a code
from before the mergers of 1 January 2025 resolves to the merged municipality, and a code that
is still unknown falls back on the postcode. Both are notes for staff, not errors.
"""

import re
from dataclasses import dataclass
from datetime import date

from portal.geo import Point, normalize_place_name
from portal.models import FormerNisCode, Municipality, PostalLocality
from trajectories.models import Location, Provider
from trajectories.services.schools.reading import Record
from trajectories.services.schools.report import Action, RowResult
from trajectories.services.schools.values import (
    date_parse,
    email_clean,
    kbo_clean,
    lengths_check,
    phone_clean,
    point_parse,
    value_fitting,
    website_clean,
)

# The export marks "no start date" and "no end date" with these two impossible dates.
NO_START = "01/01/0001"
NO_END = "31/12/4444"

_DIGITS = re.compile(r"^\d+$")
# Lists without an official export name a provider by a code of their own: SYNTRA-GENT-1.
_OWN_CODE = re.compile(r"^[A-Z]+-[0-9A-Z-]+$")
_POSTCODE = re.compile(r"^\d{4}$")


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
    """The geography an import needs, read in three queries and held in memory for every row."""

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
    end = date_parse(values.get("einddatum", ""), "einddatum", NO_END, errors)
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
    date_parse(values.get("begindatum", ""), "begindatum", NO_START, errors)

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

    point = point_parse(values.get("lx", ""), values.get("ly", ""), errors)
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
        "kbo_number": kbo_clean(values.get("kbo-nummer") or values.get("kbo_nummer", ""), notes),
        "phone": phone_clean(values.get("telefoon", ""), notes),
        "email": email_clean(values.get("e-mail", ""), notes),
        "website": website_clean(values.get("website", ""), notes),
        "education_level": value_fitting(
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
    lengths_check(
        Provider,
        {"schoolnummer": ("school_number", number), "naam": ("name", name)},
        errors,
    )
    lengths_check(
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
