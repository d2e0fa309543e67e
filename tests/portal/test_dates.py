"""When the back office asks for next school year's offer: from May to the end of August."""

import datetime

import pytest

from portal import dates


@pytest.mark.parametrize(
    ("day", "asks"),
    [
        (datetime.date(2027, 4, 30), False),
        (datetime.date(2027, 5, 1), True),
        (datetime.date(2027, 8, 31), True),
        (datetime.date(2027, 9, 1), False),
        (datetime.date(2026, 12, 3), False),
    ],
)
def test_the_next_school_year_is_asked_from_may_to_august(day, asks):
    assert dates.asks_next_school_year(day) is asks
