"""What needs attention in the back office: stale facts, expiring premiums, past offerings, links.

The admin's home page shows this; each list is capped so the page stays quick however much
content there is.
"""

import datetime
from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import Q
from django.urls import reverse

from portal.dates import next_school_year, school_year_bounds, school_year_of
from portal.models import PublishableModel
from portal.text import format_euro

STALE_AFTER_DAYS = 183  # about six months
EXPIRES_WITHIN_DAYS = 60
LIMIT = 25
# Schools publish next year's offer in spring: from May the dashboard asks for the new lists.
ASK_NEXT_YEAR_FROM_MONTH = 5


@dataclass(frozen=True)
class Attention:
    label: str
    detail: str
    admin_url: str
    app_label: str = ""
    model_name: str = ""
    pk: int | None = None


@dataclass
class Dashboard:
    stale: list[Attention] = field(default_factory=list)
    stale_total: int = 0
    premiums: list[Attention] = field(default_factory=list)
    old_amounts: list[Attention] = field(default_factory=list)
    past_offerings: list[Attention] = field(default_factory=list)
    broken_links: list[Attention] = field(default_factory=list)
    # From May on: the programme lists of this school year not yet imported for the next one.
    school_year: str = ""
    next_school_year: str = ""
    next_year_lists: list[Attention] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (
            self.stale
            or self.premiums
            or self.old_amounts
            or self.past_offerings
            or self.broken_links
            or self.next_year_lists
        )


def content_models() -> list[type[PublishableModel]]:
    """Every concrete model whose rows a reader sees as facts."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, PublishableModel) and not model._meta.abstract
    ]


def _change_url(obj) -> str:
    meta = obj._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])


def dashboard_build(*, today: datetime.date) -> Dashboard:
    """Collect what needs attention today (one query per content model, a few more besides)."""
    from incentives.models import Premium
    from trajectories.models import Offering

    board = Dashboard()
    stale_before = today - datetime.timedelta(days=STALE_AFTER_DAYS)
    for model in content_models():
        rows = model.objects.filter(checked_on__lt=stale_before).order_by("checked_on")
        count = rows.count()
        board.stale_total += count
        for obj in rows[: max(0, LIMIT - len(board.stale))]:
            board.stale.append(
                Attention(
                    label=str(obj),
                    detail=f"{model._meta.verbose_name}, nagekeken {obj.checked_on:%d/%m/%Y}",
                    admin_url=_change_url(obj),
                    app_label=model._meta.app_label,
                    model_name=model._meta.model_name,
                    pk=obj.pk,
                )
            )
    soon = today + datetime.timedelta(days=EXPIRES_WITHIN_DAYS)
    for premium in Premium.objects.filter(valid_until__lte=soon).order_by("valid_until")[:LIMIT]:
        state = "verlopen" if premium.valid_until < today else "verloopt"
        board.premiums.append(
            Attention(
                label=premium.name,
                detail=f"{state} op {premium.valid_until:%d/%m/%Y}",
                admin_url=_change_url(premium),
            )
        )
    board.old_amounts = _old_amounts(today)
    this_year = school_year_of(today)
    past = (
        Offering.objects.exclude(school_year="")
        .filter(school_year__lt=this_year)
        .select_related("location__provider")
        .order_by("school_year")[:LIMIT]
    )
    for offering in past:
        board.past_offerings.append(
            Attention(
                label=f"{offering.title} ({offering.location.provider})",
                detail=f"schooljaar {offering.school_year}",
                admin_url=_change_url(offering),
            )
        )
    if ASK_NEXT_YEAR_FROM_MONTH <= today.month < 9:
        _ask_next_year_lists(board, this_year)
    board.broken_links = _broken_links()
    return board


def _old_amounts(today: datetime.date) -> list[Attention]:
    """Amounts that hold from more than a school year ago (or from an unknown day), on items
    nobody checked this school year: amounts change, so someone looks at the source again.
    """
    from incentives.models import PremiumAmount
    from trajectories.models import LearningContract

    year_ago = today - datetime.timedelta(days=365)
    this_year_start = school_year_bounds(school_year_of(today))[0]
    old = Q(holds_from__isnull=True) | Q(holds_from__lt=year_ago)
    amounts = (
        PremiumAmount.objects.filter(old, premium__checked_on__lt=this_year_start)
        .select_related("premium")
        .order_by("premium__position", "amount_eur")[:LIMIT]
    )
    items = [
        Attention(
            label=f"{amount.premium.name}: {format_euro(amount.amount_eur)}",
            detail=_since(amount.holds_from, amount.premium.checked_on),
            admin_url=_change_url(amount.premium),
            app_label="incentives",
            model_name="premium",
            pk=amount.premium_id,
        )
        for amount in amounts
    ]
    contracts = LearningContract.objects.filter(
        Q(allowance_holds_from__isnull=True) | Q(allowance_holds_from__lt=year_ago),
        allowance__contains="€",
        checked_on__lt=this_year_start,
    ).order_by("position")[: max(0, LIMIT - len(items))]
    items += [
        Attention(
            label=f"Leervergoeding {contract.abbreviation}",
            detail=_since(contract.allowance_holds_from, contract.checked_on),
            admin_url=_change_url(contract),
            app_label="trajectories",
            model_name="learningcontract",
            pk=contract.pk,
        )
        for contract in contracts
    ]
    return items


def _since(holds_from: datetime.date | None, checked_on: datetime.date) -> str:
    since = f"geldt sinds {holds_from:%d/%m/%Y}" if holds_from else "sinds wanneer: niet bekend"
    return f"{since}; nagekeken {checked_on:%d/%m/%Y}"


def _ask_next_year_lists(board: Dashboard, this_year: str) -> None:
    """Programme lists imported for this school year whose list for the next is still missing."""
    from trajectories.models import Offering

    board.school_year = this_year
    board.next_school_year = next_school_year(this_year)
    imported = Offering.objects.filter(is_imported=True)
    done = set(imported.filter(school_year=board.next_school_year).values_list("route_id", "title"))
    lists = (
        imported.filter(school_year=this_year)
        .values_list("route_id", "route__name", "title")
        .distinct()
        .order_by("route__name", "title")
    )
    url = reverse("admin:trajectories_provider_import")
    for route_id, route_name, title in lists:
        if (route_id, title) not in done:
            board.next_year_lists.append(
                Attention(
                    label=f"{title} ({route_name})",
                    detail=f"lijst {board.next_school_year} nog niet geïmporteerd",
                    admin_url=url,
                )
            )


def _broken_links() -> list[Attention]:
    from portal.linkcheck import broken_links

    items = []
    for check in broken_links()[:LIMIT]:
        reason = f"HTTP {check.status_code}" if check.status_code else check.error
        items.append(
            Attention(
                label=check.url,
                detail=f"{reason}; gebruikt bij: {', '.join(check.used_in[:3])}",
                admin_url=reverse("admin:portal_linkcheck_changelist") + f"?q={check.url}",
            )
        )
    return items
