"""Summit history: the numbered ASEAN-ROK summits, the Commemorative Summits, the Mekong-ROK
summits."""

from __future__ import annotations

from functools import cache
from typing import get_args

from ..errors import NotFoundError
from ..records.summits import Series, Summit
from ..table import Table
from ._common import optional_bool, optional_int, records, require_int, require_text

__all__ = ["SERIES", "summit", "summits"]

#: The series a summit belongs to.
SERIES: tuple[str, ...] = get_args(Series)


@cache
def _chronological() -> tuple[Summit, ...]:
    return records("summits", Summit)  # in their natural order: by date


@cache
def _by_number() -> dict[tuple[str, int], Summit]:
    return {(s.series, s.number): s for s in _chronological() if s.number is not None}


def _series(value: object) -> str:
    text = require_text(value, "series")
    if text not in SERIES:
        raise NotFoundError(text, SERIES, what="summit series")
    return text


def _ranges(numbers: list[int]) -> str:
    """``[1, 2, 3, 5]`` as ``"1-3, 5"``."""
    parts: list[str] = []
    for n in sorted(numbers):
        if parts and n == int(parts[-1].rpartition("-")[2]) + 1:
            parts[-1] = f"{parts[-1].partition('-')[0]}-{n}"
        else:
            parts.append(str(n))
    return ", ".join(parts)


def summits(
    *,
    commemorative: bool | None = None,
    year: int | None = None,
    series: str | None = "asean-rok",
) -> Table[Summit]:
    """The summits of a series, chronologically: by default the numbered ASEAN-ROK summits.

    ``series`` is ``"asean-rok"``, ``"commemorative"`` or ``"mekong-rok"``; ``None`` lists
    every series. ``commemorative=True`` asks for the Commemorative Summits, which are a series
    of their own: with the default series it lists that series. ``year`` keeps the summits held
    (or begun) in that year.

    >>> [s.city for s in aseanrok.summits(commemorative=True)]
    ['Jeju', 'Busan', 'Busan']
    >>> [s.number for s in aseanrok.summits(year=2004)]
    [8]
    """
    commemorative = optional_bool(commemorative, "commemorative")
    year = optional_int(year, "year")
    wanted = None if series is None else _series(series)
    if commemorative and wanted == "asean-rok":
        wanted = "commemorative"
    return Table(
        s
        for s in _chronological()
        if (wanted is None or s.series == wanted)
        and (commemorative is None or s.commemorative is commemorative)
        and (year is None or s.start.year <= year <= s.end.year)
    )


def summit(number: int, series: str = "asean-rok") -> Summit:
    """The summit with that ordinal in a series ("the 25th ASEAN-ROK Summit" is ``summit(25)``).

    >>> s = aseanrok.summit(8)
    >>> str(s.start), s.city
    ('2004-11-30', 'Vientiane')
    """
    if type(number) is int and type(series) is str and series in SERIES:  # the usual call
        found = _by_number().get((series, number))
        if found is not None:
            return found
    n = require_int(number, "number")
    wanted = _series(series)
    found = _by_number().get((wanted, n))
    if found is None:
        known = [k for s, k in _by_number() if s == wanted]
        raise NotFoundError(
            n, (), what=f"{wanted} summit number", hint=f"the data has {_ranges(known)}"
        )
    return found
