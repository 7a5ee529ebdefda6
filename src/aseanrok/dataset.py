"""``Dataset``: every collection at once, and the checks that span collections."""

from __future__ import annotations

import functools
import typing
from collections.abc import Iterator
from typing import Any, Literal, overload

import attrs

from .errors import DataError
from .records.acronyms import Acronym
from .records.agreements import Agreement
from .records.base import Citation, Source
from .records.events import Event
from .records.funds import Fund, Pledge
from .records.institutions import Institution
from .records.kasi import LineOfEffort, PriorityArea, Vision
from .records.people import Person
from .records.projects import Project
from .records.statistics import Statistic
from .records.summits import PartnershipLevel, Summit
from .registry import NAMES, record_class

__all__ = ["COLLECTIONS", "Dataset", "check_references"]

#: Each collection's name (its file is ``<name>.json``) and record class, in display order.
COLLECTIONS: dict[str, type] = {name: record_class(name) for name in NAMES}


@attrs.frozen(kw_only=True)
class Dataset:
    """Every bundled collection, as tuples of frozen records.

    >>> ds = aseanrok.load()
    >>> ds.summits[0].city
    'Kuala Lumpur'
    """

    sources: tuple[Source, ...]
    summits: tuple[Summit, ...]
    partnership_levels: tuple[PartnershipLevel, ...]
    agreements: tuple[Agreement, ...]
    funds: tuple[Fund, ...]
    pledges: tuple[Pledge, ...]
    projects: tuple[Project, ...]
    institutions: tuple[Institution, ...]
    events: tuple[Event, ...]
    statistics: tuple[Statistic, ...]
    acronyms: tuple[Acronym, ...]
    lines_of_effort: tuple[LineOfEffort, ...]
    priority_areas: tuple[PriorityArea, ...]
    visions: tuple[Vision, ...]
    people: tuple[Person, ...]

    @overload
    def collection(self, name: Literal["sources"]) -> tuple[Source, ...]: ...
    @overload
    def collection(self, name: Literal["summits"]) -> tuple[Summit, ...]: ...
    @overload
    def collection(self, name: Literal["partnership_levels"]) -> tuple[PartnershipLevel, ...]: ...
    @overload
    def collection(self, name: Literal["agreements"]) -> tuple[Agreement, ...]: ...
    @overload
    def collection(self, name: Literal["funds"]) -> tuple[Fund, ...]: ...
    @overload
    def collection(self, name: Literal["pledges"]) -> tuple[Pledge, ...]: ...
    @overload
    def collection(self, name: Literal["projects"]) -> tuple[Project, ...]: ...
    @overload
    def collection(self, name: Literal["institutions"]) -> tuple[Institution, ...]: ...
    @overload
    def collection(self, name: Literal["events"]) -> tuple[Event, ...]: ...
    @overload
    def collection(self, name: Literal["statistics"]) -> tuple[Statistic, ...]: ...
    @overload
    def collection(self, name: Literal["acronyms"]) -> tuple[Acronym, ...]: ...
    @overload
    def collection(self, name: Literal["lines_of_effort"]) -> tuple[LineOfEffort, ...]: ...
    @overload
    def collection(self, name: Literal["priority_areas"]) -> tuple[PriorityArea, ...]: ...
    @overload
    def collection(self, name: Literal["visions"]) -> tuple[Vision, ...]: ...
    @overload
    def collection(self, name: Literal["people"]) -> tuple[Person, ...]: ...
    @overload
    def collection(self, name: str) -> tuple[object, ...]: ...
    def collection(self, name: str) -> tuple[object, ...]:
        """One collection by its name, e.g. ``"summits"``."""
        if name not in COLLECTIONS:
            from .errors import NotFoundError

            raise NotFoundError(name, COLLECTIONS, what="collection")
        return getattr(self, name)  # type: ignore[no-any-return]

    def counts(self) -> dict[str, int]:
        """How many records each collection holds."""
        return {name: len(getattr(self, name)) for name in COLLECTIONS}


@functools.cache
def _nested_fields(cls: Any) -> tuple[str, ...]:
    """The fields of a record class that may hold citations: tuples of records."""
    hints = typing.get_type_hints(cls)
    found = []
    for field in attrs.fields(cls):
        args = typing.get_args(hints[field.name])
        if typing.get_origin(hints[field.name]) is tuple and args and attrs.has(args[0]):
            found.append(field.name)
    return tuple(found)


def _citations(node: Any, path: str) -> Iterator[tuple[str, Citation]]:
    record_type: type = type(node)
    for name in _nested_fields(record_type):
        for i, item in enumerate(getattr(node, name)):
            if type(item) is Citation:
                yield f"{path}.{name}[{i}]", item
            else:
                yield from _citations(item, f"{path}.{name}[{i}]")


def check_references(collections: dict[str, tuple[Any, ...]]) -> None:
    """Raise ``DataError`` unless ids are unique and every cross-reference resolves."""
    ids: dict[str, str] = {}
    for name, records in collections.items():
        for i, record in enumerate(records):
            rid = getattr(record, "id", None)
            if rid is None:
                continue
            if rid in ids:
                raise DataError(
                    f"{name}.json", f"$[{i}].id", f"id {rid!r} is already used in {ids[rid]}.json"
                )
            ids[rid] = name

    def expect(name: str, path: str, ref: str | None, *targets: str) -> None:
        if ref is not None and ids.get(ref) not in targets:
            raise DataError(
                f"{name}.json", path, f"{ref!r} names no record in {' or '.join(targets)}"
            )

    sources = {s.id for s in collections["sources"]}
    lines = {line.number for line in collections["lines_of_effort"]}
    everything = tuple(collections)
    for name, records in collections.items():
        for i, record in enumerate(records):
            for path, citation in _citations(record, f"$[{i}]"):
                if citation.source_id not in sources:
                    raise DataError(
                        f"{name}.json",
                        f"{path}.source_id",
                        f"unknown source {citation.source_id!r}",
                    )
    for i, s in enumerate(collections["summits"]):
        for j, doc in enumerate(s.documents):
            expect("summits", f"$[{i}].documents[{j}]", doc, "agreements")
    for i, level in enumerate(collections["partnership_levels"]):
        expect("partnership_levels", f"$[{i}].summit", level.summit, "summits")
    for i, f in enumerate(collections["funds"]):
        expect("funds", f"$[{i}].merged_into", f.merged_into, "funds")
    for i, p in enumerate(collections["pledges"]):
        expect("pledges", f"$[{i}].pledged_by", p.pledged_by, "people")
        expect("pledges", f"$[{i}].summit", p.summit, "summits")
        for j, v in enumerate(p.volumes):
            expect("pledges", f"$[{i}].volumes[{j}].fund", v.fund, "funds")
    for i, project in enumerate(collections["projects"]):
        expect("projects", f"$[{i}].fund", project.fund, "funds")
        if project.line_of_effort is not None and project.line_of_effort not in lines:
            raise DataError(
                "projects.json",
                f"$[{i}].line_of_effort",
                f"no line of effort number {project.line_of_effort}",
            )
    for i, e in enumerate(collections["events"]):
        for j, ref in enumerate(e.refs):
            expect("events", f"$[{i}].refs[{j}]", ref, *everything)
    for i, a in enumerate(collections["acronyms"]):
        for j, m in enumerate(a.meanings):
            expect("acronyms", f"$[{i}].meanings[{j}].refers_to", m.refers_to, *everything)
