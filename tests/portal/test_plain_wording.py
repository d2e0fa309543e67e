"""Pages speak to employers and candidates, not about the material their facts come from.

Where a fact comes from lives in the quiet source line under it; what is uncertain is said in
one short form ("Onzeker: ..."). Remarks about the sector webinar's slides have no place in the
text a reader reads. Only /over/ tells how the content was made.
"""

import html
import re

import pytest

from qualifications.models import ProfessionalQualification
from trajectories.models import Provider, Route

pytestmark = pytest.mark.django_db

# Phrases of notes about the source material, as they stood in the content before.
SOURCE_REMARKS = [
    "webinar geeft",
    "webinar noemt",
    "webinar zegt",
    "volgens de webinar",
    "webinar spreekt",
    "webinar schrijft",
    "webinar verwijst",
    "update in de webinar",
    "dia van de webinar",
    "de dia noemt",
    "letterlijk uit de webinar",
    "(webinar",
    "webinar (2025)",
    "zegt de bron",
    "de bron zegt",
    "de bron noemt",
    "de bron verwijst",
    "zoals in de bron",
    "niet eenduidig",
    "niet gedateerd",
    "niet nagekeken.",
    "fiche 1",
]

STATIC_PAGES = [
    "/",
    "/werkgevers/",
    "/mentoren-en-kandidaten/",
    "/sector/",
    "/kwalificaties/",
    "/onderwijsmatrix/",
    "/tijdlijn/",
    "/trajecten/",
    "/contracten/",
    "/duaal-leren/",
    # Every requirement unmet: every next step and exception is on the page.
    "/duaal-leren/?controle=1",
    "/ondersteuning/",
    # Every route judged, with the reasons for and against that mention pay.
    "/routeplanner/?leeftijd=30&situatie=werkzoekend&betaald=ja&lesmoment=avond&ervaring=3",
    "/premies/",
    "/premies/?werkgever=lokaal-bestuur&opvang=bko&traject=duaal-leren-secundair",
    "/opleidingen/?plaats=Hasselt&straal=50",
    # The estimate with what is sure, under reserve, possible, and the learner's cost.
    "/premies/?werkgever=lokaal-bestuur&traject=duaal-leren-secundair&lerenden=2&maanden=10",
    "/premies/?werkgever=lokaal-bestuur&traject=secundair-onderwijs&lerenden=2&maanden=3",
    # A 17-year-old with volunteer experience: Syntra with its caveat, EVC through volunteering.
    "/routeplanner/?leeftijd=17&situatie=werkzoekend&diploma=secundair&vrijwilliger=ja",
    "/telt-dit-diploma/",
    "/telt-dit-diploma/?titel=7de-jaar-kinderzorg",
    "/telt-dit-diploma/?titel=attest-kinderbegeleider-babys-en-peuters-cvo&behaald=2021-06",
    "/opleidingen/?plaats=Gent&straal=50",
]

# The glossary: its entries are read like any content, but it is the explanation of the terms.
GLOSSARY = "/begrippen/"

SOURCE_LINES = re.compile(
    r'<p class="source-note[^"]*">.*?</p>|<div class="sources[^"]*">.*?</div>', re.DOTALL
)


def main_text(page_html: str) -> str:
    """The readable text of a page's main content, without its source lines."""
    main = page_html[page_html.index("<main") : page_html.index("</main>")]
    main = SOURCE_LINES.sub(" ", main)
    text = html.unescape(re.sub(r"<[^>]+>", " ", main))
    return " ".join(text.split()).lower()


def content_pages(*, glossary: bool = True) -> list[str]:
    return [
        *STATIC_PAGES,
        *([GLOSSARY] if glossary else []),
        *(q.get_absolute_url() for q in ProfessionalQualification.objects.published()),
        *(route.get_absolute_url() for route in Route.objects.published()),
        *(provider.get_absolute_url() for provider in Provider.objects.published()),
    ]


def test_main_text_leaves_out_the_source_lines():
    page = (
        '<main><p>Minstens 20 uur.</p><p class="source-note small">Bron: '
        '<a href="#">Webinar (niet gedateerd)</a></p>'
        '<div class="sources small">Bronnen: <a href="#">x</a></div></main>'
    )
    assert main_text(page) == "minstens 20 uur."


def test_no_content_page_remarks_on_the_source_material(client):
    pages = content_pages()
    assert len(pages) > len(STATIC_PAGES) + 20  # the real content is loaded
    found = []
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        text = main_text(response.content.decode())
        found += [(path, phrase) for phrase in SOURCE_REMARKS if phrase in text]
    assert found == []


def test_uncertain_facts_keep_their_caveat_in_one_form(client):
    contracts = main_text(client.get("/contracten/").content.decode())
    assert "onzeker: of het werkplekleren in blokperiodes kan" in contracts
    assert "onzeker: dit bedrag is niet officieel bevestigd" in contracts  # ODOS € 636,60
    syntra = main_text(client.get("/trajecten/syntra/").content.decode())
    assert "onzeker: of de 150 uur" in syntra
    adult = main_text(client.get("/trajecten/volwassenenonderwijs/").content.decode())
    assert "onzeker: welk aantal bij welke opleiding hoort" in adult
    assert "onzeker: welke lijst bij welke opleiding hoort" in adult
    premiums = main_text(client.get("/premies/").content.decode())
    assert "onzeker: het bedrag van € 100 per maand is niet officieel bevestigd" in premiums


def test_about_page_still_says_where_the_content_starts(client):
    assert "De inhoud vertrekt van de webinar" in client.get("/over/").content.decode()
