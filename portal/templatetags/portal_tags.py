"""Template filters of the site shell."""

import functools
import hashlib
import re
from urllib.parse import urlsplit

import markdown as markdown_lib
import nh3
from crispy_forms.templatetags.crispy_forms_filters import as_crispy_field
from django import template
from django.urls import reverse
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.text import slugify

from portal import dates
from portal.caching import cached_content
from portal.text import format_euro

register = template.Library()

# What staff may use in Markdown. Everything else (script, style, on* attributes) is stripped.
ALLOWED_TAGS = {"p", "br", "strong", "em", "ul", "ol", "li", "a", "h3", "h4", "blockquote", "q"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}


@register.filter
def markdown(text: str) -> str:
    """Staff-written Markdown as sanitised HTML: safe to show whatever was typed."""
    return mark_safe(_sanitised_html(text or ""))  # sanitised by nh3 in _sanitised_html


# The same few texts are rendered on every page that shows them, and converting one builds a whole
# Markdown parser: each text's HTML is kept in this process (the premium estimate, which renders
# every premium's text, is 30% faster for it). A changed text is another key.
@functools.lru_cache(maxsize=1024)
def _sanitised_html(text: str) -> str:
    html = markdown_lib.markdown(text, output_format="html")
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"https", "http", "mailto"},
        link_rel="noopener",
    )


@register.simple_tag
def term(slug: str, label: str) -> str:
    """`label` linked to its entry in the glossary: `{% term "ok3" "OK3" %}`.

    For the first time a page uses an abbreviation or sector word; staff text does the same with
    a Markdown link to `/begrippen/#<slug>`.
    """
    return format_html('<a href="{}#{}">{}</a>', _terms_url(), slug, label)


@functools.cache
def _terms_url() -> str:
    return reverse("portal:terms")


# A glossary link in a plain-text field, as staff write it in Markdown: "[OK3](/begrippen/#ok3)".
TERM_LINK = re.compile(r"\[([^\[\]\n]{1,80})\]\(/begrippen/#([a-z0-9-]{1,60})\)")


@register.filter(needs_autoescape=True)
def term_links(text, autoescape=True) -> str:
    """Plain text (escaped) whose glossary links become links; no other Markdown is read."""
    escaped = conditional_escape(text or "") if autoescape else (text or "")
    return mark_safe(  # escaped above; the link's parts are matched by TERM_LINK
        TERM_LINK.sub(lambda m: f'<a href="{_terms_url()}#{m[2]}">{m[1]}</a>', str(escaped))
    )


@register.filter(needs_autoescape=True)
def term_link(text, word: str, autoescape=True) -> str:
    """Plain text with the first use of `word` linked to its glossary entry (its slug is the
    word's): for data that stays plain because a service reads it, such as "720 lestijden"."""
    escaped = str(conditional_escape(text or "") if autoescape else (text or ""))
    found = re.search(rf"(?<![\w-]){re.escape(str(conditional_escape(word)))}(?!\w)", escaped)
    if not found:
        return mark_safe(escaped)  # escaped above
    link = f'<a href="{_terms_url()}#{slugify(word)}">{found[0]}</a>'
    return mark_safe(escaped[: found.start()] + link + escaped[found.end() :])  # escaped above


@register.filter
def term_text(text) -> str:
    """Plain text with its glossary links reduced to their words, for places that cannot hold a
    link (inside a card that is a link, a form's choice)."""
    return TERM_LINK.sub(lambda m: m[1], text or "")


# Names that keep their capital inside a sentence ("voor Syntra", not "voor syntra").
PROPER_NAMES = frozenset({"Syntra"})


@register.filter
def in_sentence(name) -> str:
    """A name as it reads inside a sentence: its first letter lower case ("voor secundair
    onderwijs"), unless its first word is a proper name or an abbreviation ("voor Syntra")."""
    text = str(name or "")
    first = text.split(" ", 1)[0]
    if not text or first in PROPER_NAMES or first[1:2].isupper():
        return text
    return text[0].lower() + text[1:]


@register.filter
def attribute_values(items, name: str) -> list:
    """[item.<name> for item in items], for handing related objects to a partial."""
    return [getattr(item, name) for item in items]


@register.filter
def distinct_sources(items) -> list:
    """One item per distinct (source link, checked date), in first-seen order."""
    seen = {}
    for item in items:
        seen.setdefault((item.source_url, item.checked_on), item)
    return list(seen.values())


@register.filter
def day(value) -> str:
    """'1 september 2026' (Django's `date:"j F Y"` in Dutch, without its format machinery)."""
    return dates.day_label(value) if value else ""


@register.filter
def is_past(value) -> bool:
    """Whether a date lies before today (pages are cached per day, so this holds all day)."""
    from django.utils import timezone

    return bool(value) and value < timezone.localdate()


@register.filter
def url_host(value) -> str:
    """'go-tahalle.be' for 'https://go-tahalle.be/nl/…': a link's site, readable in a sentence."""
    host = urlsplit(str(value or "")).hostname or ""
    return host.removeprefix("www.")


@register.filter
def euro(value) -> str:
    """€ 1.000 or € 612,50, the Belgian way."""
    if value is None or value == "":
        return ""
    return format_euro(value)


@register.simple_tag
def form_field(field) -> str:
    """`field` rendered by crispy-forms (`templates/bootstrap5/field.html`), kept in the cache by
    what it shows.

    A field's HTML depends only on its widget (its kind and attributes), label, help text,
    choices, the value it shows and its errors: all of them are in the key. Most searches show
    the same selects and checkboxes as others did before, so they are rendered once; the premium
    estimate, with a dozen fields, renders 40% more answers a second with them cached (see
    bench/README.md). Choices from the database (a `ModelChoiceField`) are content, which the key
    already follows; they are read only when the field is rendered.
    """
    widget = field.field.widget
    choices = [] if hasattr(field.field, "queryset") else list(getattr(field.field, "choices", []))
    shown = (
        type(widget).__qualname__,
        sorted(widget.attrs.items()),
        field.field.required,
        widget.format_value(field.value()),
        field.errors,
        choices,
        field.label,
        field.help_text,
    )
    digest = hashlib.blake2b(repr(shown).encode(), digest_size=16).hexdigest()
    return cached_content(
        lambda: as_crispy_field(field),
        "field",
        type(field.form).__name__,
        field.html_name,
        digest,
        shared_only=True,
    )
