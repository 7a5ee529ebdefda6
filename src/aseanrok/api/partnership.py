"""The partnership level on any date."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from functools import cache
from typing import get_args

from ..dates import PartialDate, as_partial_date
from ..errors import NotFoundError
from ..records.summits import PartnershipLevel, Track
from ..table import Table
from ._common import records, require_text

__all__ = ["partnership_level", "partnership_levels"]


_TRACKS: tuple[str, ...] = get_args(Track)


def _track(value: object) -> str:
    text = require_text(value, "track")
    if text not in _TRACKS:
        raise NotFoundError(text, _TRACKS, what="track")
    return text


@cache
def _steps(
    track: str = "asean-rok",
) -> tuple[tuple[PartnershipLevel, ...], tuple[dt.date, ...], dict[int, tuple[int, int]]]:
    """A track's levels in order, the first day of each, and for each year from the first
    level's to the last's the slice of levels starting in it, so a look-up bisects only within
    its year."""
    levels = tuple(
        sorted(
            (p for p in records("partnership_levels", PartnershipLevel) if p.track == track),
            key=lambda level: level.since,
        )
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


def partnership_levels(track: str = "asean-rok") -> Table[PartnershipLevel]:
    """Every level a relationship reached, in order: ASEAN-ROK by default, or the
    ``"mekong-rok"`` track.

    >>> [str(level.since) for level in aseanrok.partnership_levels()][:2]
    ['1989-11-02', '1991-07']
    """
    return Table(_steps(_track(track))[0])


def partnership_level(
    on: dt.date | int | str | PartialDate, track: str = "asean-rok"
) -> PartnershipLevel:
    """The level of a relationship on a date, a year or a ``"YYYY[-MM[-DD]]"`` string.

    A level counts from the first day of the period its date names ("1991-07" counts from
    1 July 1991). A year or a month asked for is taken at its last day: the answer is the
    level reached by the end of it. ``track`` is ``"asean-rok"`` (the default) or
    ``"mekong-rok"``.

    >>> aseanrok.partnership_level(2005).name
    'Comprehensive Cooperation Partnership'
    >>> aseanrok.partnership_level("2024-10-09").name, aseanrok.partnership_level("2024-10-10").name
    ('Strategic Partnership', 'Comprehensive Strategic Partnership')
    """
    levels, starts, years = _steps(_track(track))
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
