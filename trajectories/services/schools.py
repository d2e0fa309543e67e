"""Import of the official list of schools: the "onderwijsaanbod" export of Onderwijs Vlaanderen.

The export is a `;`-separated CSV in UTF-8 with a BOM and CR line endings. Each row is one
school (instelling) with its address, its Lambert 72 coordinates and the dates it was active.
Staff preview an import (dry run) before they confirm it, and an import writes all or nothing.
"""

import csv
import functools
import io
import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import transaction
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.text import slugify
from pyproj import Transformer

from portal.geo import Point
from portal.models import Municipality
from trajectories.models import Location, Provider

ONDERWIJSAANBOD_URL = "https://data-onderwijs.vlaanderen.be/onderwijsaanbod/"
SOURCE_NAME = "Onderwijs Vlaanderen, open data onderwijsaanbod"
REQUIRED_COLUMNS = ("schoolnummer", "naam", "postcode", "niscode")
# The export marks "no start date" and "no end date" with these two impossible dates.
NO_START = "01/01/0001"
NO_END = "31/12/4444"
# Belgium with a margin; the same box as the database constraint on Location.
LATITUDE_RANGE = (49.4, 51.6)
LONGITUDE_RANGE = (2.5, 6.5)

_DIGITS = re.compile(r"^\d+$")
_POSTCODE = re.compile(r"^\d{4}$")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_validate_url = URLValidator(schemes=["http", "https"])


class Action(StrEnum):
    """What an import does, or would do, with one row."""

    NEW = "nieuw"
    CHANGED = "gewijzigd"
    UNCHANGED = "ongewijzigd"
    SKIPPED = "overgeslagen"
    ERROR = "fout"


@dataclass
class RowResult:
    """One row of the file: what happens to it, and why not if it cannot be imported."""

    line: int
    school_number: str
    name: str
    action: Action | None = None
    errors: list[str] = field(default_factory=list)
    note: str = ""


@dataclass
class ImportReport:
    """What an import found in the file and did (or, in a dry run, would do) with each row."""

    dry_run: bool
    rows: list[RowResult] = field(default_factory=list)
    file_errors: list[str] = field(default_factory=list)
    # Unchanged schools whose source or check date was brought up to date.
    rechecked: int = 0

    @property
    def has_errors(self) -> bool:
        return bool(self.file_errors) or any(row.errors for row in self.rows)

    @property
    def totals(self) -> dict[str, int]:
        """Rows per action, every action listed (also with 0), in the order of `Action`."""
        counts = {str(action): 0 for action in Action}
        for row in self.rows:
            if row.action:
                counts[row.action] += 1
        return counts

    @property
    def error_messages(self) -> list[str]:
        """Every error in Dutch, the file's own first, then per row with its line number."""
        messages = list(self.file_errors)
        for row in self.rows:
            label = f"Regel {row.line}"
            if row.school_number:
                label += f" (schoolnummer {row.school_number})"
            messages.extend(f"{label}: {error}" for error in row.errors)
        return messages

    @property
    def summary(self) -> str:
        if self.file_errors:
            return "Het bestand kan niet gelezen worden; er is niets geïmporteerd."
        totals = self.totals
        counts = ", ".join(
            f"{totals[action]} {action}" for action in Action if action != Action.ERROR
        )
        text = f"{len(self.rows)} scholen in het bestand: {counts}."
        if self.has_errors:
            wrong = totals[Action.ERROR]
            rows = "rij bevat" if wrong == 1 else "rijen bevatten"
            return f"{text} {wrong} {rows} fouten; er is niets geïmporteerd."
        if self.dry_run:
            return f"{text} Voorvertoning: er is nog niets opgeslagen."
        if self.rechecked:
            text += (
                f" Bij {self.rechecked} ongewijzigde scholen zijn de bron en de controledatum "
                "bijgewerkt."
            )
        return text


def lambert72_to_wgs84(x: float, y: float) -> Point:
    """The WGS84 point (GPS, web maps) of Belgian Lambert 72 coordinates (EPSG:31370) in metres."""
    longitude, latitude = _lambert72_transformer().transform(x, y)
    return Point(latitude, longitude)


@functools.cache
def _lambert72_transformer() -> Transformer:
    # Building a transformer costs far more than using it: one per process is enough.
    return Transformer.from_crs("EPSG:31370", "EPSG:4326", always_xy=True)


@transaction.atomic
def providers_import(
    *, data: bytes, source_url: str, checked_on: date, dry_run: bool
) -> ImportReport:
    """Create or update a school and its location for every row of an onderwijsaanbod export.

    Schools are matched by `schoolnummer`, so importing a newer export updates them instead of
    adding them twice. Nothing is written when any row has an error (the report lists them all),
    nor in a dry run; a file that cannot be read is reported, never raised. Rows whose
    `einddatum` lies in the past are skipped: those schools are no longer active.

    New schools are published, unverified; an update leaves status, kind, slug and verification
    as staff left them, because staff may have corrected or hidden a school on purpose.
    """
    report = ImportReport(dry_run=dry_run)
    try:
        records = _read_records(data)
    except _FileError as error:
        report.file_errors.extend(error.messages)
        return report

    municipalities = {m.nis_code: m for m in Municipality.objects.all()}
    today = timezone.localdate()
    first_line: dict[str, int] = {}
    schools: list[tuple[RowResult, _School]] = []
    for record in records:
        line, values = record.line, record.values
        row = RowResult(line=line, school_number=values["schoolnummer"], name=values["naam"])
        report.rows.append(row)
        school = _clean(record, row, municipalities, today)
        if row.action == Action.SKIPPED:
            continue
        number = row.school_number
        if number in first_line:
            row.errors.append(f"schoolnummer {number} staat ook op regel {first_line[number]}.")
        elif number:
            first_line[number] = line
        if row.errors:
            row.action = Action.ERROR
        else:
            schools.append((row, school))

    existing = {
        provider.school_number: provider
        for provider in Provider.objects.filter(school_number__isnull=False).prefetch_related(
            Prefetch("locations", queryset=Location.objects.order_by("pk"))
        )
    }
    for row in report.rows:
        if row.action == Action.SKIPPED and row.school_number in existing:
            # The import never removes a school: staff decide whether to unpublish it.
            row.note += "; staat nog in het portaal: zet de school op concept als ze dicht is"
    plans = [_plan(row, school, existing.get(school.number)) for row, school in schools]
    provenance = {"source_url": source_url, "source_name": SOURCE_NAME, "checked_on": checked_on}
    rechecked = [
        plan.provider.pk
        for plan in plans
        if plan.row.action == Action.UNCHANGED
        and any(getattr(plan.provider, name) != value for name, value in provenance.items())
    ]
    report.rechecked = len(rechecked)
    if dry_run or report.has_errors:
        return report

    _write(plans, provenance)
    if rechecked:
        # Their content is confirmed as it is: only the provenance moves on, in one query.
        Provider.objects.filter(pk__in=rechecked).update(**provenance)
    return report


class _FileError(Exception):
    def __init__(self, *messages: str):
        super().__init__(*messages)
        self.messages = list(messages)


def _read_records(data: bytes) -> list["_Record"]:
    """The non-empty data rows of the file, or a `_FileError` saying why it cannot be read."""
    if not data.strip():
        raise _FileError("Het bestand is leeg.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _FileError(
            "Het bestand is geen CSV-tekst in UTF-8 (onleesbare tekens vanaf byte "
            f"{error.start}). Laad de CSV-export van het onderwijsaanbod op zoals je hem "
            "downloadde, niet een Excel- of PDF-bestand."
        ) from None
    if "\x00" in text:
        raise _FileError(
            "Het bestand is geen tekstbestand. Laad de CSV-export van het onderwijsaanbod op."
        )

    # newline="" lets the csv module recognise CR, LF and CRLF alike as line endings.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";")
    rows: list[tuple[int, list[str]]] = []
    line = 1
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                rows.append((line, cells))
            line = reader.line_num + 1
    except csv.Error:
        raise _FileError(
            f"Het bestand is geen geldig CSV-bestand: regel {line} kan niet gelezen worden."
        ) from None
    if not rows:
        raise _FileError("Het bestand is leeg.")

    header = rows[0][1]
    columns = [name.strip().lower() for name in header]
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    if missing:
        messages = []
        if len(columns) == 1 and ("," in header[0] or "\t" in header[0]):
            messages.append(
                "De kolommen in de eerste regel zijn niet gescheiden door een puntkomma (;). "
                "Is dit wel de CSV-export van het onderwijsaanbod?"
            )
        messages.extend(
            f"De verplichte kolom '{name}' ontbreekt in de eerste regel." for name in missing
        )
        raise _FileError(*messages)
    if len(rows) == 1:
        raise _FileError("Het bestand bevat alleen een kopregel, geen scholen.")

    width = len(columns)
    records = []
    for line, cells in rows[1:]:
        values = dict.fromkeys(columns, "")
        # The first occurrence of a column name counts; the export does not repeat names.
        for name, cell in reversed(list(zip(columns, cells, strict=False))):
            values[name] = cell.strip()
        records.append(_Record(line=line, values=values, cells=len(cells), width=width))
    return records


@dataclass
class _Record:
    """A data row of the file: its first line number and its cells by lowercase column name."""

    line: int
    values: dict[str, str]
    cells: int
    width: int


@dataclass
class _School:
    """The clean values of one row, named after the model fields they go to."""

    number: str
    provider: dict
    location: dict
    slug_name: str


@dataclass
class _Plan:
    row: RowResult
    school: _School
    provider: Provider | None
    location: Location | None


def _clean(record: _Record, row: RowResult, municipalities: dict, today: date) -> "_School | None":
    """Check one row; add its errors to `row`, or mark it skipped when the school has closed."""
    values, errors = record.values, row.errors
    end = _parse_date(values.get("einddatum", ""), "einddatum", NO_END, errors)
    if end is not None and end < today:
        row.action = Action.SKIPPED
        row.note = f"niet meer actief (einddatum {end:%d/%m/%Y})"
        return None
    _parse_date(values.get("begindatum", ""), "begindatum", NO_START, errors)
    if record.cells != record.width:
        # Too few or too many cells: the values may sit under the wrong column.
        errors.append(
            f"heeft {record.cells} velden in plaats van {record.width}: staat er een puntkomma "
            "te veel of te weinig?"
        )

    number = values["schoolnummer"]
    if not number:
        errors.append("schoolnummer ontbreekt.")
    elif not _DIGITS.match(number):
        errors.append(f'schoolnummer "{number}" bestaat niet alleen uit cijfers.')
    name = values["naam"]
    if not name:
        errors.append("naam is leeg.")
    postcode = values["postcode"]
    if not _POSTCODE.match(postcode):
        errors.append(
            f'postcode "{postcode}" is geen postcode van 4 cijfers.'
            if postcode
            else "postcode ontbreekt."
        )

    nis_code = values["niscode"]
    municipality = municipalities.get(nis_code)
    if municipality is None:
        place = values.get("gemeente") or "niet ingevuld"
        errors.append(
            f'niscode "{nis_code}" is geen gemeente die we kennen (gemeente in het bestand: '
            f"{place}). Sinds 1 januari 2025 hebben gefusioneerde gemeenten een nieuwe code."
            if nis_code
            else "niscode ontbreekt."
        )

    point = _parse_point(values.get("lx", ""), values.get("ly", ""), errors)
    is_approximate = point is None
    if is_approximate and municipality is not None:
        point = Point(municipality.latitude, municipality.longitude)
        row.note = "geen coördinaten: ligging is het centrum van de gemeente"

    provider = {
        "name": name,
        "kbo_number": values.get("kbo-nummer", ""),
        "phone": values.get("telefoon", ""),
        "email": _clean_email(values.get("e-mail", ""), errors),
        "website": _clean_website(values.get("website", ""), errors),
        "education_level": values.get("onderwijsniveau", ""),
    }
    location = {
        "street": values.get("straat", ""),
        "house_number": values.get("huisnummer", ""),
        "postcode": postcode,
        "municipality_id": municipality.pk if municipality else None,
        "latitude": round(point.latitude, 6) if point else None,
        "longitude": round(point.longitude, 6) if point else None,
        "is_approximate": is_approximate,
    }
    _check_lengths(
        Provider,
        {
            "schoolnummer": ("school_number", number),
            "naam": ("name", name),
            "kbo-nummer": ("kbo_number", provider["kbo_number"]),
            "telefoon": ("phone", provider["phone"]),
            "website": ("website", provider["website"]),
            "onderwijsniveau": ("education_level", provider["education_level"]),
        },
        errors,
    )
    _check_lengths(
        Location,
        {
            "straat": ("street", location["street"]),
            "huisnummer": ("house_number", location["house_number"]),
        },
        errors,
    )
    return _School(number=number, provider=provider, location=location, slug_name=name)


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


def _clean_email(raw: str, errors: list[str]) -> str:
    if not raw:
        return ""
    try:
        validate_email(raw)
    except ValidationError:
        errors.append(f'e-mail "{raw}" is geen geldig e-mailadres.')
    return raw


def _clean_website(raw: str, errors: list[str]) -> str:
    """The website as a full address: the export often leaves out "https://"."""
    if not raw:
        return ""
    url = raw if _SCHEME.match(raw) else f"https://{raw}"
    try:
        _validate_url(url)
    except ValidationError:
        errors.append(f'website "{raw}" is geen geldig webadres.')
    return url


def _check_lengths(model, fields: dict[str, tuple[str, str]], errors: list[str]) -> None:
    for column, (name, value) in fields.items():
        limit = model._meta.get_field(name).max_length
        if len(value) > limit:
            errors.append(f"{column} is langer dan {limit} tekens.")


def _plan(row: RowResult, school: _School, provider: Provider | None) -> _Plan:
    """Decide the row's action by comparing the file with what the database holds."""
    if provider is None:
        row.action = Action.NEW
        return _Plan(row, school, None, None)
    locations = list(provider.locations.all())
    location = locations[0] if locations else None
    changed = _differs(provider, school.provider) or location is None
    changed = changed or _differs(location, school.location)
    row.action = Action.CHANGED if changed else Action.UNCHANGED
    return _Plan(row, school, provider, location)


def _differs(obj, values: dict) -> bool:
    return any(getattr(obj, name) != value for name, value in values.items())


def _write(plans: list[_Plan], provenance: dict) -> None:
    new = [plan for plan in plans if plan.row.action == Action.NEW]
    if new:
        taken = set(Provider.objects.values_list("slug", flat=True))
        providers = Provider.objects.bulk_create(
            Provider(
                slug=_unique_slug(plan.school.slug_name, plan.school.number, taken),
                school_number=plan.school.number,
                kind=Provider.Kind.SCHOOL,
                status=Provider.Status.PUBLISHED,
                is_verified=False,
                **plan.school.provider,
                **provenance,
            )
            for plan in new
        )
        Location.objects.bulk_create(
            Location(provider=provider, **plan.school.location)
            for provider, plan in zip(providers, new, strict=True)
        )

    for plan in plans:
        if plan.row.action != Action.CHANGED:
            continue
        if _differs(plan.provider, plan.school.provider | provenance):
            _assign(plan.provider, plan.school.provider | provenance).save()
        if plan.location is None:
            Location.objects.create(provider=plan.provider, **plan.school.location)
        elif _differs(plan.location, plan.school.location):
            _assign(plan.location, plan.school.location).save()


def _assign(obj, values: dict):
    for name, value in values.items():
        setattr(obj, name, value)
    return obj


def _unique_slug(name: str, number: str, taken: set[str]) -> str:
    """`<name>-<schoolnummer>`, cut to fit the field; a suffix only if staff took it already."""
    limit = Provider._meta.get_field("slug").max_length
    suffix = f"-{number}"
    base = slugify(name)[: limit - len(suffix) - 4].strip("-") or "school"
    slug, counter = f"{base}{suffix}", 2
    while slug in taken:
        slug, counter = f"{base}{suffix}-{counter}", counter + 1
    taken.add(slug)
    return slug
