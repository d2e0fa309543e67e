"""Reading a list of schools as the files really are: bytes in, rows of clean text out.

The official export is `;`-separated UTF-8 with a BOM and CR line endings; the same list saved
again by a spreadsheet is `,`-separated with LF and no BOM. Values come with stray quotes, double
spaces and a single space for "empty". This module knows nothing about schools or places: it
only turns a file into rows, or says in Dutch why it cannot.
"""

import csv
import io
import re
from dataclasses import dataclass

from django.conf import settings

from portal.uploads import max_upload_bytes

REQUIRED_COLUMNS = ("schoolnummer", "naam", "postcode", "niscode")
DELIMITERS = (";", ",")

_SPACES = re.compile(r"\s+")
_HTML = re.compile(rb"^\s*(<!doctype|<html|<\?xml|<head|<body)", re.IGNORECASE)


class FileError(Exception):
    """The file as a whole cannot be read; `messages` say why, in Dutch."""

    def __init__(self, *messages: str):
        super().__init__(*messages)
        self.messages = list(messages)


@dataclass
class Record:
    """A data row of the file: its first line number and its cells by lowercase column name."""

    line: int
    values: dict[str, str]
    cells: int
    width: int


def clean_value(raw: str) -> str:
    """A cell as a person means it: no stray quotes, no doubled or edge spaces."""
    value = _SPACES.sub(" ", raw).strip()
    # A quote without its partner at an edge is stray ('"KBO 0267.377.629', 'Gent"'); names
    # with quotes in them ('School "De Bron"') keep them. Single quotes are Dutch ("'t Klavertje").
    if value.count('"') % 2 == 1 and (value.startswith('"') or value.endswith('"')):
        value = value.strip('"').strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        value = value[1:-1].strip()
    return value


def read_records(data: bytes) -> list[Record]:
    """The non-empty data rows of the file, or a `FileError` saying why it cannot be read."""
    # The import limit (IMPORT_MAX_UPLOAD_MB) for a file from disk too; a list of every main
    # seat of one school year is about 1 MB.
    if len(data) > max_upload_bytes():
        raise FileError(
            f"Het bestand is {len(data) / 1024 / 1024:.1f} MB: de grens is "
            f"{settings.IMPORT_MAX_UPLOAD_MB} MB. Is dit wel een lijst van scholen?"
        )
    if not data.strip():
        raise FileError("Het bestand is leeg.")
    if data.startswith(b"PK\x03\x04"):
        raise FileError(
            "Dit is een Excel- of ander gecomprimeerd bestand, geen CSV. Open het in je "
            "rekenblad en bewaar het als 'CSV (gescheiden door puntkomma's)', of laad de "
            "CSV-export op zoals je hem downloadde."
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FileError(
            "Het bestand is geen CSV-tekst in UTF-8 (onleesbare tekens vanaf byte "
            f"{error.start}). Laad de CSV-export van het onderwijsaanbod op zoals je hem "
            "downloadde, niet een Excel- of PDF-bestand."
        ) from None
    if "\x00" in text:
        raise FileError(
            "Het bestand is geen tekstbestand. Laad de CSV-export van het onderwijsaanbod op."
        )
    if _HTML.match(data.removeprefix(b"\xef\xbb\xbf")):
        raise FileError(
            "Dit is een webpagina (HTML), geen CSV-bestand: wellicht is de pagina bewaard in "
            "plaats van de download. Klik op de downloadknop van de lijst en laad dat bestand op."
        )

    delimiter = _sniff_delimiter(text)
    # newline="" lets the csv module recognise CR, LF and CRLF alike as line endings.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    line = 1
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                rows.append((line, cells))
            line = reader.line_num + 1
    except csv.Error:
        raise FileError(
            f"Het bestand is geen geldig CSV-bestand: regel {line} kan niet gelezen worden."
        ) from None
    if not rows:
        raise FileError("Het bestand is leeg.")

    columns = [clean_value(name).lower() for name in rows[0][1]]
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    if missing:
        messages = []
        if len(columns) == 1 and "\t" in rows[0][1][0]:
            messages.append(
                "De kolommen in de eerste regel zijn gescheiden door tabs. Bewaar het bestand "
                "als CSV met puntkomma's (;) of komma's (,)."
            )
        messages.extend(
            f"De verplichte kolom '{name}' ontbreekt in de eerste regel." for name in missing
        )
        raise FileError(*messages)
    if len(rows) == 1:
        raise FileError("Het bestand bevat alleen een kopregel, geen scholen.")

    width = len(columns)
    records = []
    for line, cells in rows[1:]:
        # A spreadsheet may add empty cells at the end of a row: they are no data.
        while len(cells) > width and not cells[-1].strip():
            cells = cells[:-1]
        values = dict.fromkeys(columns, "")
        # The first occurrence of a column name counts; the export does not repeat names.
        for name, cell in reversed(list(zip(columns, cells, strict=False))):
            values[name] = clean_value(cell)
        records.append(Record(line=line, values=values, cells=len(cells), width=width))
    return records


def _sniff_delimiter(text: str) -> str:
    """`;` or `,`: whichever splits the header into the known columns (the most of them)."""
    header = text.split("\n", 1)[0].split("\r", 1)[0].lower()

    def known(delimiter: str) -> int:
        names = {clean_value(name) for name in header.split(delimiter)}
        return len(names & set(REQUIRED_COLUMNS))

    return max(DELIMITERS, key=lambda d: (known(d), header.count(d)))
