"""The corruptions the fuzzed loader tests make: one file of the real data at a time, a value
replaced by a wrong one, a key added or deleted, a reference broken, a date or a kind
made impossible. A plain module (not a test file), imported by the tests.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

from hostile import BYTES, DOCS
from hypothesis import strategies as st

from aseanrok.registry import NAMES

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
