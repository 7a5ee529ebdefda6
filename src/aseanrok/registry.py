"""Which record class each data file holds, resolved only when a collection is read."""

from __future__ import annotations

import importlib

__all__ = ["NAMES", "record_class"]

# collection name (its file is <name>.json) -> (module under aseanrok.records, class)
_CLASSES = {
    "sources": ("base", "Source"),
    "summits": ("summits", "Summit"),
    "partnership_levels": ("summits", "PartnershipLevel"),
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
}

#: The collections, in display order.
NAMES = tuple(_CLASSES)


def record_class(name: str) -> type:
    """The record class of a collection, importing only its module."""
    module, cls = _CLASSES[name]
    return getattr(importlib.import_module(f"aseanrok.records.{module}"), cls)  # type: ignore[no-any-return]
