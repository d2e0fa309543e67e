"""What the premiums add to the back office's dashboard (`portal.dashboard`): premiums that
expire or expired, and premium amounts older than a school year that nobody checked since."""

import datetime

from django.db.models import Q

from incentives.models import Premium, PremiumAmount
from portal.dashboard import LIMIT, Attention, AttentionList, amount_since, change_url
from portal.dates import school_year_bounds, school_year_of
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
    """Amounts that hold from more than a school year ago (or from an unknown day), on premiums
    nobody checked this school year: amounts change, so someone looks at the source again. The
    dashboard shows them in one list with the learning contracts' allowances."""
    year_ago = today - datetime.timedelta(days=365)
    this_year_start = school_year_bounds(school_year_of(today))[0]
    old = Q(holds_from__isnull=True) | Q(holds_from__lt=year_ago)
    amounts = (
        PremiumAmount.objects.filter(old, premium__checked_on__lt=this_year_start)
        .select_related("premium")
        .order_by("premium__position", "amount_eur")[:LIMIT]
    )
    return AttentionList(
        "old-amounts",
        "Bedragen ouder dan een schooljaar, dit schooljaar nog niet nagekeken",
        position=30,
        items=[
            Attention(
                label=f"{amount.premium.name}: {format_euro(amount.amount_eur)}",
                detail=amount_since(amount.holds_from, amount.premium.checked_on),
                admin_url=change_url(amount.premium),
                app_label="incentives",
                model_name="premium",
                pk=amount.premium_id,
            )
            for amount in amounts
        ],
    )
