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
from collections.abc import Callable

import pytest
from fuzzed import DOCS, PATHS, mutated
from hostile import BYTES, MemoryLoader, accessors, examples, package_reads
from hypothesis import given, settings
from hypothesis import strategies as st

from aseanrok.api.acronyms import _build, validate_document
from aseanrok.dataset import COLLECTIONS
from aseanrok.errors import DataError, NotFoundError
from aseanrok.registry import MAY_BE_EMPTY, NAMES


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
