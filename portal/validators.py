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
