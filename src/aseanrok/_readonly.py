"""``ReadOnlyDict``: a mapping no caller can change, which pickles and copies (a
``types.MappingProxyType`` does neither)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

__all__ = ["ReadOnlyDict"]

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: the first expand() comes this way
    from typing import TypeVar

    K = TypeVar("K")
    V = TypeVar("V")


class ReadOnlyDict(Mapping["K", "V"]):
    """A read-only dict: equal to a dict with the same items, printed like one.

    >>> d = ReadOnlyDict({"AKCF": 1})
    >>> d["AKCF"], d == {"AKCF": 1}, d
    (1, True, ReadOnlyDict({'AKCF': 1}))
    >>> d["BKCF"] = 2
    Traceback (most recent call last):
    ...
    TypeError: 'ReadOnlyDict' object does not support item assignment
    """

    __slots__ = ("_items",)
    _items: dict[K, V]

    def __init__(self, items: Mapping[K, V] | None = None) -> None:
        object.__setattr__(self, "_items", dict(items or {}))

    def __getitem__(self, key: K) -> V:
        return self._items[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ReadOnlyDict):
            other = other._items
        return self._items == other if isinstance(other, Mapping) else NotImplemented

    __hash__ = None  # type: ignore[assignment]  # like a dict

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._items!r})"

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self._items,))
