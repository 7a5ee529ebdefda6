"""How the fields of a record class become columns, read from the attrs model (not the data).

The exports, ``to_pandas`` and ``search`` all flatten records through this module, so a field
added to a record class flows into each of them without another change:

- text, an enum or a ``Literal``: one text column; an int, a bool, a ``Decimal``: one column;
- a date (``PartialDate``) or a ``Span``: its EDTF text, the first and the last day it may
  denote (``_start``, ``_end``) and its precision (``_precision``);
- ``Money``: ``_amount`` (whole units), ``_currency`` and ``_approximate``;
- a quantity (a number or money, as a statistic's value): its exact text, ``_number``, and the
  money columns;
- a tuple (of text, of citations, of name variants...): a linked table of its own.
"""

from __future__ import annotations

import enum
import functools
import re
import types
import typing
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any, Literal, Union

import attrs

from .dates import PartialDate, Span
from .money import Money

__all__ = [
    "PRECISIONS",
    "Column",
    "Shape",
    "cells",
    "columns",
    "field_roles",
    "shapes",
    "title_of",
]

Kind = Literal[
    "text", "integer", "boolean", "decimal", "date", "span", "money", "quantity", "list", "records"
]
#: The type of a column: as the Frictionless Table Schema names them.
ColumnType = Literal["string", "integer", "boolean", "number", "date"]

#: Date precisions, coarsest first.
PRECISIONS = ("year", "month", "day")

_NUMBERS = {int, Decimal, Fraction, Money}


@attrs.frozen
class Shape:
    """One field of a record class: its name, kind, whether it may be ``None``, whether it
    holds a code (an enum or a ``Literal``: not free text), and for a tuple the kind of its
    items (``item_kind``) and, for records, their class (``item``)."""

    name: str
    kind: Kind
    optional: bool = False
    code: bool = False
    item_kind: Kind | None = None
    item: Any = None


@attrs.frozen
class Column:
    """A column a scalar field gives: its name, type and what it holds."""

    name: str
    type: ColumnType
    description: str


_SIMPLE: dict[Any, Kind] = {
    str: "text",
    bool: "boolean",
    int: "integer",
    Decimal: "decimal",
    Fraction: "quantity",
    PartialDate: "date",
    Span: "span",
    Money: "money",
}


def _shape(name: str, tp: Any) -> Shape:
    """The shape of a field from its type hint."""
    optional = False
    if typing.get_origin(tp) in (Union, types.UnionType):
        args = typing.get_args(tp)
        optional = type(None) in args
        inner = [a for a in args if a is not type(None)]
        if len(inner) > 1:
            return Shape(name, "quantity" if set(inner) <= _NUMBERS else "text", optional)
        tp = inner[0]
    if typing.get_origin(tp) is tuple:
        item = _shape(name, typing.get_args(tp)[0])
        if item.kind == "records":
            return Shape(name, "records", optional, item_kind="records", item=item.item)
        return Shape(name, "list", optional, item.code, item_kind=item.kind)
    if typing.get_origin(tp) is Literal:
        integers = all(type(a) is int for a in typing.get_args(tp))
        return Shape(name, "integer" if integers else "text", optional, code=True)
    if tp in _SIMPLE:
        return Shape(name, _SIMPLE[tp], optional)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return Shape(name, "text", optional, code=True)
    if attrs.has(tp):
        return Shape(name, "records", optional, item_kind="records", item=tp)
    return Shape(name, "text", optional)  # anything else: its str()


@functools.cache
def shapes(cls: type) -> tuple[Shape, ...]:
    """The shape of each field of an attrs record class, in declaration order."""
    hints = typing.get_type_hints(cls)
    return tuple(_shape(field.name, hints[field.name]) for field in attrs.fields(cls))


def columns(name: str, kind: Kind) -> tuple[Column, ...]:
    """The columns a scalar field of ``kind`` named ``name`` gives."""
    if kind in ("date", "span"):
        return (
            Column(name, "string", f"{name} as written, at its precision (EDTF)"),
            Column(f"{name}_start", "date", f"first day {name} may denote"),
            Column(f"{name}_end", "date", f"last day {name} may denote"),
            Column(f"{name}_precision", "string", f"precision of {name}: year, month or day"),
        )
    money = (
        Column(f"{name}_amount", "integer", f"{name}: amount in whole units of the currency"),
        Column(f"{name}_currency", "string", f"{name}: ISO 4217 currency code"),
        Column(f"{name}_approximate", "boolean", f"{name}: true where the source hedges"),
    )
    if kind == "money":
        return money
    if kind == "quantity":
        return (
            Column(name, "string", f"{name} exactly as stated: a number, a fraction or money"),
            Column(f"{name}_number", "number", f"{name} as a number (empty for money)"),
            *money,
        )
    types_: dict[str, ColumnType] = {
        "integer": "integer",
        "boolean": "boolean",
        "decimal": "number",
    }
    return (Column(name, types_.get(kind, "string"), ""),)


def _text(value: object) -> str:
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


def _precision(value: PartialDate | Span) -> str:
    if isinstance(value, Span):
        return min(value.start.precision, value.end.precision, key=PRECISIONS.index)
    return value.precision


def cells(name: str, kind: Kind, value: object) -> dict[str, object]:
    """The cells of one scalar field, as Python values (``str``, ``int``, ``bool``,
    ``Decimal``, ``float``, ``datetime.date`` or ``None``), keyed by column name."""
    names = [c.name for c in columns(name, kind)]
    if value is None:
        return dict.fromkeys(names)
    if kind in ("date", "span") and isinstance(value, (PartialDate, Span)):
        first = value.start.earliest() if isinstance(value, Span) else value.earliest()
        last = value.end.latest() if isinstance(value, Span) else value.latest()
        return dict(zip(names, (str(value), first, last, _precision(value)), strict=True))
    if kind == "money" and isinstance(value, Money):
        return dict(zip(names, (value.amount, value.currency, value.approximate), strict=True))
    if kind == "quantity":
        if isinstance(value, Money):
            money = (format(value, "d"), None, value.amount, value.currency, value.approximate)
            return dict(zip(names, money, strict=True))
        number = value if isinstance(value, (int, Decimal)) else float(value)  # type: ignore[arg-type]
        return dict(zip(names, (str(value), number, None, None, None), strict=True))
    if kind in ("integer", "boolean", "decimal"):
        return {name: value}
    return {name: _text(value)}


#: the fields that name a record, most telling first
_TITLES = ("name", "title", "label", "acronym", "expansion", "holder", "value")


def title_of(record: object) -> str:
    """What a record is called: its name, title, label, acronym... else its id."""
    for attribute in ("name", "title", "label"):
        value = getattr(record, attribute, None)
        if isinstance(value, str) and value:
            return value
    meanings = getattr(record, "meanings", None)  # an acronym: what it stands for
    if isinstance(meanings, tuple) and meanings:
        return "; ".join(str(getattr(m, "expansion", m)) for m in meanings)
    for attribute in (*_TITLES, "id"):
        value = getattr(record, attribute, None)
        if isinstance(value, str) and value:
            return value
    return type(record).__name__


_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def field_roles(
    collections: Mapping[str, Sequence[object]],
) -> tuple[dict[tuple[type, str], str | None], set[tuple[type, str]]]:
    """Which text fields (of any record class, nested ones too) are references and which are
    codes, read from the data so that a new field is placed without a list.

    A reference field's every value is the id of a record: it maps to the collection those
    records are in (``(Summit, "chair") -> "people"``), or to ``None`` where they are in
    several (an event's ``refs``). A code field's every value is a lowercase slug
    (``"agreement"``, ``"akc-secretary-general"``): not words to search (a name never is).
    """
    owner: dict[str, str] = {}
    for name, records in collections.items():
        for record in records:
            rid = getattr(record, "id", None)
            if isinstance(rid, str):
                owner[rid] = name
    targets: dict[tuple[type, str], set[str | None]] = {}
    slugs: dict[tuple[type, str], bool] = {}
    for records in collections.values():
        for record in records:
            for cls, name, value, top_id in _texts(record, top=True):
                key = (cls, name)
                slugs[key] = slugs.get(key, True) and _SLUG.fullmatch(value) is not None
                if not top_id:
                    targets.setdefault(key, set()).add(owner.get(value))
    references = {
        key: (next(iter(found)) if len(found) == 1 else None)
        for key, found in targets.items()
        if None not in found
    }
    # a name is a name, even where every one looks like a slug
    codes = {key for key, slug in slugs.items() if slug and key[1] not in _TITLES}
    return references, codes


def _texts(record: object, *, top: bool) -> Iterator[tuple[type, str, str, bool]]:
    """(class, field, value, whether it is the record's own id) of each text in a record and
    the records it holds."""
    cls: Any = type(record)
    for shape in shapes(cls):
        value = getattr(record, shape.name)
        if shape.kind == "records":
            for item in value if isinstance(value, tuple) else (value,):
                if item is not None:
                    yield from _texts(item, top=False)
        elif shape.kind == "text" or (shape.kind == "list" and shape.item_kind == "text"):
            own_id = top and shape.name == "id"
            for v in value if isinstance(value, tuple) else (value,):
                if isinstance(v, str):
                    yield cls, shape.name, v, own_id
