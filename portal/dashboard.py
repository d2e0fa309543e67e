"""The back office's home page: the staff's dashboard of what needs attention, or a start page of
its own for an account an app claims (an Aanbieder's).

The dashboard lists what every content app has, found here: facts not checked for six months
and broken links. Each app adds its own lists (expiring premiums, past offerings...) from its
`AppConfig.ready()`, without this module knowing the app:

    from portal import dashboard
    dashboard.register_lists(incentives.dashboard.attention_lists)  # (*, today) -> [lists]
    dashboard.register_start_page(trajectories.admin.dashboard.provider_start_page)

A list is data (`AttentionList`), shown by the admin's `index.html`; lists of several apps with
the same `key` are one list on the page (the amounts older than a school year). Larger pieces
of HTML go into the `staff_dashboard` panel slot (`portal.panels`). A start page is
`fn(*, request, today) -> str`: its HTML for an account of its own, else "".
Each list is capped so the page stays quick however much content there is.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

from django.apps import apps
from django.urls import reverse
from django.utils.safestring import SafeString

from portal.dates import school_year_bounds, school_year_of
from portal.models import PublishableModel

STALE_AFTER_DAYS = 183  # about six months
LIMIT = 25


@dataclass(frozen=True)
class Attention:
    """One row of a list: what, why, and where to change it. With `pk` (and the model's app label
    and name) it gets a "Gecontroleerd" button."""

    label: str
    detail: str
    admin_url: str
    app_label: str = ""
    model_name: str = ""
    pk: int | None = None


@dataclass
class AttentionList:
    """One list on the dashboard: a heading, at most `LIMIT` items, and where it stands."""

    key: str
    title: str
    items: list[Attention] = field(default_factory=list)
    # Lower comes first: stale facts 10, premiums 20, amounts 30, offerings 40 to 50, links 90.
    position: int = 50
    # How many there are in all, when there are more than are listed (shown beside the title).
    total: int | None = None
    # A paragraph under the heading (HTML, escaped by its author with `format_html`).
    intro: str = ""


@dataclass
class Dashboard:
    lists: list[AttentionList] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not any(attention_list.items for attention_list in self.lists)

    def items_of(self, key: str) -> list[Attention]:
        """The items of the list with this key (none when no app has that list)."""
        return next((a.items for a in self.lists if a.key == key), [])


_list_builders: list[Callable[..., list[AttentionList]]] = []
_start_pages: list[Callable[..., str]] = []


def register_lists(build: Callable[..., list[AttentionList]]) -> None:
    """Add `build(*, today) -> list[AttentionList]` to the dashboard (once, however often
    called)."""
    if build not in _list_builders:
        _list_builders.append(build)


def register_start_page(render: Callable[..., str]) -> None:
    """Add `render(*, request, today) -> str`: a start page of its own for some accounts."""
    if render not in _start_pages:
        _start_pages.append(render)


def start_page(*, request, today: datetime.date) -> str:
    """The first registered start page that claims this account, or "" (the staff's dashboard)."""
    for render in _start_pages:
        html = render(request=request, today=today)
        if html:
            return SafeString(html)
    return ""


def content_models() -> list[type[PublishableModel]]:
    """Every concrete model whose rows a reader sees as facts."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, PublishableModel) and not model._meta.abstract
    ]


def change_url(obj) -> str:
    """The admin's change page of a row."""
    meta = obj._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])


def amount_since(holds_from: datetime.date | None, checked_on: datetime.date) -> str:
    """The detail of an amount: the day it holds from (or that nobody knows) and the last check."""
    since = f"geldt sinds {holds_from:%d/%m/%Y}" if holds_from else "sinds wanneer: niet bekend"
    return f"{since}; nagekeken {checked_on:%d/%m/%Y}"


def old_amounts(items: list[Attention]) -> AttentionList:
    """The list of amounts that hold from more than a school year ago (or from an unknown day),
    on items nobody checked this school year: amounts change, so someone reads the source again.
    Every app with amounts adds its own to this one list (`old_amounts_since`)."""
    title = "Bedragen ouder dan een schooljaar, dit schooljaar nog niet nagekeken"
    return AttentionList("old-amounts", title, items, position=30)


def old_amounts_since(today: datetime.date) -> tuple[datetime.date, datetime.date]:
    """What makes an amount old today: holding from before the first date, on an item not
    checked since the second (the start of this school year)."""
    year_ago = today - datetime.timedelta(days=365)
    return year_ago, school_year_bounds(school_year_of(today))[0]


def dashboard_build(*, today: datetime.date) -> Dashboard:
    """Collect what needs attention today: the lists of this module and of every app that
    registered its own (one query per content model, a few more per list)."""
    lists = [_stale(today), *(lst for build in _list_builders for lst in build(today=today))]
    lists.append(_broken_links())
    merged: dict[str, AttentionList] = {}
    for attention_list in lists:
        if attention_list.key in merged:
            items = merged[attention_list.key].items
            items += attention_list.items[: max(0, LIMIT - len(items))]
        else:
            merged[attention_list.key] = attention_list
    return Dashboard(sorted(merged.values(), key=lambda a: a.position))


def _stale(today: datetime.date) -> AttentionList:
    stale = AttentionList("stale", "Niet nagekeken in meer dan zes maanden", position=10, total=0)
    stale_before = today - datetime.timedelta(days=STALE_AFTER_DAYS)
    for model in content_models():
        rows = model.objects.filter(checked_on__lt=stale_before).order_by("checked_on")
        stale.total += rows.count()
        for obj in rows[: max(0, LIMIT - len(stale.items))]:
            stale.items.append(
                Attention(
                    label=str(obj),
                    detail=f"{model._meta.verbose_name}, nagekeken {obj.checked_on:%d/%m/%Y}",
                    admin_url=change_url(obj),
                    app_label=model._meta.app_label,
                    model_name=model._meta.model_name,
                    pk=obj.pk,
                )
            )
    return stale


def _broken_links() -> AttentionList:
    from portal.linkcheck import broken_links

    links = AttentionList("broken-links", "Kapotte links", position=90)
    for check in broken_links()[:LIMIT]:
        reason = f"HTTP {check.status_code}" if check.status_code else check.error
        links.items.append(
            Attention(
                label=check.url,
                detail=f"{reason}; gebruikt bij: {', '.join(check.used_in[:3])}",
                admin_url=reverse("admin:portal_linkcheck_changelist") + f"?q={check.url}",
            )
        )
    return links
