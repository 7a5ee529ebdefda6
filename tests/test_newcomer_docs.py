"""What a newcomer reads: the README's set-up in a virtual environment from a clone, install
commands that work from a clone everywhere, a reference that lists every public name, and the
"Browse the data" pages generated from the data."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from devtools import docs_hooks

import aseanrok
from aseanrok import testing

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DOCS = ROOT / "docs"

pytestmark = pytest.mark.skipif(not DOCS.is_dir(), reason="no docs/ beside the tests")


def test_readme_creates_a_venv_then_has_its_two_commands() -> None:
    text = README.read_text(encoding="utf-8")
    setup = text.split("## Set up", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"^```sh\n(.*?)^```", setup, flags=re.MULTILINE | re.DOTALL)
    assert commands == [
        "pip install . && python -m aseanrok\n",
        "pip install '.[test]' && pytest\n",
    ]
    venv = setup.find("python3 -m venv .venv && . .venv/bin/activate")
    assert 0 <= venv < setup.find("```sh")
    assert "clone" in setup


def _texts() -> list[tuple[str, str]]:
    files = [README, *DOCS.rglob("*.md"), *(ROOT / "examples").glob("*.ipynb")]
    found = [(str(p.relative_to(ROOT)), p.read_text(encoding="utf-8")) for p in files]
    src = Path(aseanrok.__file__).parent
    found += [(str(p), p.read_text(encoding="utf-8")) for p in src.rglob("*.py")]
    return found


def test_install_commands_work_from_a_clone() -> None:
    """No `pip install 'aseanrok[...]'`: no index has that name yet (README, docs, notebook,
    and the error messages that name an extra)."""
    for name, text in _texts():
        assert not re.search(r"install ['\"]?aseanrok\[", text), name


def test_the_errors_name_what_to_install() -> None:
    from aseanrok.frames import NEEDS_PANDAS
    from aseanrok.plot import NEEDS_MATPLOTLIB

    assert "pip install '.[pandas]'" in NEEDS_PANDAS
    assert "pip install '.[plot]'" in NEEDS_MATPLOTLIB


def test_the_reference_lists_every_public_name() -> None:
    text = (DOCS / "reference.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^::: aseanrok\.(\w+)", text, flags=re.MULTILINE))
    public = set(aseanrok.__all__) - {"__version__", "DATA_VERSION", "plot"}
    assert public - listed == set()
    for name in aseanrok.plot.__all__:
        if callable(getattr(aseanrok.plot, name)):
            assert f"::: aseanrok.plot.{name}" in text
    for name in testing.__all__:
        assert f"::: aseanrok.testing.{name}" in text


def test_long_code_lines_wrap_rather_than_overflow() -> None:
    css = (DOCS / "stylesheets" / "extra.css").read_text(encoding="utf-8")
    assert re.search(r"pre > code\s*\{[^}]*white-space:\s*pre-wrap", css)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "stylesheets/extra.css" in config
    for key in ("site_url:", "repo_url:"):
        assert key in config


def _hooks() -> Any:
    return docs_hooks()


def test_browse_pages_hold_every_record_so_search_finds_them() -> None:
    hooks = _hooks()
    pages: dict[str, str] = hooks.browse_pages()  # type: ignore[attr-defined]
    dataset = aseanrok.load()
    for name in dataset.counts():
        page = pages[hooks.browse_path(name)]  # type: ignore[attr-defined]
        for record in dataset.collection(name):
            rid = getattr(record, "id", None)
            if isinstance(rid, str):
                assert f'id="{rid}"' in page
    everything = " ".join(pages.values()).casefold()
    assert "methane" in everything  # the example: site search finds it


def test_browse_is_in_the_nav_with_a_page_per_collection() -> None:
    hooks = _hooks()
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert f"- {hooks.BROWSE}: {hooks.BROWSE_INDEX}" in config  # type: ignore[attr-defined]
    assert (DOCS / hooks.BROWSE_INDEX).exists()  # type: ignore[attr-defined]


def test_citation_file_and_package_urls_agree() -> None:
    from aseanrok.about import DOCUMENTATION, REPOSITORY

    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'Homepage = "{REPOSITORY}"' in pyproject
    assert f'Documentation = "{DOCUMENTATION}"' in pyproject
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert f"repo_url: {REPOSITORY}" in config
    assert f"site_url: {DOCUMENTATION}" in config


def test_the_notebook_installs_from_a_clone() -> None:
    notebook = ROOT / "examples" / "quickstart.ipynb"
    if not notebook.exists():
        pytest.skip("no notebook beside the tests")
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    assert any("pip install '.[pandas,plot]'" in "".join(c["source"]) for c in cells)


def test_the_screenshot_script_skips_cleanly_without_chromium() -> None:
    import subprocess
    import sys

    script = ROOT / "tools" / "screenshots.py"
    if not script.exists():
        pytest.skip("no tools/ beside the tests")
    out = subprocess.run(
        [sys.executable, str(script), "--chromium", "/nonexistent/chromium"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert "skipped" in out.stdout
