"""Hypothesis strategies for the property tests of projects that use aseanrok.

They draw real records and real keys from the bundled data (``records``, ``ids``,
``known_acronyms``, ``summits``, ``meetings``), values the accessors accept (``years``,
``partial_dates``, ``dates_in_record``, ``date_arguments``) and keys that must fail
(``unknown_ids``, ``unknown_acronyms``), so that a test of code built on aseanrok meets the data
it will meet in use. Needs hypothesis: install aseanrok with its ``testing`` extra.
``import aseanrok`` never imports this module, and the data is read on the first draw, not on
import.

>>> from hypothesis import given
>>> from aseanrok import testing
>>> @given(testing.summits())
... def test_a_summit_is_found_by_its_number(summit):
...     assert aseanrok.summit(summit.number) is summit
>>> test_a_summit_is_found_by_its_number()
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TypeVar, overload

from hypothesis import strategies as st

from ._args import require_text
from .dataset import COLLECTIONS
from .dates import PartialDate, Precision
from .errors import NotFoundError
from .records.meetings import Meeting
from .records.summits import Summit

__all__ = [
    "date_arguments",
    "dates_in_record",
    "ids",
    "known_acronyms",
    "meetings",
    "merged_ids",
    "partial_dates",
    "records",
    "summits",
    "unknown_acronyms",
    "unknown_ids",
    "years",
]

R = TypeVar("R")
T = TypeVar("T")

_PRECISIONS: tuple[Precision, ...] = ("year", "month", "day")
# collections whose records are keyed by something else than an id
_NO_IDS = {"acronyms": "known_acronyms()", "lines_of_effort": "their number"}


def _collection(collection: str | type) -> str:
    """The name of a collection given by name (any case) or by its record class."""
    if isinstance(collection, type):
        for name, cls in COLLECTIONS.items():
            if cls is collection:
                return name
        raise NotFoundError(collection.__name__, (c.__name__ for c in COLLECTIONS.values()))
    key = require_text(collection, "a collection name").casefold()
    if key not in COLLECTIONS:
        raise NotFoundError(key, COLLECTIONS, what="collection")
    return key


def _sampled(items: Callable[[], Sequence[T]]) -> st.SearchStrategy[T]:
    """Draws from ``items()``, called on the first draw (the data is read then, not before)."""
    return st.deferred(lambda: st.sampled_from(items()))


@overload
def records(collection: type[R]) -> st.SearchStrategy[R]: ...
@overload
def records(collection: str) -> st.SearchStrategy[object]: ...
def records(collection: str | type[R]) -> st.SearchStrategy[R] | st.SearchStrategy[object]:
    """Real records of one collection, given by name (``"summits"``) or by record class
    (``aseanrok.Summit``: the strategy is then typed with it).

    >>> from hypothesis import given
    >>> from aseanrok import testing
    >>> @given(testing.records(aseanrok.Fund))
    ... def test_a_fund_is_found_by_its_acronym(fund):
    ...     assert aseanrok.fund(fund.acronym) is fund
    >>> test_a_fund_is_found_by_its_acronym()
    """
    from .loader import load

    name = _collection(collection)
    return _sampled(lambda: load().collection(name))


def ids(collection: str | type | None = None) -> st.SearchStrategy[str]:
    """Ids of real records: of one collection, or of every record of the dataset (the ids of
    merged records left out: see ``merged_ids``). ``aseanrok.get()`` answers each.

    >>> from hypothesis import given
    >>> from aseanrok import testing
    >>> @given(testing.ids("people"))
    ... def test_an_id_answers_its_record(person_id):
    ...     assert aseanrok.get(person_id).id == person_id
    >>> test_an_id_answers_its_record()
    """
    from .loader import load

    names = [n for n in COLLECTIONS if n not in _NO_IDS and n != "merges"]
    if collection is not None:
        name = _collection(collection)
        if name in _NO_IDS:
            raise ValueError(f"{name} have no ids: they are keyed by {_NO_IDS[name]}")
        names = [name]

    def every() -> list[str]:
        ds = load()
        found = (getattr(r, "id", None) for n in names for r in ds.collection(n))
        return [rid for rid in found if isinstance(rid, str)]

    return _sampled(every)


def merged_ids() -> st.SearchStrategy[str]:
    """Ids that were merged into another record: ``aseanrok.get()`` answers the record kept,
    with a ``DeprecationWarning`` that names its id (draws nothing while none was merged)."""
    from .loader import load

    return _sampled(lambda: [m.id for m in load().merges])


def known_acronyms() -> st.SearchStrategy[str]:
    """Acronyms as the sources write them, and their other attested spellings: what
    ``aseanrok.expansions()`` and ``aseanrok.acronym()`` answer.

    >>> from hypothesis import given
    >>> from aseanrok import testing
    >>> @given(testing.known_acronyms())
    ... def test_an_acronym_has_a_meaning(text):
    ...     assert aseanrok.expansions(text)
    >>> test_an_acronym_has_a_meaning()
    """
    from .api.acronyms import acronyms

    def spellings() -> list[str]:
        return sorted(
            {a.acronym for a in acronyms()} | {v.value for a in acronyms() for v in a.variants}
        )

    return _sampled(spellings)


def summits(*, series: str | None = "asean-rok") -> st.SearchStrategy[Summit]:
    """Real summits of a series, as ``aseanrok.summits(series=...)`` lists them (``None``:
    every series)."""
    from .api.summits import _series
    from .api.summits import summits as listed

    if series is not None:
        _series(series)  # a wrong series fails here, not on the first draw
    return _sampled(lambda: listed(series=series))


def meetings(*, series: str | None = None, level: str | None = None) -> st.SearchStrategy[Meeting]:
    """Real meetings below the leaders, as ``aseanrok.meetings(series=..., level=...)`` lists
    them (a series is looked up on the first draw)."""
    from .api.meetings import _level
    from .api.meetings import meetings as listed

    if level is not None:
        _level(level)
    return _sampled(lambda: listed(series=series, level=level))


def _span() -> tuple[dt.date, dt.date]:
    """The record's first day (the first partnership level) and its last dated happening."""
    from .api.partnership import partnership_levels
    from .api.timeline import timeline

    first = min(level.since.earliest() for level in partnership_levels())
    last = max(e.end.latest() for e in timeline())
    return first, last


def _at(precision: Precision, day: dt.date) -> PartialDate:
    if precision == "year":
        return PartialDate(year=day.year)
    if precision == "month":
        return PartialDate(year=day.year, month=day.month)
    return PartialDate.from_date(day)


def _precisions(precision: Precision | None) -> st.SearchStrategy[Precision]:
    if precision is None:
        return st.sampled_from(_PRECISIONS)
    if precision not in _PRECISIONS:
        raise NotFoundError(precision, _PRECISIONS, what="precision")
    return st.just(precision)


def partial_dates(
    *, precision: Precision | None = None, min_year: int = 1, max_year: int = 9999
) -> st.SearchStrategy[PartialDate]:
    """Every ``PartialDate`` the API accepts (years 1 to 9999), at one precision or at any.

    >>> from hypothesis import given
    >>> from aseanrok import testing
    >>> @given(testing.partial_dates(precision="month"))
    ... def test_a_date_reads_back_from_its_text(d):
    ...     assert aseanrok.PartialDate.parse(str(d)) == d
    >>> test_a_date_reads_back_from_its_text()
    """
    days = st.dates(dt.date(min_year, 1, 1), dt.date(max_year, 12, 31))
    return st.builds(_at, _precisions(precision), days)


def dates_in_record(*, precision: Precision | None = None) -> st.SearchStrategy[PartialDate]:
    """Dates inside the partnership's record, at one precision or at any: each holds a day
    from the first partnership level (the sectoral dialogue of 1989) to the last dated
    happening of the timeline, so ``aseanrok.partnership_level()`` answers it.

    >>> from hypothesis import given
    >>> from aseanrok import testing
    >>> @given(testing.dates_in_record())
    ... def test_every_date_has_a_level(d):
    ...     assert aseanrok.partnership_level(d) in aseanrok.partnership_levels()
    >>> test_every_date_has_a_level()
    """
    chosen = _precisions(precision)
    return st.deferred(lambda: st.builds(_at, chosen, st.dates(*_span())))


def years() -> st.SearchStrategy[int]:
    """The years of the partnership's record, first to last: what ``year=`` and
    ``active_in=`` arguments can find something in."""
    return st.deferred(lambda: st.integers(_span()[0].year, _span()[1].year))


def date_arguments() -> st.SearchStrategy[PartialDate | dt.date | int | str]:
    """A date in every form a date argument takes (``timeline(start, end)``,
    ``partnership_level(on)``): a ``PartialDate``, its text (``"2004"``, ``"2004-11"``,
    ``"2004-11-30"``), a ``datetime.date`` or an int year; each inside the record."""
    inside = dates_in_record()
    return st.one_of(
        inside,
        inside.map(str),
        inside.map(PartialDate.earliest),
        inside.map(lambda d: d.year),
    )


def unknown_ids() -> st.SearchStrategy[str]:
    """Well-formed ids (lowercase slugs) that name no record and no merged one:
    ``aseanrok.get()`` raises ``NotFoundError`` for each.

    >>> import pytest
    >>> from hypothesis import given
    >>> from aseanrok import testing
    >>> @given(testing.unknown_ids())
    ... def test_an_unknown_id_is_not_found(text):
    ...     with pytest.raises(aseanrok.NotFoundError):
    ...         aseanrok.get(text)
    >>> test_an_unknown_id_is_not_found()
    """
    from .api.lookups import record_ids

    slugs = st.from_regex(r"[a-z][a-z0-9]{0,7}(-[a-z0-9]{1,8}){0,3}", fullmatch=True)

    def unknown() -> st.SearchStrategy[str]:
        known = frozenset(record_ids())
        return slugs.filter(lambda text: text not in known)

    return st.deferred(unknown)


def unknown_acronyms() -> st.SearchStrategy[str]:
    """Acronym-like words (capitals and digits) that no source defines:
    ``aseanrok.expand()`` raises ``NotFoundError`` for each."""
    from .api.acronyms import expansions

    def unknown(text: str) -> bool:
        try:
            expansions(text)
        except NotFoundError:
            return True
        return False

    return st.from_regex(r"[A-Z][A-Z0-9]{1,7}", fullmatch=True).filter(unknown)
