"""Template filters of the site shell."""

import functools
import hashlib
from urllib.parse import urlsplit

import markdown as markdown_lib
import nh3
from django import forms, template
from django.forms.utils import flatatt
from django.template.loader import render_to_string
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

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


# The same few texts are drawn on every page that shows them, and converting one builds a whole
# Markdown parser: each text's HTML is kept in this process. A changed text is another key.
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


@register.filter
def control(field) -> str:
    """A text, number, select or textarea field's own control, with Bootstrap's class on it.

    Django's widget decides the attributes and the value shown (`get_context`), including
    `aria-invalid` and `aria-describedby` for help text and errors; the HTML is written here
    rather than through a template per widget and per option, which costs a page ten times as
    much. `partials/_field.html` puts the label, help text and errors around it.
    """
    widget = field.field.widget
    css = "form-select" if isinstance(widget, forms.Select) else "form-control"
    if field.errors:
        css += " is-invalid"
    attrs = field.build_widget_attrs({"class": css, "id": field.auto_id})
    context = widget.get_context(field.html_name, field.value(), attrs)["widget"]
    if isinstance(widget, forms.Select):
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (option["value"], " selected" if option["selected"] else "", option["label"])
                for _group, group_options, _index in context["optgroups"]
                for option in group_options
            ),
        )
        return format_html(
            '<select name="{}"{}>{}</select>', context["name"], flatatt(context["attrs"]), options
        )
    if isinstance(widget, forms.Textarea):
        return format_html(
            '<textarea name="{}"{}>\n{}</textarea>',
            context["name"],
            flatatt(context["attrs"]),
            context["value"] or "",
        )
    value = "" if context["value"] is None else format_html(' value="{}"', context["value"])
    return format_html(
        '<input type="{}" name="{}"{}{}>',
        context["type"],
        context["name"],
        value,
        flatatt(context["attrs"]),
    )


@register.simple_tag
def form_field(field) -> str:
    """`partials/_field.html` for `field`, kept in the cache by what it shows.

    A field's HTML depends only on its label, help text, choices, the value it shows and its
    errors; most searches show the same selects and checkboxes as others did before, so they are
    drawn once. Choices from the database (a `ModelChoiceField`) are content, which the key
    already follows; they are read only when the field is drawn.
    """
    widget = field.field.widget
    choices = [] if hasattr(field.field, "queryset") else list(getattr(field.field, "choices", []))
    shown = (
        widget.format_value(field.value()),
        field.errors,
        choices,
        field.label,
        field.help_text,
    )
    digest = hashlib.blake2b(repr(shown).encode(), digest_size=16).hexdigest()
    return cached_content(
        lambda: render_to_string("partials/_field.html", {"field": field}),
        "field",
        field.html_name,
        digest,
        per_request=True,
    )


@register.filter
def is_choice_group(field) -> bool:
    """Checkboxes or radio buttons: a fieldset with a legend, one input per choice."""
    return isinstance(field.field.widget, forms.RadioSelect | forms.CheckboxSelectMultiple)
