"""``Compared``: equality, hashing and repr as attrs generates them, written once.

attrs compiles each class's methods from source when the class is created, and for a record
class ``__eq__``, ``__hash__`` and ``__repr__`` are most of that source. A class that derives
from ``Compared`` and tells attrs ``eq=False, repr=False`` gets the same behaviour from here:
equal when of the same class with every field equal, a hash of every field, and
``Name(field=value, ...)`` of the fields shown in repr.
"""

from __future__ import annotations

import reprlib
from typing import Any

import attrs

__all__ = ["Compared"]

_FIELDS: dict[type, tuple[str, ...]] = {}


def _compared(cls: Any) -> tuple[str, ...]:
    """The fields of an attrs class that its equality and hash compare."""
    found = _FIELDS.get(cls)
    if found is None:
        found = _FIELDS[cls] = tuple(f.name for f in attrs.fields(cls) if f.eq)
    return found


class Compared:
    """Base of attrs classes made with ``eq=False, repr=False`` that compare, hash and print as
    attrs would have them."""

    __slots__ = ()

    @reprlib.recursive_repr()
    def __repr__(self) -> str:
        cls: Any = self.__class__
        shown = (
            f"{f.name}={(f.repr if callable(f.repr) else repr)(getattr(self, f.name))}"
            for f in attrs.fields(cls)
            if f.repr
        )
        return f"{cls.__qualname__.rsplit('>.', 1)[-1]}({', '.join(shown)})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        names = _compared(self.__class__)
        return all(getattr(self, name) == getattr(other, name) for name in names)

    def __hash__(self) -> int:
        cls = self.__class__
        return hash((cls.__qualname__, *(getattr(self, name) for name in _compared(cls))))
