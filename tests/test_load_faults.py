"""load() refuses each fault it used to accept, with a DataError naming the file that has it
and the JSON path, in aseanrok's words; a file malformed on its own is the one blamed, not a
file that names records of it."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from hostile import BYTES, MemoryLoader

from aseanrok.errors import DataError
from aseanrok.registry import MAY_BE_EMPTY, NAMES

# what a malformed file may hold: emptied, not JSON, not a list, records that are no records
_MALFORMED: dict[str, Callable[[bytes], bytes]] = {
    "emptied": lambda raw: b"",
    "blank": lambda raw: b"  \n",
    "no records": lambda raw: b"[]",
    "an object": lambda raw: b"{}",
    "null": lambda raw: b"null",
    "cut in half": lambda raw: raw[: len(raw) // 2],
    "numbers": lambda raw: b"[1, 2]",
    "an empty record": lambda raw: b"[{}]",
    "ids of the wrong type": lambda raw: b'[{"id": ["x"]}]',
    "not UTF-8": lambda raw: b"\xff\xfe" + raw,
}


def _load(files: dict[str, bytes]) -> DataError | None:
    try:
        MemoryLoader(files).dataset()
    except DataError as exc:
        return exc
    return None


@pytest.mark.parametrize("fault", sorted(_MALFORMED))
@pytest.mark.parametrize("name", NAMES)
def test_a_malformed_file_is_the_one_blamed(name: str, fault: str) -> None:
    """With agreements.json emptied, load() blamed summits.json for naming agreements."""
    if fault == "no records" and name in MAY_BE_EMPTY:
        pytest.skip(f"{name} may be empty")
    files = dict(BYTES)
    files[name] = _MALFORMED[fault](BYTES[name])
    error = _load(files)
    assert error is not None
    assert error.file == f"{name}.json", str(error)


def _changed(name: str, change: Callable[[list[dict[str, Any]]], None]) -> DataError | None:
    document = json.loads(BYTES[name])
    change(document)
    return _load({**BYTES, name: json.dumps(document).encode()})


def _first_with(
    document: list[dict[str, Any]], test: Callable[[dict[str, Any]], bool]
) -> dict[str, Any]:
    found = next((r for r in document if test(r)), None)
    if found is None:
        pytest.skip("no record of that shape in the data")
    return found


def _merged_into_itself(d: list[dict[str, Any]]) -> None:
    d[0]["merged_into"] = d[0]["id"]


def _merge_cycle(d: list[dict[str, Any]]) -> None:
    d[0]["merged_into"], d[1]["merged_into"] = d[1]["id"], d[0]["id"]


def _line_minus_one(d: list[dict[str, Any]]) -> None:
    d[0]["number"] = -1


def _zzz(d: list[dict[str, Any]]) -> None:
    d[0]["annual"]["currency"] = "ZZZ"


def _two_first_terms(d: list[dict[str, Any]]) -> None:
    numbered = [t for t in d if t.get("number") is not None]
    numbered[1].update(number=numbered[0]["number"], office=numbered[0]["office"])


def _far_future(d: list[dict[str, Any]]) -> None:
    _first_with(d, lambda r: not r.get("claims"))["when"] = "9999-12-31"


def _won_among_dollars(d: list[dict[str, Any]]) -> None:
    years: dict[object, list[dict[str, Any]]] = {}
    for v in d:
        if v.get("kind", "pledged") == "pledged":
            years.setdefault(v["year"], []).append(v)
    same_year = next((vs for vs in years.values() if len(vs) > 1), None)
    if same_year is None:
        pytest.skip("no two volumes pledged for one year")
    currencies = {v["annual"]["currency"] for v in same_year}
    same_year[-1]["annual"]["currency"] = "KRW" if "KRW" not in currencies else "USD"


def _unknown_field(d: list[dict[str, Any]]) -> None:
    d[0]["bogus"] = 1


def _list_for_a_code(d: list[dict[str, Any]]) -> None:
    d[0]["kind"] = ["pledge"]


FAULTS: dict[str, tuple[str, Callable[[list[dict[str, Any]]], None], str, str]] = {
    # name: (file, change, JSON path, words of the message)
    "a fund merged into itself": ("funds", _merged_into_itself, "$[0].merged_into", "itself"),
    "a merge cycle": ("funds", _merge_cycle, "$[0].merged_into", "a cycle"),
    "a line of effort numbered -1": ("lines_of_effort", _line_minus_one, "$[0]", "positive"),
    "currency ZZZ": ("fund_volumes", _zzz, "$[0].annual", "ISO 4217"),
    "duplicate tenure numbers": ("tenures", _two_first_terms, ".number", "is also"),
    "a 9999-12-31 date": ("summits", _far_future, ".when", "1900-2100"),
    "KRW among USD": ("fund_volumes", _won_among_dollars, ".annual.currency", "one currency"),
    "an unknown field": ("pledges", _unknown_field, "$[0]", "unknown field 'bogus'"),
    "a list for a code": ("commitments", _list_for_a_code, "$[0].kind", "expected one of"),
}


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_a_fault_load_accepted_is_a_data_error(fault: str) -> None:
    name, change, path, words = FAULTS[fault]
    error = _changed(name, change)
    assert error is not None, f"load() accepts {fault}"
    assert error.file == f"{name}.json"
    assert path in error.path, str(error)
    assert words in error.problem, str(error)
    for leaked in ("unhashable", "Extra fields", "constructor", "NotAnAttrs"):
        assert leaked not in str(error)
