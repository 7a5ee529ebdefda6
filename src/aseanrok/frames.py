"""``to_pandas``: any collection as a DataFrame with typed columns (the pandas extra).

The columns come from the record class (``aseanrok.columns``), so every collection converts the
same way, and a collection with no records still has its columns.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from .columns import Shape, cells, columns, shapes
from .dates import PartialDate, Span
from .money import Money
from .shown import shown_form, shown_value

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["NEEDS_PANDAS", "to_pandas"]

#: What the ImportError says without pandas: install commands that work from a clone.
NEEDS_PANDAS = (
    "to_pandas() needs pandas: pip install pandas, or in a clone of aseanrok "
    "pip install '.[pandas]'"
)

# the pandas dtype of each kind of column (dates are datetime64[s], see _datetimes)
_DTYPES = {"string": "string", "integer": "Int64", "boolean": "boolean", "number": "Float64"}


def _item(value: object) -> object:
    """An item of a list column: an enum's value, a date's or money's text, else itself."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (PartialDate, Span)):
        return str(value)
    if isinstance(value, Money):
        return format(value, "d")
    return value


def _nested(shape: Shape, value: object) -> dict[str, object]:
    """The cell of a field holding records or a list: ``sources`` for citations (the ids of the
    sources cited), else the list of items (records as dicts, in the data's form, each quote
    as plain text)."""
    from .convert import converter

    if shape.name == "citations":
        ids = [c.source_id for c in value] if isinstance(value, tuple) else []
        return {"sources": list(dict.fromkeys(ids))}
    if value is None:
        return {shape.name: None}
    if shape.kind == "records":
        if isinstance(value, tuple):
            return {shape.name: [shown_form(converter.unstructure(v)) for v in value]}
        return {shape.name: shown_form(converter.unstructure(value))}
    return {shape.name: [_item(v) for v in value] if isinstance(value, tuple) else value}


def _row(cls: type, record: object) -> dict[str, object]:
    row: dict[str, object] = {}
    for shape in shapes(cls):
        value = shown_value(record, shape.name)
        if shape.kind in ("list", "records"):
            row.update(_nested(shape, value))
        elif shape.kind == "text" and not isinstance(value, (str, enum.Enum, type(None))):
            row[shape.name] = value  # a field of no known type: kept as it is
        else:
            row.update(cells(shape.name, shape.kind, value))
    return row


def _column_types(cls: type) -> dict[str, str]:
    """Each column's type: a Table Schema type, ``date``, or ``object`` (lists, records)."""
    found: dict[str, str] = {}
    for shape in shapes(cls):
        if shape.kind in ("list", "records"):
            found["sources" if shape.name == "citations" else shape.name] = "object"
        else:
            found.update({c.name: c.type for c in columns(shape.name, shape.kind)})
    return found


def _datetimes(pd: Any, days: list[object]) -> Any:
    """Days as ``datetime64[s]`` (years 1 to 9999), missing as NaT."""
    import numpy as np

    values = [np.datetime64(d.isoformat()) if isinstance(d, dt.date) else None for d in days]
    array = np.array(
        [np.datetime64("NaT", "s") if v is None else v for v in values], dtype="datetime64[s]"
    )
    try:
        return pd.Series(array, dtype="datetime64[s]")
    except (TypeError, ValueError):  # pandas < 2 has nanoseconds only (1677 to 2262)
        iso = [d.isoformat() if isinstance(d, dt.date) else None for d in days]
        return pd.Series(pd.to_datetime(iso, errors="coerce"))


def to_pandas(collection: str | Iterable[object]) -> pd.DataFrame:
    """A DataFrame of a collection (by name, e.g. ``"summits"``) or of records from a query.

    - a date or span: its EDTF text, ``_start`` and ``_end`` (``datetime64``: the first and the
      last day it may denote) and ``_precision`` (year, month or day);
    - money: ``_amount`` (Int64, whole units), ``_currency`` and ``_approximate``;
    - a statistic's value: ``value`` as stated (text), ``value_number`` (Float64) for a number,
      ``value_amount`` and ``value_currency`` for money;
    - an int is ``Int64``, a flag ``boolean``, a decimal ``Float64``, text ``string``; what the
      sources do not state is missing (``<NA>``, ``NaT``), never 0;
    - a list stays a list (``documents``, ``names`` as dicts...), and ``sources`` lists the
      ids of the sources cited.

    >>> df = aseanrok.to_pandas("summits")
    >>> row = df[df.number == 8].iloc[0]
    >>> row.when_start.date(), row.when_precision, row.city
    (datetime.date(2004, 11, 30), 'day', 'Vientiane')
    """
    try:
        import pandas as pd
    except ImportError:
        raise ImportError(NEEDS_PANDAS) from None
    if isinstance(collection, str):
        from ._args import require_text
        from .dataset import COLLECTIONS
        from .loader import load

        name = require_text(collection, "a collection name").casefold()
        rows: list[Any] = list(load().collection(name))
        cls: Any = COLLECTIONS[name]
    else:
        if not isinstance(collection, Iterable):
            raise TypeError(
                f"to_pandas() takes a collection name or records, got {type(collection).__name__}"
            )
        rows = list(collection)
        if not rows:
            empty: pd.DataFrame = pd.DataFrame()
            return empty
        cls = type(rows[0])
        if not attrs.has(cls) or any(type(r) is not cls for r in rows):
            raise TypeError("to_pandas() takes a collection name or records of one type")
    types = _column_types(cls)
    table = [_row(cls, r) for r in rows]
    data: dict[str, Any] = {}
    for name, kind in types.items():
        values = [row.get(name) for row in table]
        if kind == "date":
            data[name] = _datetimes(pd, values)
        elif kind in _DTYPES and all(
            v is None or isinstance(v, (str, int, float, bool)) or hasattr(v, "as_tuple")
            for v in values
        ):
            if kind == "number":
                values = [None if v is None else float(v) for v in values]  # type: ignore[arg-type]
            data[name] = pd.Series(values, dtype=_DTYPES[kind])
        else:
            data[name] = pd.Series(values, dtype="object")
    frame: pd.DataFrame = pd.DataFrame(data, columns=list(types))
    return frame
