"""Template filters of the site shell."""

import markdown as markdown_lib
import nh3
from django import template
from django.utils import timezone
from django.utils.safestring import mark_safe

from portal import dates
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
def school_year_when(label: str) -> str:
    """'dit schooljaar', 'volgend schooljaar', 'later' or 'voorbij', told against today."""
    try:
        start, _end = dates.school_year_bounds(label)
    except ValueError:
        return ""
    this_year = dates.school_year_of(timezone.localdate())
    if label == this_year:
        return "dit schooljaar"
    if label < this_year:
        return "voorbij"
    return "volgend schooljaar" if start.year == int(this_year[:4]) + 1 else "later"


@register.filter
def euro(value) -> str:
    """€ 1.000 or € 612,50, the Belgian way."""
    if value is None or value == "":
        return ""
    return format_euro(value)
