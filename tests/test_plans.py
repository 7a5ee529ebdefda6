"""The loader's structuring plans make exactly the records the strict converter makes, and
accept nothing it refuses; the records' own equality, hashing and repr behave as attrs' would."""

from __future__ import annotations

import copy
from typing import Any, cast

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aseanrok._plans import plan
from aseanrok.convert import converter
from aseanrok.dataset import COLLECTIONS
from aseanrok.raw import data_dir, read_json
from aseanrok.records._validate import typed

DOCUMENTS: dict[str, list[dict[str, Any]]] = {
    name: cast("list[dict[str, Any]]", read_json(data_dir(), name)) for name in COLLECTIONS
}

# values of every JSON kind, and strings in the forms the model reads (or nearly)
ODD_VALUES: list[object] = [
    None,
    True,
    False,
    0,
    1,
    -1,
    1.5,
    "",
    " ",
    "x",
    "summit-1",
    "Not a slug",
    "2020",
    "2020-02-30",
    "2020-13",
    "2019/2020",
    "5.7",
    "1/3",
    "1/0",
    "web",
    "preferred",
    "asean-rok",
    "meeting",
    [],
    ["x"],
    [{}],
    {},
    {"amount": 1, "currency": "USD"},
    {"source_id": "x", "locator": "y"},
]


# every field name of every record class (nested ones too), and one no class has
KEYS = sorted(
    {f.name for cls in COLLECTIONS.values() for f in attrs.fields(cls)}
    | {"citations", "source_id", "locator", "quote", "lang", "rank", "reason", "value", "field"}
    | {"amount", "currency", "approximate", "former", "as_of", "title", "unknown_key"}
)


def _structure(cls: type, value: object) -> tuple[bool, Any]:
    try:
        with typed():
            return True, converter.structure(value, cls)
    except Exception:
        return False, None


@pytest.mark.parametrize("name", list(COLLECTIONS))
def test_plans_make_the_records_the_converter_makes(name: str) -> None:
    cls = COLLECTIONS[name]
    build = plan(cls)
    assert build is not None
    with typed():
        made = [build(item) for item in DOCUMENTS[name]]
    expected: list[Any] = [converter.structure(item, cls) for item in DOCUMENTS[name]]
    assert made == expected
    assert [repr(r) for r in made] == [repr(r) for r in expected]


def _places(node: object, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The paths to every value inside a record."""
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            found.append((*path, key))
            found.extend(_places(value, (*path, key)))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found.append((*path, i))
            found.extend(_places(value, (*path, i)))
    return found


@st.composite
def _mutated(draw: st.DrawFn) -> tuple[type, object]:
    name = draw(st.sampled_from(list(COLLECTIONS)))
    record = copy.deepcopy(draw(st.sampled_from(DOCUMENTS[name])))
    path = draw(st.sampled_from(_places(record)))
    parent: Any = record
    for step in path[:-1]:
        parent = parent[step]
    how = draw(st.sampled_from(["replace", "delete", "add"]))
    if how == "delete":
        del parent[path[-1]]
    elif how == "add" and isinstance(parent, dict):
        parent[draw(st.sampled_from(KEYS))] = draw(st.sampled_from(ODD_VALUES))
    else:
        parent[path[-1]] = draw(st.sampled_from(ODD_VALUES))
    return COLLECTIONS[name], record


@settings(max_examples=500, deadline=None)
@given(_mutated())
def test_a_plan_accepts_only_what_the_converter_accepts(case: tuple[type, object]) -> None:
    cls, record = case
    build = plan(cls)
    assert build is not None
    try:
        with typed():
            made = build(record)
    except Exception:
        return  # the loader asks the converter, which names the fault
    ok, expected = _structure(cls, record)
    assert ok, f"the plan accepted what the converter refuses: {record!r}"
    assert made == expected
    assert repr(made) == repr(expected)


@pytest.mark.parametrize("name", list(COLLECTIONS))
def test_equality_and_hash_compare_every_field(name: str) -> None:
    cls = COLLECTIONS[name]
    records: list[Any] = [converter.structure(item, cls) for item in DOCUMENTS[name]]
    first = records[0]
    same = attrs.evolve(first)
    assert first == same
    assert (first != same) is False
    assert hash(first) == hash(same)
    assert first.__eq__(object()) is NotImplemented
    assert first != object()
    for field in attrs.fields(cls):
        value = getattr(first, field.name)
        other = next(
            (getattr(r, field.name) for r in records if getattr(r, field.name) != value), None
        )
        if other is None:
            continue
        try:
            changed = attrs.evolve(first, **{field.name: other})
        except ValueError:  # an invariant between fields: not this pair
            continue
        assert changed != first
        assert (changed == first) is False


def _objects(node: object, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The paths to every object inside a record (the record's own path is ``()``)."""
    found = []
    if isinstance(node, dict):
        found.append(path)
        for key, value in node.items():
            found.extend(_objects(value, (*path, key)))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found.extend(_objects(value, (*path, i)))
    return found


def _agrees(cls: type, record: object) -> None:
    build = plan(cls)
    assert build is not None
    try:
        with typed():
            made = build(record)
    except Exception:
        return
    ok, expected = _structure(cls, record)
    assert ok, f"the plan accepted what the converter refuses: {record!r}"
    assert made == expected


@pytest.mark.parametrize("name", list(COLLECTIONS))
def test_every_field_of_a_record_refused_as_the_converter_refuses(name: str) -> None:
    """Each field of each object of the first record, set to each odd value."""
    cls = COLLECTIONS[name]
    first = DOCUMENTS[name][0]
    for where in _objects(first):
        target: Any = first
        for step in where:
            target = target[step]
        keys = set(target) | {"unknown_key"}
        if not where:
            keys |= {f.name for f in attrs.fields(cls)}
        for key in sorted(keys):
            for value in ODD_VALUES:
                record = copy.deepcopy(first)
                parent: Any = record
                for step in where:
                    parent = parent[step]
                parent[key] = value
                _agrees(cls, record)
