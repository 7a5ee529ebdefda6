"""to_pandas: typed columns an analyst can use, and a clear ImportError without pandas."""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, reject, settings
from hypothesis import strategies as st
from strategies import generated

import aseanrok as a
from aseanrok.dataset import COLLECTIONS
from aseanrok.money import Money

pd = pytest.importorskip("pandas")


def test_summits_frame() -> None:
    df = a.to_pandas("summits")
    assert len(df) == len(a.load().summits)
    assert str(df["number"].dtype) == "Int64"
    assert str(df["commemorative"].dtype) == "boolean"
    assert str(df["city"].dtype) == "string"
    assert str(df["when_start"].dtype).startswith("datetime64")
    row = df.set_index("id").loc["summit-8"]
    s = a.summit(8)
    assert row["when"] == str(s.when)
    assert row["when_start"].date() == s.start.earliest()
    assert row["when_end"].date() == s.end.latest()
    assert row["when_precision"] == s.start.precision
    assert row["sources"] == list(dict.fromkeys(c.source_id for c in s.citations))
    assert row["documents"] == list(s.documents)


def test_dates_analyse_by_year() -> None:
    df = a.to_pandas("summits")
    by_year = df.groupby(df["when_start"].dt.year)["id"].count()
    assert by_year.sum() == len(df)
    assert by_year.loc[2004] == sum(s.start.year == 2004 for s in a.load().summits)


def test_money_splits_into_typed_columns() -> None:
    df = a.to_pandas("projects").set_index("id")
    assert str(df["budget_amount"].dtype) == "Int64"
    for p in a.projects():
        amount = df.loc[p.id, "budget_amount"]
        # unknown is missing, never 0
        assert (None if pd.isna(amount) else amount) == (p.budget and p.budget.amount)
    assert "budget" not in df.columns


def test_a_statistics_value_by_kind() -> None:
    df = a.to_pandas("statistics").set_index("id")
    assert str(df["value_number"].dtype) == "Float64"
    assert str(df["value_amount"].dtype) == "Int64"
    for s in a.statistics():
        row = df.loc[s.id]
        if isinstance(s.value, Money):
            assert (row["value_amount"], row["value_currency"]) == (
                s.value.amount,
                s.value.currency,
            )
            assert pd.isna(row["value_number"])
        else:
            assert row["value_number"] == pytest.approx(float(s.value))
            assert pd.isna(row["value_amount"])
            assert row["value"] == str(s.value)


def test_every_collection_converts_with_its_columns() -> None:
    for name, count in a.load().counts().items():
        df = a.to_pandas(name)
        assert len(df) == count
        assert len(df.columns) > 0


def test_names_are_stripped_and_folded_like_the_other_look_ups() -> None:
    assert a.to_pandas(" summits ").equals(a.to_pandas("summits"))
    assert a.to_pandas("Summits").equals(a.to_pandas("summits"))
    with pytest.raises(ValueError, match="blank"):
        a.to_pandas("  ")


def test_bad_input() -> None:
    assert a.to_pandas(()).empty
    with pytest.raises(TypeError):
        a.to_pandas([a.summit(8), a.fund("AKCF")])
    with pytest.raises(LookupError):
        a.to_pandas("sumits")
    with pytest.raises(TypeError):
        a.to_pandas(42)  # type: ignore[arg-type]


def test_without_pandas_names_the_extra_as_installed_from_a_clone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install '\.\[pandas\]'"):
        a.to_pandas("summits")


def test_timeline_by_year() -> None:
    assert a.timeline(year=2019) == a.timeline(2019, 2019)
    with pytest.raises(TypeError, match="not both"):
        a.timeline(2018, year=2019)
    with pytest.raises(TypeError):
        a.timeline(year="2019")  # type: ignore[arg-type]


@st.composite
def _rows(draw: st.DrawFn) -> list[object]:
    cls = draw(st.sampled_from(list(COLLECTIONS.values())))
    try:
        return draw(st.lists(generated(cls), min_size=1, max_size=4))
    except (TypeError, ValueError):
        reject()


@settings(max_examples=max(20, settings.default.max_examples // 5))  # deep: 400
@given(_rows())
def test_any_records_convert_without_losing_a_value(rows: list[object]) -> None:
    """Generic: dates at every precision and year 1 to 9999, numbers of every kind."""
    df = a.to_pandas(rows)
    assert len(df) == len(rows)
    for column in df.columns:
        if column.endswith(("_start", "_end")) and str(df[column].dtype).startswith("datetime"):
            field = column.rsplit("_", 1)[0]
            for value, cell in zip(
                (getattr(r, field, None) for r in rows), df[column], strict=True
            ):
                if value is None:
                    assert pd.isna(cell)
                elif hasattr(value, "earliest") or hasattr(value, "start"):
                    first = (
                        value.earliest() if hasattr(value, "earliest") else value.start.earliest()
                    )
                    last = value.latest() if hasattr(value, "latest") else value.end.latest()
                    want = first if column.endswith("_start") else last
                    assert pd.Timestamp(cell).date() == want or (
                        isinstance(cell, dt.date) and cell == want
                    )
        if column.endswith("_number"):
            field = column[: -len("_number")]
            for value, cell in zip(
                (getattr(r, field, None) for r in rows), df[column], strict=True
            ):
                if isinstance(value, (int, Decimal, Fraction)):
                    assert cell == pytest.approx(float(value))
