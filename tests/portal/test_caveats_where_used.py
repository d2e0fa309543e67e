"""Each uncertain fact shows its caveat on every page that uses it, before any answer is given.

The uncertain facts are those the source outline marks as unverified, ambiguous or contradicted.
Every content page is read (the self-check without answers); where the fact is on a page, its
caveat must be on that page too.
"""

import re

import pytest

from tests.portal.test_plain_wording import content_pages, main_text

pytestmark = pytest.mark.django_db

# (what the fact looks like in a page's text, what its caveat says), lowercase.
UNCERTAIN_FACTS = [
    (r"begeleidingspremie voor kinderdagverblijven", "niet officieel bevestigd"),
    (
        r"hoogstens 2 leerlingen|2 leerlingen tegelijk",
        "deze aantallen zijn niet officieel bevestigd",
    ),
    (r"minstens 25 jaar", "minimumleeftijd verlagen tot 23 jaar"),
    (r"binnen 14 dagen", "niet officieel bevestigd"),
    (r"€ 4,44", "€ 4,27"),
    (r"€ 636,60", "niet officieel bevestigd"),
    (r"€ 612,50", "geen officiële pagina bevestigt deze bedragen"),
    (r"dossier (461|1762)", "onzeker"),
    (r"370 of 330 lestijden", "welk aantal bij welke opleiding hoort"),
    (r"150 uur stage", "of de 150 uur"),
    (r"onder voorbehoud voor duaal leren in het secundair onderwijs", "decreetswijziging"),
    (r"minstens 18 jaar", "geen officiële pagina bevestigt de minimumleeftijd van 18 jaar"),
    (r"tweede cohort van het 7de jaar", "afgeleid, niet letterlijk in de bron"),
    (r"€ 728,70 per maand", "geen officiële pagina bevestigt deze bedragen"),
    (r"hoger onderwijs zou verplicht worden", "een officiële bron bevestigt het niet"),
    (r"ondersteuningspremie duaal leren", "2024-2025"),
]


def test_every_page_that_uses_an_uncertain_fact_shows_its_caveat(client):
    missing = []
    used = set()
    for path in content_pages():
        response = client.get(path)
        assert response.status_code == 200, path
        text = main_text(response.content.decode())
        for fact, caveat in UNCERTAIN_FACTS:
            if re.search(fact, text):
                used.add(fact)
                if caveat not in text:
                    missing.append((path, fact))
    assert missing == [], "\n".join(f"{p}: {f}" for p, f in missing)
    # Each fact is on at least one page, so none of these checks is empty.
    assert used == {fact for fact, _caveat in UNCERTAIN_FACTS}
