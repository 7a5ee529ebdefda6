"""export(): CSV with a Frictionless package, SQLite ready for Datasette, JSON; opened and
queried as their users would, and generic over whatever records the collections hold."""

from __future__ import annotations

import csv
import json
import sqlite3
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st
from strategies import generated

import aseanrok as a
from aseanrok.columns import shapes
from aseanrok.dataset import COLLECTIONS
from aseanrok.exports import DATABASE, sheets


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("export")


@pytest.fixture(scope="module")
def database(folder: Path) -> Path:
    files = a.export(folder / "sqlite", "sqlite")
    assert [f.name for f in files] == [DATABASE, "metadata.json"]
    return files[0]


@pytest.fixture(scope="module")
def csv_folder(folder: Path) -> Path:
    a.export(folder / "csv", "csv")
    return folder / "csv"


def test_every_collection_is_a_table_and_every_list_a_linked_table() -> None:
    tables = {s.name: s for s in sheets()}
    dataset = a.load()
    for name, cls in COLLECTIONS.items():
        assert len(tables[name].rows) == len(dataset.collection(name))
        for shape in shapes(cls):
            if shape.kind in ("list", "records"):
                linked = tables[f"{name}_{shape.name}"]
                assert ("parent", name, tables[name].key) in linked.foreign_keys
                count = sum(len(getattr(r, shape.name)) for r in dataset.collection(name))
                assert len(linked.rows) == count


def test_sqlite_summits_by_year(database: Path) -> None:
    con = sqlite3.connect(database)
    got = dict(
        con.execute(
            "SELECT CAST(substr(when_start, 1, 4) AS INTEGER) AS year, count(*) FROM summits "
            "GROUP BY year ORDER BY year"
        ).fetchall()
    )
    assert got == dict(Counter(s.start.year for s in a.load().summits))
    # a date is its EDTF text, its first and last day and its precision
    row = con.execute(
        "SELECT \"when\", when_start, when_end, when_precision FROM summits WHERE id = 'summit-8'"
    ).fetchone()
    s = a.get("summit-8")
    assert isinstance(s, a.Summit)
    assert row == (str(s.when), str(s.start.earliest()), str(s.end.latest()), s.start.precision)


def test_sqlite_fund_volumes_by_fund(database: Path) -> None:
    con = sqlite3.connect(database)
    got = dict(
        con.execute(
            "SELECT funds.acronym, sum(v.annual_amount) FROM fund_volumes AS v "
            "JOIN funds ON v.fund = funds.id WHERE v.annual_currency = 'USD' "
            "GROUP BY funds.acronym"
        ).fetchall()
    )
    acronym = {f.id: f.acronym for f in a.funds()}
    expected: Counter[str] = Counter()
    for v in a.load().fund_volumes:
        if v.annual.currency == "USD":
            expected[acronym[v.fund]] += v.annual.amount
    assert got == dict(expected)


def test_sqlite_keys_and_citations(database: Path) -> None:
    con = sqlite3.connect(database)
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    info = {row[1]: row[5] for row in con.execute("PRAGMA table_info(summits)")}
    assert info["id"] == 1  # the primary key
    links = {(row[3], row[2], row[4]) for row in con.execute("PRAGMA foreign_key_list(summits)")}
    assert ("chair", "people", "id") in links
    # every citation of a summit, joined to its source
    n = con.execute(
        "SELECT count(*) FROM summits_citations AS c JOIN sources ON c.source_id = sources.id "
        "WHERE c.parent = 'summit-8'"
    ).fetchone()[0]
    assert n == len(a.summit(8).citations)


def test_sqlite_full_text_search_as_datasette_finds_it(database: Path) -> None:
    con = sqlite3.connect(database)
    # Datasette's detect_fts: a virtual FTS table whose content= names the table
    found = con.execute(
        "SELECT name FROM sqlite_master WHERE rootpage = 0 "
        "AND sql LIKE '%VIRTUAL TABLE%USING FTS%content=\"summits\"%'"
    ).fetchall()
    assert found == [("summits_fts",)]
    rows = con.execute(
        "SELECT summits.id FROM summits_fts JOIN summits ON summits.rowid = summits_fts.rowid "
        "WHERE summits_fts MATCH 'vientiane'"
    ).fetchall()
    assert ("summit-8",) in rows
    # accents folded: a name written with them is found without
    accented = next(
        (p for p in a.projects() if any(not c.isascii() for c in p.name)), None
    ) or next(i for i in a.institutions() if i.name)
    word = accented.name.split()[0]
    assert (
        con.execute(
            "SELECT count(*) FROM projects_fts WHERE projects_fts MATCH ?", (f'"{word}"',)
        ).fetchone()[0]
        + con.execute(
            "SELECT count(*) FROM institutions_fts WHERE institutions_fts MATCH ?", (f'"{word}"',)
        ).fetchone()[0]
    )
    # names in Korean flow into a linked table of their own, searchable too
    korean = [v.value for p in a.people() for v in p.names if v.lang == "ko"]
    if korean:
        hit = con.execute(
            "SELECT n.parent FROM people_names_fts AS f JOIN people_names AS n "
            "ON n.rowid = f.rowid WHERE people_names_fts MATCH ?",
            (f'"{korean[0]}"',),
        ).fetchall()
        assert hit


def test_datasette_metadata(database: Path) -> None:
    metadata = json.loads((database.parent / "metadata.json").read_text(encoding="utf-8"))
    assert metadata["license"] == "MIT"
    assert all(metadata[k] for k in ("title", "source", "source_url"))
    tables = metadata["databases"]["aseanrok"]["tables"]
    con = sqlite3.connect(database)
    names = {
        r[0]
        for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not r[0].startswith(("sqlite_",)) and "_fts" not in r[0]
    }
    assert names == set(tables)
    assert tables["summits"]["label_column"] == "name"
    assert tables["summits"]["title"] == "Summits"


def test_csv_package_validates_with_frictionless(csv_folder: Path) -> None:
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(csv_folder / "datapackage.json"))
    problems = report.flatten(["taskNumber", "rowNumber", "fieldName", "type", "note"])
    assert report.valid, problems[:5]


def test_csv_opens_as_a_spreadsheet_would(csv_folder: Path) -> None:
    package = json.loads((csv_folder / "datapackage.json").read_text(encoding="utf-8"))
    assert package["licenses"][0]["name"] == "MIT"
    assert package["version"] == a.DATA_VERSION
    with (csv_folder / "summits.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["id"] for r in rows] == [s.id for s in a.load().summits]
    # unknown is empty, never 0; a flag is true or false; money is an amount and a currency
    by_id = {r["id"]: r for r in rows}
    for s in a.load().summits:
        assert by_id[s.id]["number"] == ("" if s.number is None else str(s.number))
        assert by_id[s.id]["virtual"] == str(s.virtual).lower()
    with (csv_folder / "projects.csv").open(encoding="utf-8", newline="") as f:
        projects = {r["id"]: r for r in csv.DictReader(f)}
    for p in a.projects():
        expected = "" if p.budget is None else str(p.budget.amount)
        assert projects[p.id]["budget_amount"] == expected


def test_json_tables(folder: Path) -> None:
    files = a.export(folder / "json", "json")
    assert {f.name for f in files} == {f"{s.name}.json" for s in sheets()}
    summits = json.loads((folder / "json" / "summits.json").read_text(encoding="utf-8"))
    assert [r["id"] for r in summits] == [s.id for s in a.load().summits]
    assert all(isinstance(r["virtual"], bool) for r in summits)


def test_bad_arguments(tmp_path: Path) -> None:
    with pytest.raises(LookupError, match="export format"):
        a.export(tmp_path, "xls")
    with pytest.raises(TypeError):
        a.export(42, "csv")  # type: ignore[arg-type]
    (tmp_path / "file").write_text("")
    with pytest.raises(OSError):  # noqa: PT011 - FileExistsError or NotADirectoryError
        a.export(tmp_path / "file", "csv")


def test_export_from_the_command_line(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "aseanrok", "export", str(tmp_path), "--format", "sqlite"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert (tmp_path / DATABASE).exists()
    assert sqlite3.connect(tmp_path / DATABASE).execute("SELECT count(*) FROM sources").fetchone()


@st.composite
def _valid(draw: st.DrawFn, cls: type) -> object:
    """A record of ``cls``; a draw the record class refuses (a rule across fields that the
    generic strategy does not know) is rejected."""
    try:
        return draw(generated(cls))
    except (TypeError, ValueError):
        reject()


# any records of the model: the export holds them all and its keys hold
_COLLECTION_SAMPLES = st.fixed_dictionaries(
    {name: st.lists(_valid(cls), max_size=2) for name, cls in COLLECTIONS.items()}
)


@settings(
    max_examples=max(10, settings.default.max_examples // 10),  # 200 with HYPOTHESIS_PROFILE=deep
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)
@given(_COLLECTION_SAMPLES)
def test_any_records_export(collections: dict[str, list[object]]) -> None:
    tables = {s.name: s for s in sheets(collections)}
    for name, cls in COLLECTIONS.items():
        assert len(tables[name].rows) == len(collections[name])
        for shape in shapes(cls):  # names in every language, claims... in linked tables
            if shape.kind in ("list", "records"):
                count = sum(len(getattr(r, shape.name)) for r in collections[name])
                assert len(tables[f"{name}_{shape.name}"].rows) == count
    with tempfile.TemporaryDirectory() as folder:
        a.export(folder, "sqlite", collections=collections)  # checks every foreign key
        con = sqlite3.connect(Path(folder) / DATABASE)
        for name in COLLECTIONS:
            count = con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            assert count == len(collections[name])
        con.close()


def test_a_collection_with_a_repeated_id_is_no_foreign_key_target(tmp_path: Path) -> None:
    """Found by hypothesis in CI: two agreements sharing an id (keyed by row, not by id), and
    citation locators that all happen to be that id. The locators looked like references to
    agreements.id, which is no key, and SQLite refused the foreign key."""
    first = a.agreements()[0]
    cited = attrs.evolve(first.citations[0], locator=first.id)
    twin = attrs.evolve(
        first,
        citations=(cited,),
        names=tuple(attrs.evolve(v, citations=(cited,)) for v in first.names),
        claims=(),
    )
    collections: dict[str, list[object]] = {name: [] for name in COLLECTIONS}
    collections["agreements"] = [twin, twin]
    a.export(tmp_path, "sqlite", collections=collections)
    con = sqlite3.connect(tmp_path / DATABASE)
    assert con.execute('SELECT count(*) FROM "agreements"').fetchone()[0] == 2
    con.close()
