"""Records by id from any collection, and agreements, projects and events by id or acronym."""

from __future__ import annotations

import warnings
from functools import cache

from ..records.agreements import Agreement
from ..records.events import Event
from ..records.merges import Merge
from ..records.projects import Project
from ._common import find, keyed, records

__all__ = ["agreement", "by_id", "event", "get", "project", "record_ids"]


@cache
def by_id() -> dict[str, object]:
    """Every record of the dataset by its id (a merged id: its ``Merge`` record, no warning)."""
    from ..dataset import COLLECTIONS
    from ..loader import load

    dataset = load()  # checked: ids are unique across the whole dataset
    return {
        rid: record
        for name in COLLECTIONS
        for record in dataset.collection(name)
        if isinstance(rid := getattr(record, "id", None), str)
    }


def record_ids() -> tuple[str, ...]:
    """Every id of the dataset, collection by collection."""
    return tuple(by_id())


def get(record_id: str) -> object:
    """The record with this id, from whichever collection holds it (ids are unique across the
    dataset), so that the references records hold resolve without a join.

    >>> s = aseanrok.summit(8)
    >>> [aseanrok.get(d).name for d in s.documents]
    ['Joint Declaration on Comprehensive Cooperation Partnership']
    >>> aseanrok.get(s.raised_to).name
    'Comprehensive Cooperation Partnership'

    An id that was merged into another record still resolves, to the record kept, with a
    ``DeprecationWarning`` that names the id to use.
    """
    found = find(by_id(), record_id, "id", by_id)
    if isinstance(found, Merge):
        warnings.warn(
            f"{found.id!r} was merged into {found.merged_into!r} in data {found.since}: "
            f"use {found.merged_into!r}",
            DeprecationWarning,
            stacklevel=2,
        )
        return by_id()[found.merged_into]
    return found


def _keys(record: Agreement | Project) -> tuple[str | None, ...]:
    names = tuple(n.value for n in getattr(record, "names", ()))
    return (record.id, record.acronym, record.name, *names)


@cache
def _agreements() -> dict[str, Agreement]:
    return keyed(records("agreements", Agreement), _keys)


def agreement(key: str) -> Agreement:
    """An agreement, declaration or plan of action by id, acronym or name, any case.

    >>> str(aseanrok.agreement("AKFTA").in_force)
    '2010-01-01'
    """
    return find(
        _agreements(),
        key,
        "agreement",
        lambda: (a.acronym or a.id for a in records("agreements", Agreement)),
    )


@cache
def _projects() -> dict[str, Project]:
    return keyed(records("projects", Project), _keys)


def project(key: str) -> Project:
    """A project by id, acronym or name, any case.

    >>> aseanrok.project("akcmm").name
    'ASEAN-Korea Cooperation for Methane Mitigation'
    """
    return find(
        _projects(),
        key,
        "project",
        lambda: (p.acronym or p.id for p in records("projects", Project)),
    )


@cache
def _events() -> dict[str, Event]:
    from .timeline import timeline

    return {e.id: e for e in timeline()}


def event(event_id: str) -> Event:
    """An event of the timeline by id: a stored one (``events()``) or one a summit, an
    agreement, a fund... dates (``summit-8-held``, ``akfta-in-force``).

    >>> aseanrok.event("summit-8-held").title
    '8th ASEAN-ROK Summit, Vientiane'
    """
    return find(_events(), event_id, "event", _events)
