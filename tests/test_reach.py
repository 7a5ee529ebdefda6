"""Every record has an id, and every way out gives the same records in the same order: the
accessors, ``load()``, ``get()``, ``to_pandas()``, the three export formats and the site's
browse pages. Each collection comes in its one natural order (summits by date, statistics by
indicator then period, tenures by office then their place in the office's sequence)."""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from devtools import docs_hooks

import aseanrok as a
from aseanrok.dataset import COLLECTIONS
from aseanrok.order import natural

ROOT = Path(__file__).resolve().parent.parent


def _offices() -> tuple[object, ...]:
    return tuple(t for office in a.offices() for t in a.office_holders(office))


#: each collection's public accessor with every record (None: reached otherwise)
ACCESSORS: dict[str, Callable[[], tuple[object, ...]] | None] = {
    "sources": a.sources,
    "summits": lambda: a.summits(series=None),
    "partnership_levels": None,  # one accessor per track: see below
    "meeting_series": a.meeting_series,
    "meetings": a.meetings,
    "agreements": a.agreements,
    "funds": a.funds,
    "fund_volumes": a.fund_volumes,
    "pledges": a.pledges,
    "projects": a.projects,
    "institutions": a.institutions,
    "events": a.events,
    "statistics": a.statistics,
    "acronyms": a.acronyms,
    "lines_of_effort": a.lines_of_effort,
    "priority_areas": a.priority_areas,
    "visions": a.visions,
    "people": a.people,
    "tenures": _offices,
    "commitments": a.commitments,
    "merges": None,
}


def _ids(records: object) -> list[str]:
    return [r.id for r in records]  # type: ignore[attr-defined]


def test_every_collection_has_an_accessor_listed_here() -> None:
    assert set(ACCESSORS) == set(COLLECTIONS)


@pytest.mark.parametrize("name", list(COLLECTIONS))
def test_every_record_has_an_id_that_get_answers(name: str) -> None:
    records = a.load().collection(name)
    assert all(isinstance(getattr(r, "id", None), str) for r in records)
    for record in records:
        if name == "merges":  # a merged id answers the record kept
            with pytest.warns(DeprecationWarning, match="was merged into"):
                assert a.get(record.id) is a.get(record.merged_into)  # type: ignore[attr-defined]
        else:
            assert a.get(record.id) is record  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", [n for n, f in ACCESSORS.items() if f is not None])
def test_the_accessor_gives_the_collection_in_its_order(name: str) -> None:
    accessor = ACCESSORS[name]
    assert accessor is not None
    assert _ids(accessor()) == _ids(a.load().collection(name))


def test_each_track_s_levels_come_in_the_collection_s_order() -> None:
    for track in ("asean-rok", "mekong-rok"):
        levels = [level for level in a.load().partnership_levels if level.track == track]
        assert _ids(a.partnership_levels(track)) == _ids(levels)


@pytest.mark.parametrize("name", list(COLLECTIONS))
def test_each_collection_comes_in_its_natural_order(name: str) -> None:
    records = a.load().collection(name)
    assert _ids(natural(name, records)) == _ids(records)


def test_the_natural_orders_are_those_a_reader_expects() -> None:
    starts = [s.start for s in a.load().summits]
    assert starts == sorted(starts)  # 1, 2, 3... by date, not 1, 8, 9, 2009, then 2, 3
    stats = a.load().statistics
    keys = [s.indicator for s in stats]
    assert keys == sorted(keys)
    for key in set(keys):
        dates = [s.date for s in stats if s.indicator == key]
        assert dates == sorted(dates), key
    ambassadors = [t.holder for t in a.office_holders("rok-ambassador-to-asean")]
    # Suh held the post in 2015 (no start known): after Baek (2012), before Kim (2018)
    assert ambassadors[:3] == ["Baek Seong-taek", "Suh Jeong-in", "Kim Young-chae"]
    numbers = [t.number or 0 for t in a.office_holders("akc-secretary-general")]
    assert numbers == sorted(numbers)


def test_to_pandas_gives_every_collection_alike() -> None:
    pytest.importorskip("pandas")
    for name in COLLECTIONS:
        assert list(a.to_pandas(name)["id"]) == _ids(a.load().collection(name)), name


@pytest.mark.parametrize("fmt", ["json", "csv", "sqlite"])
def test_every_export_gives_every_collection_alike(fmt: str, tmp_path: Path) -> None:
    a.export(tmp_path, fmt)
    for name in COLLECTIONS:
        expected = _ids(a.load().collection(name))
        if fmt == "json":
            rows = json.loads((tmp_path / f"{name}.json").read_text(encoding="utf-8"))
            got = [row["id"] for row in rows]
        elif fmt == "csv":
            with (tmp_path / f"{name}.csv").open(encoding="utf-8", newline="") as f:
                got = [row["id"] for row in csv.DictReader(f)]
        else:
            with sqlite3.connect(tmp_path / "aseanrok.db") as db:
                got = [row[0] for row in db.execute(f'SELECT id FROM "{name}" ORDER BY rowid')]
        assert got == expected, (fmt, name)


def test_the_browse_pages_list_every_record_alike() -> None:
    hooks = docs_hooks()
    for name in COLLECTIONS:
        page = hooks.browse_table(name)
        anchors = re.findall(r'<h3 class="record" id="([^"]+)">', page)
        assert anchors == _ids(a.load().collection(name)), name
