"""The partnership level on any date."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from functools import cache

from ..dates import PartialDate, as_partial_date
from ..errors import NotFoundError
from ..records.summits import PartnershipLevel
from ..table import Table
from ._common import records

__all__ = ["partnership_level", "partnership_levels"]


@cache
def _steps() -> tuple[tuple[PartnershipLevel, ...], tuple[dt.date, ...]]:
    levels = tuple(
        sorted(records("partnership_levels", PartnershipLevel), key=lambda level: level.since)
    )
    return levels, tuple(level.since.earliest() for level in levels)


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
    levels, starts = _steps()
    last = _last_day(on)
    position = bisect_right(starts, last)
    if position == 0:
        raise NotFoundError(
            str(on),
            (),
            what="partnership level on",
            hint=f"dialogue relations began in {levels[0].since}",
        )
    return levels[position - 1]
