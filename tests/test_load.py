"""The loader: strict structuring, DataError with file and JSON path, lazy and thread-safe."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path
from typing import Any

import pytest

import aseanrok
from aseanrok.dataset import COLLECTIONS
from aseanrok.errors import DataError
from aseanrok.loader import Loader, default_loader, files
from aseanrok.model import Source, Summit

DATA = files("aseanrok") / "data"
CITE = [{"source_id": "asean-csp-overview-2025", "locator": "para 2", "quote": "8th"}]
SUMMIT = {
    "id": "summit-8",
    "name": "8th ASEAN-ROK Summit",
    "number": 8,
    "when": "2004-11-30",
    "city": "Vientiane",
    "citations": CITE,
}


def write(root: Path, name: str, document: Any) -> None:
    text = document if isinstance(document, str) else json.dumps(document)
    (root / f"{name}.json").write_text(text, encoding="utf-8")


def data_dir(tmp_path: Path) -> Path:
    """A copy of the bundled data: a collection is checked against the other files."""
    for name in COLLECTIONS:
        shutil.copy(Path(str(DATA / f"{name}.json")), tmp_path / f"{name}.json")
    return tmp_path


def load_summits(tmp_path: Path, *records: Any) -> tuple[Summit, ...]:
    write(data_dir(tmp_path), "summits", list(records))
    return Loader(tmp_path).records("summits", Summit)


def test_a_valid_record_loads(tmp_path: Path) -> None:
    (s,) = load_summits(tmp_path, SUMMIT)
    assert (s.number, str(s.start), s.city) == (8, "2004-11-30", "Vientiane")


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        ({"number": "8"}, "$[1].number", "expected an integer, got str"),
        ({"number": 8.0}, "$[1].number", "expected an integer, got float"),
        ({"number": True}, "$[1].number", "expected an integer, got bool"),
        ({"commemorative": "false"}, "$[1].commemorative", "expected true or false"),
        ({"commemorative": 0}, "$[1].commemorative", "expected true or false"),
        ({"city": 5}, "$[1].city", "expected a string"),
        ({"when": "2023-02-29"}, "$[1].when", "day is out of range"),
        ({"when": 2004}, "$[1].when", "expected a date"),
        ({"when": "2004-12-01/2004-11-30"}, "$[1].when", "ends before it starts"),
        ({"documents": "akfta"}, "$[1].documents", "expected a list"),
        ({"documents": ["ok", 3]}, "$[1].documents[1]", "expected a string"),
        ({"extra": 1}, "$[1]", "extra"),
        ({"citations": []}, "$[1]", "citations must not be empty"),
        ({"citations": [{**CITE[0], "page": 3}]}, "$[1].citations[0]", "page"),
        ({"citations": [{**CITE[0], "quote": 5}]}, "$[1].citations[0].quote", "string"),
        ({"id": "Summit 8"}, "$[1]", "lowercase slug"),
    ],
)
def test_each_kind_of_bad_value_is_a_data_error_with_its_path(
    tmp_path: Path, change: dict[str, Any], path: str, message: str
) -> None:
    with pytest.raises(DataError) as info:
        load_summits(tmp_path, SUMMIT, {**SUMMIT, "id": "summit-9", "number": 9, **change})
    assert (info.value.file, info.value.path) == ("summits.json", path)
    assert message in info.value.problem
    assert str(info.value).startswith(f"summits.json: {path}: ")


def test_a_missing_field_is_named(tmp_path: Path) -> None:
    broken = {k: v for k, v in SUMMIT.items() if k != "when"}
    with pytest.raises(DataError, match=r"summits.json: \$\[0\].when: required field missing"):
        load_summits(tmp_path, broken)


@pytest.mark.parametrize(
    ("value", "path", "message"),
    [
        ({"amount": 1.5, "currency": "USD"}, "$[0].value.amount", "expected an integer"),
        ({"amount": -5, "currency": "USD"}, "$[0].value", "negative"),
        ({"amount": 5, "currency": "usd"}, "$[0].value", "ISO 4217"),
        ({"amount": 5}, "$[0].value.currency", "required field missing"),
        (5.7, "$[0].value", "got float"),
        ("5,7", "$[0].value", "not a decimal"),
        ("1/0", "$[0].value", "not a fraction"),
    ],
)
def test_bad_quantities(tmp_path: Path, value: object, path: str, message: str) -> None:
    stat = {
        "id": "stat-x",
        "indicator": "x",
        "label": "x",
        "value": value,
        "unit": "USD",
        "as_of": "2024",
        "citations": CITE,
    }
    write(data_dir(tmp_path), "statistics", [stat])
    from aseanrok.model import Statistic

    with pytest.raises(DataError) as info:
        Loader(tmp_path).records("statistics", Statistic)
    assert info.value.path == path
    assert message in info.value.problem


@pytest.mark.parametrize(
    ("text", "message"),
    [("[{", "not valid JSON"), ('{"id": 1}', "expected a list of records"), ("", "not valid")],
)
def test_malformed_files(tmp_path: Path, text: str, message: str) -> None:
    write(data_dir(tmp_path), "summits", text)
    with pytest.raises(DataError, match=message) as info:
        Loader(tmp_path).records("summits", Summit)
    assert info.value.file == "summits.json"
    assert info.value.path == "$"


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DataError, match=r"summits.json: \$: cannot read"):
        Loader(tmp_path).records("summits", Summit)


def test_a_failed_load_leaves_nothing_behind_and_can_be_retried(tmp_path: Path) -> None:
    loader = Loader(data_dir(tmp_path))
    write(tmp_path, "summits", [SUMMIT, {**SUMMIT, "number": "9"}])
    with pytest.raises(DataError):
        loader.records("summits", Summit)
    assert loader.loaded() == frozenset()
    write(tmp_path, "summits", [SUMMIT])
    assert len(loader.records("summits", Summit)) == 1


def test_wrong_record_class_is_a_type_error(tmp_path: Path) -> None:
    write(tmp_path, "summits", [SUMMIT])
    with pytest.raises(TypeError, match="summits holds Summit, not Source"):
        Loader(tmp_path).records("summits", Source)


def test_second_access_reads_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(data_dir(tmp_path), "summits", [SUMMIT])
    loader = Loader(tmp_path)
    reads: list[str] = []
    original = loader._read
    monkeypatch.setattr(loader, "_read", lambda name: reads.append(name) or original(name))
    first = loader.records("summits", Summit)
    assert loader.records("summits", Summit) is first
    # the checks against the other files read those they need once, and nothing is read again
    assert reads[0] == "summits"
    assert len(reads) == len(set(reads))
    assert loader.records("summits", Summit) is first
    assert len(reads) == len(set(reads))


def test_one_read_under_many_threads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(data_dir(tmp_path), "summits", [SUMMIT])
    loader = Loader(tmp_path)
    reads: list[str] = []
    original = loader._read
    start = threading.Barrier(16)

    def slow_read(name: str) -> object:
        reads.append(name)
        return original(name)

    monkeypatch.setattr(loader, "_read", slow_read)
    results: list[tuple[Summit, ...]] = []

    def worker() -> None:
        start.wait()
        results.append(loader.records("summits", Summit))

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert reads.count("summits") == 1
    assert len(reads) == len(set(reads))
    assert len(results) == 16
    assert all(r is results[0] for r in results)


def _copy_data(tmp_path: Path) -> Path:
    from importlib.resources import as_file

    from aseanrok.loader import files

    with as_file(files("aseanrok") / "data") as data:
        shutil.copytree(data, tmp_path / "data")
    return tmp_path / "data"


def test_broken_reference_is_a_data_error_and_caches_nothing(tmp_path: Path) -> None:
    root = _copy_data(tmp_path)
    summits = json.loads((root / "summits.json").read_text(encoding="utf-8"))
    summits[0]["citations"][0]["source_id"] = "no-such-source"
    write(root, "summits", summits)
    loader = Loader(root)
    with pytest.raises(DataError, match=r"summits.json: \$\[0\].citations\[0\].source_id"):
        loader.dataset()
    # the collections before it in display order passed every check; summits is not kept
    assert loader.loaded() == frozenset({"sources"})


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    root = _copy_data(tmp_path)
    summits = json.loads((root / "summits.json").read_text(encoding="utf-8"))
    write(root, "summits", [*summits, summits[0]])
    with pytest.raises(DataError, match=r"summits.json: \$\[\d+\].id: id 'summit-1'"):
        Loader(root).dataset()


def test_bundled_data_loads_whole() -> None:
    ds = aseanrok.load()
    assert ds is aseanrok.load()
    assert set(ds.counts()) == set(COLLECTIONS)
    assert default_loader().loaded() == frozenset(COLLECTIONS)
