"""Summit history."""

from __future__ import annotations

from functools import cache

from ..errors import NotFoundError
from ..records.summits import Summit
from ..table import Table
from ._common import optional_bool, optional_int, records, require_int

__all__ = ["summit", "summits"]


@cache
def _chronological() -> tuple[Summit, ...]:
    return tuple(sorted(records("summits", Summit), key=lambda s: (s.start, s.end, s.id)))


@cache
def _by_number() -> dict[int, Summit]:
    return {s.number: s for s in _chronological() if s.number is not None}


def summits(*, commemorative: bool | None = None, year: int | None = None) -> Table[Summit]:
    """Every ASEAN-ROK summit the sources name, chronologically.

    ``commemorative`` keeps only the commemorative (or only the other) summits; ``year`` keeps
    the summits held (or begun) in that year.

    >>> [s.city for s in aseanrok.summits(commemorative=True)]
    ['Jeju', 'Busan', 'Busan']
    """
    commemorative = optional_bool(commemorative, "commemorative")
    year = optional_int(year, "year")
    return Table(
        s
        for s in _chronological()
        if (commemorative is None or s.commemorative is commemorative)
        and (year is None or s.start.year <= year <= s.end.year)
    )


def summit(number: int) -> Summit:
    """The summit with that ordinal ("the 25th ASEAN-ROK Summit" is ``summit(25)``).

    >>> s = aseanrok.summit(8)
    >>> str(s.start), s.city
    ('2004-11-30', 'Vientiane')
    """
    found = _by_number().get(require_int(number, "number"))
    if found is None:
        raise NotFoundError(
            number,
            (str(n) for n in _by_number()),
            what="summit number",
            hint=f"the sources number {sorted(_by_number())}",
        )
    return found
