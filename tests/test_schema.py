"""The published schema: JSON Schema per data file and the Frictionless datapackage.json."""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from devtools import tool_check
from hypothesis import given
from hypothesis import strategies as st
from strategies import generated, per_class

import aseanrok
from aseanrok.convert import converter
from aseanrok.dataset import COLLECTIONS
from aseanrok.loader import files

jsonschema = pytest.importorskip("jsonschema")

DATA = files("aseanrok") / "data"
ROOT = Path(__file__).resolve().parent.parent


@functools.cache
def schema(name: str) -> Any:
    document = json.loads((DATA / "schema" / f"{name}.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(document)
    return jsonschema.Draft202012Validator(document)


def data(name: str) -> Any:
    return json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))


@pytest.mark.skipif(
    not (ROOT / "src" / "aseanrok" / "data").is_dir(),
    reason="checks the committed files of a source checkout",
)
def test_schema_and_datapackage_are_up_to_date() -> None:
    status, output = tool_check("schema.py")
    assert status == 0, output


@pytest.mark.parametrize("name", list(COLLECTIONS))
def test_bundled_data_validates(name: str) -> None:
    errors = [e.message for e in schema(name).iter_errors(data(name))]
    assert errors == []


@pytest.mark.parametrize(
    "change",
    [
        {"extra": 1},
        {"when": "30 November 2004"},
        {"number": "8"},
        {"citations": []},
        {"citations": [{"source_id": "x", "locator": "p", "quote": "q" * 301}]},
        {"id": "Summit 8"},
    ],
)
def test_schema_refuses_what_the_loader_refuses(change: dict[str, Any]) -> None:
    record = {**data("summits")[1], **change}
    assert list(schema("summits").iter_errors([record]))


def test_schema_refuses_bad_money() -> None:
    project = next(p for p in data("projects") if "budget" in p)
    for bad in (
        {"amount": 1.5, "currency": "USD"},
        {"amount": -1, "currency": "USD"},
        {"amount": 1, "currency": "usd"},
        {"amount": 1},
    ):
        assert list(schema("projects").iter_errors([{**project, "budget": bad}]))


@pytest.mark.parametrize("name", list(COLLECTIONS))
@per_class()
@given(data=st.data())
def test_schema_accepts_every_record_the_model_can_hold(name: str, data: st.DataObject) -> None:
    record = data.draw(generated(COLLECTIONS[name]))
    errors = [e.message for e in schema(name).iter_errors([converter.unstructure(record)])]
    assert errors == []


def test_datapackage() -> None:
    package = json.loads((DATA / "datapackage.json").read_text(encoding="utf-8"))
    assert package["name"] == "aseanrok"
    assert package["version"] == aseanrok.DATA_VERSION
    assert package["licenses"]
    assert [s["title"] for s in package["sources"]] == [s.title for s in aseanrok.sources()]
    assert [r["path"] for r in package["resources"]] == [f"{n}.json" for n in COLLECTIONS]
    for resource in package["resources"]:
        raw = (DATA / resource["path"]).read_bytes()
        assert resource["bytes"] == len(raw)
        assert resource["hash"] == "sha256:" + hashlib.sha256(raw).hexdigest()
        assert (DATA / resource["jsonschema"]).is_file()
