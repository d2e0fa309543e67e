"""Template filters of the site shell."""

import markdown as markdown_lib
import nh3
from django import forms, template
from django.utils.safestring import mark_safe

from portal.text import format_euro

register = template.Library()

# What staff may use in Markdown. Everything else (script, style, on* attributes) is stripped.
ALLOWED_TAGS = {"p", "br", "strong", "em", "ul", "ol", "li", "a", "h3", "h4", "blockquote", "q"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}


@register.filter
def markdown(text: str) -> str:
    """Staff-written Markdown as sanitised HTML: safe to show whatever was typed."""
    html = markdown_lib.markdown(text or "", output_format="html")
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"https", "http", "mailto"},
        link_rel="noopener",
    )
    return mark_safe(clean)  # sanitised by nh3 just above


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
def euro(value) -> str:
    """€ 1.000 or € 612,50, the Belgian way."""
    if value is None or value == "":
        return ""
    return format_euro(value)


@register.filter
def control(field) -> str:
    """A text, number or select field's own control, with Bootstrap's class on it.

    Django adds `aria-invalid` and `aria-describedby` (help text, errors) itself; the partial
    `partials/_field.html` puts the label, help text and errors around it.
    """
    css = "form-select" if isinstance(field.field.widget, forms.Select) else "form-control"
    if field.errors:
        css += " is-invalid"
    return field.as_widget(attrs={"class": css})


@register.filter
def is_choice_group(field) -> bool:
    """Checkboxes or radio buttons: a fieldset with a legend, one input per choice."""
    return isinstance(field.field.widget, forms.RadioSelect | forms.CheckboxSelectMultiple)
