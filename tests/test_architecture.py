"""docs/architecture.md draws the layers that import-linter holds the package to: the same
layers, in the same order, with the same modules; and every module of the package is in one."""

from __future__ import annotations

import pkgutil
import re
import sys
from pathlib import Path
from typing import Any

import pytest

import aseanrok

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only (pytest brings tomli there)
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
PAGE = ROOT / "docs" / "architecture.md"


def _contracts() -> list[dict[str, Any]]:
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    contracts: list[dict[str, Any]] = config["tool"]["importlinter"]["contracts"]
    return contracts


def _contract_layers() -> list[set[str]]:
    """Each layer of the layers contract, top first, as its set of modules."""
    (contract,) = [c for c in _contracts() if c["type"] == "layers"]
    return [{m.strip() for m in re.split(r"[:|]", layer)} for layer in contract["layers"]]


def _page_layers() -> list[set[str]]:
    """Each row of the page's table of layers, top first, as the set of modules it names."""
    text = PAGE.read_text(encoding="utf-8").split("## The layers", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in text.splitlines() if line.startswith("| **")]
    return [set(re.findall(r"`([\w.]+)`", row.split("|")[2])) for row in rows]


needs_files = pytest.mark.skipif(
    not (PYPROJECT.exists() and PAGE.exists()), reason="no pyproject.toml or docs beside the tests"
)


@needs_files
def test_the_page_draws_the_layers_of_the_contract() -> None:
    assert _page_layers() == _contract_layers()


@needs_files
def test_every_module_of_the_package_is_in_a_layer() -> None:
    modules = {m.name for m in pkgutil.iter_modules(aseanrok.__path__)}
    placed = set().union(*_contract_layers())
    assert modules == placed


@needs_files
def test_the_contracts_forbid_every_cycle_and_read_every_import() -> None:
    """A contract of no cycle over the whole package, and no import left out: none ignored, none
    under TYPE_CHECKING skipped."""
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["importlinter"]
    assert not config.get("exclude_type_checking_imports", False)
    assert any(c["type"] == "acyclic" and c["packages"] == ["aseanrok"] for c in _contracts())
    assert not any(c.get("ignore_imports") for c in _contracts())
