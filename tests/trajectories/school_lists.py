"""Lists of schools as they come in: the official export's 36 columns, or re-saved by a spreadsheet.

Every school here is made up (numbers from 910000), but the places, NIS codes and postcodes are
real, including the codes of municipalities from before the mergers of 1 January 2025.
"""

import csv
import io

from pyproj import Transformer

# The columns of the data-onderwijs export of institutions and their campuses, in its order.
COLUMNS = [
    "schoolnummer", "intern_vplnummer", "naam", "instellingstype", "hoofdzetel", "adres",
    "straat", "huisnummer", "busnummer", "postcode", "gemeente", "niscode", "provinciecode",
    "provincie", "VWO-vestigingsplaatscode", "crab-code", "crab-huisnr", "lx", "ly",
    "kbo-nummer", "telefoon", "fax", "e-mail", "website", "beheerder(s)", "bestuur", "clb",
    "soort instelling", "onderwijsniveau", "onderwijsvorm", "scholengemeenschap",
    "status erkenning", "taalstelsel", "net", "begindatum", "einddatum",
]  # fmt: skip

# (postcode, municipality as the file names it, NIS code in the file, latitude, longitude)
PLACES = {
    "hasselt": ("3500", "Hasselt", "71022", 50.9307, 5.3378),
    "lokeren": ("9160", "Lokeren", "46014", 51.1036, 3.9936),
    "tongeren": ("3700", "Tongeren", "73083", 50.7806, 5.4644),
    "beveren": ("9120", "Beveren", "46003", 51.2122, 4.2556),
    "bilzen": ("3740", "Bilzen", "73006", 50.8726, 5.5181),
    "tielt": ("8700", "Tielt", "37015", 50.9990, 3.3262),
    "gent": ("9000", "Gent", "44021", 51.0543, 3.7174),
    "kortrijk": ("8500", "Kortrijk", "34022", 50.8280, 3.2650),
    "aalst": ("9300", "Aalst", "41002", 50.9378, 4.0403),
}
# The municipality each of them is part of now, by NIS code.
MERGED_INTO = {
    "hasselt": "71072",
    "lokeren": "46029",
    "tongeren": "73111",
    "beveren": "46030",
    "bilzen": "73110",
    "tielt": "37022",
}

_TO_LAMBERT = Transformer.from_crs("EPSG:4326", "EPSG:31370", always_xy=True)


def lambert(latitude: float, longitude: float) -> tuple[str, str]:
    x, y = _TO_LAMBERT.transform(longitude, latitude)
    return f"{x:.2f}", f"{y:.2f}"


def school(number: int, place: str, *, campus: int = 1, level="Secundair onderwijs", **values):
    """One campus of a made-up school in a real place, as a row of the export (all 36 columns)."""
    postcode, town, nis_code, latitude, longitude = PLACES[place]
    lx, ly = lambert(latitude, longitude)
    row = dict.fromkeys(COLUMNS, " ")  # the export writes a single space for "empty"
    row.update(
        {
            "schoolnummer": str(number),
            "intern_vplnummer": str(campus),
            "naam": f"Testschool {town} {number}",
            "instellingstype": "School",
            "hoofdzetel": "True" if campus == 1 else "False",
            "adres": f"Schoolstraat {campus}, {postcode} {town}",
            "straat": "Schoolstraat",
            "huisnummer": str(campus),
            "postcode": postcode,
            "gemeente": town,
            "niscode": nis_code,
            "lx": lx,
            "ly": ly,
            "kbo-nummer": f"0{number:09d}",
            "telefoon": "011 00 00 00",
            "e-mail": f"info@testschool-{number}.example",
            "website": f"www.testschool-{number}.example",
            "onderwijsniveau": level,
            "net": "Vrij gesubsidieerd onderwijs",
            "begindatum": "01/01/0001",
            "einddatum": "31/12/4444",
        }
    )
    row.update(values)
    return row


def official(rows: list[dict], columns: list[str] = COLUMNS) -> bytes:
    """The export as downloaded: `;`, UTF-8 with a BOM, CR line endings, nothing quoted."""
    lines = [";".join(columns)] + [";".join(row.get(c, "") for c in columns) for row in rows]
    return b"\xef\xbb\xbf" + ("\r".join(lines) + "\r").encode("utf-8")


def spreadsheet(rows: list[dict], columns: list[str] | None = None) -> bytes:
    """The same list after a spreadsheet saved it: `,`, LF, no BOM, quotes where needed.

    The columns come in another order, with a column the export does not have.
    """
    columns = columns or [*reversed(COLUMNS), "opmerking van de redactie"]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=",", lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(c, "").strip() for c in columns])
    return out.getvalue().encode("utf-8")


def merged_towns() -> list[dict]:
    """One school in each of six merged municipalities, under its NIS code of before 2025."""
    return [school(910001 + i, place) for i, place in enumerate(MERGED_INTO)]


# The export as published today (fixtures/import/README.md): `onderwijsniveau` holds a code and
# `instellingstype` names the kind of institution; the newest years add two columns at the end.
PUBLISHED_COLUMNS = [*COLUMNS, "leersteuncentrum", "ingerichte hoofdstructuren"]


def published(number: int, place: str, institution_type: str, code: str, **values) -> dict:
    """One campus as the export publishes it: a level code and an institution type."""
    values.setdefault("leersteuncentrum", " ")
    values.setdefault("ingerichte hoofdstructuren", " ")
    return school(number, place, level=code, instellingstype=institution_type, **values)
