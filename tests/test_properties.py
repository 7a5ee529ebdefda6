"""Property tests on the query API (hypothesis)."""

from __future__ import annotations

import contextlib
import datetime as dt
import inspect
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hostile import examples
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import aseanrok as a
from aseanrok import DataError, NotFoundError, testing
from aseanrok.dataset import COLLECTIONS
from aseanrok.dates import PartialDate, Span, as_partial_date
from aseanrok.records.events import EventCategory

blanks = st.text(" \t\n\r\u00a0\u2003", max_size=3)


def _meanings(text: str) -> tuple[str, ...]:
    return a.expansions(text)


@given(testing.known_acronyms(), st.data(), blanks, blanks)
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


@given(st.dates(min_value=FIRST), st.sampled_from(("year", "month", "day")))
def test_partial_date_level_is_the_level_at_its_last_day(day: dt.date, precision: str) -> None:
    # a date at any precision whose last day is not before the first level (no filtering)
    d = PartialDate(
        year=day.year,
        month=None if precision == "year" else day.month,
        day=day.day if precision == "day" else None,
    )
    assert a.partnership_level(str(d)) == a.partnership_level(d.latest())


EVERYTHING = a.timeline()
bounds = st.one_of(
    st.none(),
    st.integers(1985, 2030),
    st.dates(min_value=dt.date(1985, 1, 1), max_value=dt.date(2030, 12, 31)),
    testing.date_arguments(),
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


# Arbitrary arguments for every public function: a documented error or an answer, never an
# internal exception, never a DataError (the bundled data is sound), never a huge message.

API = ("acronyms", "catalog", "changes", "funds", "lookups", "partnership", "people")
API += ("projects",)
API += ("statistics", "summits", "timeline")


class _Huge:
    """An int of 5,000 digits, made after the draw: hypothesis 6.90 (the floor) prints what is
    drawn, and Python refuses to print an int that long."""

    def __init__(self, sign: int) -> None:
        self.sign = sign

    def __repr__(self) -> str:
        return f"{'-' if self.sign < 0 else ''}10**5000"


def _real(value: object) -> object:
    return value.sign * 10**5000 if isinstance(value, _Huge) else value


HOSTILE = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", " ", "\u3000", "\x00", "\uff12\uff10\uff12\uff14", "x" * 100_000]),
    st.integers(),
    st.sampled_from([_Huge(1), _Huge(-1), 2**63, 2**31, 0, -1, True, False]),
    st.floats(),
    st.none(),
    st.binary(max_size=4),
    st.sampled_from(
        [
            Decimal("sNaN"),
            Decimal("NaN"),
            Fraction(1, 3),
            1j,
            object(),
            [],
            {},
            (),
            {1},
            frozenset(),
        ]
    ),
    st.dates(),
    st.datetimes(),
    testing.partial_dates(),
    st.sampled_from(list(EventCategory)),
    st.lists(st.text(max_size=3), max_size=2),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
    testing.known_acronyms(),
    testing.ids(),
)
# the query functions (aseanrok.api, load); cite, search, export, to_pandas and plot are held
# to this by their own tests (export writes files)
OWN = sorted(
    name
    for name in a.__all__
    if inspect.isfunction(function := getattr(a, name))
    and function.__module__ in ("aseanrok.loader", *(f"aseanrok.api.{m}" for m in API))
)
METHODS: dict[str, Callable[..., object]] = {
    "PartialDate.parse": PartialDate.parse,
    "PartialDate.from_date": PartialDate.from_date,
    "Span.parse": Span.parse,
    "as_partial_date": as_partial_date,
    "Dataset.collection": a.load().collection,
    "name_in": a.summits()[0].name_in,
}
CALLABLES: dict[str, Callable[..., object]] = {
    **{name: getattr(a, name) for name in OWN},
    **METHODS,
}


@settings(max_examples=examples(15))
@pytest.mark.parametrize("name", sorted(CALLABLES))
@given(data=st.data())
def test_arbitrary_arguments_to_every_public_function(name: str, data: st.DataObject) -> None:
    function = CALLABLES[name]
    args, kwargs = [], {}
    for param in inspect.signature(function).parameters.values():
        if param.default is not param.empty and data.draw(st.booleans()):
            continue  # leave an optional argument out
        value = _real(data.draw(HOSTILE, label=param.name))
        if param.kind is param.KEYWORD_ONLY:
            kwargs[param.name] = value
        else:
            args.append(value)
    error = _raised(lambda: function(*args, **kwargs))
    assert error is None or len(str(error)) < 500, str(error)[:200]


def _raised(call: Callable[[], object]) -> Exception | None:
    """The documented error ``call`` raises, or None; anything else (a DataError too)
    propagates and fails the test."""
    try:
        call()
    except DataError:
        raise
    except (NotFoundError, TypeError, ValueError) as exc:
        return exc
    return None


RECORD_CLASSES = sorted(
    {type(r) for name in a.load().counts() for r in a.load().collection(name)[:1]},
    key=lambda c: c.__name__,
)


@settings(max_examples=examples(15))
@pytest.mark.parametrize("cls", RECORD_CLASSES, ids=lambda c: c.__name__)
@given(data=st.data())
def test_arbitrary_fields_of_a_record_built_by_hand(cls: type, data: st.DataObject) -> None:
    """A record built from a sound one with a field or two replaced by anything: it is made
    (the values fit) or refused with TypeError or ValueError, in a short message."""
    sample = a.load().collection(COLLECTION_OF[cls])[0]
    fields = [f.name for f in attrs.fields(cls)]
    chosen = data.draw(st.lists(st.sampled_from(fields), min_size=1, max_size=2, unique=True))
    changes = {name: _real(data.draw(HOSTILE, label=name)) for name in chosen}
    error = _raised(lambda: attrs.evolve(sample, **changes))
    assert not isinstance(error, NotFoundError)
    assert error is None or len(str(error)) < 500, str(error)[:200]


COLLECTION_OF = {cls: name for name, cls in COLLECTIONS.items()}
