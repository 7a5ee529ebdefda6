"""Records as HTML, as Jupyter shows them: a table of records in compact columns (a long text cut
to a line, the whole on hover) with the sources cited, and one record with its fields, notes,
claims and citations, each source linked to its page."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from ..shown import shown_value
from .links import escape, source_link, titles
from .text import ASIDE, cell, columns, cut, empty

__all__ = ["record_html", "table_html"]

_MAX_ROWS = 200
_HTML_WIDE = 60  # characters a cell keeps in a notebook, the rest on hover
_LEFT = ' style="text-align:left;white-space:nowrap"'


def table_html(rows: Sequence[object]) -> str:
    """A table of records (the first 200, and how many more), a column for notes and one for
    the sources where any record has them."""
    if not rows:
        return "<p><em>no records</em></p>"
    shown = rows[:_MAX_ROWS]
    names = columns(shown)
    notes = any(getattr(r, "note", None) for r in shown)
    cited = any(getattr(r, "citations", None) for r in shown)
    head = [*names, *(["note"] if notes else []), *(["sources"] if cited else [])]
    body = []
    for record in shown:
        inferred = set(getattr(record, "inferred", ()))
        cells = [_html_cell(shown_value(record, n), n in inferred) for n in names]
        if notes:
            cells.append(_html_cell(getattr(record, "note", None), False, width=64))
        if cited:
            cells.append(_sources_html(getattr(record, "citations", ())))
        body.append("<tr>" + "".join(cells) + "</tr>")
    more = len(rows) - _MAX_ROWS
    tail = f"<p>… and {more} more</p>" if more > 0 else ""
    header = "".join(f'<th style="text-align:left">{escape(n)}</th>' for n in head)
    return f"<table><thead><tr>{header}</tr></thead><tbody>{''.join(body)}</tbody></table>{tail}"


def _html_cell(value: object, inferred: bool, width: int = _HTML_WIDE) -> str:
    """A ``<td>``: the text cut to a line, the whole of it on hover; an inferred value marked."""
    text = cell(value)
    short = cut(text, width)
    title = f' title="{escape(text)}"' if short != text else ""
    mark = '<sup title="inferred, not stated by a source">†</sup>' if inferred and text else ""
    return f"<td{_LEFT}{title}>{escape(short)}{mark}</td>"


def _sources_html(citations: tuple[Any, ...], shown: int = 2) -> str:
    """The first sources cited, linked; how many more, with their ids on hover."""
    ids = list(dict.fromkeys(c.source_id for c in citations))
    links = [source_link(i) for i in ids[:shown]]
    if len(ids) > shown:
        rest = escape(", ".join(ids[shown:]))
        links.append(f'<span title="{rest}">+{len(ids) - shown} more</span>')
    return f"<td{_LEFT}>" + ", ".join(links) + "</td>"


def record_html(record: object) -> str:
    """One record as Jupyter shows it: its fields (an inferred one marked), the notes, the
    claims where sources disagree, and its citations with links to the pages."""
    cls: Any = type(record)
    inferred = set(getattr(record, "inferred", ()))
    rows = []
    for f in attrs.fields(cls):
        value = shown_value(record, f.name)
        if f.name in ASIDE or empty(value, f.default if f.name != "id" else None):
            continue
        mark = " <em>(inferred)</em>" if f.name in inferred else ""
        names = titles(value) if f.name != "id" else ""
        rows.append(
            f'<tr><th style="text-align:left">{escape(f.name)}</th>'
            f'<td style="text-align:left">{escape(cell(value))}{names}{mark}</td></tr>'
        )
    parts = [f"<strong>{escape(cls.__name__)}</strong>", f"<table>{''.join(rows)}</table>"]
    note = getattr(record, "note", None)
    if note:
        parts.append(f"<p><em>Note:</em> {escape(note)}</p>")
    if inferred:
        names = ", ".join(sorted(inferred))
        parts.append(f"<p><em>Inferred, not stated:</em> {escape(names)}</p>")
    claims = getattr(record, "claims", ())
    if claims:
        parts.append(_listed("Where sources disagree", "ul", map(_claim, claims)))
    citations = getattr(record, "citations", ())
    if citations:
        parts.append(_listed("Sources", "ol", map(_citation, citations)))
    return "\n".join(parts)


def _listed(title: str, tag: str, items: Iterable[str]) -> str:
    return (
        f"<p><em>{title}:</em></p><{tag}>" + "".join(f"<li>{i}</li>" for i in items) + f"</{tag}>"
    )


def _claim(claim: Any) -> str:
    """A claim: the field, the value, its rank (and why), and the sources that state it."""
    why = f": {escape(claim.reason)}" if claim.reason else ""
    links = ", ".join(source_link(c.source_id, c.locator) for c in claim.citations)
    return f"{escape(claim.field)} = {escape(claim.value)} ({claim.rank.value}{why}) {links}"


def _citation(citation: Any) -> str:
    """A citation: its source linked, at its locator, and its quote for the five documents."""
    quote = f": “{escape(citation.quote_text)}”" if citation.quote_text else ""
    return source_link(citation.source_id, citation.locator) + quote
