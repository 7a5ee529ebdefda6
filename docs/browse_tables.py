"""The "Browse the data" pages of the docs site, generated from the bundled data: a page per
collection with a table of its records (sources linked, notes whole, a heading per record where
the site's search lands), and the list of collections with their counts. ``hooks.py`` loads
this file by its path (``docs/`` is not a package) and adds the pages to the site."""

from __future__ import annotations

import html
import re


def browse_path(collection: str) -> str:
    return f"browse/{collection.replace('_', '-')}.md"


def collections_list() -> str:
    import aseanrok
    from aseanrok.dataset import COLLECTIONS

    counts = aseanrok.load().counts()
    rows = ["| collection | records | what it holds |", "|---|---:|---|"]
    for name, cls in COLLECTIONS.items():
        link = f"[{name}]({browse_path(name).removeprefix('browse/')})"
        rows.append(f"| {link} | {counts[name]} | {_doc(cls)} |")
    return "\n".join(rows)


def _doc(cls: type) -> str:
    first = " ".join((cls.__doc__ or "").strip().split("\n\n")[0].split())
    return html.escape(first).replace("|", "\\|").replace("``", "`")


def _note(text: str) -> str:
    """A note, read whole in its cell."""
    line = html.escape(" ".join(text.split()))
    return f'<div class="note" title="{line}">{line}</div>' if line else ""


def _cell(value: object, width: int = 90) -> str:
    from aseanrok.render.text import cell

    text = " ".join(cell(value).split())
    if len(text) > width:
        return f'<span title="{html.escape(text)}">{html.escape(text[: width - 1])}…</span>'
    return html.escape(text)


def browse_table(name: str) -> str:
    """The records of a collection as an HTML table: the compact columns of a notebook table,
    the note, and the sources cited, each linked to its row on the sources page."""
    import aseanrok
    from aseanrok.render.text import columns

    rows = list(aseanrok.load().collection(name))
    if not rows:
        return "<p><em>No records yet.</em></p>"
    fields = columns(rows)
    notes = any(getattr(r, "note", None) for r in rows)
    cited = any(getattr(r, "citations", None) for r in rows)
    head = [*fields, *(["sources"] if cited else []), *(["note"] if notes else [])]
    out = ['<table class="browse">', "<thead><tr>"]
    out += [f"<th>{html.escape(h)}</th>" for h in head]
    out.append("</tr></thead><tbody>")
    for record in rows:
        inferred = set(getattr(record, "inferred", ()))
        rid = getattr(record, "id", None)
        cells = []
        for f in fields:
            value = getattr(record, f)
            text = _cell(value)
            url = getattr(record, "url", None)
            if f == "title" and isinstance(url, str):  # a page: its title links to it
                text = f'<a href="{html.escape(url)}">{text}</a>'
            if not cells and isinstance(rid, str):
                # the row's anchor (browse/<name>.md#<id>) is a heading, so that the site's
                # search finds the record and lands on it: its section is this cell, which
                # holds the row's words for the search (hidden), the other cells none
                text = f'<h3 class="record" id="{html.escape(rid)}">{text}</h3>' + _words(record)
            if f in inferred and text:
                text += '<sup title="inferred, not stated by a source">†</sup>'
            cells.append(text)
        if cited:
            ids = list(dict.fromkeys(c.source_id for c in getattr(record, "citations", ())))
            links = [_source_link(i, short=True) for i in ids[:1]]
            if len(ids) > 1:
                rest = html.escape(", ".join(ids[1:]))
                links.append(f'<span title="{rest}">+{len(ids) - 1}</span>')
            cells.append(" ".join(links))
        if notes:
            cells.append(_note(getattr(record, "note", None) or ""))
        keyed = isinstance(rid, str)
        out.append(
            "<tr>" + "".join(_td(c, searched=not keyed or i == 0) for i, c in enumerate(cells))
        )
        out[-1] += "</tr>"
    out.append("</tbody></table>")
    return "\n".join(out)


def _td(content: str, *, searched: bool = True) -> str:
    """A cell; a short one (a date, an id, a number) on one line; one the search skips (its
    words are in the row's first cell) marked so."""
    shown = re.sub(r'<span class="search-only">.*?</span>', "", content, flags=re.DOTALL)
    text = re.sub(r"<[^>]+>", "", shown)
    skip = "" if searched else " data-search-exclude"
    short = ' class="nowrap"' if len(html.unescape(text)) <= 24 else ""
    return f"<td{short}{skip}>{content}</td>"


def _words(record: object) -> str:
    """The words of a record for the site's search, hidden from the page."""
    from aseanrok.render.text import cell

    values = [getattr(record, f.name) for f in getattr(type(record), "__attrs_attrs__", ())]
    words = " ".join(" ".join(cell(v).split()) for v in values if isinstance(v, str) and v.strip())
    return f'<span class="search-only">{html.escape(words)}</span>'


def _source_link(source_id: str, *, short: bool = False) -> str:
    """A source's id linked to its page (or its row on the sources page), its title on hover;
    ``short`` cuts the id to a few characters."""
    import aseanrok

    s = aseanrok.source(source_id)
    title = html.escape(f"{source_id}: {s.title} ({s.publisher}, {s.published or 'n.d.'})")
    href = html.escape(f"sources.md#{source_id}") if s.url is None else html.escape(s.url)
    text = source_id if not short or len(source_id) <= 16 else source_id[:15] + "…"
    return f'<a href="{href}" title="{title}">{html.escape(text)}</a>'


def browse_pages() -> dict[str, str]:
    """Site path -> Markdown of each collection's browse page."""
    import aseanrok
    from aseanrok.dataset import COLLECTIONS

    counts = aseanrok.load().counts()
    pages = {}
    for name, cls in COLLECTIONS.items():
        title = name.replace("_", " ").capitalize()
        call = f"aseanrok.load().{name}"
        cites = (
            "A page's title links to the page; the five documents have no address here."
            if name == "sources"
            else "With the sources each cites: a page's address, or the document on the "
            "[sources](sources.md) page."
        )
        pages[browse_path(name)] = "\n".join(
            [
                "---",
                "hide:",
                "  - navigation",
                "  - toc",
                "---",
                "",
                f"# {title}",
                "",
                f"{_doc(cls)} The {counts[name]} records of `{name}`, as `{call}` gives them",
                f"(each is a [`{cls.__name__}`](../reference.md#aseanrok.{cls.__name__})).",
                cites,
                "† marks a value worked out rather than stated (the note says how); the site's",
                "search lands on a record's row. This page is generated from the data when the",
                "site is built; `aseanrok export` writes the same records as CSV, SQLite or JSON.",
                "",
                browse_table(name),
                "",
            ]
        )
    return pages
