"""Statistics, their indicators, and one indicator as a series over time."""

from __future__ import annotations

from functools import cache

from ..records.base import Source
from ..records.statistics import Indicator, Statistic
from ..table import Table
from ._common import find, records

__all__ = ["indicator", "indicators", "series", "statistics"]


@cache
def _by_indicator() -> dict[str, tuple[Statistic, ...]]:
    grouped: dict[str, list[Statistic]] = {}
    for s in records("statistics", Statistic):
        grouped.setdefault(s.indicator, []).append(s)
    return {k: tuple(v) for k, v in grouped.items()}  # natural order: by indicator, period


@cache
def _indicators() -> dict[str, Indicator]:
    publisher = {s.id: s.publisher for s in records("sources", Source)}
    found = {}
    for key, figures in _by_indicator().items():
        cited = (c.source_id for s in figures for c in s.citations)
        found[key] = Indicator(
            id=key,
            label=figures[-1].label,
            unit=figures[-1].unit,
            publishers=tuple(dict.fromkeys(publisher[c] for c in cited)),
            bases=tuple(dict.fromkeys(s.basis for s in figures if s.basis)),
            count=len(figures),
            first=figures[0].date,
            last=figures[-1].date,
        )
    return found


def indicators() -> Table[Indicator]:
    """Every indicator the statistics measure, by id: label, unit, publishers, bases, span.

    >>> i = aseanrok.indicator("rok-rank-asean-fdi-source")
    >>> i.unit, i.count
    ('rank', 2)
    """
    return Table(_indicators().values())


def indicator(key: str) -> Indicator:
    """One indicator by its id (``NotFoundError`` suggests close ids)."""
    return find(_indicators(), key, "indicator", _indicators)


def series(indicator: str) -> Table[Statistic]:
    """The statistics of one indicator, chronologically by the period they describe (or their
    as-of date where they describe none).

    >>> [s.value for s in aseanrok.series("rok-rank-asean-fdi-source")]
    [6, 7]
    """
    return Table(find(_by_indicator(), indicator, "indicator", _by_indicator))


def statistics(indicator: str | None = None) -> Table[Statistic]:
    """Every statistic, or those of one indicator (as ``series``).

    >>> len(aseanrok.statistics()) >= len(aseanrok.series("asean-member-states"))
    True
    """
    if indicator is None:
        return Table(records("statistics", Statistic))
    return series(indicator)
