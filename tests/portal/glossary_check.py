"""Which abbreviations and sector words a page uses before it explains them.

A page explains a term where it first uses it by linking that use to the term's entry in the
glossary (`/begrippen/#<slug>`). The first use in the page's running text must be that link. Not
running text: another link (which cannot hold a second one), a heading or table header (which
names; "ODOS" above "Overeenkomst van duale opleiding statuut"), navigation (the breadcrumb), the
choices of a form field (an option cannot hold a link: its words say what it means).
"""

import re
from html.parser import HTMLParser

# Text in these elements is not running text: not shown, naming, or not able to hold a link.
SKIPPED = {"script", "style", "title", "template", "textarea", "option", "nav", "th"}
SKIPPED |= {f"h{level}" for level in range(1, 7)}


def term_pattern(terms) -> re.Pattern:
    """One pattern for every way the pages write every term, longest first ("ODO(W)" before "ODO").

    Abbreviations (a capital or a digit) match as written; words also with a capital first letter.
    """
    variants = []
    for term in terms:
        for variant in term.variants:
            variants.append((variant, term.slug))
    variants.sort(key=lambda pair: len(pair[0]), reverse=True)
    alternatives = []
    for variant, slug in variants:
        text = re.escape(variant)
        if variant.islower():
            text = f"[{variant[0].upper()}{variant[0]}]{re.escape(variant[1:])}"
        alternatives.append(f"(?P<{_group(slug)}_{len(alternatives)}>{text})")
    # Not a code that starts with a term: "BK-0498-2" is a dossier number, not a use of "BK".
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w]|-\d)")


def _group(slug: str) -> str:
    return "t_" + re.sub(r"\W", "_", slug)


class _FirstUses(HTMLParser):
    def __init__(self, pattern, slugs, full_names):
        super().__init__(convert_charrefs=True)
        self.pattern, self.slugs, self.full_names = pattern, slugs, full_names
        self.in_main = 0
        self.skipped = 0
        self.link = None  # the href of the link the text is in
        self.first: dict[str, tuple[str, bool]] = {}
        self.context: dict[str, str] = {}  # around a first use that is not linked

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self.in_main += 1
        elif tag in SKIPPED:
            self.skipped += 1
        elif tag == "a":
            self.link = dict(attrs).get("href") or ""

    def handle_endtag(self, tag):
        if tag == "main":
            self.in_main -= 1
        elif tag in SKIPPED:
            self.skipped -= 1
        elif tag == "a":
            self.link = None

    def handle_data(self, data):
        if not self.in_main or self.skipped:
            return
        for match in self.pattern.finditer(data):
            name = next(key for key, value in match.groupdict().items() if value)
            slug = self.slugs[name.rsplit("_", 1)[0]]
            if slug in self.first:
                continue
            if self.link is None:
                # "Structureel instroomkanaal (IKA)": explained in the text itself.
                full_name = self.full_names.get(slug, "")
                before = data[: match.start()].rstrip(" (").lower()
                explained = bool(full_name) and before.endswith(full_name.lower())
                self.first[slug] = (match.group(0), explained)
                self.context[slug] = data[max(0, match.start() - 60) : match.end() + 20]
            elif self.link.startswith("/begrippen/"):
                self.first[slug] = (match.group(0), self.link == f"/begrippen/#{slug}")


def unexplained_terms(html: str, terms) -> list[str]:
    """The terms whose first use on the page (outside other links) is not linked to its entry."""
    terms = list(terms)
    slugs = {_group(term.slug): term.slug for term in terms}
    full_names = {term.slug: term.full_name for term in terms}
    parser = _FirstUses(term_pattern(terms), slugs, full_names)
    parser.feed(html)
    return sorted(
        f"{written} ({slug}): …{' '.join(parser.context[slug].split())}…"
        for slug, (written, ok) in parser.first.items()
        if not ok
    )
