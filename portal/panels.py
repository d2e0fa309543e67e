"""Panels: what one app adds to a page another app owns, without the owner importing it.

The page's owner names a slot and passes the facts it has; every app that registered for the
slot (in its `AppConfig.ready()`) returns a piece of HTML drawn from its own template, or ""
to add nothing. The owner's template shows them in order with `{% for panel in panels %}`.

    # workplaces/apps.py
    def ready(self):
        from portal import panels
        panels.register("search", workplaces.panels.near_search)

Slots and the facts their owner passes (always the `request` too):

- `"search"`, the school search's results: `filterset` (its `place`, `has_place`,
  `radius_km`, `form.cleaned_data`), `count` (offerings found).
- `"planner"`, the route planner's answer: `form`, `candidate`, `place` (resolved or not, or
  None), `fitting` (the routes that fit, each with `.route`).
- `"route"`, a route's page: `route`.
- `"provider_start"`, an Aanbieder's start page in the back office: `start` (its providers).
- `"staff_dashboard"`, the sector staff's dashboard: `today`.

Public pages may be served from the page cache: what a panel shows must only change with
content (its models in `portal.caching.PUBLIC_MODELS`), never per visitor.
"""

from collections import defaultdict
from collections.abc import Callable

from django.utils.safestring import SafeString

SLOTS = ("search", "planner", "route", "provider_start", "staff_dashboard")

_registry: dict[str, list[Callable[..., str]]] = defaultdict(list)


def register(slot: str, panel: Callable[..., str]) -> None:
    """Add `panel(request=..., **facts) -> str` to a slot (once, however often called)."""
    if slot not in SLOTS:
        raise ValueError(f"Unknown panel slot {slot!r}: one of {', '.join(SLOTS)}.")
    if panel not in _registry[slot]:
        _registry[slot].append(panel)


def render(slot: str, **facts) -> list[SafeString]:
    """The HTML every registered panel adds to this slot, in order of registration."""
    shown = (panel(**facts) for panel in _registry[slot])
    return [SafeString(html) for html in shown if html]
