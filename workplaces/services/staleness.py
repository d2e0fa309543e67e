"""Places never stale: an offer belongs to a school year and ends with it, unless the employer
confirms it for the next one, which it may do from May (as providers say "Klopt nog")."""

import datetime

from portal.dates import next_school_year, school_year_of
from trajectories.admin.dashboard import ASK_NEXT_YEAR_FROM_MONTH


def may_confirm_next_year(today: datetime.date) -> bool:
    """From May to the end of the school year (31 August)."""
    return ASK_NEXT_YEAR_FROM_MONTH <= today.month <= 8


def offers_confirm(*, offers, today: datetime.date) -> tuple[int, int]:
    """Move these offers to the next school year (dates within it cleared: the employer fills
    them again); returns how many were confirmed and how many refused (before May)."""
    if not may_confirm_next_year(today):
        return 0, len(offers)
    this_year = school_year_of(today)
    target = next_school_year(this_year)
    count = 0
    for offer in offers:
        if offer.school_year > this_year:
            continue  # already for next year
        offer.school_year = target
        offer.starts_on = offer.ends_on = None
        offer.confirmed_on = today
        offer._change_reason = f"Bevestigd voor schooljaar {target}"
        offer.save()
        count += 1
    return count, 0
