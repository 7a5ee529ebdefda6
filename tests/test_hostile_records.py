"""What a hostile review tried: module tables anyone could change, records built by hand with
fields of the wrong type, and the byte scans that stand in for parsing a file."""

from __future__ import annotations

import json
from typing import Any

import attrs
import pytest
from hostile import BYTES, DOCS

import aseanrok as a
import aseanrok.loader
from aseanrok.dataset import COLLECTIONS
from aseanrok.model import Citation, Meaning, Role, Variant
from aseanrok.registry import NAMES

# 9. nothing public is mutable; records built by hand are checked


def test_the_collections_table_is_read_only() -> None:
    with pytest.raises(TypeError):
        COLLECTIONS["summits"] = object  # type: ignore[index]
    with pytest.raises(TypeError):
        del COLLECTIONS["summits"]  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        COLLECTIONS.clear()  # type: ignore[attr-defined]
    assert list(COLLECTIONS) == list(NAMES)


def _my_modules() -> list[Any]:
    import importlib

    names = [
        "errors",
        "loader",
        "raw",
        "checks",
        "dataset",
        "registry",
        "dates",
        "_rules",
        "api.acronyms",
        "api.catalog",
        "api.funds",
        "api.partnership",
        "api.people",
        "api.projects",
        "api.statistics",
        "api.summits",
        "api.timeline",
        *(f"records.{n}" for n in ("base", "summits", "funds", "people", "acronyms", "kasi")),
    ]
    return [importlib.import_module(f"aseanrok.{n}") for n in names]


@pytest.mark.parametrize("module", _my_modules(), ids=lambda m: m.__name__)
def test_no_public_module_table_can_be_changed(module: Any) -> None:
    mutable = [
        name
        for name, value in vars(module).items()
        if not name.startswith("_")
        and isinstance(value, (dict, list, set, bytearray))
        and getattr(value, "__module__", None) is None
    ]
    assert mutable == []


def test_a_summit_built_by_hand_with_a_string_ordinal_is_refused() -> None:
    cite = (Citation(source_id="a-source", locator="para 1", quote="8th"),)
    with pytest.raises(TypeError, match="number must be an int"):
        a.Summit(id="summit-8", name="8th", number="8", when=a.Span.parse("2004"), citations=cite)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="when must be a Span"):
        a.Summit(id="summit-8", name="8th", number=8, when="2004", citations=cite)  # type: ignore[arg-type]


def _samples() -> dict[type, object]:
    """A record of every class, from the bundled data: each collection's first record and
    the nested records found in them."""
    found: dict[type, object] = {}

    def walk(value: object) -> None:
        if isinstance(value, tuple):
            for item in value:
                walk(item)
        elif attrs.has(type(value)) and type(value) not in found:
            found[type(value)] = value
            for field in attrs.fields(type(value)):
                walk(getattr(value, field.name))

    ds = a.load()
    for name in COLLECTIONS:
        for record in ds.collection(name)[:3]:
            walk(record)
    return found


SAMPLES = _samples()
FIELDS = [
    (cls, field.name)
    for cls, sample in SAMPLES.items()
    if cls.__module__.startswith("aseanrok.records")
    for field in attrs.fields(cls)  # type: ignore[arg-type]
]


def _wrong_for(value: object) -> list[object]:
    """Values of other types than ``value``: a near miss, and an object nothing accepts."""
    if isinstance(value, bool):
        near: object = 1
    elif isinstance(value, str):
        near = 8
    elif isinstance(value, tuple):
        near = list(value)
    elif value is None:
        near = b"x"
    else:
        near = "8"
    return [near, object()]


def test_records_of_every_class_are_sampled() -> None:
    assert set(COLLECTIONS.values()) <= set(SAMPLES)
    assert {Citation, Variant, Meaning, Role} <= set(SAMPLES)


@pytest.mark.parametrize(("cls", "field"), FIELDS, ids=lambda v: getattr(v, "__name__", v))
def test_every_field_of_a_record_built_by_hand_is_type_checked(cls: type, field: str) -> None:
    sample = SAMPLES[cls]
    for wrong in _wrong_for(getattr(sample, field)):
        with pytest.raises(TypeError):
            attrs.evolve(sample, **{field: wrong})


# the scans that stand in for parsing the other files


@pytest.mark.parametrize("name", NAMES)
def test_a_scan_of_the_bytes_finds_what_the_parse_finds(name: str) -> None:
    from aseanrok.ids import index, scan

    parsed = index(name, DOCS[name])
    for complete in (False, True):
        scanned = scan(name, BYTES[name], complete)
        if scanned is not None:
            assert scanned.ids == parsed.ids
            if scanned.complete:
                assert scanned.fields == parsed.fields


def _nested(cls: type) -> set[type]:
    """The record classes a record of ``cls`` holds (as JSON objects), at any depth."""
    import typing

    from aseanrok.dates import PartialDate, Span

    found: set[type] = set()
    for hint in typing.get_type_hints(cls).values():
        stack = [hint]
        while stack:
            tp = stack.pop()
            stack.extend(typing.get_args(tp))
            if attrs.has(tp) and tp not in (PartialDate, Span) and tp not in found:
                found.add(tp)
                found |= _nested(tp)
    return found


def test_no_record_nests_a_record_with_an_id() -> None:
    """The id scan counts every "id" key as a record's: true while no record nests another
    with an id (a pledge names its volumes by id instead)."""
    nesting = {
        name
        for name, cls in COLLECTIONS.items()
        if any("id" in attrs.fields_dict(c) for c in _nested(cls))
    }
    assert nesting == set()


def test_a_source_nests_no_record_so_its_kind_scan_holds() -> None:
    assert _nested(COLLECTIONS["sources"]) == set()


def test_a_scan_gives_way_to_the_parse_where_keys_could_hide() -> None:
    from aseanrok.ids import scan

    raw = BYTES["sources"]
    assert scan("sources", raw.replace(b'"id"', b'"\\u0069d"', 1), complete=True) is None
    swapped = json.dumps([{"kind": "web", **s} for s in DOCS["sources"][:2]]).encode()
    assert scan("sources", swapped, complete=True) is None  # kind before id: parsed
