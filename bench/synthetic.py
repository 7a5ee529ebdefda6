"""Synthetic data for the scaling figures: the real records ``factor`` times over, every copy
valid, written as data files that the loader reads like the bundled ones.

Which fields name another record is read from the checks (``checks.REFERENCES``) and which hold
dates from the record classes, so that a field added to the data copies without a change here.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "src" / "aseanrok" / "data"
# every copy's dates moved back by this many years: before the real data (1988 on) and still in
# the years a date of the data may fall in (_rules.DATA_YEARS), so that a range of the real years
# holds the same records at every size
SHIFT = -70
# fields holding a year, and ordinals that must stay unique in a file
YEARS = {"start_year", "end_year", "year", "first_year", "last_year"}
ORDINALS = {"number", "line_of_effort"}
# a statistic's or a commitment's indicator keys its series: a copy has series of its own
KEYS = {"id", "indicator"}


@cache
def _dates() -> frozenset[str]:
    """The names of the fields that hold a date or a span, in any record class."""
    from aseanrok.columns import shapes
    from aseanrok.dataset import COLLECTIONS

    found: set[str] = set()
    seen: set[type] = set()
    classes = list(COLLECTIONS.values())
    while classes:
        cls = classes.pop()
        if cls in seen:
            continue
        seen.add(cls)
        for shape in shapes(cls):
            if shape.kind in ("date", "span") or shape.item_kind in ("date", "span"):
                found.add(shape.name)
            if shape.item is not None:
                classes.append(shape.item)
    return frozenset(found)


def _shift_date(text: str, years: int) -> str:
    """Every year in ``text`` moved; a 29 February that the new year lacks becomes the 28th."""
    moved = re.sub(r"\b(\d{4})\b", lambda m: f"{int(m.group(1)) + years:04d}", text)
    return re.sub(
        r"\b(\d{4})-02-29\b",
        lambda m: m.group(0) if _leap(int(m.group(1))) else f"{m.group(1)}-02-28",
        moved,
    )


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _copy(node: Any, i: int) -> Any:
    """Copy ``i`` of a value: dates and years moved by ``SHIFT``, ordinals by ``1000 * i``,
    spellings suffixed, claims left out (a claim states its field's value as written)."""
    if isinstance(node, list):
        return [_copy(v, i) for v in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key == "claims":
            continue
        if key in _dates() and isinstance(value, str):
            value = _shift_date(value, SHIFT)
        elif key in YEARS and isinstance(value, int):
            value += SHIFT
        elif key in ORDINALS and isinstance(value, int):
            value += 1000 * i
        elif isinstance(value, str) and (
            key == "acronym" or (key == "value" and "unit" not in node)  # not a statistic
        ):
            value = f"{value}~{i}"
        else:
            value = _copy(value, i)
        out[key] = value
    return out


def _suffix(record: dict[str, Any], path: str, i: int) -> None:
    """Suffix the ids at ``path`` (as ``checks.REFERENCES`` writes it) with copy ``i``."""
    field, listed, rest = path.partition("[]")
    key = rest.removeprefix(".")
    value = record.get(field)
    if value is None:
        return
    if not listed:
        record[field] = f"{value}-x{i}"
    elif key:
        for item in value:
            if item.get(key) is not None:
                item[key] = f"{item[key]}-x{i}"
    else:
        record[field] = [f"{v}-x{i}" for v in value]


def copy_record(name: str, record: dict[str, Any], i: int) -> dict[str, Any]:
    """Copy ``i`` of a record of collection ``name``: its id and every reference suffixed, so
    every copy is valid and look-ups stay unambiguous."""
    from aseanrok.checks import REFERENCES

    out: dict[str, Any] = _copy(record, i)
    for path in (*KEYS, *(path for path, _ in REFERENCES.get(name, ()))):
        _suffix(out, path, i)
    return out


def synthetic(factor: int, into: Path) -> None:
    """The real data ``factor`` times over (copy 0 is the real data), same schema."""
    for path in DATA.glob("*.json"):
        if path.name == "datapackage.json":
            continue
        records = json.loads(path.read_text(encoding="utf-8"))
        if path.stem != "sources":
            records = [
                copy_record(path.stem, r, i) if i else r for i in range(factor) for r in records
            ]
        (into / path.name).write_text(json.dumps(records), encoding="utf-8")
