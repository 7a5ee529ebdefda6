"""Records as text: a cell of a field, the columns a table shows, aligned tables for a terminal,
one record as ``field: value`` lines with its sources, and the summary of the bundled data."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from ..shown import shown_value

__all__ = ["SUMMARY", "cell", "columns", "cut", "record_text", "summary", "text_table"]

#: Characters a text cell keeps in a terminal.
WIDE = 48
# fields a table leaves to the record's own display (cite() and the record's HTML show them)
ASIDE = ("citations", "claims", "inferred", "note")

#: The columns a table of each record class shows, its key first: what tells one record from
#: another at a glance. A class not listed shows every field but citations, claims, inferred
#: and notes. Either way a column empty in every row is left out.
SUMMARY: dict[str, tuple[str, ...]] = {
    "Source": ("id", "title", "publisher", "published", "kind"),
    "Summit": ("id", "when", "city", "name"),
    "PartnershipLevel": ("id", "since", "name"),
    "Agreement": ("id", "acronym", "signed", "adopted", "name"),
    "Institution": ("id", "acronym", "established", "name"),
    "Fund": ("id", "acronym", "established", "merged_into", "name"),
    "FundVolume": ("fund", "year", "kind", "annual", "id"),
    "Pledge": ("id", "date", "total", "pledged_by"),
    "Project": ("id", "start_year", "end_year", "budget", "name"),
    "Event": ("id", "when", "category", "title"),
    "Statistic": ("id", "period", "as_of", "value", "unit", "label"),
    "Indicator": ("id", "count", "first", "last", "unit", "label"),
    "Acronym": ("acronym", "meanings"),
    "LineOfEffort": ("number", "title"),
    "PriorityArea": ("id", "name"),
    "Vision": ("id", "name"),
    "Person": ("id", "name", "names", "roles"),
    "Tenure": ("office", "number", "start", "end", "holder"),
    "Hit": ("collection", "key", "title", "field"),
    "Change": ("version", "kind", "collection", "key", "field", "old", "new", "merged_into"),
}


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
    if attrs.has(type(value)) and hasattr(value, "title") and hasattr(value, "as_of"):
        return f"{value.title} ({value.as_of})"  # a role
    if hasattr(value, "value") and hasattr(type(value), "__members__"):  # an enum
        return str(value.value)
    return str(value)


def cut(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


def empty(value: object, default: object) -> bool:
    """Whether a field's value says nothing: ``None``, an empty tuple or its default."""
    return value is None or value == () or value == default


def columns(rows: Iterable[object]) -> list[str]:
    """The fields a table of ``rows`` shows (``SUMMARY``), leaving out those empty (or at their
    default) in every row."""
    rows = list(rows)
    if not rows:
        return []
    cls: Any = type(rows[0])
    if not attrs.has(cls):
        return []
    fields = {f.name: f for f in attrs.fields(cls)}
    names = [n for n in SUMMARY.get(cls.__name__, ()) if hasattr(rows[0], n)]
    if not names:
        names = [n for n, f in fields.items() if n not in ASIDE and f.repr is not False]
    default = {n: (fields[n].default if n in fields else None) for n in names}
    return [n for n in names if not all(empty(getattr(r, n), default[n]) for r in rows)]


def _numeric(values: list[object]) -> bool:
    present = [v for v in values if v is not None]
    return bool(present) and all(isinstance(v, int) and not isinstance(v, bool) for v in present)


def text_table(
    rows: Iterable[object],
    names: list[str] | None = None,
    width: int = WIDE,
    *,
    last: bool = False,
) -> str:
    """``rows`` (records of one class) as aligned columns under a header, one line a row;
    each cell cut to ``width`` characters, but the last column's with ``last``."""
    rows = list(rows)
    if not rows:
        return "(no records)"
    if not attrs.has(type(rows[0])):
        return "\n".join(str(r) for r in rows)
    names = columns(rows) if names is None else names
    grid = [
        [
            cut(cell(shown_value(r, n)), 10**6 if last and i == len(names) - 1 else width)
            for i, n in enumerate(names)
        ]
        for r in rows
    ]
    widths = [max(len(n), *(len(line[i]) for line in grid)) for i, n in enumerate(names)]
    right = [_numeric([getattr(r, n) for r in rows]) for n in names]

    def line(cells: list[str]) -> str:
        parts = [
            c.rjust(w) if r else c.ljust(w) for c, w, r in zip(cells, widths, right, strict=True)
        ]
        return "  ".join(parts).rstrip()

    return "\n".join([line(names), *(line(cells) for cells in grid)])


def record_text(record: object) -> str:
    """One record as ``field: value`` lines (the empty ones left out), then its sources."""
    from ..api.cite import cite

    cls: Any = type(record)
    lines = []
    for f in attrs.fields(cls):
        value = getattr(record, f.name)
        if f.name in ("citations", "claims", "inferred") or value in (None, (), f.default):
            continue
        lines.append(f"{f.name}: {' '.join(cell(value).split())}")
    for claim in getattr(record, "claims", ()):
        why = f": {claim.reason}" if claim.reason else ""
        lines.append(f"claim: {claim.field} = {claim.value} ({claim.rank.value}{why})")
    if getattr(record, "citations", None):
        lines += ["", cite(record)]
    return "\n".join(lines)


def summary() -> str:
    """A short text: each collection with its count, the sources, the data version."""
    from .._version import DATA_VERSION, __version__
    from ..loader import load

    ds = load()
    lines = [f"aseanrok {__version__}, data version {DATA_VERSION}", "", "Collections:"]
    lines += [f"  {name:<20} {count:>4}" for name, count in ds.counts().items()]
    documents = [s for s in ds.sources if not s.is_page]
    pages = len(ds.sources) - len(documents)
    lines += ["", f"Sources: the {len(documents)} documents below and {pages} public pages"]
    lines += [f"  {s.id:<28} {s.published!s:<10} {s.title} ({s.publisher})" for s in documents]
    return "\n".join(lines)
