"""The one cattrs converter for the bundled data, with strict hooks.

Nothing is coerced: a JSON string is never read as a number, nor a number as a bool; a list is
required where the model has a tuple; keys the model does not know are refused. Dates, money
and numbers are read from (and written back to) the exact forms the data files use.
"""

from __future__ import annotations

import enum
from decimal import Decimal
from fractions import Fraction
from typing import Any, Literal, TypeVar, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import IterableValidationNote
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from . import forms
from .dates import PartialDate, Span
from .derived import DerivedMoney
from .errors import DataError, shown
from .money import Money
from .quantity import Quantity
from .raw import json_kind

__all__ = ["converter", "describe_error", "structure_document"]

T = TypeVar("T")


def _hook(cls: Any) -> Any:
    """A cattrs structure hook that reads a value of ``cls`` as ``forms`` reads it."""
    read = forms.reader(cls)
    if read is None:
        raise TypeError(f"forms reads no {cls!r}")
    return lambda value, _: read(value)


def _is_literal(cls: Any) -> bool:
    return get_origin(cls) is Literal


def _is_tuple(cls: Any) -> bool:
    return get_origin(cls) is tuple


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, omit_if_default=True)

    for cls in forms.scalars():
        conv.register_structure_hook(cls, _hook(cls))
    for cls in (PartialDate, Span, Decimal, Fraction):
        conv.register_unstructure_hook(cls, str)

    def tuple_hook(cls: Any) -> Any:
        # one function per tuple type, its item hook resolved once rather than on every list
        (item, _ellipsis) = get_args(cls)
        hook = conv.get_structure_hook(item)

        def structure_tuple(value: object, _: Any) -> tuple[Any, ...]:
            if type(value) is not list:
                raise forms.wrong(value, "a list")
            errors: list[Exception] = []
            result = []
            for i, element in enumerate(value):
                try:
                    result.append(hook(element, item))
                except Exception as exc:  # collected with its index, as cattrs does
                    note = IterableValidationNote(f"Structuring {cls} @ index {i}", i, item)
                    exc.__notes__ = [*getattr(exc, "__notes__", []), note]  # type: ignore[attr-defined]
                    errors.append(exc)
            if errors:
                raise cattrs.IterableValidationError(f"While structuring {cls}", errors, cls)
            return tuple(result)

        return structure_tuple

    conv.register_structure_hook_factory(_is_tuple, tuple_hook)
    conv.register_unstructure_hook_func(
        _is_tuple, lambda value: [conv.unstructure(v) for v in value]
    )

    money_hook = None

    def structure_money(value: object) -> Any:
        nonlocal money_hook
        money_hook = money_hook or conv.get_structure_hook(Money)
        return money_hook(value, Money)

    quantity = forms.quantity(structure_money)
    conv.register_structure_hook(Quantity, lambda v, _: quantity(v))
    conv.register_structure_hook(Quantity | None, lambda v, _: None if v is None else quantity(v))
    conv.register_unstructure_hook(Quantity, conv.unstructure)

    def attrs_structure(cls: Any) -> Any:
        generated = make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=True)
        what = f"an object ({cls.__name__})"

        def structure_record(value: object, _: Any) -> Any:
            if type(value) is not dict:  # else cattrs fails on a missing .keys() or `in`
                raise forms.wrong(value, what)
            return generated(value, cls)

        return structure_record

    # a Literal and an enum as forms reads them: by class for an enum, not by predicate, as
    # cattrs 24.1 dispatches enums by class before it asks any predicate
    conv.register_structure_hook_factory(_is_literal, _hook)
    conv.register_structure_hook(enum.Enum, lambda value, cls: _hook(cls)(value, cls))

    def attrs_unstructure(cls: Any) -> Any:
        generated = make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True)
        names = [f.name for f in attrs.fields(cls)]

        def unstructure(value: Any) -> dict[str, Any]:
            # declaration order, so the data files read like the model
            raw = generated(value)
            return {name: raw[name] for name in names if name in raw}

        return unstructure

    conv.register_structure_hook_factory(
        lambda c: attrs.has(c) and c not in (PartialDate, Span), attrs_structure
    )
    conv.register_unstructure_hook_factory(
        lambda c: attrs.has(c) and c not in (PartialDate, Span), attrs_unstructure
    )
    # an amount the API works out is written as the money it is (its records are for cite())
    money = attrs_unstructure(Money)
    conv.register_unstructure_hook(DerivedMoney, money)
    return conv


#: The converter between the records and the data files' JSON form.
converter: cattrs.Converter = _make_converter()


def _format(exc: BaseException, expected: type | None) -> str:
    # every hook and validator says what it expected, in the words of the data
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):  # cattrs' words: "Extra fields in..."
        extra = sorted(exc.extra_fields)
        names = ", ".join(shown(e) for e in extra)
        return (
            f"unknown field{'s' if len(extra) > 1 else ''} {names}: no field of {exc.cl.__name__}"
        )
    return str(exc) or type(exc).__name__


def describe_error(exc: BaseException, path: str = "$") -> list[tuple[str, str]]:
    """``(json_path, problem)`` for each fault in a structuring error, outermost path first."""
    if isinstance(exc, cattrs.BaseValidationError):
        found = []
        for line in cattrs.transform_error(exc, path=path, format_exception=_format):
            problem, _, where = line.rpartition(" @ ")
            found.append((where, problem))
        return found
    return [(path, _format(exc, None))]


def structure_document(file: str, cls: type, document: list[Any]) -> tuple[Any, ...]:
    """The records of a parsed file through the converter, or ``DataError`` for the first that
    does not fit, naming its JSON path."""
    from .records._validate import typed

    hook = converter.get_structure_hook(cls)
    records = []
    with typed():  # the converter checks every type: the records need not again
        for i, item in enumerate(document):
            if type(item) is not dict:
                raise DataError(file, f"$[{i}]", f"expected a record, got {json_kind(item)}")
            try:
                records.append(hook(item, cls))
            except RecursionError:
                raise DataError(file, f"$[{i}]", "nested too deeply") from None
            except Exception as exc:  # every fault, whatever cattrs or attrs raised
                path, problem = describe_error(exc, f"$[{i}]")[0]
                raise DataError(file, path, problem) from exc
    return tuple(records)
