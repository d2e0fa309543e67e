"""Validators for what people type: a phone number that can be dialled, text without markup.

Everything shown on a public page is escaped anyway; refusing markup here tells the person
at once that a tag will not work, instead of showing it to readers as literal text.
"""

import re

from django.core.exceptions import ValidationError

# Belgian numbers as people write them: 09 123 45 67, 050/33.34.50, +32 470 12 34 56, 0032 ...
_PHONE_SEPARATORS = re.compile(r"[\s./()\-]")
_PHONE_NATIONAL = re.compile(r"^0[1-9]\d{7,8}$")
_PHONE_INTERNATIONAL = re.compile(r"^(\+|00)[1-9]\d{7,13}$")
_MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z!]|javascript:", re.IGNORECASE)


def phone_number_validate(value: str) -> None:
    """A number of 9 or 10 digits starting with 0, or an international one with + or 00."""
    digits = _PHONE_SEPARATORS.sub("", value)
    if not (_PHONE_NATIONAL.match(digits) or _PHONE_INTERNATIONAL.match(digits)):
        raise ValidationError(
            "Dit is geen telefoonnummer dat we kunnen bellen. Schrijf het bv. als 09 123 45 67 "
            "of +32 470 12 34 56.",
            code="invalid_phone",
        )


def plain_text_validate(value: str) -> None:
    """No HTML tags or script links: the field is shown as plain text."""
    if _MARKUP.search(value or ""):
        raise ValidationError(
            "Gebruik hier geen HTML-code of scripts (tekens als < en >): dit veld toont gewone "
            "tekst.",
            code="markup",
        )


_KBO_SEPARATORS = re.compile(r"[\s.\-]")


def kbo_number_normalize(value: str) -> str:
    """'BE 0267.377.629', '267377629' and '0267 377 629' become '0267.377.629' (digits kept as
    typed when they are not a number of 9 or 10 digits: the validator says why)."""
    digits = _KBO_SEPARATORS.sub("", value or "").upper().removeprefix("BE")
    if len(digits) == 9 and digits.isdigit():
        digits = "0" + digits
    if len(digits) == 10 and digits.isdigit():
        return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"
    return (value or "").strip()


def kbo_number_validate(value: str) -> None:
    """An enterprise number of the KBO: ten digits starting with 0 or 1, whose last two are
    97 minus the first eight modulo 97 (the check digits)."""
    digits = _KBO_SEPARATORS.sub("", value or "").upper().removeprefix("BE")
    if len(digits) == 9:
        digits = "0" + digits
    if not (len(digits) == 10 and digits.isdigit() and digits[0] in "01"):
        raise ValidationError(
            "Een KBO-nummer heeft tien cijfers en begint met 0 of 1, bv. 0267.377.629.",
            code="kbo_format",
        )
    if 97 - int(digits[:8]) % 97 != int(digits[8:]):
        raise ValidationError(
            "Dit KBO-nummer klopt niet: de laatste twee cijfers (het controlegetal) passen niet "
            "bij de eerste acht. Kijk het na in de KBO (kbopub.economie.fgov.be).",
            code="kbo_check_digits",
        )
