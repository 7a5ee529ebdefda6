"""Field validators shared by the record classes, and the type checks of a record built by hand.

A record read from the data is typed by the strict converter before its class is called; one
built by hand gets the same guarantee from ``Checked``: every field must hold its declared type
(``Summit(number="8")`` raises ``TypeError``), and every value validator runs either way.
"""

from __future__ import annotations

import contextlib
import functools
import re
import threading
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs

from .._compared import Compared
from .._rules import LANG, QUOTE_MAX, SLUG
from ..errors import shown


def _not_str(attribute: attrs.Attribute[Any], value: object) -> TypeError:
    return TypeError(f"{attribute.name} must be a str, got {type(value).__name__}")


# the validators check the type first (a record built by hand may hold anything), inline:
# they run for every field of every record loaded


# ids and language tags repeat (a citation's source, a reference, "en"): a text once found to
# fit its pattern is remembered, so the pattern runs once for it, not for each record. Only an
# exact str is looked up (a subclass may compare as it likes); bounded: emptied when full, at
# more than the data's distinct ids (some 2,200), else a load empties it and matches them again.
_SLUGS: set[str] = set()
_LANGS: set[str] = set()
_FITS_MAX = 4096


def _fits(known: set[str], pattern: re.Pattern[str], value: str) -> bool:
    """Whether ``value`` fits ``pattern``; remembered in ``known`` if it does."""
    if pattern.fullmatch(value) is None:
        return False
    if type(value) is str:
        if len(known) >= _FITS_MAX:
            known.clear()
        known.add(value)
    return True


def _check_id(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if type(value) is str and value in _SLUGS:
        return
    if not isinstance(value, str):
        raise _not_str(attribute, value)
    if not _fits(_SLUGS, SLUG, value):
        raise ValueError(
            f"{attribute.name} must be a lowercase slug like 'summit-25', got {shown(value)}"
        )


def _check_lang(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if type(value) is str and value in _LANGS:
        return
    if not isinstance(value, str):
        raise _not_str(attribute, value)
    if not _fits(_LANGS, LANG, value):
        raise ValueError(
            f"{attribute.name} must be a BCP 47 tag like 'en' or 'ko', got {shown(value)}"
        )


def _non_empty(
    instance: object, attribute: attrs.Attribute[tuple[object, ...]], value: tuple[object, ...]
) -> None:
    if not isinstance(value, tuple):
        raise TypeError(f"{attribute.name} must be a tuple, got {type(value).__name__}")
    if not value:
        raise ValueError(f"{type(instance).__name__}.{attribute.name} must not be empty")


def _text(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str):
        raise _not_str(attribute, value)
    if not value.strip():
        raise ValueError(f"{attribute.name} must be non-blank text, got {shown(value)}")


def _quote(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    _text(instance, attribute, value)
    if len(value) > QUOTE_MAX:
        raise ValueError(f"a quote is at most {QUOTE_MAX} characters, this one has {len(value)}")


# the optional ones pass a good value without a second call; a bad one goes to the check
# that says what is wrong


def _opt_text(instance: object, attribute: attrs.Attribute[str], value: str | None) -> None:
    if value is not None and not (isinstance(value, str) and value.strip()):
        _text(instance, attribute, value)


def _opt_quote(instance: object, attribute: attrs.Attribute[str], value: str | None) -> None:
    if value is not None and not (
        isinstance(value, str) and value.strip() and len(value) <= QUOTE_MAX
    ):
        _quote(instance, attribute, value)


def _opt_id(instance: object, attribute: attrs.Attribute[str], value: str | None) -> None:
    if value is not None and not (type(value) is str and value in _SLUGS):
        _check_id(instance, attribute, value)


def _opt_lang(instance: object, attribute: attrs.Attribute[str], value: str | None) -> None:
    if value is not None and not (type(value) is str and value in _LANGS):
        _check_lang(instance, attribute, value)


def _positive(instance: object, attribute: attrs.Attribute[int | None], value: int | None) -> None:
    if value is None:
        return
    if type(value) is not int:
        raise TypeError(f"{attribute.name} must be an int, got {type(value).__name__}")
    if value < 1:
        raise ValueError(f"{attribute.name} must be positive, got {shown(value)}")


def _not_before(first: str) -> Callable[[Any, attrs.Attribute[int | None], int | None], None]:
    """A validator of a last year: not before the year in the field ``first`` (either unknown
    passes). Wrong types are left to the type check."""

    def check(instance: Any, attribute: attrs.Attribute[int | None], value: int | None) -> None:
        start = getattr(instance, first)
        if type(value) is int and type(start) is int and value < start:
            raise ValueError(f"{attribute.name} {shown(value)} is before {first} {shown(start)}")

    return check


#: A field's ``metadata`` where its texts repeat from record to record (a kind of source, a
#: language, the source a citation names): the loader holds each of them once (interned).
REPEATED: Mapping[str, object] = types.MappingProxyType({"repeated": True})

#: The validators that refuse any value but a str, those that refuse any but None or a str,
#: and any but None or an int: on such a field the loader's plans leave the type check to them.
STR_ONLY = frozenset({_check_id, _check_lang, _text, _quote})
STR_OR_NONE = frozenset({_opt_text, _opt_quote, _opt_id, _opt_lang})
INT_OR_NONE = frozenset({_positive})


class _Loading(threading.local):
    """Whether this thread makes records whose types are known: the loader structuring data
    (the strict converter checked every type), or the API deriving records from loaded ones."""

    on = False


LOADING = _Loading()


class Checked(Compared):
    """Base of the record classes: a record built by hand has every field type-checked.

    The loader's strict converter has already checked the types of what it structures, so
    the check is skipped while ``LOADING.on`` (set in its own thread only, by the loader and
    by ``typed()``).
    """

    __slots__ = ()

    def __attrs_post_init__(self) -> None:
        if not LOADING.on:
            check_types(self)


@contextlib.contextmanager
def typed() -> Iterator[None]:
    """Within it, this thread's records skip the type check: for records made from fields of
    loaded records (the timeline's events), whose types are known."""
    saved, LOADING.on = LOADING.on, True
    try:
        yield
    finally:
        LOADING.on = saved


def check_types(record: object) -> None:
    """``TypeError`` naming the first field of ``record`` that does not hold its declared type."""
    cls: Any = type(record)
    for name, accepts, expected in _field_types(cls):
        value = getattr(record, name)
        if not accepts(value):
            raise TypeError(
                f"{type(record).__name__}.{name} must be {expected}, got {type(value).__name__}"
            )


@functools.cache
def _field_types(cls: type) -> tuple[tuple[str, Callable[[object], bool], str], ...]:
    hints = typing.get_type_hints(cls)
    return tuple(
        (f.name, _accepts(hints[f.name]), _describe(hints[f.name])) for f in attrs.fields(cls)
    )


def _accepts(tp: Any) -> Callable[[object], bool]:
    """A predicate: does a value hold type ``tp`` as the strict converter would make it?"""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Literal:
        allowed = frozenset((type(a), a) for a in args)
        return lambda v: (type(v), v) in allowed
    if origin in (typing.Union, types.UnionType):
        options = tuple(_accepts(a) for a in args)
        return lambda v: any(accepts(v) for accepts in options)
    if origin is tuple:
        item = _accepts(args[0])
        return lambda v: isinstance(v, tuple) and all(item(x) for x in v)
    if tp is type(None):
        return lambda v: v is None
    if tp in (int, bool):  # exactly: a bool is no int here, nor an int a bool
        return lambda v: type(v) is tp
    return lambda v: isinstance(v, tp)


def _describe(tp: Any) -> str:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Literal:
        return "one of " + ", ".join(repr(a) for a in args)
    if origin in (typing.Union, types.UnionType):
        return " or ".join(_describe(a) for a in args)
    if origin is tuple:
        return f"a tuple of {_describe(args[0]).removeprefix('a ').removeprefix('an ')}"
    if tp is type(None):
        return "None"
    name = getattr(tp, "__name__", str(tp))
    return f"{'an' if name[0] in 'AEIOUaeiou' else 'a'} {name}"
