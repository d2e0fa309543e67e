"""Limits on the files staff upload for an import, checked before a file is parsed.

An import file may be at most `IMPORT_MAX_UPLOAD_MB` megabytes and `IMPORT_MAX_ROWS` rows (see
`.env.example`). The size is enforced while the upload arrives (`ImportSizeLimitUploadHandler`
stores nothing past the limit, so a huge file never fills the disk), the rows before the file is
read as CSV or JSON; either way staff get a Dutch message and nothing is written.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import FileUploadHandler


def max_upload_bytes() -> int:
    return settings.IMPORT_MAX_UPLOAD_MB * 1024 * 1024


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")  # Dutch thousands separator


class OversizedUpload(SimpleUploadedFile):
    """What is left of a file past the size limit: its name and its real size, no content."""

    def __init__(self, name: str, content_type: str, size: int):
        super().__init__(name, b"", content_type)
        self.size = size


class ImportSizeLimitUploadHandler(FileUploadHandler):
    """Counts an uploaded file as it arrives and stops storing it past the import size limit.

    First in `FILE_UPLOAD_HANDLERS`: chunks past the limit do not reach Django's own handlers,
    and the form receives an `OversizedUpload` that carries the size, so it can say how big.
    """

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.received = 0

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > max_upload_bytes():
            return None  # the handlers after this one store nothing more
        return raw_data

    def file_complete(self, file_size):
        if self.received > max_upload_bytes():
            return OversizedUpload(self.file_name, self.content_type, self.received)
        return None  # within the limit: Django's own handlers keep the file


def upload_size_check(upload) -> None:
    """Refuse an upload past `IMPORT_MAX_UPLOAD_MB`, saying how big it is."""
    if upload.size > max_upload_bytes():
        size_mb = upload.size / 1024 / 1024
        raise ValidationError(
            f"Dit bestand is {size_mb:.1f} MB groot".replace(".", ",")
            + f"; een import mag hoogstens {settings.IMPORT_MAX_UPLOAD_MB} MB zijn. "
            "Is dit wel het juiste bestand? Een te grote lijst kun je in delen importeren.",
            code="too_large",
        )


def row_limit_check(rows: int) -> None:
    """Refuse a file with more than `IMPORT_MAX_ROWS` rows (data rows: a header not counted)."""
    if rows > settings.IMPORT_MAX_ROWS:
        raise ValidationError(
            f"Dit bestand telt {_number(rows)} rijen; een import mag er hoogstens "
            f"{_number(settings.IMPORT_MAX_ROWS)} hebben. Splits de lijst in delen en "
            "importeer ze na elkaar.",
            code="too_many_rows",
        )


def csv_row_count(data: bytes) -> int:
    """The data rows of a CSV file, counted as lines without parsing it (CR, LF or CRLF).

    A quoted cell that spans lines counts more than once, so this is an upper bound, which is
    what a limit needs.
    """
    lines = data.count(b"\n") or data.count(b"\r")
    if data and not data.endswith((b"\n", b"\r")):
        lines += 1  # the last line has no line ending
    return max(0, lines - 1)  # without the header
