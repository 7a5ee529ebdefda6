"""Reading a record field's annotation as written (``from __future__ import annotations``)
without ``eval``: ``typing.get_type_hints`` compiles every annotation it reads, which costs
more than the rest of making a structuring plan. Only the forms the records use are read: a
name, ``X | None`` and ``tuple[X, ...]``; any other is left to ``typing.get_type_hints``.
"""

from __future__ import annotations

import builtins
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, TypeAlias

    #: ``("name", the object)``, ``("optional", Written)`` or ``("tuple", Written)``.
    Written: TypeAlias = tuple[str, Any]

__all__ = ["namer", "read"]

_MISSING = object()


def _split(text: str) -> list[str]:
    """The parts of a union written ``A | B``, split outside brackets."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(text):
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    return [*parts, text[start:].strip()]


def read(text: str, names: Callable[[str], object]) -> Written | None:
    """The annotation ``text``, its names looked up with ``names``; ``None`` for a form not
    read here or a name not found."""
    parts = _split(text.strip())
    if len(parts) == 2 and "None" in parts:
        inner = read(parts[parts[0] == "None"], names)
        return None if inner is None else ("optional", inner)
    if len(parts) != 1:
        return None
    (text,) = parts
    if text.startswith("tuple[") and text.endswith(", ...]"):
        item = read(text[6:-6], names)
        return None if item is None else ("tuple", item)
    if not text.isidentifier():
        return None
    found = names(text)
    return None if found is _MISSING else ("name", found)


def namer(cls: type) -> Callable[[str], object]:
    """A name as ``typing.get_type_hints(cls)`` finds it: in the class, its module, builtins."""
    scopes = (vars(cls), vars(sys.modules[cls.__module__]), vars(builtins))

    def lookup(name: str) -> object:
        for scope in scopes:
            if name in scope:
                return scope[name]
        return _MISSING

    return lookup
