"""Which record class each data file holds, resolved only when a collection is read."""

from __future__ import annotations

import importlib

__all__ = ["NAMES", "record_class"]

# collection name (its file is <name>.json) -> (module under aseanrok.records, class)
_CLASSES = {
    "sources": ("base", "Source"),
    "summits": ("summits", "Summit"),
    "partnership_levels": ("summits", "PartnershipLevel"),
    "meeting_series": ("meetings", "MeetingSeries"),
    "meetings": ("meetings", "Meeting"),
    "agreements": ("agreements", "Agreement"),
    "funds": ("funds", "Fund"),
    "fund_volumes": ("funds", "FundVolume"),
    "pledges": ("funds", "Pledge"),
    "projects": ("projects", "Project"),
    "institutions": ("institutions", "Institution"),
    "events": ("events", "Event"),
    "statistics": ("statistics", "Statistic"),
    "acronyms": ("acronyms", "Acronym"),
    "lines_of_effort": ("kasi", "LineOfEffort"),
    "priority_areas": ("kasi", "PriorityArea"),
    "visions": ("kasi", "Vision"),
    "people": ("people", "Person"),
    "tenures": ("people", "Tenure"),
    "commitments": ("commitments", "Commitment"),
    "merges": ("merges", "Merge"),
}

#: The collections, in display order.
NAMES = tuple(_CLASSES)
#: The collections the API also reads as parsed JSON (``acronyms`` for ``expand()``): the
#: loader keeps their JSON once checked.
RAW = frozenset({"acronyms"})
#: The collections that may be empty (a data version that merged nothing).
MAY_BE_EMPTY = frozenset({"merges"})


def record_class(name: str) -> type:
    """The record class of a collection, importing only its module."""
    found = _CLASSES.get(name) if isinstance(name, str) else None
    if found is None:
        from .errors import NotFoundError

        raise NotFoundError(name, NAMES, what="collection")
    module, cls = found
    return getattr(importlib.import_module(f"aseanrok.records.{module}"), cls)  # type: ignore[no-any-return]
