"""What the premiums add to the back office's dashboard (`portal.dashboard`): premiums that
expire or expired, and premium amounts older than a school year that nobody checked since."""

import datetime

from django.db.models import Q

from incentives.models import Premium, PremiumAmount
from portal.dashboard import (
    LIMIT,
    Attention,
    AttentionList,
    amount_since,
    change_url,
    old_amounts,
    old_amounts_since,
)
from portal.text import format_euro

EXPIRES_WITHIN_DAYS = 60


def attention_lists(*, today: datetime.date) -> list[AttentionList]:
    return [_expiring(today), _old_amounts(today)]


def _expiring(today: datetime.date) -> AttentionList:
    expiring = AttentionList(
        "expiring-premiums", "Premies die verlopen of verlopen zijn", position=20
    )
    soon = today + datetime.timedelta(days=EXPIRES_WITHIN_DAYS)
    for premium in Premium.objects.filter(valid_until__lte=soon).order_by("valid_until")[:LIMIT]:
        state = "verlopen" if premium.valid_until < today else "verloopt"
        expiring.items.append(
            Attention(
                label=premium.name,
                detail=f"{state} op {premium.valid_until:%d/%m/%Y}",
                admin_url=change_url(premium),
            )
        )
    return expiring


def _old_amounts(today: datetime.date) -> AttentionList:
    """Premium amounts that hold from more than a school year ago (or from an unknown day), on
    premiums nobody checked this school year (`portal.dashboard.old_amounts`)."""
    year_ago, this_year_start = old_amounts_since(today)
    old = Q(holds_from__isnull=True) | Q(holds_from__lt=year_ago)
    amounts = (
        PremiumAmount.objects.filter(old, premium__checked_on__lt=this_year_start)
        .select_related("premium")
        .order_by("premium__position", "amount_eur")[:LIMIT]
    )
    return old_amounts(
        [
            Attention(
                label=f"{amount.premium.name}: {format_euro(amount.amount_eur)}",
                detail=amount_since(amount.holds_from, amount.premium.checked_on),
                admin_url=change_url(amount.premium),
                app_label="incentives",
                model_name="premium",
                pk=amount.premium_id,
            )
            for amount in amounts
        ]
    )
