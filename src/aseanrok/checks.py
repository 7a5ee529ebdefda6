"""The checks that span collections: unique ids, references that resolve, citations that fit
their source, one summit per ordinal, levels linked both ways with their summits."""

from __future__ import annotations

import functools
import typing
from collections.abc import Iterator
from typing import Any

import attrs

from .errors import DataError
from .records.base import Citation

__all__ = ["check_references"]


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

    _check_citations(collections)
    lines = {line.number for line in collections["lines_of_effort"]}
    everything = tuple(collections)
    for i, s in enumerate(collections["summits"]):
        for j, doc in enumerate(s.documents):
            expect("summits", f"$[{i}].documents[{j}]", doc, "agreements")
        expect("summits", f"$[{i}].chair", s.chair, "people")
        expect("summits", f"$[{i}].rok_leader", s.rok_leader, "people")
        expect("summits", f"$[{i}].raised_to", s.raised_to, "partnership_levels")
    for i, level in enumerate(collections["partnership_levels"]):
        expect("partnership_levels", f"$[{i}].summit", level.summit, "summits")
    _check_summits(collections)
    for i, v in enumerate(collections["fund_volumes"]):
        if v.id is None:
            raise DataError("fund_volumes.json", f"$[{i}].id", "a stored volume needs an id")
        expect("fund_volumes", f"$[{i}].fund", v.fund, "funds")
    for i, t in enumerate(collections["tenures"]):
        expect("tenures", f"$[{i}].person", t.person, "people")
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


def _check_citations(collections: dict[str, tuple[Any, ...]]) -> None:
    """Every citation names a listed source; a page's carries no quote, a document's does."""
    pages = {s.id: s.kind == "web" for s in collections["sources"]}
    for name, records in collections.items():
        for i, record in enumerate(records):
            for path, citation in _citations(record, f"$[{i}]"):
                is_page = pages.get(citation.source_id)
                if is_page is None:
                    problem = f"unknown source {citation.source_id!r}"
                elif is_page and citation.quote is not None:
                    problem = "a citation of a web page carries no quote"
                elif not is_page and citation.quote is None:
                    problem = f"a citation of {citation.source_id!r} needs a verbatim quote"
                else:
                    continue
                raise DataError(f"{name}.json", f"{path}.source_id", problem)


def _check_summits(collections: dict[str, tuple[Any, ...]]) -> None:
    """One summit per ordinal in each series; a level and the summit that raised it name
    each other."""
    seen: dict[tuple[str, int], str] = {}
    for i, s in enumerate(collections["summits"]):
        if s.number is None:
            continue
        other = seen.setdefault((s.series, s.number), s.id)
        if other != s.id:
            raise DataError(
                "summits.json", f"$[{i}].number", f"{s.series} summit {s.number} is also {other!r}"
            )
    raised = {s.id: s.raised_to for s in collections["summits"]}
    levels = {level.id: level.summit for level in collections["partnership_levels"]}
    for i, s in enumerate(collections["summits"]):
        if s.raised_to is not None and levels.get(s.raised_to) != s.id:
            raise DataError(
                "summits.json",
                f"$[{i}].raised_to",
                f"the level {s.raised_to!r} does not name {s.id!r} as its summit",
            )
    for i, level in enumerate(collections["partnership_levels"]):
        if level.summit is not None and raised.get(level.summit) != level.id:
            raise DataError(
                "partnership_levels.json",
                f"$[{i}].summit",
                f"the summit {level.summit!r} does not name {level.id!r} in raised_to",
            )
