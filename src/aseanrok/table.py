"""``Table``: the tuple every collection-returning function gives, with a notebook display."""

from __future__ import annotations

import html
from typing import Any, Generic, TypeVar

import attrs

__all__ = ["Table", "cell"]

T = TypeVar("T")

_MAX_ROWS = 200


def cell(value: object) -> str:
    """A short text for one field of a record: dates and money print themselves."""
    if value is None:
        return ""
    if isinstance(value, tuple):
        return "; ".join(cell(v) for v in value)
    if attrs.has(type(value)) and hasattr(value, "value") and hasattr(value, "rank"):
        return str(value.value)
    if attrs.has(type(value)) and hasattr(value, "expansion"):
        return str(value.expansion)
    if hasattr(value, "value") and hasattr(type(value), "__members__"):  # an enum
        return str(value.value)
    return str(value)


class Table(tuple[T, ...], Generic[T]):
    """A tuple of records that Jupyter shows as a table (``_repr_html_``).

    It is a plain tuple in every other way: it compares equal to a tuple of the same records.

    >>> t = aseanrok.summits(commemorative=True)
    >>> isinstance(t, tuple), len(t) == len(tuple(t))
    (True, True)
    >>> "<table" in t._repr_html_()
    True
    """

    __slots__ = ()

    def _repr_html_(self) -> str:
        if not self:
            return "<p><em>no records</em></p>"
        cls: Any = type(self[0])
        names = [f.name for f in attrs.fields(cls) if f.repr is not False or f.name == "note"]
        head = "".join(f"<th>{html.escape(n)}</th>" for n in [*names, "sources"])
        rows = []
        for record in self[:_MAX_ROWS]:
            cells = [html.escape(cell(getattr(record, n))) for n in names]
            sources = sorted({c.source_id for c in getattr(record, "citations", ())})
            cells.append(html.escape(", ".join(sources)))
            rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        more = len(self) - _MAX_ROWS
        tail = f"<p>… and {more} more</p>" if more > 0 else ""
        return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>{tail}"
