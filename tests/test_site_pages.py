"""The docs site keeps its word: a record's row is a heading the site's search lands on, the
browse tables fit a reader's width, the downloads are built with the site from the data, a
figure in a page is the data's, and the copy button leaves out a session's prompts."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from devtools import docs_hooks

import aseanrok

DOCS = Path(__file__).resolve().parent.parent / "docs"


@pytest.fixture(scope="module")
def hooks() -> Any:
    return docs_hooks()


def test_each_record_is_a_heading_the_search_lands_on(hooks: Any) -> None:
    """Search results were whole tables run together."""
    pages = hooks.browse_pages()
    for name in aseanrok.load().counts():
        page = pages[hooks.browse_path(name)]
        assert "- navigation" in page  # the page takes the reader's width
        for record in aseanrok.load().collection(name):
            rid = getattr(record, "id", None)
            if isinstance(rid, str):
                assert f'<h3 class="record" id="{rid}">' in page
        # the other cells of a keyed row are left to the heading's section
        if 'class="record"' in page:
            assert "data-search-exclude" in page


def test_the_browse_tables_do_not_scroll_sideways() -> None:
    css = (DOCS / "stylesheets" / "extra.css").read_text(encoding="utf-8")
    browse = css[css.index("table.browse {") :]
    assert "overflow-x: auto" not in browse
    assert "display: table" in browse


def test_the_downloads_are_the_exports_of_the_data(hooks: Any) -> None:
    found = hooks.downloads()
    assert set(found) == set(hooks.DOWNLOADS)
    with zipfile.ZipFile(io.BytesIO(found["downloads/aseanrok-csv.zip"])) as archive:
        assert "aseanrok-csv/datapackage.json" in archive.namelist()
        summits = archive.read("aseanrok-csv/summits.csv").decode("utf-8")
    assert summits.count("\n") == len(aseanrok.load().summits) + 1
    assert found["downloads/aseanrok.db"].startswith(b"SQLite format 3\x00")
    listed = hooks.downloads_list("../")
    for path in hooks.DOWNLOADS:
        assert f"(../{path})" in listed


def test_figures_in_the_pages_are_the_datas(hooks: Any) -> None:
    """The home page said 452 pages where the data had 454."""
    home = (DOCS / "index.md").read_text(encoding="utf-8")
    assert "{{ pages }}" in home
    assert not re.search(r"\b\d{3} public pages", home)
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    assert not re.search(r"\b\d{3} public pages", readme)

    class Page:
        class file:
            src_uri = "index.md"

    pages = sum(1 for s in aseanrok.sources() if s.is_page)
    out = hooks.on_page_markdown(home, page=Page)
    assert f"{pages:,} public pages" in out


def test_the_copy_button_leaves_out_prompts_and_output() -> None:
    css = (DOCS / "stylesheets" / "extra.css").read_text(encoding="utf-8")
    rule = re.search(r"\[data-md-copying\] \.gp,\s*\[data-md-copying\] \.go \{([^}]*)\}", css)
    assert rule is not None
    assert "display: none" in rule.group(1)
