"""Fuzzed loader: hypothesis corrupts one file of the real data at a time. Every way into the
data must then agree: ``load()`` either succeeds or raises ``DataError`` with a file and a JSON
path, never another exception; the accessor of the file it names refuses with the very same
error; a file its own accessor refuses is never loaded by ``load()``; the compact acronym index
refuses what the acronym records refuse; and every public function either answers, says it
found nothing, or raises the same ``DataError`` as the collection it reads.
"""

from __future__ import annotations

import contextlib
import json
import random
import sys
from collections.abc import Callable
from typing import Any

import pytest
from hostile import BYTES, MemoryLoader, accessors, examples, package_reads
from hypothesis import given, settings
from hypothesis import strategies as st

from aseanrok.api.acronyms import _build, validate_document
from aseanrok.dataset import COLLECTIONS
from aseanrok.errors import DataError, NotFoundError
from aseanrok.registry import MAY_BE_EMPTY, NAMES

DOCS = {name: json.loads(raw) for name, raw in BYTES.items()}

WRONG_VALUES = [
    None,
    True,
    0,
    -5,
    1.5,
    "",
    " ",
    "x",
    "2023-02-30",
    "2019-13",
    "1/0",
    [],
    {},
    [1],
    [[[]]],
    {"amount": 1},
    "\u0661\u0669\u0669\u0667",
    10**30,
    "x" * 5000,
]
REF_FIELDS = {"source_id", "fund", "summit", "refers_to", "pledged_by", "merged_into", "person"}
REF_LISTS = {"refs", "documents"}
DATE_FIELDS = {"when", "since", "signed", "established", "as_of", "date", "published", "period"}
KINDS = [
    "replace",
    "delete",
    "extra",
    "date",
    "money",
    "reference",
    "id",
    "json",
    "duplicate",
    "twin",
    "empty",
    "nested",
    "number",
    "years",
]


def nodes(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path into a JSON document (the root included)."""
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += nodes(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += nodes(value, (*path, i))
    return found


PATHS = {name: nodes(doc) for name, doc in DOCS.items()}
IDS = sorted({r["id"] for doc in DOCS.values() for r in doc if isinstance(r.get("id"), str)})


def get(doc: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        doc = doc[step]
    return doc


def replaced(doc: Any, path: tuple[Any, ...], change: Callable[[Any], Any]) -> Any:
    """``doc`` with the node at ``path`` replaced by ``change(node)``, copying only the
    containers on the way (``change`` returning ``DELETE`` removes the node)."""
    if not path:
        return change(doc)
    step, rest = path[0], path[1:]
    copied = list(doc) if isinstance(doc, list) else dict(doc)
    value = replaced(doc[step], rest, change)
    if value is DELETE:
        del copied[step]
    else:
        copied[step] = value
    return copied


DELETE = object()


def _pick(draw: st.DrawFn, paths: list[tuple[Any, ...]]) -> tuple[Any, ...] | None:
    return draw(st.sampled_from(paths)) if paths else None


@st.composite
def mutated(draw: st.DrawFn, names: tuple[str, ...] = NAMES) -> tuple[str, bytes]:
    """A collection name and the corrupted bytes of its file."""
    name = draw(st.sampled_from(names))
    doc, paths = DOCS[name], PATHS[name]
    kind = draw(st.sampled_from(KINDS))
    if kind == "json":
        text = BYTES[name]
        cut = draw(st.integers(0, len(text) - 1))
        return name, text[:cut] + draw(st.sampled_from([b"", b"}", b",", b"]]", b"\x00", b"'"]))
    if kind == "nested":  # deeper than any parser or structuring recursion goes
        depth = draw(st.sampled_from([10, 500, 5000, 100_000]))
        return name, b"[" * depth + b"]" * depth
    if kind == "empty":
        return name, b"[]"
    if kind == "number":  # digits past Python's limit on converting an int
        return name, BYTES[name].replace(b"[", b"[" + b"9" * 5000 + b",", 1)
    path: tuple[Any, ...] | None = None
    change: Callable[[Any], Any] = lambda node: node  # noqa: E731
    if kind == "replace":
        path = draw(st.sampled_from(paths))
        value = draw(st.sampled_from(WRONG_VALUES))
        change = lambda node: value  # noqa: E731
    elif kind == "delete":
        path = _pick(draw, [p for p in paths if p and isinstance(p[-1], str)])
        change = lambda node: DELETE  # noqa: E731
    elif kind == "extra":
        path = _pick(draw, [p for p in paths if isinstance(get(doc, p), dict)])
        key = draw(st.sampled_from(["x", "Note", "id2"]))
        change = lambda node: {**node, key: 1}  # noqa: E731
    elif kind == "date":
        path = _pick(draw, [p for p in paths if p and p[-1] in DATE_FIELDS])
        value = draw(
            st.sampled_from(
                ["2023-02-29", "2019-00", "2024-10-32", "2014-12-12/2014-12-11", "19", "2024-1"]
            )
        )
        change = lambda node: value  # noqa: E731
    elif kind == "money":
        path = _pick(draw, [p for p in paths if p and p[-1] == "amount"])
        value = draw(st.sampled_from([-1, 1.5, 1e9, "32000000", 10**5000]))
        change = lambda node: value  # noqa: E731
    elif kind == "reference":
        path = _pick(
            draw,
            [
                p
                for p in paths
                if p and (p[-1] in REF_FIELDS or (len(p) > 1 and p[-2] in REF_LISTS))
            ],
        )
        value = draw(st.sampled_from(["no-such-record", *IDS[:3], *IDS[-3:]]))
        change = lambda node: value  # noqa: E731
    elif kind == "id":  # rename a record, or give it another record's id
        path = _pick(draw, [p for p in paths if len(p) == 2 and p[-1] == "id"])
        value = draw(st.sampled_from(["renamed-record", *IDS[:3], *IDS[-3:]]))
        change = lambda node: value  # noqa: E731
    elif kind in ("duplicate", "twin") and doc:
        i = draw(st.integers(0, len(doc) - 1))
        twin = doc[i]
        if kind == "twin" and isinstance(twin, dict) and "id" in twin:
            twin = {**twin, "id": f"{twin['id']}-twin"}  # the same record under a new id
        path = ()
        change = lambda node: [*node, twin]  # noqa: E731
    elif kind == "years":  # an end before its start
        path = _pick(draw, [p for p in paths if p and p[-1] in ("end_year", "last_year")])
        change = lambda node: node - 100 if type(node) is int else 1  # noqa: E731
    if path is not None:
        doc = replaced(doc, path, change)
    return name, _dumps(doc)


def _dumps(doc: object) -> bytes:
    """JSON text, ints of any length included (past the limit Python sets on converting one)."""
    limit = getattr(sys, "get_int_max_str_digits", lambda: 0)()
    setter = getattr(sys, "set_int_max_str_digits", lambda _: None)
    setter(0)
    try:
        return json.dumps(doc, ensure_ascii=False).encode()
    finally:
        setter(limit)


def _outcome(call: Callable[[], object]) -> DataError | None:
    """The DataError ``call`` raises, or None; any other exception fails the test."""
    try:
        call()
    except DataError as exc:
        return exc
    return None


def _records(loader: MemoryLoader, name: str) -> Callable[[], object]:
    return lambda: loader.records(name, COLLECTIONS[name])


@settings(max_examples=examples(40))
@given(mutated())
def test_every_way_in_refuses_a_corrupted_file_alike(case: tuple[str, bytes]) -> None:
    name, raw = case
    files = {**BYTES, name: raw}
    loader = MemoryLoader(files)
    error = _outcome(loader.dataset)
    own = _outcome(_records(MemoryLoader(files), name))
    if error is None:
        assert own is None  # a file its own accessor refuses is never loaded
        assert loader.loaded() == frozenset(NAMES)
        assert len(loader.dataset().collection(name)) == len(json.loads(raw))
        return
    assert error.file.endswith(".json")
    assert error.path.startswith("$")
    assert str(error).startswith(f"{error.file}: {error.path}: ")
    assert len(str(error)) < 1000  # never a whole corrupted value
    refused = error.file.removesuffix(".json")
    # the accessor of the file load() names refuses it with the very same error
    alone = _outcome(_records(MemoryLoader(files), refused))
    assert alone is not None
    assert str(alone) == str(error)
    # nothing of it is kept, and asking again gives the same answer
    assert refused not in loader.loaded()
    assert loader.loaded() <= set(NAMES[: NAMES.index(refused)])
    again = _outcome(loader.dataset)
    assert again is not None
    assert str(again) == str(error)


@settings(max_examples=examples(40))
@given(mutated(names=("acronyms", "acronyms", "acronyms", "sources")))
def test_the_compact_acronym_index_refuses_what_the_records_refuse(
    case: tuple[str, bytes],
) -> None:
    name, raw = case
    files = {**BYTES, name: raw}
    records = _outcome(_records(MemoryLoader(files), "acronyms"))
    compact = _outcome(lambda: MemoryLoader(files).derive("acronyms", validate_document, _build))
    assert (records is None) == (compact is None), (records, compact)
    if records is not None and compact is not None:
        assert records.file == compact.file
        assert compact.path.startswith("$")


ACCESSORS = accessors()


def _reads() -> dict[str, frozenset[str]]:
    """The collections each accessor checks, on the bundled data."""
    found = {}
    for label, call in ACCESSORS.items():
        loader = MemoryLoader(dict(BYTES))
        with package_reads(loader), contextlib.suppress(NotFoundError):
            call()
        found[label] = frozenset(loader._checked)
    return found


READS = _reads()


@settings(max_examples=examples(8))
@given(mutated(), st.randoms(use_true_random=False))
def test_every_public_function_refuses_a_corrupted_file_as_its_collection_does(
    case: tuple[str, bytes], rng: random.Random
) -> None:
    name, raw = case
    loader = MemoryLoader({**BYTES, name: raw})
    refused = {n: e for n in NAMES if (e := _outcome(_records(loader, n))) is not None}
    labels = list(ACCESSORS)
    rng.shuffle(labels)  # the first call into a loader must not matter
    with package_reads(loader):
        for label in labels:
            try:
                ACCESSORS[label]()
            except NotFoundError:
                continue  # the corrupted data no longer names what the bundled data named
            except DataError as exc:
                found: DataError | None = exc
            else:
                found = None
            if found is None:
                assert not READS[label] & set(refused), (label, set(refused))
                continue
            stem = found.file.removesuffix(".json")
            assert stem in refused, (label, found)
            if stem != "acronyms":  # the compact index words its faults its own way
                assert str(found) == str(refused[stem]), label


def test_the_fuzzed_kinds_reach_every_collection() -> None:
    assert set(PATHS) == set(COLLECTIONS)
    assert all(isinstance(DOCS[name], list) for name in NAMES)


@pytest.mark.parametrize("name", [n for n in NAMES if n not in MAY_BE_EMPTY])
def test_an_emptied_file_is_refused_by_load_and_by_its_accessor(name: str) -> None:
    files = {**BYTES, name: b"[]"}
    error = _outcome(_records(MemoryLoader(files), name))
    assert error is not None
    assert (error.file, error.path) == (f"{name}.json", "$")
    assert _outcome(MemoryLoader(files).dataset) is not None


@pytest.mark.parametrize("name", sorted(MAY_BE_EMPTY))
def test_a_collection_that_may_be_empty_loads_empty(name: str) -> None:
    # a data version that merged nothing has no merged ids
    assert MemoryLoader({**BYTES, name: b"[]"}).dataset().collection(name) == ()
