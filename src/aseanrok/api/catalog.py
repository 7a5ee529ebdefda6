"""Agreements, institutions, statistics, KASI, people and sources: listings and look-ups."""

from __future__ import annotations

from functools import cache

from ..errors import NotFoundError
from ..records.agreements import Agreement
from ..records.base import Source
from ..records.institutions import Institution
from ..records.kasi import LineOfEffort, PriorityArea, Vision
from ..records.people import Person
from ..records.statistics import Statistic
from ..table import Table
from ._common import find, optional_int, records, require_int

__all__ = [
    "agreements",
    "indicators",
    "institution",
    "institutions",
    "line_of_effort",
    "lines_of_effort",
    "people",
    "person",
    "priority_areas",
    "source",
    "sources",
    "statistics",
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
    index: dict[str, Institution] = {}
    for i in records("institutions", Institution):
        for key in (i.id, i.name, i.acronym, *(n.value for n in i.names)):
            if key:
                index.setdefault(key.casefold(), i)
    return index


def institution(key: str) -> Institution:
    """An institution by id, name, acronym or attested variant of its name, any case.

    >>> aseanrok.institution("ASEAN Culture House").city
    'Busan'
    """
    return find(
        _institutions_by_key(),
        key,
        "institution",
        lambda: (i.acronym or i.name for i in institutions()),
    )


@cache
def _by_indicator() -> dict[str, tuple[Statistic, ...]]:
    grouped: dict[str, list[Statistic]] = {}
    for s in records("statistics", Statistic):
        grouped.setdefault(s.indicator, []).append(s)
    return {k: tuple(sorted(v, key=lambda s: (s.as_of, s.id))) for k, v in grouped.items()}


def indicators() -> tuple[str, ...]:
    """The names of the indicators ``statistics()`` knows, sorted.

    >>> "asean-rok-two-way-trade" in aseanrok.indicators()
    True
    """
    return tuple(sorted(_by_indicator()))


def statistics(indicator: str | None = None) -> Table[Statistic]:
    """Statistics, or those of one indicator ordered by their as-of date.

    >>> [s.value for s in aseanrok.statistics("rok-rank-asean-fdi-source")]
    [6, 7]
    """
    if indicator is None:
        return Table(records("statistics", Statistic))
    return Table(find(_by_indicator(), indicator, "indicator", _by_indicator, fold=False))


def lines_of_effort() -> Table[LineOfEffort]:
    """KASI's eight core lines of effort, by number.

    >>> aseanrok.lines_of_effort()[7].number
    8
    """
    return Table(sorted(records("lines_of_effort", LineOfEffort), key=lambda line: line.number))


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


def people(*, as_of: int | None = None) -> Table[Person]:
    """The people the sources name, with their roles as of each source's date.

    >>> "Park Jin" in [p.name for p in aseanrok.people()]
    True
    """
    year = optional_int(as_of, "as_of")
    everyone = records("people", Person)
    if year is None:
        return Table(everyone)
    return Table(p for p in everyone if any(r.as_of.year == year for r in p.roles))


@cache
def _people_by_key() -> dict[str, Person]:
    return {k.casefold(): p for p in records("people", Person) for k in (p.id, p.name)}


def person(key: str) -> Person:
    """A person by id or name, any case.

    >>> [r.title for r in aseanrok.person("yeo-seung-bae").roles]
    ['Ambassador to Malaysia']
    """
    return find(_people_by_key(), key, "person", lambda: (p.name for p in people()))


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
    """A source by its id.

    >>> aseanrok.source("yonhap-2023-07-13").publisher.split(" (")[0]
    'Yonhap News Agency'
    """
    return find(_sources_by_id(), source_id, "source", _sources_by_id, fold=False)
