"""Acronym expansion: case- and blank-insensitive, attested variants included."""

from __future__ import annotations

from functools import cache

from ..errors import AmbiguousAcronymError, DataError, NotFoundError
from ..model import Acronym
from ..table import Table
from ._common import records, require_text

__all__ = ["acronym", "acronyms", "expand", "expansions"]


@cache
def _index() -> dict[str, Acronym]:
    """Every spelling (the acronym and its attested variants), case-folded, to its record."""
    index: dict[str, Acronym] = {}
    for i, record in enumerate(records("acronyms", Acronym)):
        for spelling in (record.acronym, *(v.value for v in record.variants)):
            key = spelling.casefold()
            other = index.setdefault(key, record)
            if other is not record:
                raise DataError(
                    "acronyms.json",
                    f"$[{i}]",
                    f"{spelling!r} is also a spelling of {other.acronym!r}: merge the two",
                )
    return index


def acronyms() -> Table[Acronym]:
    """Every acronym the sources define, alphabetically.

    >>> len(aseanrok.acronyms()) > 50
    True
    """
    return Table(records("acronyms", Acronym))


def acronym(text: str) -> Acronym:
    """The record of an acronym or of one of its attested spellings.

    >>> aseanrok.acronym("bmcf").acronym
    'BKCF'
    """
    key = require_text(text, "an acronym")
    found = _index().get(key.casefold())
    if found is None:
        raise NotFoundError(key, (a.acronym for a in records("acronyms", Acronym)), what="acronym")
    return found


def expansions(text: str) -> tuple[str, ...]:
    """Every meaning of an acronym, preferred first.

    >>> aseanrok.expansions("ACCC")
    ('ASEAN Center for Climate Change', 'ASEAN Connectivity Coordinating Committee')
    """
    return tuple(m.expansion for m in acronym(text).meanings)


def expand(text: str) -> str:
    """The meaning of an acronym; ``AmbiguousAcronymError`` when it has several.

    >>> aseanrok.expand("KASI")
    'Korea-ASEAN Solidarity Initiative'
    >>> aseanrok.expand(" mkfc ") == aseanrok.expand("MKCF")
    True
    """
    record = acronym(text)
    if len(record.meanings) > 1:
        raise AmbiguousAcronymError(record.acronym, (m.expansion for m in record.meanings))
    return record.meanings[0].expansion
