"""Structuring plans: the loader's fast way from parsed JSON to records, with no generated code.

A record class's plan maps each JSON key (a field's name) to a plain function that reads its
value with the reader of its type (``forms``), the one the strict converter (``convert``) reads
it with too, then calls the class, whose validators run as they always do. It accepts only what
the converter accepts and makes the same records, but says nothing about a fault: any exception
means "not this way", and the loader structures that file again through the converter, whose
errors name the file and the JSON path. So the converter (and cattrs) is imported only for a
file that has a fault, and no structuring code is compiled at run time.

A class with a field type not planned here gets no plan (``None``): the converter reads it.
"""

from __future__ import annotations

import functools
import os
import threading
import typing
from sys import intern

import attrs

from . import forms
from ._annotations import namer, read
from ._date_steps import DATE, OPTIONAL_DATE, OPTIONAL_SPAN, SPAN
from .dates import PartialDate, Span
from .errors import DataError
from .raw import json_kind
from .records._validate import INT_OR_NONE, STR_ONLY, STR_OR_NONE, _text, typed
from .registry import record_class

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from ._annotations import Written

    Step = Callable[[Any], Any]

__all__ = ["plan", "structure"]

# the records shared within one file (citations), forgotten once it is structured: kept, their
# keys held each citation's text twice over. One file at a time, so they are that file's.
_PER_FILE: list[dict[Any, Any]] = []
_MADE: dict[type, dict[Any, Any]] = {}  # each shared class's records of the file
_FILE_LOCK = threading.Lock()
# classes whose citations a plan reads other than as Citations (none in the model)
_ODD_CITATIONS: set[type] = set()


class _Refused(Exception):
    """A value the converter would refuse (the converter says why)."""


@functools.cache
def _quantities() -> dict[object, Step]:
    """The steps of a quantity and an optional one: made (and decimal, fractions, money
    imported) only for a class that has a numeric field."""
    from .money import Money
    from .quantity import Quantity

    money = plan(Money)
    if money is None:
        return {}
    quantity = forms.quantity(money)
    return {Quantity: quantity, Quantity | None: _optional(quantity)}


def _numeric(tp: Any) -> bool:
    """Whether ``tp`` is (or is a union of) a type of the modules ``decimal`` or ``fractions``."""
    return any(
        getattr(t, "__module__", None) in ("decimal", "fractions")
        for t in (tp, *typing.get_args(tp))
    )


_OPTIONAL: dict[Step, Step] = {}


def _optional(step: Step) -> Step:
    found = _OPTIONAL.get(step)
    if found is None:
        found = _OPTIONAL[step] = lambda value: None if value is None else step(value)
    return found


_TUPLE: dict[Step, Step] = {}


def _tuple(step: Step) -> Step:
    def structure(value: Any) -> tuple[Any, ...]:
        if type(value) is not list:
            raise _Refused
        return tuple(map(step, value))

    return _TUPLE.setdefault(step, structure)


# a date read once for every record that holds it (an optional one in the same step)
_CACHED: dict[object, Step] = {PartialDate: DATE, Span: SPAN}
_OPTIONAL.update({DATE: OPTIONAL_DATE, SPAN: OPTIONAL_SPAN})


def _step(tp: Any) -> Step | None:
    """The function that structures a value of type ``tp``, or ``None`` if none is planned."""
    found = _CACHED.get(tp) or forms.reader(tp)
    if found is not None:
        return found
    if _numeric(tp):
        found = _quantities().get(tp)
        if found is not None:
            return found
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, _UnionType) and len(args) == 2 and type(None) in args:
        inner = _step(args[0] if args[1] is type(None) else args[1])
        return None if inner is None else _optional(inner)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _step(args[0])
        return None if item is None else _tuple(item)
    if isinstance(tp, type) and attrs.has(tp):
        return plan(tp)
    return None


_UnionType = type(int | None)


def _from(written: Written) -> Step | None:
    """The step of an annotation as ``_annotations.read`` gives it."""
    kind, arg = written
    if kind == "name":
        return _step(arg)
    inner = _from(arg)
    if inner is None:
        return None
    return _optional(inner) if kind == "optional" else _tuple(inner)


@functools.cache
def plan(cls: type) -> Step | None:
    """The structuring function of an attrs record class: a dict in, the record out (any
    exception: the converter must say why), or ``None`` where the converter must read it."""
    names = namer(cls)
    hints: dict[str, Any] | None = None
    steps: dict[str, Step] = {}
    renamed = False
    for field in attrs.fields(cls):
        if not field.init or field.converter is not None:
            return None
        step = None
        if isinstance(field.type, str) and not field.inherited:
            written = read(field.type, names)
            step = None if written is None else _from(written)
        if step is None:
            hints = hints or typing.get_type_hints(cls)
            step = _step(hints[field.name])
        if step is None:
            return None
        steps[field.name] = step
        renamed = renamed or field.alias != field.name
    if "citations" in steps:  # read as Citations, so the file's citations are those made
        citing = plan(_citation())
        if citing is None or steps["citations"] is not _tuple(citing):
            _ODD_CITATIONS.add(cls)
    if renamed:
        aliases = {f.name: f.alias for f in attrs.fields(cls)}

        def build_renamed(value: Any) -> Any:
            if type(value) is not dict:
                raise _Refused
            return cls(**{aliases[k]: steps[k](v) for k, v in value.items()})

        return build_renamed
    # a value its field's validator type-checks as the converter would is passed as it is
    convert = tuple(
        (f.name, steps[f.name]) for f in attrs.fields(cls) if not _checked(steps[f.name], f)
    )

    repeated = tuple(f.name for f in attrs.fields(cls) if f.metadata.get("repeated"))
    if all(step in _TEXT_STEPS for step in steps.values()):
        return _shared(cls, _build_each(cls, convert, repeated))
    return _build_each(cls, convert, repeated)


def _build_each(
    cls: type, convert: tuple[tuple[str, Step], ...], repeated: tuple[str, ...]
) -> Step:
    """A record of ``cls`` from a dict, its values converted by ``convert``, and the texts of
    the fields ``repeated`` names interned: a text many records hold is held once."""

    def build_as_is(value: Any) -> Any:
        if type(value) is not dict:
            raise _Refused
        return cls(**value)

    def build(value: Any) -> Any:
        # an unknown key or a missing field is a TypeError from the class
        if type(value) is not dict:
            raise _Refused
        fields = value.copy()
        for key in repeated:
            text = fields.get(key)
            if type(text) is str:  # anything else: its field's validator refuses it
                fields[key] = intern(text)
        for key, step in convert:
            if key in fields:
                fields[key] = step(fields[key])
        return cls(**fields)

    return build if convert or repeated else build_as_is


def _shared(cls: type, build: Step) -> Step:
    """``build``, for a class of text fields alone (a citation): a record equal to one already
    made from the same file is that one, made once (records are frozen)."""
    made: dict[tuple[Any, ...], Any] = {}
    _PER_FILE.append(made)
    _MADE[cls] = made

    def shared(value: Any) -> Any:
        if type(value) is not dict:
            raise _Refused
        # the keys, then their values: as long a key for as many keys, so no two dicts share
        # one; an unhashable value is a TypeError, refused as it should be
        key = (*value, *value.values())
        found = made.get(key)
        if found is None:
            found = made[key] = build(value)
        return found

    return shared


def _checked(step: Step, field: attrs.Attribute[Any]) -> bool:
    """Whether the field's validator refuses exactly what ``step`` refuses of its type."""
    check = field.validator
    if step is forms.text:
        return check in STR_ONLY
    if step is _optional(forms.text):
        return check in STR_OR_NONE or (
            isinstance(check, _OPTIONAL_CHECK) and getattr(check, "validator", None) in STR_ONLY
        )
    if step is _optional(forms.integer):
        return check in INT_OR_NONE
    return False


_OPTIONAL_CHECK = type(attrs.validators.optional(_text))
# only text: a str equals nothing but a str (1 == True, so a number would not do)
_TEXT_STEPS = frozenset({forms.text, _optional(forms.text)})


def structure(name: str, document: object) -> tuple[tuple[Any, ...], tuple[Any, ...] | None]:
    """The records of a collection's parsed file, or ``DataError`` for the first that does not
    fit: its class's plan makes them, and where the plan fails (or the class has none) the
    strict converter reads the file again, to make them or to say what does not fit.

    With them, where the plans made every citation of the file, its distinct ``Citation``
    records (each citation the file repeats is one record): what the checks of its citations
    need, without a walk through its JSON. ``None`` where the converter made the records.
    """
    file = f"{name}.json"
    cls = record_class(name)
    if type(document) is not list:
        raise DataError(file, "$", f"expected a list of records, got {json_kind(document)}")
    build = plan(cls)
    if build is not None:
        with _FILE_LOCK:
            try:
                with typed():  # the plan checks every type: the records need not again
                    records = tuple(map(build, document))
                citation = _citation()
                plan(citation)  # its cache is there even for a file that cites nothing
                cited = None if _ODD_CITATIONS else tuple(_MADE[citation].values())
                return records, cited
            except Exception:  # whatever it is, the converter names it
                pass
            finally:
                for cache in _PER_FILE:
                    cache.clear()
    from .convert import structure_document

    return structure_document(file, cls, document), None


def _citation() -> type:
    """``Citation``, whose module is imported with the first record class that needs it."""
    from .records.base import Citation

    return Citation


def _after_fork_in_child() -> None:
    global _FILE_LOCK
    _FILE_LOCK = threading.Lock()  # a thread the child does not have may have held it
    for cache in _PER_FILE:
        cache.clear()


if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=_after_fork_in_child)
