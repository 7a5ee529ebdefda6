"""Fuzzed loader: hypothesis mutates the real JSON documents. Loading must either succeed with
valid data or raise DataError with a file and a JSON path: never another exception, never
partial data, never a changed cache."""

from __future__ import annotations

import copy
import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from aseanrok.dataset import COLLECTIONS
from aseanrok.errors import DataError
from aseanrok.loader import Loader, files

DATA = files("aseanrok") / "data"
TEXTS = {name: (DATA / f"{name}.json").read_text(encoding="utf-8") for name in COLLECTIONS}
DOCS = {name: json.loads(text) for name, text in TEXTS.items()}
NAMES = list(COLLECTIONS)

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
    {"amount": 1},
    "\u0661\u0669\u0669\u0667",
    10**30,
]
REF_FIELDS = {"source_id", "fund", "summit", "refers_to", "pledged_by", "merged_into"}


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


def get(doc: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        doc = doc[step]
    return doc


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, str]:
    """A collection name and the mutated text of its file."""
    name = draw(st.sampled_from(NAMES))
    doc = copy.deepcopy(DOCS[name])
    kind = draw(
        st.sampled_from(
            ["replace", "delete", "extra", "date", "money", "reference", "json", "duplicate"]
        )
    )
    if kind == "json":
        text = TEXTS[name]
        cut = draw(st.integers(0, len(text) - 1))
        return name, text[:cut] + draw(st.sampled_from(["", "}", ",", "]]", "\x00", "'"]))
    paths = nodes(doc)
    if kind == "replace":
        path = draw(st.sampled_from(paths))
        value = draw(st.sampled_from(WRONG_VALUES))
        if path:
            get(doc, path[:-1])[path[-1]] = value
        else:
            doc = value
    elif kind == "delete":
        keyed = [p for p in paths if p and isinstance(p[-1], str)]
        path = draw(st.sampled_from(keyed))
        del get(doc, path[:-1])[path[-1]]
    elif kind == "extra":
        dicts = [p for p in paths if isinstance(get(doc, p), dict)]
        get(doc, draw(st.sampled_from(dicts)))[draw(st.sampled_from(["x", "Note", "id2"]))] = 1
    elif kind == "date":
        dated = [
            p
            for p in paths
            if p
            and p[-1]
            in {"when", "since", "signed", "established", "as_of", "date", "published", "period"}
        ]
        if dated:
            path = draw(st.sampled_from(dated))
            get(doc, path[:-1])[path[-1]] = draw(
                st.sampled_from(
                    ["2023-02-29", "2019-00", "2024-10-32", "2014-12-12/2014-12-11", "19", "2024-1"]
                )
            )
    elif kind == "money":
        amounts = [p for p in paths if p and p[-1] == "amount"]
        if amounts:
            path = draw(st.sampled_from(amounts))
            get(doc, path[:-1])["amount"] = draw(st.sampled_from([-1, 1.5, 1e9, "32000000"]))
    elif kind == "reference":
        refs = [
            p
            for p in paths
            if p and (p[-1] in REF_FIELDS or (len(p) > 1 and p[-2] in {"refs", "documents"}))
        ]
        if refs:
            path = draw(st.sampled_from(refs))
            get(doc, path[:-1])[path[-1]] = "no-such-record"
    elif kind == "duplicate" and isinstance(doc, list) and doc:
        doc.append(copy.deepcopy(doc[draw(st.integers(0, len(doc) - 1))]))
    return name, json.dumps(doc, indent=2, ensure_ascii=False)


@given(mutated())
def test_mutated_data_loads_whole_or_raises_data_error(case: tuple[str, str]) -> None:
    name, text = case
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for other in NAMES:
            (root / f"{other}.json").write_text(
                text if other == name else TEXTS[other], encoding="utf-8"
            )
        loader = Loader(root)
        primed = "summits" if name == "sources" else "sources"
        kept = loader.records(primed, COLLECTIONS[primed])
        error: DataError | None = None
        try:
            dataset = loader.dataset()
        except DataError as exc:  # the one exception allowed: anything else fails the test
            error = exc
        if error is not None:
            assert error.file.endswith(".json")
            assert error.path.startswith("$")
            assert str(error).startswith(f"{error.file}: {error.path}: ")
            # nothing half-loaded: the cache holds what it held before, the same objects
            assert loader.loaded() == frozenset({primed})
            assert loader.records(primed, COLLECTIONS[primed]) is kept
        else:
            assert dataset.counts()[name] == len(json.loads(text))
            assert loader.loaded() == frozenset(NAMES)
            assert dataset.collection(primed) is kept
