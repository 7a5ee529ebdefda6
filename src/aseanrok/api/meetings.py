"""Meetings below the leaders: the ministers' and officials' series and their meetings."""

from __future__ import annotations

from functools import cache
from typing import get_args

from ..errors import NotFoundError
from ..records.meetings import Level, Meeting, MeetingSeries
from ..table import Table
from ._common import find, keyed, optional_int, records, require_int

__all__ = ["LEVELS", "meeting", "meeting_series", "meetings"]

#: The levels a series meets at, highest first (the leaders' summits are ``summits()``).
LEVELS: tuple[str, ...] = get_args(Level)


@cache
def _series_index() -> dict[str, MeetingSeries]:
    return keyed(
        records("meeting_series", MeetingSeries),
        lambda s: (s.id, s.acronym, s.name, *(v.value for v in s.names)),
    )


def _one_series(key: object) -> MeetingSeries:
    return find(
        _series_index(),
        key,
        "meeting series",
        lambda: (s.id for s in records("meeting_series", MeetingSeries)),
    )


@cache
def _chronological() -> tuple[Meeting, ...]:
    return records("meetings", Meeting)  # in their natural order: by date


@cache
def _by_series() -> dict[str, tuple[Meeting, ...]]:
    found: dict[str, list[Meeting]] = {}
    for m in _chronological():
        found.setdefault(m.series, []).append(m)
    return {series: tuple(ms) for series, ms in found.items()}


def _level(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"level must be a str, got {type(value).__name__}")
    if value not in LEVELS:
        raise NotFoundError(value, LEVELS, what="level", hint=f"levels: {', '.join(LEVELS)}")
    return value


def meeting_series(*, level: str | None = None, track: str | None = None) -> Table[MeetingSeries]:
    """The series of meetings below the leaders, highest level first, then by name.

    >>> "ministerial" in {s.level for s in aseanrok.meeting_series()}
    True
    """
    wanted = None if level is None else _level(level)
    if track is not None and not isinstance(track, str):
        raise TypeError(f"track must be a str, got {type(track).__name__}")
    return Table(
        s  # in their natural order: by level, then name
        for s in records("meeting_series", MeetingSeries)
        if (wanted is None or s.level == wanted) and (track is None or s.track == track)
    )


def meetings(
    *, series: str | None = None, year: int | None = None, level: str | None = None
) -> Table[Meeting]:
    """The meetings below the leaders, chronologically; ``series`` (an id, acronym or name),
    ``year`` (held or begun in it) and ``level`` narrow them.

    >>> [m.number for m in aseanrok.meetings(series="asean-rok-transport-ministers-meeting")][:3]
    [1, 3, 9]
    """
    year = optional_int(year, "year")
    found = _chronological() if series is None else _by_series().get(_one_series(series).id, ())
    if level is not None:
        wanted = _level(level)
        levels = {s.id: s.level for s in records("meeting_series", MeetingSeries)}
        found = tuple(m for m in found if levels[m.series] == wanted)
    if year is not None:
        found = tuple(m for m in found if m.start.year <= year <= m.end.year)
    return Table(found)


def meeting(series: str, *, number: int | None = None, year: int | None = None) -> Meeting:
    """One meeting of a series, by its number or by the year it was held (both: they must
    agree).

    >>> aseanrok.meeting("asean-rok-transport-ministers-meeting", number=14).country
    'Lao PDR'
    """
    chosen = _one_series(series)
    n = None if number is None else require_int(number, "number")
    y = optional_int(year, "year")
    held = _by_series().get(chosen.id, ())
    if n is None and y is None:
        raise TypeError("meeting() needs number= or year=")
    if n is not None:
        numbered = [m for m in held if m.number == n]
        if not numbered:
            known = sorted({m.number for m in held if m.number is not None})
            hint = f"the data has {', '.join(map(str, known)) or 'no numbered meeting'}"
            raise NotFoundError(n, (), what=f"number of {chosen.id}", hint=hint)
        found = numbered[0]
        if y is not None and not found.start.year <= y <= found.end.year:
            raise ValueError(f"meeting {n} of {chosen.id} was held in {found.when}, not in {y}")
        return found
    assert y is not None
    in_year = [m for m in held if m.start.year <= y <= m.end.year]
    if len(in_year) == 1:
        return in_year[0]
    if not in_year:
        years = sorted({m.start.year for m in held})
        hint = f"the data has meetings in {', '.join(map(str, years)) or 'no year'}"
        raise NotFoundError(y, (), what=f"year of {chosen.id}", hint=hint)
    dates = ", ".join(f"{m.when} (number {m.number})" for m in in_year)
    raise ValueError(f"{chosen.id} met more than once in {y}: {dates}; pass number=")
