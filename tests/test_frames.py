"""to_pandas: typed columns, and a clear ImportError without pandas."""

from __future__ import annotations

import sys

import pytest

import aseanrok as a

pd = pytest.importorskip("pandas")


def test_summits_frame() -> None:
    df = a.to_pandas("summits")
    assert len(df) == len(a.summits(series=None))
    assert str(df["number"].dtype) == "Int64"
    assert str(df["commemorative"].dtype) == "boolean"
    assert str(df["city"].dtype) == "string"
    # CSP para 6: Commemorative Summit "held on 11-12 December 2014 in Busan"
    row = df[df["when_start"] == "2014-12-11"].iloc[0]
    assert (row["when_end"], row["city"]) == ("2014-12-12", "Busan")
    assert "asean-csp-overview-2025" in row["sources"]


def test_money_splits_into_typed_columns() -> None:
    df = a.to_pandas(a.projects(line_of_effort=3))
    assert str(df["budget_amount"].dtype) == "Int64"
    assert 10_000_000 in set(df["budget_amount"].dropna())
    assert set(df["budget_currency"].dropna()) == {"USD"}


def test_every_collection_converts() -> None:
    for name, count in a.load().counts().items():
        assert len(a.to_pandas(name)) == count


def test_bad_input() -> None:
    assert a.to_pandas(()).empty
    with pytest.raises(TypeError):
        a.to_pandas([a.summit(8), a.fund("AKCF")])
    with pytest.raises(LookupError):
        a.to_pandas("sumits")


def test_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"aseanrok\[pandas\]"):
        a.to_pandas("summits")


def test_each_row_keeps_its_own_cells() -> None:
    """Money in some rows and None (or a number) in others stays in the right rows."""
    df = a.to_pandas("projects").set_index("id")
    for p in a.projects():
        amount = df.loc[p.id, "budget_amount"]
        assert (None if pd.isna(amount) else amount) == (p.budget and p.budget.amount)
    assert "budget" not in df.columns
    stats = a.to_pandas("statistics").set_index("id")
    trade = stats.loc["stat-asean-rok-two-way-trade-2024"]
    assert (trade["value_amount"], trade["value_currency"]) == (208_110_000_000, "USD")
    assert pd.isna(trade["value"])
    assert stats.loc["stat-rok-rank-asean-fdi-source-2024", "value"] == 7
    assert pd.isna(stats.loc["stat-rok-rank-asean-fdi-source-2024", "value_amount"])
