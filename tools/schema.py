"""Write the published schema: a JSON Schema per data file, generated from the attrs model, and
the Frictionless ``datapackage.json`` that lists every file with its size and sha256.

    python tools/schema.py            # rewrite src/aseanrok/data/schema/ and datapackage.json
    python tools/schema.py --check    # exit 1 if any of them is out of date

Both ship in the wheel, so the data can be read and validated from R, DuckDB or a browser.
"""

from __future__ import annotations

import enum
import hashlib
import json
import sys
import types
import typing
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any, Union

import attrs

from aseanrok import DATA_VERSION
from aseanrok.dataset import COLLECTIONS
from aseanrok.dates import PartialDate, Span
from aseanrok.model import Quantity
from aseanrok.money import Money

DATA = Path(__file__).resolve().parent.parent / "src" / "aseanrok" / "data"
DRAFT = "https://json-schema.org/draft/2020-12/schema"

DATE = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"
ID_FIELDS = {
    "id",
    "source_id",
    "indicator",
    "pledged_by",
    "fund",
    "summit",
    "merged_into",
    "refers_to",
    "refs",
    "documents",
    "chair",
    "rok_leader",
    "raised_to",
    "person",
    "office",
    "basis",
}
NON_EMPTY = {"citations", "meanings", "names", "roles"}

SCALARS: dict[Any, dict[str, Any]] = {
    int: {"type": "integer"},
    bool: {"type": "boolean"},
    PartialDate: {"type": "string", "pattern": DATE, "description": "EDTF date at its precision"},
    Span: {
        "type": "string",
        "pattern": DATE[:-1] + "(/" + DATE[1:-1] + ")?$",
        "description": "EDTF date or interval start/end",
    },
    Decimal: {"type": "string", "pattern": r"^-?[0-9]+(\.[0-9]+)?$"},
    Fraction: {"type": "string", "pattern": r"^[0-9]+/[1-9][0-9]*$"},
}


def _field_schema(tp: Any, name: str, defs: dict[str, Any]) -> dict[str, Any]:
    if tp == Quantity:
        return {
            "oneOf": [
                SCALARS[int],
                SCALARS[Decimal],
                SCALARS[Fraction],
                _field_schema(Money, name, defs),
            ]
        }
    origin = typing.get_origin(tp)
    if origin is typing.Literal:
        return {"enum": list(typing.get_args(tp))}
    if origin in (Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        inner_tp = inner[0] if len(inner) == 1 else Union[tuple(inner)]  # noqa: UP007
        return {"anyOf": [_field_schema(inner_tp, name, defs), {"type": "null"}]}
    if origin is tuple:
        (item, _) = typing.get_args(tp)
        array: dict[str, Any] = {"type": "array", "items": _field_schema(item, name, defs)}
        if name in NON_EMPTY:
            array["minItems"] = 1
        return array
    if tp is str:
        if name in ID_FIELDS:
            return {"type": "string", "pattern": SLUG}
        text: dict[str, Any] = {"type": "string", "pattern": r"\S"}
        if name == "quote":
            text["maxLength"] = 300
        if name in {"lang", "language"}:
            text["pattern"] = r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"
        return text
    if tp in SCALARS:
        return dict(SCALARS[tp])
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [member.value for member in tp]}
    if attrs.has(tp):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {}  # placeholder against recursion
            defs[tp.__name__] = _record_schema(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    raise TypeError(f"no JSON Schema for {tp!r} ({name})")


def _record_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    fields = attrs.fields(cls)
    schema: dict[str, Any] = {
        "type": "object",
        "description": (cls.__doc__ or "").strip().splitlines()[0],
        "properties": {f.name: _field_schema(hints[f.name], f.name, defs) for f in fields},
        "required": [f.name for f in fields if f.default is attrs.NOTHING],
        "additionalProperties": False,
    }
    if cls is Money:
        schema["properties"]["amount"]["minimum"] = 0
        schema["properties"]["currency"] = {"type": "string", "pattern": "^[A-Z]{3}$"}
    return schema


def collection_schema(name: str) -> dict[str, Any]:
    cls = COLLECTIONS[name]
    defs: dict[str, Any] = {}
    ref = _field_schema(cls, name, defs)
    return {
        "$schema": DRAFT,
        "$id": f"{name}.schema.json",
        "title": f"aseanrok {name}",
        "description": f"The records of {name}.json, a list of {cls.__name__}.",
        "type": "array",
        "items": ref,
        "$defs": dict(sorted(defs.items())),
    }


def datapackage() -> dict[str, Any]:
    sources = json.loads((DATA / "sources.json").read_text(encoding="utf-8"))
    resources = []
    for name in COLLECTIONS:
        raw = (DATA / f"{name}.json").read_bytes()
        resources.append(
            {
                "name": name.replace("_", "-"),
                "path": f"{name}.json",
                "format": "json",
                "mediatype": "application/json",
                "encoding": "utf-8",
                "bytes": len(raw),
                "hash": "sha256:" + hashlib.sha256(raw).hexdigest(),
                "jsonschema": f"schema/{name}.schema.json",
            }
        )
    return {
        "name": "aseanrok",
        "title": "aseanrok: cited facts on ASEAN-Republic of Korea relations",
        "version": DATA_VERSION,
        "description": (
            "Summits, partnership levels, funds and pledges, projects, acronyms, agreements, "
            "institutions, events, statistics, office holders and KASI's lines of effort, every "
            "record citing its sources: the five documents with a locator and a short verbatim "
            "quote (quotes remain their publishers' text), public pages with their address and "
            "a locator."
        ),
        "licenses": [
            {"name": "MIT", "path": "https://opensource.org/licenses/MIT", "title": "MIT License"}
        ],
        "sources": [
            {"title": s["title"], **({"path": s["url"]} if s.get("url") else {})} for s in sources
        ],
        "resources": resources,
    }


def outputs() -> dict[Path, str]:
    def dump(document: dict[str, Any]) -> str:
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"

    files = {
        DATA / "schema" / f"{name}.schema.json": dump(collection_schema(name))
        for name in COLLECTIONS
    }
    files[DATA / "datapackage.json"] = dump(datapackage())
    return files


def main(argv: list[str]) -> int:
    from _generated import write_or_check  # beside this script (docs/hooks.py imports it)

    return write_or_check(outputs(), argv, "python tools/schema.py")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
