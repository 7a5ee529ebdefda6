"""``to_pandas``: any collection as a DataFrame with typed columns (extra ``aseanrok[pandas]``)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from .dates import PartialDate, Span
from .money import Money
from .table import cell

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["to_pandas"]


def _columns(name: str, value: object, money: bool) -> dict[str, object]:
    """The cells of one field; ``money`` when the field holds Money in any row."""
    if value is None and money:
        return dict.fromkeys([f"{name}_amount", f"{name}_currency", f"{name}_approximate"])
    if isinstance(value, Span):
        return {f"{name}_start": str(value.start), f"{name}_end": str(value.end)}
    if isinstance(value, Money):
        return {
            f"{name}_amount": value.amount,
            f"{name}_currency": value.currency,
            f"{name}_approximate": value.approximate,
        }
    if isinstance(value, PartialDate):
        return {name: str(value)}
    if name == "citations":
        return {"sources": ", ".join(dict.fromkeys(c.source_id for c in value))}  # type: ignore[attr-defined]
    if isinstance(value, (Decimal, Fraction)):
        return {name: value}
    if value is None or isinstance(value, (bool, int, str)):
        return {name: value}
    return {name: cell(value)}


def to_pandas(collection: str | Iterable[object]) -> pd.DataFrame:
    """A DataFrame of a collection (by name, e.g. ``"summits"``) or of records from a query.

    Dates are EDTF strings (``start``/``end`` columns for spans), money splits into
    ``_amount`` (Int64), ``_currency`` and ``_approximate``, optional ints are ``Int64``, text
    is ``string``, and ``sources`` lists the ids of the sources cited.

    >>> df = aseanrok.to_pandas("summits")
    >>> df.loc[df.number == 25, "when_start"].item()
    '2024-10-10'
    """
    try:
        import pandas as pd
    except ImportError:
        raise ImportError("to_pandas() needs pandas: pip install 'aseanrok[pandas]'") from None
    if isinstance(collection, str):
        from .summary import load

        rows: list[Any] = list(load().collection(collection))
    else:
        rows = list(collection)
    if not rows:
        empty: pd.DataFrame = pd.DataFrame()
        return empty
    cls: Any = type(rows[0])
    if not attrs.has(cls) or any(type(r) is not cls for r in rows):
        raise TypeError("to_pandas() takes a collection name or records of one type")
    fields = [f.name for f in attrs.fields(cls)]
    money = {f for f in fields if any(isinstance(getattr(r, f), Money) for r in rows)}
    table = [
        {k: v for f in fields for k, v in _columns(f, getattr(r, f), f in money).items()}
        for r in rows
    ]
    # a field may give different columns row by row (a statistic's value is a number or
    # Money): every row gets every column, None where it has no cell
    names = list(dict.fromkeys(k for row in table for k in row))
    columns = {k: [row.get(k) for row in table] for k in names}
    frame: pd.DataFrame = pd.DataFrame(
        {name: pd.Series(values, dtype=_dtype(values)) for name, values in columns.items()}
    )
    return frame


def _dtype(values: list[object]) -> str:
    """The pandas dtype for a column's Python values (``None`` is missing)."""
    present = [v for v in values if v is not None]
    if present and all(type(v) is bool for v in present):
        return "boolean"
    if present and all(type(v) is int for v in present):
        return "Int64"
    if all(isinstance(v, str) for v in present):
        return "string"
    return "object"
