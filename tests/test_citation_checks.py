"""The checks of citations against their sources refuse the same faults, with the same
DataError, whichever way a file is read: the loader holds the distinct citations its plans made
to the sources, and searches the JSON only to name the citation at fault."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from hostile import DOCS, MemoryLoader, with_document

from aseanrok._plans import structure
from aseanrok.checks import check_links
from aseanrok.errors import DataError
from aseanrok.ids import index
from aseanrok.registry import NAMES, record_class

WEB = next(s["id"] for s in DOCS["sources"] if s["kind"] == "web")
DOCUMENT = next(s["id"] for s in DOCS["sources"] if s["kind"] != "web")

# where a citation sits: at a record's top, in one of its names, in a role, in a claim
PLACES: dict[str, tuple[str, tuple[str | int, ...]]] = {
    "a summit's": ("summits", ("citations", 0)),
    "a meeting's name's": ("meetings", ("names", 0, "citations", 0)),
    "a person's role's": ("people", ("roles", 0, "citations", 0)),
    "a statistic's claim's": ("statistics", ("claims", 0, "citations", 0)),
}

# a fault, and the problem it is refused for
FAULTS: dict[str, tuple[Callable[[dict[str, Any]], dict[str, Any]], str]] = {
    "unknown source": (
        lambda c: {**c, "source_id": "no-such-source"},
        "unknown source 'no-such-source'",
    ),
    "a page quoted": (
        lambda c: {"source_id": WEB, "locator": "para 1", "quote": "a sentence"},
        "a citation of a web page carries no quote",
    ),
    "a document not quoted": (
        lambda c: {"source_id": DOCUMENT, "locator": "para 1"},
        f"a citation of {DOCUMENT!r} needs a verbatim quote",
    ),
}


def _at(node: Any, steps: tuple[str | int, ...]) -> Any:
    for step in steps:
        node = node[step]
    return node


def _broken(name: str, steps: tuple[str | int, ...], fault: str) -> tuple[list[Any], str]:
    """The file with the fault in its first record that has a citation at ``steps``, and the
    JSON path of that citation."""
    document = copy.deepcopy(DOCS[name])
    i = next(i for i, r in enumerate(document) if _has(r, steps))
    parent = _at(document[i], steps[:-1])
    parent[steps[-1]] = FAULTS[fault][0](parent[steps[-1]])
    path = f"$[{i}]" + "".join(f"[{s}]" if isinstance(s, int) else f".{s}" for s in steps)
    return document, f"{path}.source_id"


def _has(record: Any, steps: tuple[str | int, ...]) -> bool:
    try:
        _at(record, steps)
    except (KeyError, IndexError, TypeError):
        return False
    return True


def _refusal(read: Callable[[], object]) -> tuple[str, str, str]:
    with pytest.raises(DataError) as info:
        read()
    return info.value.file, info.value.path, info.value.problem


@pytest.mark.parametrize("fault", sorted(FAULTS))
@pytest.mark.parametrize("place", sorted(PLACES))
def test_a_citation_at_fault_is_refused_alike_every_way(place: str, fault: str) -> None:
    name, steps = PLACES[place]
    document, path = _broken(name, steps, fault)
    expected = (f"{name}.json", path, FAULTS[fault][1])
    cls = record_class(name)
    assert _refusal(lambda: MemoryLoader(with_document(name, document)).records(name, cls)) == (
        expected
    )
    assert _refusal(lambda: MemoryLoader(with_document(name, document)).dataset()) == expected
    indexes = {other: index(other, DOCS[other]) for other in NAMES}
    assert _refusal(lambda: check_links(name, document, lambda o, _: indexes[o])) == expected


def _cited(node: Any) -> set[tuple[Any, Any, Any]]:
    """Every citation in a parsed file, as (source, locator, quote)."""
    found = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "citations":
                found |= {(c["source_id"], c["locator"], c.get("quote")) for c in value}
            else:
                found |= _cited(value)
    elif isinstance(node, list):
        for item in node:
            found |= _cited(item)
    return found


@pytest.mark.parametrize("name", NAMES)
def test_the_plans_make_every_citation_of_a_file_once(name: str) -> None:
    records, citations = structure(name, copy.deepcopy(DOCS[name]))
    assert records
    assert citations is not None
    made = [(c.source_id, c.locator, c.quote) for c in citations]
    assert len(made) == len(set(made))
    assert set(made) == _cited(DOCS[name])
