"""A route's name inside a sentence of a page."""

import pytest


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Secundair onderwijs", "secundair onderwijs"),
        ("Syntra", "Syntra"),
        ("EVC-traject", "EVC-traject"),
        ("", ""),
    ],
)
def test_a_name_inside_a_sentence_keeps_proper_names_and_abbreviations(name, shown):
    from portal.templatetags.portal_tags import in_sentence

    assert in_sentence(name) == shown
