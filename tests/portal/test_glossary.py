"""The glossary: every abbreviation and sector word the pages use, explained where it is first used
on a page (a link to its entry) and listed at /begrippen/ with its source and checked date."""

import re

import pytest
from django.template import Context, Template

from portal.models import Term
from tests.portal.factories import TermFactory
from tests.portal.glossary_check import unexplained_terms
from tests.portal.test_plain_wording import content_pages

pytestmark = pytest.mark.django_db

# The words the audit of 2 December 2026 found unexplained, as the pages write them.
AUDITED = [
    "OK3",
    "lestijden",
    "ODO",
    "ODOS",
    "ODO(W)",
    "ODOW",
    "WEWIS",
    "596.2",
    "kindvrije uren",
    "BKO",
    "IKA",
    "EVC",
    "Afstand is mogelijk",
]

# Pages that answer a question: the planner's and the estimate's answers use terms too.
ANSWER_PAGES = [
    "/routeplanner/?leeftijd=19&situatie=werkzoekend&diploma=ok3",
    "/routeplanner/?leeftijd=30&situatie=werkend",
    "/premies/?werkgever=lokaal-bestuur&opvang=baby-peuter&traject=duaal-leren-secundair",
    "/premies/?werkgever=privaat&opvang=bko",
    "/opleidingen/?plaats=Gent",
    "/duaal-leren/",
    "/contracten/",
    "/onderwijsmatrix/",
    "/tijdlijn/",
    "/telt-dit-diploma/",
]


def public_pages() -> list[str]:
    """Every public page but the glossary itself, which is the explanation."""
    return [*content_pages(glossary=False), *ANSWER_PAGES]


def test_every_audited_word_has_an_entry():
    written = {variant for term in Term.objects.published() for variant in term.variants}
    assert [word for word in AUDITED if word not in written] == []


def test_the_glossary_lists_each_entry_with_its_explanation_source_and_checked_date(client):
    html = client.get("/begrippen/").content.decode()
    terms = list(Term.objects.published())
    assert len(terms) >= 25
    for term in terms:
        entry = re.search(
            rf'<section class="term-entry" id="{re.escape(term.slug)}".*?</section>', html, re.S
        )
        assert entry, term.slug
        entry = entry.group(0)
        assert term.term in entry
        assert term.full_name in entry
        assert term.meaning.split("[")[0][:40] in entry.replace("&#x27;", "'")
        assert f'href="{term.source_url}"' in entry
        assert f'<time datetime="{term.checked_on.isoformat()}">' in entry
    # Told in words, and dated like every fact.
    ok3 = Term.objects.get(slug="ok3")
    assert "diploma secundair onderwijs op kwalificatieniveau 3" in html
    assert '<time datetime="2026-12-03">3 december 2026</time>' in html
    assert ok3.source_url.startswith("https://")


def test_an_entry_the_sources_do_not_spell_out_says_so_where_it_stands(client):
    html = client.get("/begrippen/").content.decode()
    wewis = re.search(r'id="wewis".*?</section>', html, re.S).group(0)
    assert "<strong>Onzeker:</strong>" in wewis
    assert "vonden we in geen openbare bron" in wewis
    # No expansion is made up for it.
    assert "· " not in wewis.split("</h2>")[0]


def test_a_draft_term_stays_off_the_glossary(client):
    TermFactory(term="Conceptwoord", slug="conceptwoord", draft=True)
    assert "Conceptwoord" not in client.get("/begrippen/").content.decode()


def test_a_staff_edit_of_a_term_is_on_the_glossary_at_once(client):
    client.get("/begrippen/")  # now in the page cache
    term = Term.objects.get(slug="lestijden")
    term.meaning = "Een nieuwe uitleg van lestijden."
    term.save()
    assert "Een nieuwe uitleg van lestijden." in client.get("/begrippen/").content.decode()


def test_the_glossary_costs_the_same_queries_with_more_terms(assert_fixed_queries):
    assert_fixed_queries("/begrippen/", lambda: TermFactory.create_batch(5))


@pytest.mark.parametrize(
    "path",
    [
        "/trajecten/duaal-leren-secundair/",  # OK3, kindvrije uren, BKO
        "/trajecten/duaal-leren-volwassenenonderwijs/",  # ODO(W), ODOS, Afstand is mogelijk
        "/trajecten/syntra/",  # WEWIS
        "/duaal-leren/",  # 596.2
    ],
)
def test_a_page_links_an_audited_word_to_its_entry_where_it_first_uses_it(client, path):
    html = client.get(path).content.decode()
    main = html[html.index("<main") :]
    links = re.findall(r'<a href="/begrippen/#([a-z0-9-]+)"[^>]*>([^<]+)</a>', main)
    assert links, path
    expected = {
        "/trajecten/duaal-leren-secundair/": {"ok3", "kindvrije-uren", "bko"},
        "/trajecten/duaal-leren-volwassenenonderwijs/": {
            "odow",
            "odos",
            "odo",
            "afstand-van-de-leervergoeding",
        },
        "/trajecten/syntra/": {"wewis"},
        "/duaal-leren/": {"596-2"},
    }[path]
    assert expected <= {slug for slug, _ in links}


def test_following_a_link_reaches_the_explanation(client):
    html = client.get("/trajecten/duaal-leren-volwassenenonderwijs/").content.decode()
    assert re.search(
        r'<a href="/begrippen/#afstand-van-de-leervergoeding"[^>]*>Afstand is mogelijk</a>', html
    )
    glossary = client.get("/begrippen/").content.decode()
    entry = re.search(r'id="afstand-van-de-leervergoeding".*?</section>', glossary, re.S).group(0)
    assert "leervergoeding helemaal of voor een deel" in entry
    assert "weigeren" in entry


def test_every_public_page_explains_each_term_where_it_first_uses_it(client):
    terms = list(Term.objects.published())
    found = {}
    for path in public_pages():
        response = client.get(path)
        assert response.status_code == 200, path
        unexplained = unexplained_terms(response.content.decode(), terms)
        if unexplained:
            found[path] = unexplained
    assert not found, "\n".join(f"{path}: {terms}" for path, terms in found.items())


def test_every_link_to_the_glossary_reaches_an_entry(client):
    slugs = set(Term.objects.published().values_list("slug", flat=True))
    broken = set()
    for path in public_pages():
        html = client.get(path).content.decode()
        broken |= {(path, s) for s in re.findall(r'href="/begrippen/#([^"]+)"', html)} - {
            (path, s) for s in slugs
        }
    assert broken == set()


def test_no_page_shows_the_markup_of_a_glossary_link(client):
    shown = [
        path for path in public_pages() if "](/begrippen/" in client.get(path).content.decode()
    ]
    assert shown == []


def test_a_term_not_yet_linked_is_found():
    terms = [TermFactory.build(term="OK3", slug="ok3"), TermFactory.build(term="ODO", slug="odo")]
    html = (
        '<main><h2>OK3</h2><p>Met een <a href="/trajecten/">OK3-traject</a> of een OK3.</p>'
        '<p><a href="/begrippen/#odo">ODO</a>, later ODO.</p></main>'
    )
    assert [line.split(":")[0] for line in unexplained_terms(html, terms)] == ["OK3 (ok3)"]
    linked = html.replace("of een OK3.", 'of een <a href="/begrippen/#ok3">OK3</a>.')
    assert unexplained_terms(linked, terms) == []


def test_odo_w_is_not_read_as_odo():
    terms = [
        TermFactory.build(term="ODO", slug="odo"),
        TermFactory.build(term="ODO(W)", slug="odow"),
    ]
    html = '<main><p><a href="/begrippen/#odow">ODO(W)</a></p></main>'
    assert unexplained_terms(html, terms) == []


def render(source: str, **context) -> str:
    return Template("{% load portal_tags %}" + source).render(Context(context))


def test_plain_text_links_its_glossary_links_and_escapes_the_rest():
    text = "Met een [OK3](/begrippen/#ok3) <script>x</script> [elders](https://example.org/)"
    html = render("{{ text|term_links }}", text=text)
    assert '<a href="/begrippen/#ok3">OK3</a>' in html
    assert "&lt;script&gt;" in html
    assert "<script>" not in html
    assert "[elders](https://example.org/)" in html  # only glossary links become links


def test_a_place_that_cannot_hold_a_link_keeps_the_words():
    assert render("{{ text|term_text }}", text="In een [CVO](/begrippen/#cvo).") == "In een CVO."


def test_the_term_tag_links_to_the_entry():
    assert render('{% term "bko" "BKO" %}') == '<a href="/begrippen/#bko">BKO</a>'


def test_a_term_spelled_out_right_before_it_is_explained_in_the_text():
    terms = [TermFactory.build(term="IKA", slug="ika", full_name="structureel instroomkanaal")]
    assert (
        unexplained_terms("<main><p>Structureel instroomkanaal (IKA) via VIVO</p></main>", terms)
        == []
    )
    assert unexplained_terms("<main><p>Een IKA via VIVO</p></main>", terms) != []


def test_plain_data_gets_its_word_linked_once_where_it_is_shown():
    html = render('{{ text|term_link:"lestijden" }}', text="720 lestijden <b>, 680 lestijden")
    assert html == '720 <a href="/begrippen/#lestijden">lestijden</a> &lt;b&gt;, 680 lestijden'
    assert render('{{ text|term_link:"lestijden" }}', text="Tien maanden") == "Tien maanden"
