"""What a hostile review tried: internal exceptions that escaped where the data was at fault,
and huge arguments echoed whole in a message."""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from hostile import BYTES, DOCS, NAMED, MemoryLoader, with_document

import aseanrok as a
import aseanrok.loader
from aseanrok.dataset import COLLECTIONS
from aseanrok.errors import DataError, NotFoundError
from aseanrok.registry import NAMES

# 5. no bare internal exception; messages about the data


@pytest.mark.parametrize("name", NAMES)
def test_a_deeply_nested_file_is_a_data_error(name: str) -> None:
    depth = 100_000
    files = {**BYTES, name: b"[" * depth + b"]" * depth}
    with pytest.raises(DataError) as info:
        MemoryLoader(files).records(name, COLLECTIONS[name])
    assert (info.value.file, info.value.path) == (f"{name}.json", "$")


def test_a_deeply_nested_value_in_a_record_is_a_data_error() -> None:
    doc = [dict(s) for s in DOCS["summits"]]
    nested: Any = []
    for _ in range(900):
        nested = [nested]
    doc[0]["documents"] = nested
    with pytest.raises(DataError) as info:
        MemoryLoader(with_document("summits", doc)).records("summits", COLLECTIONS["summits"])
    assert info.value.path.startswith("$[0].documents")
    assert len(str(info.value)) < 300


INTERNALS = (
    "object has no attribute",
    "is not iterable",
    "is not a valid",
    "typing.",
    "NoneType",
    "Exceeds the limit",
    "subscriptable",
    "string indices",
)


@pytest.mark.parametrize(
    "value",
    [[1], "x", 5, None, True, 1.5, {}, [[[]]], 10**30, 10**5000],
    ids=lambda v: type(v).__name__ if not isinstance(v, int) or v < 10**40 else "huge",
)
@pytest.mark.parametrize("where", ["record", "citation", "claim", "variant", "money", "rank"])
def test_data_errors_speak_of_the_data(value: object, where: str) -> None:
    """Whatever stands where a record, a citation, money or a rank should, the message names
    what was expected and what was found, never a Python internal."""
    doc = [dict(s) for s in DOCS["statistics"]]
    record = doc[0]
    if where == "record":
        doc[0] = value  # type: ignore[call-overload]
    elif where == "citation":
        record["citations"] = [value]
    elif where == "claim":
        record["claims"] = [value]
    elif where == "variant":
        doc = [dict(f) for f in DOCS["funds"]]
        doc[0]["names"] = [value]
    elif where == "money":
        record["value"] = {"amount": value, "currency": "USD"}
    else:
        record["rank"] = value
    if where == "money" and type(value) is int:
        pytest.skip("any whole number is an amount")
    name = "funds" if where == "variant" else "statistics"
    text = json.dumps(doc).encode() if value != 10**5000 else _huge_json(doc)
    with pytest.raises(DataError) as info:
        MemoryLoader({**BYTES, name: text}).records(name, COLLECTIONS[name])
    message = str(info.value)
    assert not any(word in message for word in INTERNALS), message
    assert len(message) < 300


def _huge_json(doc: object) -> bytes:
    sys_limit = __import__("sys")
    saved = sys_limit.get_int_max_str_digits()
    sys_limit.set_int_max_str_digits(0)
    try:
        return json.dumps(doc).encode()
    finally:
        sys_limit.set_int_max_str_digits(saved)


def test_a_day_past_any_month_is_a_value_error_not_an_overflow() -> None:
    with pytest.raises(ValueError, match="day must be 1-31"):
        a.PartialDate(year=2000, month=1, day=2**31)
    with pytest.raises(ValueError, match="an int of 5001 digits"):
        a.PartialDate(year=10**5000)


HUGE = 10**5000


@pytest.mark.parametrize(
    "call",
    [
        lambda: a.summit(HUGE),
        lambda: a.line_of_effort(HUGE),
        lambda: a.pledged_annual_total(HUGE),
        lambda: a.projects(line_of_effort=HUGE),
        lambda: a.partnership_level(HUGE),
        lambda: a.funds_by_year(HUGE)["x"],
        lambda: a.timeline(HUGE),
    ],
    ids=[
        "summit",
        "line_of_effort",
        "pledged_annual_total",
        "projects",
        "partnership_level",
        "funds_by_year",
        "timeline",
    ],
)
def test_an_int_over_4300_digits_is_refused_in_a_short_message(call: Callable[[], object]) -> None:
    with pytest.raises((NotFoundError, ValueError, KeyError)) as info:
        call()
    if not isinstance(info.value, KeyError) or isinstance(info.value, NotFoundError):
        assert "Exceeds the limit" not in str(info.value)
        assert len(str(info.value)) < 300


def test_a_collection_name_that_cannot_be_hashed_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="must be a str, got Decimal"):
        a.load().collection(Decimal("sNaN"))  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="must be a str, got list"):
        a.load().collection([])  # type: ignore[call-overload]


# 6. bounded messages

BIG = "x" * 10_000_000


@pytest.mark.parametrize("label", sorted(NAMED))
def test_a_huge_argument_is_echoed_only_as_a_short_prefix(label: str) -> None:
    with pytest.raises((NotFoundError, ValueError)) as info:
        NAMED[label](BIG)
    assert len(str(info.value)) < 400
