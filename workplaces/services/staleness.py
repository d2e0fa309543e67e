"""Places never stale: an offer belongs to a school year and ends with it, unless the employer
confirms it for the next one, which it may do from May (as providers say "Klopt nog")."""

import datetime

from portal.dates import asks_next_school_year, next_school_year, school_year_of


def offers_confirm(*, offers, today: datetime.date) -> tuple[int, int]:
    """Move these offers to the next school year (dates within it cleared: the employer fills
    them again); returns how many were confirmed and how many refused (before May)."""
    if not asks_next_school_year(today):
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
