"""Build-time helpers for the docs site (see mkdocs.yml; not copied into the site).

- ``on_config`` and ``on_files``, MkDocs hooks: "Browse the data", a page per collection with
  a table of its records (sources linked, notes whole, a heading per record where the site's
  search lands), generated from the bundled data; the plots, drawn from the data into
  ``images/*.png``; the downloads (the CSV, SQLite and JSON exports); figures from the data in
  the pages (``{{ pages }}``). Nothing is written into ``docs/``.
- ``DoctestFences``, a griffe extension for mkdocstrings: fences the ``>>>`` examples of the
  docstrings as ``pycon`` code, which Markdown would otherwise read as nested quotes.
- ``FieldDocs``, a griffe extension: gives each field of a record class the meaning the data
  dictionary (``tools/datadict.py``) gives it, so the API reference lists every field.
"""

from __future__ import annotations

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


def _beside(name: str) -> Any:
    """A module of docs/ by its path (docs/ is not a package, nor on sys.path)."""
    spec = importlib.util.spec_from_file_location(f"docs_{name}", ROOT / "docs" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_browse = _beside("browse_tables")
browse_path = _browse.browse_path
browse_pages = _browse.browse_pages
browse_table = _browse.browse_table
collections_list = _browse.collections_list


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
    for path, content in downloads().items():
        files.append(File.generated(config, path, content=content))
    return files


#: the downloads built with the site: site path -> what it holds
DOWNLOADS = {
    "downloads/aseanrok-csv.zip": "the CSV tables and their Frictionless datapackage.json",
    "downloads/aseanrok.db": "the SQLite database (keys, full-text search)",
    "downloads/aseanrok-datasette-metadata.json": "Datasette's metadata.json for it",
    "downloads/aseanrok-json.zip": "the tables as JSON arrays of rows",
}


def downloads() -> dict[str, bytes]:
    """Site path -> bytes of each download: the exports of the bundled data."""
    import tempfile
    import zipfile

    import aseanrok

    found: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory() as root:
        for fmt in ("csv", "sqlite", "json"):
            files = aseanrok.export(Path(root) / fmt, fmt)
            if fmt == "sqlite":
                found["downloads/aseanrok.db"] = files[0].read_bytes()
                found["downloads/aseanrok-datasette-metadata.json"] = files[1].read_bytes()
                continue
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
                for f in files:
                    archive.write(f, f"aseanrok-{fmt}/{f.name}")
            found[f"downloads/aseanrok-{fmt}.zip"] = buffer.getvalue()
    assert set(found) == set(DOWNLOADS)
    return found


def downloads_list(prefix: str) -> str:
    """The downloads as a Markdown list, linked from a page at ``prefix`` (``../`` etc.)."""
    import aseanrok

    return "\n".join(
        f"- [{path.rpartition('/')[2]}]({prefix}{path}): {what} (data {aseanrok.DATA_VERSION})"
        for path, what in DOWNLOADS.items()
    )


def on_page_markdown(markdown: str, *, page: Page, **kwargs: Any) -> str:
    """Figures from the data (``{{ pages }}``: how many public pages are cited), the downloads
    (``{{ downloads }}``), on the browse index the collections with their counts, and the data
    history every version's changes."""
    import aseanrok

    if "{{ pages }}" in markdown:
        pages = sum(1 for s in aseanrok.sources() if s.is_page)
        markdown = markdown.replace("{{ pages }}", f"{pages:,}")
    if "{{ downloads }}" in markdown:
        prefix = "../" * page.file.src_uri.count("/")
        markdown = markdown.replace("{{ downloads }}", downloads_list(prefix))
    if page.file.src_uri == HISTORY:
        return markdown + "\n" + _tool("history_page").render() + "\n"
    if page.file.src_uri != BROWSE_INDEX:
        return markdown
    return markdown + "\n" + collections_list() + "\n"


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
