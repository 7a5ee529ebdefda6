"""The partnership level on any date."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from functools import cache

from ..dates import PartialDate, as_partial_date
from ..errors import NotFoundError
from ..records.summits import PartnershipLevel
from ..table import Table
from ._common import records

__all__ = ["partnership_level", "partnership_levels"]


@cache
def _steps() -> tuple[
    tuple[PartnershipLevel, ...], tuple[dt.date, ...], dict[int, tuple[int, int]]
]:
    """The levels in order, the first day of each, and for each year from the first level's to
    the last's the slice of levels starting in it, so a look-up bisects only within its year."""
    levels = tuple(
        sorted(records("partnership_levels", PartnershipLevel), key=lambda level: level.since)
    )
    starts = tuple(level.since.earliest() for level in levels)
    years: dict[int, tuple[int, int]] = {}
    if starts:
        for year in range(starts[0].year, starts[-1].year + 1):
            years[year] = (
                bisect_left(starts, dt.date(year, 1, 1)),
                bisect_right(starts, dt.date(year, 12, 31)),
            )
    return levels, starts, years


def _last_day(on: object) -> dt.date:
    """The last day ``on`` may denote; a date or an int year takes no PartialDate."""
    if type(on) is dt.date:
        return on
    if type(on) is int and 1 <= on <= 9999:
        return dt.date(on, 12, 31)
    return as_partial_date(on).latest()  # type: ignore[arg-type]  # it checks the type


def partnership_levels() -> Table[PartnershipLevel]:
    """Every level the relationship reached, in order.

    >>> [str(level.since) for level in aseanrok.partnership_levels()][:2]
    ['1989-11', '1991-07']
    """
    return Table(_steps()[0])


def partnership_level(on: dt.date | int | str | PartialDate) -> PartnershipLevel:
    """The level of the relationship on a date, a year or a ``"YYYY[-MM[-DD]]"`` string.

    A level counts from the first day of the period its date names ("2024-10" counts from
    1 October 2024). A year or a month asked for is taken at its last day: the answer is the
    level reached by the end of it.

    >>> aseanrok.partnership_level(2005).name
    'Comprehensive Cooperation Partnership'
    """
    levels, starts, years = _steps()
    last = _last_day(on)
    low, high = years.get(last.year, (0, len(starts)))
    position = bisect_right(starts, last, low, high)
    if position == 0:
        raise NotFoundError(
            str(on),
            (),
            what="partnership level on",
            hint=f"dialogue relations began in {levels[0].since}",
        )
    return levels[position - 1]
