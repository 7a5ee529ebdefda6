"""The natural order of each collection: the loader hands a collection's records out in it, so
every accessor, ``load()``, ``to_pandas()``, the exports and the site's pages list them alike,
and ``tools/canonical.py`` writes the data files in it.

The five documents come before the pages; summits, meetings, events and pledges by date;
statistics by indicator, then period; tenures by office, then their place in the office's
sequence; acronyms, institutions and people by name. KASI's priority areas and visions keep
the order of the text that lists them.

>>> from aseanrok.order import natural
>>> [s.number for s in natural("summits", aseanrok.load().summits)][:3]
[1, 2, 3]
"""

from __future__ import annotations

import functools

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from typing import Any, TypeVar

    from _typeshed import SupportsRichComparison

    from .dates import PartialDate

    T = TypeVar("T")

__all__ = ["natural", "natural_key"]

_LAST = (10_000, 0, 0)


def _day(date: PartialDate | None) -> tuple[int, int, int]:
    """A date as a sort key ("2004" before "2004-01"); an unknown date after every known one."""
    if date is None:
        return _LAST
    return (date.year, date.month or 0, date.day or 0)


def _first_date(record: Any) -> tuple[int, int, int]:
    """An agreement's first dated step: signed, adopted or in force, whichever came first."""
    return min(_day(getattr(record, f)) for f in ("signed", "adopted", "in_force"))


# the five documents first (the policy, the factsheet, the news items), then the pages
_SOURCE_KINDS = ("policy", "factsheet", "news")


def _source(s: Any) -> tuple[object, ...]:
    if s.kind in _SOURCE_KINDS:
        return (_SOURCE_KINDS.index(s.kind), _day(s.published), s.id)
    return (len(_SOURCE_KINDS), _LAST, s.id)


def _level(record: Any) -> int:
    return _levels()[record.level]


def _category(record: Any) -> int:
    return _categories()[record.category]


@functools.cache
def _levels() -> dict[object, int]:
    """Each level of a meeting series, to its place in the order ``Level`` declares."""
    from typing import get_args

    from .records.meetings import Level

    return {level: i for i, level in enumerate(get_args(Level))}


@functools.cache
def _categories() -> dict[object, int]:
    """Each category of an event, to its place in the order ``EventCategory`` declares."""
    from .records.events import EventCategory

    return {category: i for i, category in enumerate(EventCategory)}


def _statistic(s: Any) -> tuple[object, ...]:
    # a period first (the date it describes), then an as-of date (when it stood)
    return (s.indicator, _day(s.date), s.as_of is not None, _day(s.as_of), s.id)


def _tenure(t: Any) -> tuple[object, ...]:
    # a term with no known start keeps its place by a date the sources show it in office,
    # else by its end
    return (t.office, _day(t.start or t.in_office or t.end), t.number or 0, t.id)


_KEYS: dict[str, Callable[[Any], SupportsRichComparison]] = {
    "sources": _source,
    "summits": lambda r: (_day(r.start), _day(r.end), r.id),
    "partnership_levels": lambda r: (_day(r.since), r.id),
    "meeting_series": lambda r: (_level(r), r.name.casefold(), r.id),
    "meetings": lambda r: (_day(r.start), _day(r.end), r.id),
    "agreements": lambda r: (_first_date(r), r.name.casefold(), r.id),
    "funds": lambda r: (_day(r.established), r.acronym.casefold(), r.id),
    "fund_volumes": lambda r: (r.year, r.fund, r.kind != "contribution", r.id),
    "pledges": lambda r: (_day(r.date), r.id),
    "projects": lambda r: (r.start_year or 10_000, r.name.casefold(), r.id),
    "institutions": lambda r: (r.name.casefold(), r.id),
    "events": lambda r: (_day(r.date), _day(r.end), _category(r), r.id),
    "statistics": _statistic,
    "acronyms": lambda r: (r.acronym.casefold(), r.id),
    "lines_of_effort": lambda r: r.number,
    "people": lambda r: (r.name.casefold(), r.id),
    "tenures": _tenure,
    "commitments": lambda r: (_day(r.made), r.id),
    "merges": lambda r: r.id,
}


def natural_key(name: str) -> Callable[[Any], SupportsRichComparison] | None:
    """The sort key of a collection's natural order; ``None`` for a collection that keeps the
    order of its source text (KASI's priority areas and visions)."""
    return _KEYS.get(name)


def natural(name: str, records: Iterable[T]) -> tuple[T, ...]:
    """``records`` of a collection in its natural order."""
    key = natural_key(name)
    return tuple(records) if key is None else tuple(sorted(records, key=key))
