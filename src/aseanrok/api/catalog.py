"""Agreements, institutions, KASI and sources: listings and look-ups."""

from __future__ import annotations

from functools import cache

from ..errors import NotFoundError
from ..records.agreements import Agreement
from ..records.base import Source
from ..records.institutions import Institution
from ..records.kasi import LineOfEffort, PriorityArea, Vision
from ..table import Table
from ._common import find, keyed, records, require_int

__all__ = [
    "agreements",
    "institution",
    "institutions",
    "line_of_effort",
    "lines_of_effort",
    "priority_areas",
    "source",
    "sources",
    "visions",
]


def agreements() -> Table[Agreement]:
    """Agreements, declarations, statements, plans of action, MoUs and MoIs.

    >>> a = {a.acronym: a for a in aseanrok.agreements() if a.acronym}["AKFTA"]
    >>> str(a.in_force)
    '2010-01-01'
    """
    return Table(records("agreements", Agreement))


def institutions() -> Table[Institution]:
    """Institutions, ASEAN-led mechanisms, dialogues and meeting series.

    >>> [str(i.established) for i in aseanrok.institutions() if i.acronym == "AKC"]
    ['2009-03-13']
    """
    return Table(records("institutions", Institution))


@cache
def _institutions_by_key() -> dict[str, Institution]:
    return keyed(
        records("institutions", Institution),
        lambda i: (i.id, i.name, i.acronym, *(n.value for n in i.names)),
    )


def institution(key: str) -> Institution:
    """An institution by id, name, acronym or attested variant of its name, any case.

    A key that names a record of another collection (a meeting series that was an institution
    in an earlier data version) raises ``NotFoundError`` saying where the record is now.

    >>> aseanrok.institution("ASEAN Culture House").city
    'Busan'
    """
    try:
        return find(
            _institutions_by_key(),
            key,
            "institution",
            lambda: (i.acronym or i.name for i in institutions()),
        )
    except NotFoundError as error:
        hint = _elsewhere(key)
        if hint is None:
            raise
        raise NotFoundError(key, error.suggestions, what="institution", hint=hint) from None


def _elsewhere(key: object) -> str | None:
    """Where a key that names no institution names a record now, if it names one."""
    from .lookups import get, record_ids
    from .meetings import _series_index

    if not isinstance(key, str):
        return None
    text = key.strip()
    series = _series_index().get(text.casefold())
    if series is not None:
        return (
            f"{series.id!r} is a meeting series: aseanrok.get({series.id!r}) returns it, "
            "aseanrok.meeting_series() lists the series, aseanrok.meetings(series=...) the meetings"
        )
    ids = {i.casefold(): i for i in record_ids()}
    if text.casefold() in ids:
        found = ids[text.casefold()]
        kind = type(get(found)).__name__
        return f"{found!r} is a {kind} record: aseanrok.get({found!r}) returns it"
    return None


def lines_of_effort() -> Table[LineOfEffort]:
    """KASI's eight core lines of effort, by number.

    >>> aseanrok.lines_of_effort()[7].number
    8
    """
    return Table(records("lines_of_effort", LineOfEffort))  # natural order: by number


def line_of_effort(number: int) -> LineOfEffort:
    """One of KASI's lines of effort by its number (1-8).

    >>> aseanrok.line_of_effort(3).title
    'Expand ASEAN-ROK comprehensive security cooperation'
    """
    n = require_int(number, "number")
    for line in lines_of_effort():
        if line.number == n:
            return line
    raise NotFoundError(n, (str(line.number) for line in lines_of_effort()), what="line of effort")


def priority_areas() -> Table[PriorityArea]:
    """KASI's ten priority areas of cooperation.

    >>> len(aseanrok.priority_areas())
    10
    """
    return Table(records("priority_areas", PriorityArea))


def visions() -> Table[Vision]:
    """The three key visions of the ROK's Indo-Pacific Strategy.

    >>> [v.name for v in aseanrok.visions()]
    ['Freedom', 'Peace', 'Prosperity']
    """
    return Table(records("visions", Vision))


def sources() -> Table[Source]:
    """The five documents every fact comes from.

    >>> [s.id for s in aseanrok.sources()][0]
    'mofa-kasi-2022'
    """
    return Table(records("sources", Source))


@cache
def _sources_by_id() -> dict[str, Source]:
    return {s.id: s for s in records("sources", Source)}


def source(source_id: str) -> Source:
    """A source by its id (any case).

    >>> aseanrok.source("yonhap-2023-07-13").publisher.split(" (")[0]
    'Yonhap News Agency'
    """
    return find(_sources_by_id(), source_id, "source", _sources_by_id)
