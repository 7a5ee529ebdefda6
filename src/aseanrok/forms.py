"""The form each type of value takes in the data files, and how a JSON value is read into it.

One reader per type: it returns the value, or raises ``TypeError`` (the wrong kind of JSON
value) or ``ValueError`` (the right kind in the wrong form), saying what it expected in the
words of the data. The loader's structuring plans (``_plans``, the fast way in, which takes any
exception for "not this way") and the strict converter (``convert``, which names the fault and
its JSON path) both read every value with these: how a type is read is written here once, and
which fields a record has, once, in its attrs class.

Nothing here imports ``decimal``, ``fractions`` or the money module until a numeric type is
asked for: most collections have no numeric field.
"""

from __future__ import annotations

import enum
import functools
import re
import typing

from ._rules import in_data_years
from .dates import PartialDate, Span
from .errors import shown

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    #: A reader: a parsed JSON value in, the value of its type out, or an exception.
    Reader = Callable[[Any], Any]

__all__ = [
    "date",
    "flag",
    "integer",
    "number_forms",
    "quantity",
    "reader",
    "scalars",
    "span",
    "text",
    "wrong",
]


def wrong(value: object, what: str) -> TypeError:
    """The error for a JSON value of the wrong kind: what was expected, what came."""
    if value is None:
        return TypeError(f"expected {what}, got null")
    return TypeError(f"expected {what}, got {type(value).__name__} {shown(value)}")


def _choices(values: tuple[object, ...]) -> str:
    return "one of " + ", ".join(repr(v) for v in values)


def integer(value: Any) -> int:
    if type(value) is not int:  # a bool is no int here
        raise wrong(value, "an integer")
    return value


def text(value: Any) -> str:
    if not isinstance(value, str):
        raise wrong(value, "a string")
    return value


def flag(value: Any) -> bool:
    if type(value) is not bool:
        raise wrong(value, "true or false")
    return value


def date(value: Any) -> PartialDate:
    if not isinstance(value, str):
        raise wrong(value, "a date string 'YYYY[-MM[-DD]]'")
    return in_data_years(PartialDate.parse(value))


def span(value: Any) -> Span:
    if not isinstance(value, str):
        raise wrong(value, "a date or interval string 'YYYY[-MM[-DD]][/YYYY[-MM[-DD]]]'")
    return in_data_years(Span.parse(value))


@functools.cache
def number_forms() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The text forms of a decimal (``"5.7"``) and of a fraction (``"1/3"``) in the data."""
    return re.compile(r"-?\d+(?:\.\d+)?", re.ASCII), re.compile(r"\d+/[1-9]\d*", re.ASCII)


@functools.cache
def _numbers() -> dict[object, Reader]:
    """The readers of ``Decimal`` and ``Fraction`` (their modules imported now)."""
    from decimal import Decimal
    from fractions import Fraction

    decimal_form, fraction_form = number_forms()
    return {
        Decimal: _written(Decimal, decimal_form, "a decimal number", '"5.7"'),
        Fraction: _written(Fraction, fraction_form, "a fraction", '"1/3"'),
    }


def _written(make: Callable[[str], Any], form: re.Pattern[str], noun: str, eg: str) -> Reader:
    """The reader of a number written as text in ``form``: ``make(text)``."""

    def read(value: Any) -> Any:
        if not isinstance(value, str):
            raise wrong(value, f"{noun} as a string, e.g. {eg}")
        if form.fullmatch(value) is None:
            raise ValueError(f"not {noun}: {shown(value)}")
        return make(value)

    return read


def quantity(money: Reader) -> Reader:
    """The reader of a ``Quantity``: an integer, a decimal or a fraction as text, or money
    (an object, which ``money`` reads)."""
    from decimal import Decimal
    from fractions import Fraction

    numbers = _numbers()
    decimal, fraction = numbers[Decimal], numbers[Fraction]

    def read(value: Any) -> Any:
        if type(value) is dict:
            return money(value)
        if type(value) is int:
            return value
        if type(value) is str:
            return fraction(value) if "/" in value else decimal(value)
        raise wrong(value, "an integer, a decimal or fraction string, or money")

    return read


def _literal(allowed: tuple[object, ...]) -> Reader:
    typed = {(type(a), a): a for a in allowed}

    def read(value: Any) -> Any:
        try:
            # by type too (1 is no True here); the Literal's own value, held once
            return typed[type(value), value]
        except (KeyError, TypeError):  # not allowed, or unhashable (a list or an object)
            raise ValueError(f"expected {_choices(allowed)}, got {shown(value)}") from None

    return read


def _member(cls: type[enum.Enum]) -> Reader:
    members = {(type(m.value), m.value): m for m in cls}
    values = tuple(m.value for m in cls)

    def read(value: Any) -> Any:
        try:
            return members[type(value), value]
        except (KeyError, TypeError):  # not a member's value, or unhashable (a list, an object)
            raise ValueError(f"expected {_choices(values)}, got {shown(value)}") from None

    return read


_SCALARS: dict[object, Reader] = {
    int: integer,
    str: text,
    bool: flag,
    PartialDate: date,
    Span: span,
}


@functools.cache
def reader(tp: Any) -> Reader | None:
    """The reader of a value of type ``tp``: a scalar (text, an integer, a flag, a date, a
    span, a decimal, a fraction), a ``Literal`` or an enum; ``None`` for any other type
    (optional and tuple types, records and quantities are made of these by their users)."""
    found = _SCALARS.get(tp)
    if found is not None:
        return found
    if getattr(tp, "__module__", None) in ("decimal", "fractions"):
        return _numbers().get(tp)
    if typing.get_origin(tp) is typing.Literal:
        return _literal(typing.get_args(tp))
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return _member(tp)
    return None


def scalars() -> tuple[type, ...]:
    """The types whose values ``reader`` reads, but for ``Literal`` types and enums."""
    return (*_SCALARS, *_numbers())  # type: ignore[arg-type]
