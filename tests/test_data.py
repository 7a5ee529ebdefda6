"""The data files themselves: canonical form, documented fields, explained coverage."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from devtools import tool_check

from aseanrok.convert import converter
from aseanrok.dataset import COLLECTIONS
from aseanrok.loader import default_loader, files

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.mark.parametrize("name", list(COLLECTIONS))
def test_files_are_in_canonical_form(name: str) -> None:
    """Two-space indent, fields in model order, defaults left out, one trailing newline: what
    unstructuring the loaded records gives, byte for byte."""
    text = (files("aseanrok") / "data" / f"{name}.json").read_text(encoding="utf-8")
    records = default_loader().records(name, COLLECTIONS[name])
    canonical = json.dumps(converter.unstructure(records), indent=2, ensure_ascii=False) + "\n"
    assert text == canonical, f"{name}.json: run python tools/canonical.py"


@pytest.mark.skipif(not (ROOT / "tools" / "datadict.py").exists(), reason="no tools/ here")
@pytest.mark.parametrize("script", ["datadict.py", "conflicts.py", "meeting_coverage.py"])
def test_generated_pages_are_up_to_date(script: str) -> None:
    """docs/data.md (the data dictionary), the conflicts listed on docs/provenance.md and the
    meetings' coverage on docs/coverage.md."""
    status, output = tool_check(script)
    assert status == 0, output


@pytest.mark.skipif(
    not (SHARED / "tools" / "check_citations.py").exists(), reason="needs ../shared (present in CI)"
)
def test_every_uncovered_sentence_is_explained() -> None:
    data = files("aseanrok") / "data"
    out = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "check_citations.py"), str(data), "--coverage"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stdout
    explained = re.sub(r"\s+", " ", (ROOT / "docs" / "coverage.md").read_text(encoding="utf-8"))
    missing = [line[2:] for line in out.stdout.splitlines() if line.startswith("- ")]
    for sentence in missing:
        head = sentence.lstrip("- ")[:40]
        assert head in explained, f"docs/coverage.md does not explain: {sentence}"


@pytest.mark.skipif(not (ROOT / "tools" / "datadict.py").exists(), reason="no tools/ here")
def test_the_docs_hook_can_import_the_data_dictionary() -> None:
    """docs/hooks.py loads tools/datadict.py by path, without tools/ on sys.path: importing it
    must need nothing beside it (a module-level import of a sibling broke the docs build)."""
    path = str(ROOT / "tools" / "datadict.py")
    code = (
        "import importlib.util, sys\n"
        f"spec = importlib.util.spec_from_file_location('datadict', {path!r})\n"
        "module = importlib.util.module_from_spec(spec)\n"
        "spec.loader.exec_module(module)\n"
        "assert module.FIELDS\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd="/")
    assert out.returncode == 0, out.stderr[-500:]
