"""A fetched page of results stands in for the whole list a Paginator pages through, and says
so when asked for a position it did not fetch."""

import pytest
from django.core.paginator import Paginator

from trajectories.results import FetchedPage


def page(number: int, total: int, size: int = 20) -> FetchedPage:
    offset = (number - 1) * size
    rows = [{"pk": position} for position in range(offset, min(offset + size, total))]
    return FetchedPage(total=total, rows=rows, number=number, offset=offset)


@pytest.mark.parametrize(("number", "total"), [(1, 45), (2, 45), (3, 45), (1, 0), (1, 20)])
def test_the_paginator_gets_exactly_the_rows_of_the_page(number, total):
    fetched = page(number, total)
    shown = Paginator(fetched, 20).page(number)
    assert [row["pk"] for row in shown.object_list] == [row["pk"] for row in fetched.rows]
    assert shown.paginator.count == total


def test_a_position_that_was_not_fetched_is_an_error_not_another_row():
    fetched = page(2, 45)
    assert fetched[20] == {"pk": 20}
    assert fetched[39] == {"pk": 39}
    assert fetched[25:27] == [{"pk": 25}, {"pk": 26}]
    for outside in (0, 19, 40, 44):
        with pytest.raises(IndexError):
            fetched[outside]
    with pytest.raises(IndexError):
        fetched[0:20]  # the first page: not fetched
    with pytest.raises(IndexError):
        fetched[15:25]  # half of it before the fetched rows
