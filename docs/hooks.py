"""Build-time helpers for the docs site (see mkdocs.yml; not copied into the site).

- ``on_config`` and ``on_files``, MkDocs hooks: "Browse the data", a page per collection with
  a table of its records (sources linked, notes unfolding), generated from the bundled data
  so that the site's search finds every name and note; and the plots, drawn from the data into
  ``images/*.png``. Nothing is written into ``docs/``.
- ``DoctestFences``, a griffe extension for mkdocstrings: fences the ``>>>`` examples of the
  docstrings as ``pycon`` code, which Markdown would otherwise read as nested quotes.
- ``FieldDocs``, a griffe extension: gives each field of a record class the meaning the data
  dictionary (``tools/datadict.py``) gives it, so the API reference lists every field.
"""

from __future__ import annotations

import html
import importlib.util
import io
import re
from pathlib import Path
from typing import Any

import griffe
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

#: site path of each image -> the aseanrok.plot function that draws it
IMAGES = {
    "images/timeline.png": "timeline",
    "images/funds.png": "funds",
    "images/projects.png": "projects",
    "images/trade.png": "trade",
}
DPI = 100
#: the nav entry that becomes a section with a page per collection
BROWSE = "Browse the data"
BROWSE_INDEX = "browse/index.md"
#: the page every data version's changes are appended to
HISTORY = "data-history.md"
ROOT = Path(__file__).resolve().parent.parent


def browse_path(collection: str) -> str:
    return f"browse/{collection.replace('_', '-')}.md"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Expand the nav entry "Browse the data" into a page per collection."""
    from aseanrok.dataset import COLLECTIONS

    pages: list[Any] = [
        BROWSE_INDEX,
        *({name.replace("_", " ").capitalize(): browse_path(name)} for name in COLLECTIONS),
    ]
    nav = config.nav or []
    for i, item in enumerate(nav):
        if isinstance(item, dict) and item.get(BROWSE) == BROWSE_INDEX:
            nav[i] = {BROWSE: pages}
    return config


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    import matplotlib

    matplotlib.use("Agg")
    import aseanrok

    for path, name in IMAGES.items():
        buffer = io.BytesIO()
        getattr(aseanrok.plot, name)().savefig(buffer, format="png", dpi=DPI)
        files.append(File.generated(config, path, content=buffer.getvalue()))
    for path, text in browse_pages().items():
        files.append(File.generated(config, path, content=text))
    return files


def on_page_markdown(markdown: str, *, page: Page, **kwargs: Any) -> str:
    """The browse index lists the collections with their counts, and the data history every
    version's changes, from the data."""
    if page.file.src_uri == HISTORY:
        return markdown + "\n" + _tool("history_page").render() + "\n"
    if page.file.src_uri != BROWSE_INDEX:
        return markdown
    return markdown + "\n" + collections_list() + "\n"


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
    """A note shown on two lines, the whole of it on hover (and in the page, for the search)."""
    line = html.escape(" ".join(text.split()))
    return f'<div class="note" title="{line}">{line}</div>' if line else ""


def _cell(value: object, width: int = 90) -> str:
    from aseanrok.table import cell

    text = " ".join(cell(value).split())
    if len(text) > width:
        return f'<span title="{html.escape(text)}">{html.escape(text[: width - 1])}…</span>'
    return html.escape(text)


def browse_table(name: str) -> str:
    """The records of a collection as an HTML table: the compact columns of a notebook table,
    the note (unfolding), and the sources cited, each linked to its row on the sources page."""
    import aseanrok
    from aseanrok.table import columns

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
            if not cells and isinstance(rid, str):  # the row's anchor: browse/<name>.md#<id>
                text = f'<span id="{html.escape(rid)}"></span>{text}'
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
        out.append("<tr>" + "".join(_td(c) for c in cells) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def _td(content: str) -> str:
    """A cell; a short one (a date, an id, a number) on one line."""
    text = re.sub(r"<[^>]+>", "", content)
    return (
        f'<td class="nowrap">{content}</td>'
        if len(html.unescape(text)) <= 24
        else (f"<td>{content}</td>")
    )


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
                "  - toc",
                "---",
                "",
                f"# {title}",
                "",
                f"{_doc(cls)} The {counts[name]} records of `{name}`, as `{call}` gives them",
                f"(each is a [`{cls.__name__}`](../reference.md#aseanrok.{cls.__name__})).",
                cites,
                "Hover over a note to read the whole of it; † marks a value worked out rather",
                "than stated (the note says how). This page is generated from the data when the",
                "site is built; `aseanrok export` writes the same records as CSV, SQLite or JSON.",
                "",
                browse_table(name),
                "",
            ]
        )
    return pages


_SESSION = re.compile(r"^(?:>>> .*|>>>)\n(?:(?!\s*$).*\n?)*", re.MULTILINE)


class DoctestFences(griffe.Extension):
    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        docstring = obj.docstring
        if docstring is not None and ">>>" in docstring.value:
            docstring.value = _SESSION.sub(_fence, docstring.value)


def _fence(match: re.Match[str]) -> str:
    return f"```pycon\n{match.group(0).rstrip()}\n```\n"


def _tool(name: str) -> Any:
    """A module of tools/, loaded by path (tools/ is not a package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _fields() -> dict[str, dict[str, str]]:
    """The data dictionary's meaning of each field, by class name (tools/datadict.py)."""
    return dict(_tool("datadict").FIELDS)


class FieldDocs(griffe.Extension):
    """Each attribute of a record class without a docstring gets the data dictionary's line."""

    def __init__(self) -> None:
        self.fields = _fields()

    def on_class_members(self, *, cls: griffe.Class, **kwargs: Any) -> None:
        if not cls.path.startswith("aseanrok.records."):
            return
        defaults = _defaults(cls.path)
        own = self.fields.get(cls.name, {})
        for name, member in cls.members.items():
            if not member.is_attribute or name.startswith("_"):
                continue
            if member.docstring is None:
                meaning = own.get(name) or self.fields.get("*", {}).get(name)
                if meaning:
                    member.docstring = griffe.Docstring(meaning, parent=member)
            if name in defaults:  # "= None", not "= attrs.field(default=None, validator=...)"
                member.value = defaults[name]  # type: ignore[union-attr]
                member.labels = {"field"}


def _defaults(path: str) -> dict[str, str | None]:
    """Each field of a record class by its dotted path: its default's repr, None if required."""
    import importlib

    import attrs

    module, _, name = path.rpartition(".")
    cls = getattr(importlib.import_module(module), name, None)
    if cls is None or not attrs.has(cls):
        return {}
    return {
        f.name: None if f.default is attrs.NOTHING else repr(f.default) for f in attrs.fields(cls)
    }
