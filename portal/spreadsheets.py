"""CSV that is safe to open in a spreadsheet: what a cell's first character makes it do.

A spreadsheet reads a cell that starts with `=`, `+`, `-` or `@` (and, in some, a tab or a
carriage return) as a formula, and runs it: text that a provider proposed or an import brought
(`=HYPERLINK(...)`) would run in the sheet of whoever opens the export (CSV injection, OWASP).
And a cell that starts with an apostrophe loses it: the spreadsheet takes it for "this is text"
and hides it, so "'s Avonds" shows as "s Avonds".

Both are one rule about the first character: such a cell gets an apostrophe in front. The
spreadsheet hides that apostrophe and shows the cell as the text it is. A tool that reads the CSV
as data sees the apostrophe; the JSON export is for tools, and stays exact.
"""

import csv
import io

from django.http import HttpResponse

# The first characters a spreadsheet treats specially (OWASP's list, and the apostrophe).
SPECIAL_FIRST_CHARACTERS = ("=", "+", "-", "@", "\t", "\r", "'")


def spreadsheet_cell(value):
    """`value` as a spreadsheet should show it; values that are not text are left alone."""
    if isinstance(value, str) and value.startswith(SPECIAL_FIRST_CHARACTERS):
        return "'" + value
    return value


class SpreadsheetDictWriter(csv.DictWriter):
    """`csv.DictWriter` whose every cell goes through `spreadsheet_cell`."""

    def writerow(self, rowdict):
        return super().writerow({key: spreadsheet_cell(value) for key, value in rowdict.items()})


def csv_download(rows, *, fieldnames: list[str], filename: str) -> HttpResponse:
    """`rows` as a CSV download that opens correctly in Excel in Belgium: UTF-8 with a BOM, `;`
    between fields, a decimal comma in the distance (`afstand_km`), and no cell a spreadsheet
    would run."""
    buffer = io.StringIO()
    writer = SpreadsheetDictWriter(
        buffer, fieldnames=fieldnames, delimiter=";", lineterminator="\r\n"
    )
    writer.writeheader()
    for row in rows:
        if row.get("afstand_km") is not None:
            row["afstand_km"] = f"{row['afstand_km']:.1f}".replace(".", ",")
        writer.writerow(row)
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
