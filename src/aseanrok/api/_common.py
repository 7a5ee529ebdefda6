"""Record access shared by the query modules."""

from __future__ import annotations

from typing import TypeVar

from .._args import optional_bool, optional_int, require_int, require_text
from ..loader import default_loader

__all__ = ["optional_bool", "optional_int", "records", "require_int", "require_text"]

T = TypeVar("T")


def records(name: str, cls: type[T]) -> tuple[T, ...]:
    """The records of one bundled collection (read on first use)."""
    return default_loader().records(name, cls)
