"""A quote keeps the document's characters, markup included (the citation check compares it
verbatim with the text); everything a reader is shown gives it as plain text: cite() in every
style, the command line, the HTML of records and tables, search, the exports, to_pandas and
the docs."""

from __future__ import annotations

import csv
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import aseanrok as a
from aseanrok.api.cite import STYLES
from aseanrok.dataset import COLLECTIONS

ROOT = Path(__file__).resolve().parent.parent
MARKUP = "<sup>"


def _marked() -> list[object]:
    """Every record of the data that cites a quote holding markup, nested citations included."""
    found = []
    dataset = a.load()
    for name in COLLECTIONS:
        for record in dataset.collection(name):
            if _holds_markup(record):
                found.append(record)
    return found


def _holds_markup(record: object) -> bool:
    from aseanrok.columns import shapes

    for shape in shapes(type(record)):
        value = getattr(record, shape.name)
        if shape.kind != "records" or value is None:
            continue
        for item in value if isinstance(value, tuple) else (value,):
            if isinstance(item, a.Citation) and MARKUP in (item.quote or ""):
                return True
            if not isinstance(item, a.Citation) and _holds_markup(item):
                return True
    return False


def test_the_stored_quote_keeps_the_documents_characters() -> None:
    """ASEAN overview, para 2: 'the 8<sup>th</sup> ASEAN-ROK Summit on 30 November 2004'."""
    c = next(c for c in a.summit(8).citations if c.source_id == "asean-csp-overview-2025")
    assert c.quote is not None
    assert "8<sup>th</sup> ASEAN-ROK Summit" in c.quote
    assert c.quote_text is not None
    assert "the 8th ASEAN-ROK Summit on 30 November 2004" in (c.quote_text)


def test_quote_text() -> None:
    def text(quote: str) -> str | None:
        return a.Citation(source_id="x", locator="para 1", quote=quote).quote_text

    assert text("the 22<sup>nd</sup> ASEAN-ROK Summit") == "the 22nd ASEAN-ROK Summit"
    assert text("ASEAN external partners.<sup>2</sup> In") == "ASEAN external partners. In"
    assert text("a  line\nbroken") == "a line broken"
    assert text("5 < 6 and 7 > 3") == "5 < 6 and 7 > 3"  # no tag, nothing taken out
    assert a.Citation(source_id="x", locator="para 1").quote_text is None


def test_the_data_has_quotes_with_markup() -> None:
    assert len(_marked()) >= 10  # the ordinals of the ASEAN overview's summits and meetings


@pytest.mark.parametrize("style", STYLES)
def test_cite_shows_no_markup_in_any_style(style: str) -> None:
    for record in _marked():
        assert MARKUP not in a.cite(record, style=style)
    assert "the 8th ASEAN-ROK Summit" in a.cite(a.summit(8))


def test_html_of_records_and_tables_shows_no_markup() -> None:
    for record in _marked():
        html = record._repr_html_()  # type: ignore[attr-defined]
        assert "&lt;sup&gt;" not in html
        assert MARKUP not in html.replace("<sup title", "")
    table = a.Table(a.summit(8).citations)
    assert "&lt;sup&gt;" not in table._repr_html_()
    assert MARKUP not in str(table)
    assert "the 8th ASEAN-ROK Summit" in str(table)


def test_the_command_lines_show_gives_plain_quotes() -> None:
    for args in (("show", "summit-8"), ("--json", "show", "summit-8")):
        out = subprocess.run(
            [sys.executable, "-m", "aseanrok", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=True,
        )
        assert MARKUP not in out.stdout
        assert "8th ASEAN-ROK Summit" in out.stdout


def test_search_finds_and_shows_the_plain_text() -> None:
    hits = a.search("8th ASEAN-ROK Summit Vientiane", collection="summits")
    assert hits
    assert hits[0].key == "summit-8"
    assert all(MARKUP not in h.excerpt for h in a.search("ASEAN-ROK Summit"))


def test_exports_give_plain_quotes(tmp_path: Path) -> None:
    a.export(tmp_path / "csv", "csv")
    a.export(tmp_path / "json", "json")
    a.export(tmp_path / "sqlite", "sqlite")
    quotes = []
    for path in (tmp_path / "csv").glob("*.csv"):
        with path.open(encoding="utf-8", newline="") as f:
            quotes += [row["quote"] for row in csv.DictReader(f) if "quote" in row]
    for path in (tmp_path / "json").glob("*.json"):
        quotes += [row["quote"] for row in json.loads(path.read_text("utf-8")) if "quote" in row]
    con = sqlite3.connect(tmp_path / "sqlite" / "aseanrok.db")
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    for table in tables:
        names = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
        if "quote" in names and not table.endswith("_fts"):
            quotes += [r[0] for r in con.execute(f'SELECT quote FROM "{table}"')]
    con.close()
    assert any(q and "8th ASEAN-ROK Summit" in q for q in quotes)
    assert not [q for q in quotes if q and MARKUP in q]
    package = json.loads((tmp_path / "csv" / "datapackage.json").read_text("utf-8"))
    field = next(
        f
        for r in package["resources"]
        if r["name"] == "summits_citations"
        for f in r["schema"]["fields"]
        if f["name"] == "quote"
    )
    assert "plain text" in field["description"]


def test_to_pandas_gives_plain_quotes() -> None:
    pytest.importorskip("pandas")
    frame = a.to_pandas(a.summit(8).citations)
    assert any("8th ASEAN-ROK Summit" in q for q in frame["quote"].dropna())
    for name in ("partnership_levels", "agreements", "acronyms"):
        assert MARKUP not in str(a.to_pandas(name).to_dict("records"))


def test_the_docs_show_quotes_as_text() -> None:
    """Only the guide to sources shows a stored quote, to say how it is stored."""
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    showing = [p.relative_to(ROOT).as_posix() for p in pages if "<sup>th</sup>" in p.read_text()]
    assert showing == ["docs/guide/sources.md"]
