"""``Table``: the tuple every collection-returning function gives, readable in a terminal and
in Jupyter; and the HTML a record shows in Jupyter."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Generic, SupportsIndex, TypeVar, overload

import attrs

from .shown import shown_value

TYPE_CHECKING = False
if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Table", "cell", "record_html"]


def _escape(text: str) -> str:
    """``html.escape(text)``, without importing ``html`` (and its table of entities)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;").replace("'", "&#x27;")


T = TypeVar("T")

_MAX_ROWS = 200
# fields a table leaves to the record's own display (cite() and the record's HTML show them)
_ASIDE = ("citations", "claims", "inferred", "note")
_WIDE = 48  # characters a text cell keeps in a terminal
_HTML_WIDE = 60  # ... and in a notebook, the rest on hover


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


def _cut(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


def _empty(value: object, default: object) -> bool:
    return value is None or value == () or value == default


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
        names = [n for n, f in fields.items() if n not in _ASIDE and f.repr is not False]
    default = {n: (fields[n].default if n in fields else None) for n in names}
    return [n for n in names if not all(_empty(getattr(r, n), default[n]) for r in rows)]


def _numeric(values: list[object]) -> bool:
    present = [v for v in values if v is not None]
    return bool(present) and all(isinstance(v, int) and not isinstance(v, bool) for v in present)


def text_table(
    rows: Iterable[object],
    names: list[str] | None = None,
    width: int = _WIDE,
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
            _cut(cell(shown_value(r, n)), 10**6 if last and i == len(names) - 1 else width)
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


class Table(tuple[T, ...], Generic[T]):
    """A tuple of records that reads as a table: ``print(table)`` aligns its columns, Jupyter
    shows compact columns (``_repr_html_``: a long note cut to a line, the whole on hover).

    Slicing it, ``filter()`` and ``+`` give a Table; in every other way it is a plain tuple,
    equal to a tuple of the same records.

    >>> t = aseanrok.summits(commemorative=True)
    >>> isinstance(t, tuple), isinstance(t[:2], aseanrok.Table)
    (True, True)
    >>> print(t[:1])
    id                  when                   city  name
    commemorative-2009  2009-06-01/2009-06-02  Jeju  ASEAN-ROK Commemorative Summit
    """

    __slots__ = ()

    @overload
    def __getitem__(self, index: SupportsIndex) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> Table[T]: ...
    def __getitem__(self, index: SupportsIndex | slice) -> T | Table[T]:
        if isinstance(index, slice):
            return Table(super().__getitem__(index))
        return super().__getitem__(index)

    def __add__(self, other: tuple[T, ...]) -> Table[T]:  # type: ignore[override]
        if not isinstance(other, tuple):
            return NotImplemented
        return Table((*self, *other))

    def filter(
        self, predicate: Callable[[T], object] | None = None, /, **fields: object
    ) -> Table[T]:
        """The records for which ``predicate(record)`` is true and each field named equals the
        value given.

        >>> [s.number for s in aseanrok.summits().filter(city="Vientiane")][:2]
        [8, 18]
        """
        for name in fields:
            if self and not hasattr(self[0], name):
                raise AttributeError(f"{type(self[0]).__name__} has no field {name!r}")
        return Table(
            r
            for r in self
            if (predicate is None or predicate(r))
            and all(getattr(r, k) == v for k, v in fields.items())
        )

    def to_pandas(self) -> pd.DataFrame:
        """These records as a DataFrame (``aseanrok.to_pandas``)."""
        from .frames import to_pandas

        return to_pandas(self)

    def __str__(self) -> str:
        return text_table(self, last=True)

    def _repr_html_(self) -> str:
        if not self:
            return "<p><em>no records</em></p>"
        rows = self[:_MAX_ROWS]
        names = columns(rows)
        notes = any(getattr(r, "note", None) for r in rows)
        cited = any(getattr(r, "citations", None) for r in rows)
        head = [*names, *(["note"] if notes else []), *(["sources"] if cited else [])]
        body = []
        for record in rows:
            inferred = set(getattr(record, "inferred", ()))
            cells = [_html_cell(shown_value(record, n), n in inferred) for n in names]
            if notes:
                cells.append(_html_cell(getattr(record, "note", None), False, width=64))
            if cited:
                cells.append(_sources_html(getattr(record, "citations", ())))
            body.append("<tr>" + "".join(cells) + "</tr>")
        more = len(self) - _MAX_ROWS
        tail = f"<p>… and {more} more</p>" if more > 0 else ""
        header = "".join(f'<th style="text-align:left">{_escape(n)}</th>' for n in head)
        return (
            f"<table><thead><tr>{header}</tr></thead><tbody>{''.join(body)}</tbody></table>{tail}"
        )


def _html_cell(value: object, inferred: bool, width: int = _HTML_WIDE) -> str:
    """A ``<td>``: the text cut to a line, the whole of it on hover; an inferred value marked."""
    text = cell(value)
    short = _cut(text, width)
    title = f' title="{_escape(text)}"' if short != text else ""
    mark = '<sup title="inferred, not stated by a source">†</sup>' if inferred and text else ""
    style = ' style="text-align:left;white-space:nowrap"'
    return f"<td{style}{title}>{_escape(short)}{mark}</td>"


def _source_link(source_id: str, locator: str | None = None) -> str:
    """A source id linked to its page where it has one (the title on hover)."""
    from .errors import NotFoundError

    try:
        from .api.catalog import source

        found = source(source_id)
    except NotFoundError:
        return _escape(source_id)
    label = _escape(source_id + (f", {locator}" if locator else ""))
    title = _escape(f"{found.title} ({found.publisher}, {found.published or 'n.d.'})")
    if found.url:
        return f'<a href="{_escape(found.url)}" title="{title}" target="_blank">{label}</a>'
    return f'<span title="{title}">{label}</span>'


def _sources_html(citations: tuple[Any, ...], shown: int = 2) -> str:
    """The first sources cited, linked; how many more, with their ids on hover."""
    ids = list(dict.fromkeys(c.source_id for c in citations))
    links = [_source_link(i) for i in ids[:shown]]
    if len(ids) > shown:
        rest = _escape(", ".join(ids[shown:]))
        links.append(f'<span title="{rest}">+{len(ids) - shown} more</span>')
    style = ' style="text-align:left;white-space:nowrap"'
    return f"<td{style}>" + ", ".join(links) + "</td>"


def _titles(value: object) -> str:
    """What the ids a field holds name (``chair: lee-hsien-loong`` is Lee Hsien Loong), as
    HTML; nothing for a value that is no id of the bundled data."""
    from .errors import AseanrokError

    ids = value if isinstance(value, tuple) else (value,)
    if not ids or not all(isinstance(i, str) for i in ids):
        return ""
    try:
        from .api.lookups import _by_id

        known = _by_id()
    except AseanrokError:
        return ""
    from .columns import title_of

    names = [title_of(known[i]) for i in ids if i in known]
    if len(names) != len(ids) or names == list(ids):
        return ""
    return f' <span style="color:gray">({_escape("; ".join(names))})</span>'


def record_html(record: object) -> str:
    """One record as Jupyter shows it: its fields (an inferred one marked), the notes, the
    claims where sources disagree, and its citations with links to the pages."""
    cls: Any = type(record)
    inferred = set(getattr(record, "inferred", ()))
    rows = []
    for f in attrs.fields(cls):
        value = shown_value(record, f.name)
        if f.name in _ASIDE or _empty(value, f.default if f.name != "id" else None):
            continue
        mark = " <em>(inferred)</em>" if f.name in inferred else ""
        names = _titles(value) if f.name != "id" else ""
        rows.append(
            f'<tr><th style="text-align:left">{_escape(f.name)}</th>'
            f'<td style="text-align:left">{_escape(cell(value))}{names}{mark}</td></tr>'
        )
    parts = [f"<strong>{_escape(cls.__name__)}</strong>", f"<table>{''.join(rows)}</table>"]
    note = getattr(record, "note", None)
    if note:
        parts.append(f"<p><em>Note:</em> {_escape(note)}</p>")
    if inferred:
        names = ", ".join(sorted(inferred))
        parts.append(f"<p><em>Inferred, not stated:</em> {_escape(names)}</p>")
    claims = getattr(record, "claims", ())
    if claims:
        items = "".join(
            f"<li>{_escape(c.field)} = {_escape(c.value)} ({c.rank.value}"
            + (f": {_escape(c.reason)}" if c.reason else "")
            + ") "
            + ", ".join(_source_link(x.source_id, x.locator) for x in c.citations)
            + "</li>"
            for c in claims
        )
        parts.append(f"<p><em>Where sources disagree:</em></p><ul>{items}</ul>")
    citations = getattr(record, "citations", ())
    if citations:
        items = "".join(
            f"<li>{_source_link(c.source_id, c.locator)}"
            + (f": “{_escape(c.quote_text)}”" if c.quote_text else "")
            + "</li>"
            for c in citations
        )
        parts.append(f"<p><em>Sources:</em></p><ol>{items}</ol>")
    return "\n".join(parts)
