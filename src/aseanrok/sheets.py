"""The dataset as tables: each collection a ``Sheet`` keyed by its id, each list of values a
linked sheet whose ``parent`` column is its parent row's key, the columns and keys read from the
record classes. ``export()`` writes them; ``sheets()`` gives them to look at first.
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping, Sequence
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
from .shown import SHOWN_AS, shown_value

__all__ = ["Sheet", "sheets"]

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
        from .dataset import COLLECTIONS

        refs, self.codes = field_roles(collections)
        # a foreign key names the target's id column, so only a collection keyed by its id (every
        # id distinct) can be a target; a reference to another stays a plain column
        keyed = {
            name
            for name, records in collections.items()
            if _primary_key(COLLECTIONS[name], records) == "id"
        }
        self.refs = {field: t for field, t in refs.items() if t is None or t in keyed}
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
            described = SHOWN_AS.get((cls, s.name))
            if described is None:
                cols += columns(s.name, s.kind)
            else:
                cols.append(Column(s.name, "string", described))
            target = self.refs.get((cls, s.name))
            if target is not None:
                links.append((s.name, target, "id"))
        rows = []
        for item in items:
            row: list[object] = self._lead(head, item)
            for s in scalars:
                row += cells(s.name, s.kind, shown_value(item.record, s.name)).values()
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
        from .loader import load

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
