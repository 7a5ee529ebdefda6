"""The CSV package read back typed: in pandas by one call (read_package), and by csvkit's
reader (agate) and DuckDB given the types datapackage.json declares, every file, every cell."""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path
from typing import Any

import pytest

import aseanrok as a

pd = pytest.importorskip("pandas")

# each Table Schema type as pandas (read_package) and DuckDB read it
_TYPES = {
    "string": ("string", "VARCHAR"),
    "integer": ("Int64", "BIGINT"),
    "number": ("Float64", "DOUBLE"),
    "boolean": ("boolean", "BOOLEAN"),
    "date": ("datetime64[s]", "DATE"),
}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("csv")
    a.export(folder, "csv")
    return folder


def _resources(folder: Path) -> list[dict[str, Any]]:
    document = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    resources: list[dict[str, Any]] = document["resources"]
    return resources


def test_every_column_of_every_table_has_its_declared_dtype(package: Path) -> None:
    tables = a.read_package(package)
    resources = _resources(package)
    assert set(tables) == {r["name"] for r in resources}
    for resource in resources:
        frame = tables[resource["name"]]
        declared = {f["name"]: _TYPES[f["type"]][0] for f in resource["schema"]["fields"]}
        assert {c: str(t) for c, t in frame.dtypes.items()} == declared, resource["name"]
    # the same file by its descriptor
    assert set(a.read_package(package / "datapackage.json")) == set(tables)


def test_values_are_those_of_the_records(package: Path) -> None:
    summits = a.read_package(package)["summits"].set_index("id")
    for s in a.load().summits:
        row = summits.loc[s.id]
        assert (None if pd.isna(row["number"]) else int(row["number"])) == s.number
        assert row["when_start"].date() == s.start.earliest()
        assert bool(row["virtual"]) is s.virtual
    volumes = a.read_package(package)["fund_volumes"]
    assert int(volumes["annual_amount"].sum()) == sum(
        v.annual.amount for v in a.load().fund_volumes
    )
    # unknown is missing, never 0 or ""
    projects = a.read_package(package)["projects"].set_index("id")
    for p in a.projects():
        if p.budget is None:
            assert pd.isna(projects.loc[p.id, "budget_amount"])


def test_bad_paths(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no CSV export there"):
        a.read_package(tmp_path)
    with pytest.raises(TypeError, match="takes a path"):
        a.read_package(3)  # type: ignore[arg-type]


def _cell(value: object) -> object:
    """A cell as plain Python, for comparing what two readers read."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, dt.datetime):
        return value.date()
    if hasattr(value, "as_tuple"):  # agate's Decimal
        return float(value) if value % 1 else int(value)  # type: ignore[operator]
    if hasattr(value, "item"):  # a numpy scalar
        return value.item()
    return value


def _expected(package: Path) -> dict[str, list[tuple[object, ...]]]:
    return {
        name: [tuple(_cell(v) for v in row) for row in frame.itertuples(index=False)]
        for name, frame in a.read_package(package).items()
    }


def test_csvkit_reads_every_file_as_typed(package: Path) -> None:
    agate = pytest.importorskip("agate")  # csvkit's reader
    pytest.importorskip("csvkit")
    nulls = ("",)
    types = {
        "string": agate.Text(cast_nulls=False),
        "integer": agate.Number(null_values=nulls),
        "number": agate.Number(null_values=nulls),
        "boolean": agate.Boolean(null_values=nulls),
        "date": agate.Date(null_values=nulls, date_format="%Y-%m-%d"),
    }
    expected = _expected(package)
    for resource in _resources(package):
        fields = resource["schema"]["fields"]
        table = agate.Table.from_csv(
            package / resource["path"],
            column_names=[f["name"] for f in fields],
            column_types=[types[f["type"]] for f in fields],
            encoding="utf-8",
        )
        rows = [
            tuple(None if v == "" else _cell(v) for v in row) for row in table.rows
        ]  # Text keeps "" as it is; pandas reads it as missing
        assert rows == expected[resource["name"]], resource["name"]


def test_duckdb_reads_every_file_as_typed(package: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    expected = _expected(package)
    con = duckdb.connect()
    for resource in _resources(package):
        fields = resource["schema"]["fields"]
        columns = {f["name"]: _TYPES[f["type"]][1] for f in fields}
        relation = con.read_csv(
            str(package / resource["path"]), header=True, columns=columns, quotechar='"'
        )
        described = dict(zip(relation.columns, (str(t) for t in relation.types), strict=True))
        assert described == columns, resource["name"]
        rows = [tuple(_cell(v) for v in row) for row in relation.fetchall()]
        assert rows == expected[resource["name"]], resource["name"]
    con.close()
