"""The files of an export: CSV and JSON tables, and the SQLite database with its keys and
full-text search (``exports.export`` chooses which, and writes the metadata)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3
from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path

from .sheets import Sheet

#: The SQLite file's name (Datasette names the database after it: ``aseanrok``).
DATABASE = "aseanrok.db"


def dump(document: object) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def write_text(path: Path, text: str) -> None:
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


def write_csv(sheet: Sheet, folder: Path) -> Path:
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


def write_json(sheet: Sheet, folder: Path) -> Path:
    path = folder / f"{sheet.name}.json"
    names = [c.name for c in sheet.columns]
    rows = [dict(zip(names, (_plain(v) for v in row), strict=True)) for row in sheet.rows]
    write_text(path, dump(rows))
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
    except sqlite3.OperationalError as exc:
        if "fts5" not in str(exc):  # a full disk is no missing FTS5: say what it is
            raise
        # a SQLite built without FTS5
        con.execute(
            f"CREATE VIRTUAL TABLE {fts} USING fts4({cols}, content={table}, "
            'tokenize=unicode61 "remove_diacritics=2")'
        )
    con.execute(f"INSERT INTO {fts} (rowid, {cols}) SELECT rowid, {cols} FROM {table}")


def write_sqlite(tables: Sequence[Sheet], folder: Path) -> Path:
    """``aseanrok.db`` in ``folder`` (a staging folder: a failure leaves it to be removed)."""
    path = folder / DATABASE
    con = sqlite3.connect(path)
    try:
        # the file is swapped in whole or removed: no journal needed to undo a failed write
        con.execute("PRAGMA journal_mode = OFF")
        con.execute("PRAGMA synchronous = OFF")
        with con:
            for sheet in tables:
                for statement in _sqlite_statements(sheet):
                    con.execute(statement)
                marks = ", ".join("?" * len(sheet.columns))
                try:
                    con.executemany(
                        f"INSERT INTO {_name(sheet.name)} VALUES ({marks})",
                        ([_plain(v) for v in row] for row in sheet.rows),
                    )
                except OverflowError:
                    raise ValueError(
                        f"{sheet.name}: a whole number too large for SQLite (64 bits at most)"
                    ) from None
                if sheet.words:
                    _full_text(con, sheet)
        broken = con.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise ValueError(f"foreign keys that name no row: {broken[:3]}")
    finally:
        con.close()
    return path
