"""Record access shared by the query modules."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TypeVar

from .._args import optional_bool, optional_int, require_int, require_text
from ..errors import NotFoundError
from ..loader import default_loader

__all__ = [
    "find",
    "keyed",
    "optional_bool",
    "optional_int",
    "records",
    "require_int",
    "require_text",
]

T = TypeVar("T")


def records(name: str, cls: type[T]) -> tuple[T, ...]:
    """The records of one bundled collection (read on first use)."""
    return default_loader().records(name, cls)


def keyed(items: Iterable[T], keys: Callable[[T], Iterable[str | None]]) -> dict[str, T]:
    """An index for ``find``: each item under each of its non-empty ``keys``, case-folded; the
    first item keeps a key two share."""
    index: dict[str, T] = {}
    for item in items:
        for key in keys(item):
            if key:
                index.setdefault(key.casefold(), item)
    return index


def find(
    index: Mapping[str, T],
    key: object,
    what: str,
    candidates: Callable[[], Iterable[str]],
) -> T:
    """``index[key]`` for a str ``key``, stripped and case-folded (``index`` is keyed so).

    ``TypeError`` for a non-str, ``ValueError`` for a blank one, and ``NotFoundError`` naming
    the closest of ``candidates()`` when nothing matches.
    """
    if type(key) is str:  # the usual call: a str found
        found = index.get(key.strip().casefold())
        if found is not None:
            return found
    text = require_text(key, f"a {what}")
    found = index.get(text.casefold())
    if found is None:
        raise NotFoundError(text, candidates(), what=what)
    return found
