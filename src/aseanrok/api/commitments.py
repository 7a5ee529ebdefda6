"""Targets and non-money pledges: figures someone set, and by when."""

from __future__ import annotations

from functools import cache
from typing import get_args

from ..errors import NotFoundError
from ..records.commitments import Commitment, CommitmentKind
from ..table import Table
from ._common import optional_int, records

__all__ = ["commitments"]

_KINDS: tuple[str, ...] = get_args(CommitmentKind)


@cache
def _chronological() -> tuple[Commitment, ...]:
    return records("commitments", Commitment)  # in their natural order: by date made


def commitments(*, kind: str | None = None, year: int | None = None) -> Table[Commitment]:
    """Targets (``kind="target"``) and pledges (``"pledge"``) in the order they were made;
    ``year`` keeps those made in that year.

    >>> [c.unit for c in aseanrok.commitments(year=2025)]
    ['USD', 'people']
    """
    if kind is not None:
        if not isinstance(kind, str):
            raise TypeError(f"kind must be a str, got {type(kind).__name__}")
        if kind not in _KINDS:
            raise NotFoundError(kind, _KINDS, what="kind of commitment")
    made = optional_int(year, "year")
    return Table(
        c
        for c in _chronological()
        if (kind is None or c.kind == kind) and (made is None or c.made.year == made)
    )
