"""People, and the office holders of each office in order."""

from __future__ import annotations

import re
from functools import cache

from ..errors import AmbiguousNameError, NotFoundError, shown
from ..folding import fold
from ..records.people import Person, Tenure
from ..table import Table
from ._common import optional_int, records, require_text

__all__ = ["office_holders", "offices", "people", "person"]


def fold_name(text: str) -> str:
    """A name folded for matching: no case, no accents, hyphens and dots as spaces.

    >>> fold_name("Yeo Seung-Bae")
    'yeo seung bae'
    """
    return " ".join(re.sub(r"[-.,'\u2019]", " ", fold(text)).split())


def people(*, as_of: int | None = None) -> Table[Person]:
    """The people the sources name; ``as_of`` keeps those with a role recorded in that year.

    >>> "Park Jin" in [p.name for p in aseanrok.people()]
    True
    """
    year = optional_int(as_of, "as_of")
    everyone = records("people", Person)
    if year is None:
        return Table(everyone)
    return Table(p for p in everyone if any(r.as_of.year == year for r in p.roles))


@cache
def _names() -> tuple[tuple[Person, tuple[str, ...]], ...]:
    """Each person with every folded form of their id and names."""
    return tuple(
        (p, tuple(dict.fromkeys(fold_name(n) for n in (p.id, p.name, *(v.value for v in p.names)))))
        for p in records("people", Person)
    )


@cache
def _longest() -> int:
    """Longer than any query that could match: four times the longest folded name, and more."""
    return 4 * max((len(f) for _, forms in _names() for f in forms), default=0) + 100


def person(key: str) -> Person:
    """A person by id, by name or by any part of a name (any case, accents and hyphens aside).

    A whole name wins; otherwise every word given must stand in one of the person's names.
    ``AmbiguousNameError`` lists the people when several match.

    >>> aseanrok.person("yeo seung-bae").name
    'Yeo Seung-Bae'
    >>> aseanrok.person("Seung-Bae").roles[0].title
    'Ambassador to Malaysia'
    """
    text = require_text(key, "a name")
    if len(text) > _longest():  # folding a huge key costs seconds; no name is that long
        raise NotFoundError(text, (), what="person")
    wanted = fold_name(text)
    if not wanted:
        raise ValueError(f"a name must have a letter or a digit, got {shown(text)}")
    exact = [p for p, forms in _names() if wanted in forms]
    if len(exact) == 1:
        return exact[0]
    words = wanted.split()
    found = exact or [
        p for p, forms in _names() if any(all(w in f.split() for w in words) for f in forms)
    ]
    found = found or [p for p, forms in _names() if any(all(w in f for w in words) for f in forms)]
    if len(found) == 1:
        return found[0]
    if found:
        raise AmbiguousNameError(text, [p.name for p in found])
    raise NotFoundError(text, (p.name for p, _ in _names()), what="person")


@cache
def _offices() -> dict[str, tuple[Tenure, ...]]:
    # the natural order: by office, then each term's place in the office's sequence
    grouped: dict[str, list[Tenure]] = {}
    for t in records("tenures", Tenure):
        grouped.setdefault(t.office, []).append(t)
    return {office: tuple(terms) for office, terms in grouped.items()}


def offices() -> tuple[str, ...]:
    """The offices whose holders the data records, e.g. ``akc-secretary-general``."""
    return tuple(_offices())


def office_holders(office: str) -> Table[Tenure]:
    """The terms of an office in the order of its sequence: by start, or where no start is
    known by a date a source shows the holder in office (``in_office``), else by its end, so a
    term without a start keeps its place. Offices: ``akc-secretary-general``,
    ``rok-ambassador-to-asean``, ``country-coordinator``, ``rok-foreign-minister``,
    ``rok-trade-minister`` or ``rok-defence-minister``.

    >>> "akc-secretary-general" in aseanrok.offices()
    True
    """
    text = require_text(office, "an office").casefold()
    found = _offices().get(text)
    if found is None:
        raise NotFoundError(office, _offices(), what="office")
    return Table(found)
