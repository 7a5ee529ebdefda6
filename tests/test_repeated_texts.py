"""A text that many records repeat (the source a citation names, a kind of source, a language) is
one string in memory, however many records hold it; a wrong value there is still refused with
the DataError that names it."""

from __future__ import annotations

import copy
from collections import defaultdict

import attrs
import pytest
from hostile import BYTES, DOCS, MemoryLoader, with_document

from aseanrok.dataset import COLLECTIONS
from aseanrok.errors import DataError
from aseanrok.records._validate import REPEATED


def _held(records: object, seen: set[int], by_field: dict[tuple[str, str], list[str]]) -> None:
    """The texts of the REPEATED fields under ``records``, by (class, field)."""
    if isinstance(records, tuple):
        for record in records:
            _held(record, seen, by_field)
        return
    if not attrs.has(type(records)) or id(records) in seen:
        return
    seen.add(id(records))
    for f in attrs.fields(type(records)):
        value = getattr(records, f.name)
        if f.metadata == REPEATED and isinstance(value, str):
            by_field[type(records).__name__, f.name].append(value)
        elif isinstance(value, tuple):
            _held(value, seen, by_field)


def test_each_repeated_text_is_held_once() -> None:
    dataset = MemoryLoader(dict(BYTES)).dataset()
    by_field: dict[tuple[str, str], list[str]] = defaultdict(list)
    seen: set[int] = set()
    for name in COLLECTIONS:
        _held(getattr(dataset, name), seen, by_field)
    assert ("Citation", "source_id") in by_field
    assert ("Source", "kind") in by_field
    for texts in by_field.values():
        assert len({id(t) for t in texts}) == len(set(texts))


@pytest.mark.parametrize("value", [5, ["web"], None])
def test_a_repeated_field_of_the_wrong_kind_is_refused(value: object) -> None:
    sources = copy.deepcopy(DOCS["sources"])
    sources[3]["kind"] = value
    with pytest.raises(DataError) as info:
        MemoryLoader(with_document("sources", sources)).records("sources", COLLECTIONS["sources"])
    assert (info.value.file, info.value.path) == ("sources.json", "$[3].kind")
