"""PartialDate and Span: parse/format round trip, rejection of bad input, ordering laws."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import partial_dates, spans

from aseanrok.dates import PartialDate, Span, as_partial_date


@given(partial_dates())
def test_parse_and_str_are_inverse(d: PartialDate) -> None:
    assert PartialDate.parse(str(d)) == d
    assert str(PartialDate.parse(str(d))) == str(d)


@given(spans())
def test_span_parse_and_str_are_inverse(s: Span) -> None:
    assert Span.parse(str(s)) == s


@pytest.mark.parametrize(
    ("text", "precision", "earliest", "latest"),
    [
        ("1997", "year", dt.date(1997, 1, 1), dt.date(1997, 12, 31)),
        ("1989-11", "month", dt.date(1989, 11, 1), dt.date(1989, 11, 30)),
        ("2024-02", "month", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2023-12", "month", dt.date(2023, 12, 1), dt.date(2023, 12, 31)),
        ("2004-11-30", "day", dt.date(2004, 11, 30), dt.date(2004, 11, 30)),
        ("9999-12", "month", dt.date(9999, 12, 1), dt.date(9999, 12, 31)),
        ("0001-01", "month", dt.date(1, 1, 1), dt.date(1, 1, 31)),
    ],
)
def test_precision_and_bounds(
    text: str, precision: str, earliest: dt.date, latest: dt.date
) -> None:
    d = PartialDate.parse(text)
    assert (d.precision, d.earliest(), d.latest(), str(d)) == (precision, earliest, latest, text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "97",
        "1997-1",
        "1997-13",
        "1997-00",
        "2023-02-29",
        "2004-11-31",
        "0000",
        "1997/",
        "1997-11-30T00:00",
        " 1997",
        "١٩٩٧",
        "1997-11-30/1997-11-29",
    ],
)
def test_rejects_impossible_or_malformed_dates(text: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - the message varies by fault
        Span.parse(text)


@pytest.mark.parametrize("value", [1997, 19.97, None, b"1997", ["1997"]])
def test_parse_rejects_non_strings(value: object) -> None:
    with pytest.raises(TypeError, match="expected str"):
        PartialDate.parse(value)  # type: ignore[arg-type]


def test_constructor_is_strict() -> None:
    with pytest.raises(TypeError):
        PartialDate(year="1997")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        PartialDate(year=True)
    with pytest.raises(ValueError, match="a day needs a month"):
        PartialDate(year=1997, day=3)
    with pytest.raises(TypeError):
        PartialDate(1997)  # type: ignore[misc] - keyword-only


@given(dates=st.dates())
def test_from_date(dates: dt.date) -> None:
    d = PartialDate.from_date(dates)
    assert d.earliest() == d.latest() == dates
    assert as_partial_date(dates) == d


def test_from_date_takes_a_datetime_at_its_own_date() -> None:
    assert PartialDate.from_date(dt.datetime(2020, 1, 1, 23, 59)) == PartialDate.parse("2020-01-01")
    with pytest.raises(TypeError):
        PartialDate.from_date("2020-01-01")  # type: ignore[arg-type]


@given(partial_dates(), partial_dates(), partial_dates())
def test_ordering_is_a_total_order(a: PartialDate, b: PartialDate, c: PartialDate) -> None:
    assert (a < b) + (a == b) + (a > b) == 1  # trichotomy
    assert (a <= b) == (a < b or a == b)
    assert (a >= b) == (b <= a)
    if a <= b and b <= c:
        assert a <= c  # transitivity
    if a <= b and b <= a:
        assert a == b  # antisymmetry


@given(partial_dates())
def test_bounds_contain_each_other(d: PartialDate) -> None:
    assert d.earliest() <= d.latest()
    assert PartialDate.from_date(d.earliest()).year == d.year


@given(partial_dates(), partial_dates())
def test_ordering_is_consistent_with_earliest(a: PartialDate, b: PartialDate) -> None:
    if a <= b:
        assert a.earliest() <= b.earliest()


def test_less_precise_sorts_first_within_its_period() -> None:
    ordered = ["2004", "2004-01", "2004-01-01", "2004-01-02", "2004-02", "2004-11-30", "2005"]
    assert sorted(PartialDate.parse(t) for t in reversed(ordered)) == [
        PartialDate.parse(t) for t in ordered
    ]


def test_comparison_with_other_types_is_refused() -> None:
    with pytest.raises(TypeError):
        _ = PartialDate(year=2000) < dt.date(2000, 1, 1)  # type: ignore[operator]


def test_span_of_single_date_and_interval() -> None:
    s = Span.parse("2014-12-11/2014-12-12")
    assert (s.start, s.end) == (
        PartialDate(year=2014, month=12, day=11),
        PartialDate(year=2014, month=12, day=12),
    )
    assert Span.parse("2009") == Span.of(PartialDate(year=2009))
    assert str(Span.of(PartialDate(year=2009))) == "2009"


def test_overlaps() -> None:
    d = PartialDate.parse("1989-11")
    assert d.overlaps(dt.date(1989, 11, 30), dt.date(1990, 1, 1))
    assert not d.overlaps(dt.date(1989, 12, 1), dt.date(1990, 1, 1))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (2024, "2024"),
        ("2024-10", "2024-10"),
        (" 2024-10-05 ", "2024-10-05"),
        (dt.date(2024, 1, 2), "2024-01-02"),
        (PartialDate(year=1990), "1990"),
    ],
)
def test_as_partial_date(value: object, expected: str) -> None:
    assert str(as_partial_date(value)) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [True, 2024.0, None, [2024]])
def test_as_partial_date_rejects_other_types(value: object) -> None:
    with pytest.raises(TypeError, match=r"datetime\.date, an int year"):
        as_partial_date(value)  # type: ignore[arg-type]
