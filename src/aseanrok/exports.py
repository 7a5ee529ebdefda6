"""``export()``: the whole dataset as CSV tables with a Frictionless data package, as one SQLite
file ready for Datasette, or as JSON tables.

Each collection is a table, keyed by its ``id`` (or its acronym, its number...). A value that
holds several (citations, name variants, claims, inferred fields, a pledge's volumes, an
acronym's meanings) is a linked table of its own, named after its parent and field
(``summits_citations``), whose ``parent`` column is the parent row's key; a nested value's own
lists link to it in turn (``acronyms_meanings_citations``). Dates are their EDTF text plus
``_start`` and ``_end`` days and a ``_precision``; money is ``_amount`` in whole units, plus
``_currency`` and ``_approximate``. A text field whose every value is an id of one collection
(``summits.chair``, ``citations.source_id``...) is a foreign key to it. Everything is read
from the record classes and the data, so new fields and collections export without a change.
"""

from __future__ import annotations

import csv
import datetime as dt
import inspect
import json
import os
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs

from .columns import (
    _TITLES,
    Column,
    Shape,
    cells,
    columns,
    field_roles,
    shapes,
)

__all__ = ["DATABASE", "FORMATS", "Sheet", "export", "sheets"]

#: The formats ``export()`` writes.
FORMATS = ("csv", "sqlite", "json")
#: The SQLite file's name (Datasette names the database after it: ``aseanrok``).
DATABASE = "aseanrok.db"

# text fields that are codes or addresses, not words to search
_NOT_WORDS = frozenset({"id", "url", "lang", "language", "field", "locator", "inferred"})


@attrs.frozen
class Sheet:
    """One table of the export: its columns, key, links and rows (Python values)."""

    name: str
    title: str
    description: str
    columns: tuple[Column, ...]
    key: str
    #: (column, table, column of that table)
    foreign_keys: tuple[tuple[str, str, str], ...]
    rows: tuple[tuple[object, ...], ...]
    #: the columns of free text, for full-text search
    words: tuple[str, ...] = ()
    #: the column that names a row (Datasette shows it for a link), if any
    label: str | None = None
    #: the columns of codes (an enum, a Literal): Datasette's facets
    facets: tuple[str, ...] = ()


def _doc(cls: type) -> str:
    """The first paragraph of a class's docstring, on one line."""
    text = inspect.cleandoc(cls.__doc__ or "").split("\n\n")[0]
    return " ".join(text.split())


def _primary_key(cls: type, records: Sequence[object]) -> str | None:
    """``id`` where every record has a distinct one; else the first text or int field that is
    never ``None`` and distinct (an acronym, a number); else ``None`` (a ``key`` is made)."""
    candidates = [s for s in shapes(cls) if s.kind in ("text", "integer")]
    candidates.sort(key=lambda s: s.name != "id")
    for shape in candidates:
        values = [getattr(r, shape.name) for r in records]
        usable = shape.name == "id" or not shape.optional
        if usable and None not in values and len(set(values)) == len(values):
            return shape.name
    return None


@attrs.frozen
class _Item:
    """A record to tabulate: its key as text (the prefix of its linked rows' keys), the value
    of its key column, its parent's key value (a linked row), its position from 1."""

    key: str
    value: object
    parent: object
    position: int
    record: Any


class _Builder:
    def __init__(self, collections: Mapping[str, Sequence[object]]) -> None:
        self.refs, self.codes = field_roles(collections)
        self.sheets: list[Sheet] = []

    def table(
        self,
        name: str,
        cls: type,
        items: list[_Item],
        *,
        parent: tuple[str, Column] | None,
        key: str | None,
        title: str,
        description: str,
    ) -> None:
        """A table of records of ``cls``. ``parent`` is (parent table, its key column) for a
        linked table; ``key`` the field keying a collection (``None``: a ``key`` column)."""
        head, links = self._head(parent, key)
        fields = shapes(cls)
        scalars = [s for s in fields if s.kind not in ("list", "records")]
        cols = list(head)
        for s in scalars:
            cols += columns(s.name, s.kind)
            target = self.refs.get((cls, s.name))
            if target is not None:
                links.append((s.name, target, "id"))
        rows = []
        for item in items:
            row: list[object] = self._lead(head, item)
            for s in scalars:
                row += cells(s.name, s.kind, getattr(item.record, s.name)).values()
            rows.append(tuple(row))
        key_column = key or "key"
        words = tuple(
            s.name
            for s in scalars
            if s.kind == "text"
            and not s.code
            and s.name not in _NOT_WORDS
            and (cls, s.name) not in self.refs
            and (cls, s.name) not in self.codes
        )
        labels = [s.name for s in scalars if s.name in _TITLES]
        self._add(
            Sheet(
                name=name,
                title=title,
                description=description,
                columns=tuple(cols),
                key=key_column,
                foreign_keys=tuple(links),
                rows=tuple(rows),
                words=words,
                label=min(labels, key=_TITLES.index) if labels else None,
                facets=tuple(s.name for s in scalars if s.code),
            )
        )
        key_type = next(c for c in cols if c.name == key_column)
        for s in fields:
            if s.kind in ("list", "records"):
                self._nested(name, key_type, cls, s, items, title)

    def _nested(
        self,
        table: str,
        key_column: Column,
        cls: type,
        shape: Shape,
        items: list[_Item],
        title: str,
    ) -> None:
        name = f"{table}_{shape.name}"
        children: list[_Item] = []
        for item in items:
            value = getattr(item.record, shape.name)
            values = value if isinstance(value, tuple) else (() if value is None else (value,))
            for i, v in enumerate(values, 1):
                key = f"{item.key}/{shape.name}/{i}"
                children.append(_Item(key, key, item.value, i, v))
        what = f"One row for each of the {shape.name} of a row of {table}, in order"
        if shape.kind == "records":
            self.table(
                name,
                shape.item,
                children,
                parent=(table, key_column),
                key=None,
                title=f"{title}: {shape.name}",
                description=f"{what}: {_doc(shape.item)}",
            )
            return
        head, links = self._head((table, key_column), None)
        item_kind = shape.item_kind or "text"
        target = self.refs.get((cls, shape.name))
        if target is not None:
            links.append(("value", target, "id"))
        rows = [
            (*self._lead(head, c), *cells("value", item_kind, c.record).values()) for c in children
        ]
        self._add(
            Sheet(
                name=name,
                title=f"{title}: {shape.name}",
                description=f"{what}.",
                columns=(*head, *columns("value", item_kind)),
                key="key",
                foreign_keys=tuple(links),
                rows=tuple(rows),
                words=("value",)
                if item_kind == "text"
                and shape.name not in _NOT_WORDS
                and (cls, shape.name) not in self.refs
                and (cls, shape.name) not in self.codes
                else (),
            )
        )

    @staticmethod
    def _head(
        parent: tuple[str, Column] | None, key: str | None
    ) -> tuple[tuple[Column, ...], list[tuple[str, str, str]]]:
        if parent is not None:
            table, column = parent
            return (
                Column("key", "string", "this row's key: its parent's key, field and position"),
                Column("parent", column.type, f"the {column.name} of the row of {table} it is in"),
                Column("position", "integer", "its position in the list, from 1"),
            ), [("parent", table, column.name)]
        if key is None:
            return (Column("key", "string", "this row's key: its position"),), []
        return (), []

    @staticmethod
    def _lead(head: tuple[Column, ...], item: _Item) -> list[object]:
        return [item.key, item.parent, item.position][: len(head)]

    def _add(self, sheet: Sheet) -> None:
        if any(s.name == sheet.name for s in self.sheets):
            raise ValueError(f"two tables would be named {sheet.name!r}")
        names = [c.name for c in sheet.columns]
        if len(set(names)) != len(names):
            raise ValueError(f"two columns of {sheet.name} would have one name: {names}")
        self.sheets.append(sheet)


def sheets(collections: Mapping[str, Sequence[object]] | None = None) -> tuple[Sheet, ...]:
    """The tables of the export, from the bundled data or from ``collections`` (a mapping of
    collection names, as in ``aseanrok.dataset.COLLECTIONS``, to records)."""
    from .dataset import COLLECTIONS

    if collections is None:
        from .summary import load

        dataset = load()
        collections = {name: dataset.collection(name) for name in COLLECTIONS}
    builder = _Builder(collections)
    for name, records in collections.items():
        cls = COLLECTIONS[name]
        key = _primary_key(cls, records)
        items = [
            _Item(str(getattr(r, key)), getattr(r, key), None, i, r)
            if key
            else _Item(str(i), str(i), None, i, r)
            for i, r in enumerate(records, 1)
        ]
        builder.table(
            name,
            cls,
            items,
            parent=None,
            key=key,
            title=name.replace("_", " ").capitalize(),
            description=_doc(cls),
        )
    return tuple(builder.sheets)


def export(
    directory: str | os.PathLike[str],
    format: str = "csv",
    *,
    collections: Mapping[str, Sequence[object]] | None = None,
) -> tuple[Path, ...]:
    """Write the dataset into ``directory`` (made if missing); return the files written.

    ``format`` is ``"csv"`` (a ``.csv`` file per table, UTF-8, and a Frictionless
    ``datapackage.json`` with each table's columns, types, primary and foreign keys),
    ``"sqlite"`` (``aseanrok.db`` with primary and foreign keys and full-text search on names,
    titles and notes, and Datasette's ``metadata.json``) or ``"json"`` (a ``.json`` array of
    row objects per table). Files of the same names are replaced. ``collections`` (collection
    name to records) exports other records than the bundled ones.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     files = aseanrok.export(folder, "sqlite")
    ...     [f.name for f in files]
    ['aseanrok.db', 'metadata.json']
    """
    from ._args import require_text
    from .errors import NotFoundError

    if not isinstance(directory, (str, os.PathLike)):
        raise TypeError(f"directory must be a path, got {type(directory).__name__}")
    fmt = require_text(format, "format").casefold()
    if fmt not in FORMATS:
        raise NotFoundError(fmt, FORMATS, what="export format", hint="csv, sqlite or json")
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    tables = sheets(collections)
    sources = _sources(collections)
    if fmt == "sqlite":
        return _write_sqlite(tables, folder, sources)
    if fmt == "json":
        return tuple(_write_json(s, folder) for s in tables)
    written = [_write_csv(s, folder) for s in tables]
    package = folder / "datapackage.json"
    _write_text(package, _dump(_package(tables, sources)))
    return (*written, package)


# -- what the metadata says ------------------------------------------------------------------


def _sources(collections: Mapping[str, Sequence[object]] | None) -> list[Any]:
    if collections is None:
        from .api.catalog import sources

        return list(sources())
    return list(collections.get("sources", ()))


_DESCRIPTION = (
    "Summits, partnership levels, agreements, funds and their annual volumes, pledges, "
    "projects, institutions, events, statistics, acronyms, people and office holders of "
    "ASEAN-Republic of Korea relations. Every record cites its sources (the citations tables), "
    "with a locator, and a verbatim quote for the five seed documents; where sources disagree, "
    "every attested value is kept (the claims tables)."
)


def _version() -> str:
    from ._version import DATA_VERSION

    return DATA_VERSION


def _package(tables: Sequence[Sheet], sources: list[Any]) -> dict[str, Any]:
    """A Frictionless (Data Package v1) descriptor of the CSV tables."""
    from .about import LICENSE, LICENSE_URL, REPOSITORY, TITLE

    return {
        "profile": "tabular-data-package",
        "name": "aseanrok",
        "title": TITLE,
        "description": _DESCRIPTION,
        "version": _version(),
        "homepage": REPOSITORY,
        "licenses": [{"name": LICENSE, "path": LICENSE_URL, "title": "MIT License"}],
        "sources": [
            {"title": s.title, **({"path": s.url} if getattr(s, "url", None) else {})}
            for s in sources
        ],
        "resources": [
            {
                "profile": "tabular-data-resource",
                "name": t.name,
                "title": t.title,
                "description": t.description,
                "path": f"{t.name}.csv",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {
                    "fields": [
                        {
                            "name": c.name,
                            "type": c.type,
                            **({"description": c.description} if c.description else {}),
                        }
                        for c in t.columns
                    ],
                    "primaryKey": [t.key],
                    "foreignKeys": [
                        {
                            "fields": [column],
                            # a table's reference to itself names no resource (the spec's "")
                            "reference": {
                                "resource": "" if table == t.name else table,
                                "fields": [other],
                            },
                        }
                        for column, table, other in t.foreign_keys
                    ],
                    "missingValues": [""],
                },
            }
            for t in tables
        ],
    }


def _metadata(tables: Sequence[Sheet], sources: list[Any]) -> dict[str, Any]:
    """Datasette's ``metadata.json``: titles, descriptions, licence, source, label columns."""
    from .about import DOCUMENTATION, LICENSE, LICENSE_URL, REPOSITORY, TITLE

    source = f"{len(sources)} documents and public web pages: the sources table"
    return {
        "title": TITLE,
        "description": _DESCRIPTION,
        "license": LICENSE,
        "license_url": LICENSE_URL,
        "source": source,
        "source_url": REPOSITORY,
        "about": "aseanrok documentation",
        "about_url": DOCUMENTATION,
        "databases": {
            Path(DATABASE).stem: {
                "title": f"{TITLE} (data {_version()})",
                "description": _DESCRIPTION,
                "source": source,
                "source_url": REPOSITORY,
                "license": LICENSE,
                "license_url": LICENSE_URL,
                "tables": {
                    t.name: {
                        "title": t.title,
                        "description": t.description,
                        **({"label_column": t.label} if t.label else {}),
                        **({"facets": list(t.facets)} if t.facets else {}),
                        "columns": {c.name: c.description for c in t.columns if c.description},
                    }
                    for t in tables
                },
            }
        },
    }


# -- writers ---------------------------------------------------------------------------------


def _dump(document: object) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _write_text(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8", newline="\n")


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _write_csv(sheet: Sheet, folder: Path) -> Path:
    path = folder / f"{sheet.name}.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(c.name for c in sheet.columns)
        writer.writerows([_csv_cell(v) for v in row] for row in sheet.rows)
    return path


def _plain(value: object) -> object:
    """A cell as JSON and SQLite take it: a date as ISO text, a decimal as a float."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def _write_json(sheet: Sheet, folder: Path) -> Path:
    path = folder / f"{sheet.name}.json"
    names = [c.name for c in sheet.columns]
    rows = [dict(zip(names, (_plain(v) for v in row), strict=True)) for row in sheet.rows]
    _write_text(path, _dump(rows))
    return path


_SQL_TYPES = {"string": "TEXT", "integer": "INTEGER", "boolean": "INTEGER", "number": "REAL"}


def _name(identifier: str) -> str:
    """An SQL identifier, quoted."""
    return '"' + identifier.replace('"', '""') + '"'


def _sqlite_statements(sheet: Sheet) -> Iterator[str]:
    """CREATE TABLE, and an index on each foreign key."""
    defs = [
        f"{_name(c.name)} {_SQL_TYPES.get(c.type, 'TEXT')}"
        + (" PRIMARY KEY NOT NULL" if c.name == sheet.key else "")
        for c in sheet.columns
    ]
    defs += [
        f"FOREIGN KEY ({_name(column)}) REFERENCES {_name(table)} ({_name(other)})"
        for column, table, other in sheet.foreign_keys
    ]
    yield f"CREATE TABLE {_name(sheet.name)} (\n  " + ",\n  ".join(defs) + "\n)"
    for column, _, _ in sheet.foreign_keys:
        index = _name(f"{sheet.name}_{column}_index")
        yield f"CREATE INDEX {index} ON {_name(sheet.name)} ({_name(column)})"


def _full_text(con: sqlite3.Connection, sheet: Sheet) -> None:
    """A full-text index of the sheet's words, in the external-content form Datasette finds
    (``content="<table>"``), folding case and accents."""
    fts, table = _name(f"{sheet.name}_fts"), _name(sheet.name)
    cols = ", ".join(_name(c) for c in sheet.words)
    try:
        con.execute(
            f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content={table}, "
            "tokenize='unicode61 remove_diacritics 2')"
        )
    except sqlite3.OperationalError:  # a SQLite built without FTS5
        con.execute(
            f"CREATE VIRTUAL TABLE {fts} USING fts4({cols}, content={table}, "
            'tokenize=unicode61 "remove_diacritics=2")'
        )
    con.execute(f"INSERT INTO {fts} (rowid, {cols}) SELECT rowid, {cols} FROM {table}")


def _write_sqlite(tables: Sequence[Sheet], folder: Path, sources: list[Any]) -> tuple[Path, ...]:
    path = folder / DATABASE
    partial = folder / f".{DATABASE}.partial"
    partial.unlink(missing_ok=True)
    con = sqlite3.connect(partial)
    try:
        with con:
            for sheet in tables:
                for statement in _sqlite_statements(sheet):
                    con.execute(statement)
                marks = ", ".join("?" * len(sheet.columns))
                con.executemany(
                    f"INSERT INTO {_name(sheet.name)} VALUES ({marks})",
                    ([_plain(v) for v in row] for row in sheet.rows),
                )
                if sheet.words:
                    _full_text(con, sheet)
        broken = con.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise ValueError(f"foreign keys that name no row: {broken[:3]}")
    finally:
        con.close()
    os.replace(partial, path)
    metadata = folder / "metadata.json"
    _write_text(metadata, _dump(_metadata(tables, sources)))
    return path, metadata
