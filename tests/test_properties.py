"""Property tests on the query API (hypothesis)."""

from __future__ import annotations

import contextlib
import datetime as dt

from hypothesis import assume, given
from hypothesis import strategies as st
from strategies import partial_dates

import aseanrok as a
from aseanrok import NotFoundError
from aseanrok.dates import PartialDate, as_partial_date

KEYS = sorted(
    {r.acronym for r in a.acronyms()} | {v.value for r in a.acronyms() for v in r.variants}
)
blanks = st.text(" \t\n\r\u00a0\u2003", max_size=3)


def _meanings(text: str) -> tuple[str, ...]:
    return a.expansions(text)


@given(st.sampled_from(KEYS), st.data(), blanks, blanks)
def test_expand_ignores_case_and_surrounding_blanks(
    key: str, data: st.DataObject, left: str, right: str
) -> None:
    flips = data.draw(st.lists(st.booleans(), min_size=len(key), max_size=len(key)))
    mixed = "".join(c.swapcase() if flip else c for c, flip in zip(key, flips, strict=True))
    assert _meanings(left + mixed + right) == _meanings(key)
    assert a.acronym(left + mixed + right) is a.acronym(key)


@given(
    st.one_of(
        st.text(),
        st.integers(),
        st.none(),
        st.binary(),
        st.floats(),
        st.lists(st.text(max_size=3), max_size=2),
    )
)
def test_arbitrary_input_raises_only_documented_errors(value: object) -> None:
    for function in (a.expand, a.expansions, a.acronym, a.fund, a.institution, a.person, a.source):
        with contextlib.suppress(NotFoundError, TypeError, ValueError):
            function(value)  # type: ignore[operator]


@given(st.one_of(st.text(), st.integers(), st.none(), st.floats(), st.dates()))
def test_partnership_level_raises_only_documented_errors(value: object) -> None:
    try:
        level = a.partnership_level(value)  # type: ignore[arg-type]
    except (NotFoundError, TypeError, ValueError):
        return
    assert level in a.partnership_levels()


LEVELS = a.partnership_levels()
FIRST = LEVELS[0].since.earliest()
days = st.dates(min_value=FIRST, max_value=dt.date(2100, 12, 31))


@given(days, days)
def test_partnership_level_is_monotone(d1: dt.date, d2: dt.date) -> None:
    early, late = sorted((d1, d2))
    assert LEVELS.index(a.partnership_level(early)) <= LEVELS.index(a.partnership_level(late))


@given(partial_dates())
def test_partial_date_level_is_the_level_at_its_last_day(d: PartialDate) -> None:
    assume(d.latest() >= FIRST)
    assert a.partnership_level(str(d)) == a.partnership_level(d.latest())


EVERYTHING = a.timeline()
bounds = st.one_of(
    st.none(),
    st.integers(1985, 2030),
    st.dates(min_value=dt.date(1985, 1, 1), max_value=dt.date(2030, 12, 31)),
    partial_dates().filter(lambda d: 1985 <= d.year <= 2030).map(str),
)


def _first(bound: dt.date | int | str | None) -> dt.date:
    return dt.date.min if bound is None else as_partial_date(bound).earliest()


def _last(bound: dt.date | int | str | None) -> dt.date:
    return dt.date.max if bound is None else as_partial_date(bound).latest()


@given(bounds, bounds)
def test_timeline_range_is_exactly_the_overlapping_events(
    start: dt.date | int | str | None, end: dt.date | int | str | None
) -> None:
    first, last = _first(start), _last(end)
    assume(first <= last)
    got = a.timeline(start, end)
    assert [e.date for e in got] == sorted(e.date for e in got)
    assert set(got) <= set(EVERYTHING)
    expected = [e for e in EVERYTHING if e.date.earliest() <= last and e.end.latest() >= first]
    assert list(got) == expected


PROJECTS = a.projects()


@given(st.integers(1980, 2040))
def test_projects_active_in_is_exactly_start_to_end(year: int) -> None:
    expected = [
        p
        for p in PROJECTS
        if p.start_year is not None
        and p.end_year is not None
        and p.start_year <= year <= p.end_year
    ]
    assert list(a.projects(active_in=year)) == expected
