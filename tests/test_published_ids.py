"""Ids never break: every id an earlier data version published (data/history/ids.json, written
by tools/changes.py from the git history) resolves in this one, directly or, where its record
was merged into another, to the record kept with a DeprecationWarning that names its id."""

from __future__ import annotations

import json
import subprocess
import warnings
from pathlib import Path

import pytest

import aseanrok as a
from aseanrok.api.changes import published_ids

ROOT = Path(__file__).resolve().parent.parent
PUBLISHED = published_ids()
MERGED = {m.id: m for m in a.load().merges}


def _key(version: str) -> tuple[int, ...]:
    return tuple(map(int, version.split(".")))


def test_the_ledger_holds_the_earlier_versions_ids() -> None:
    assert a.data_versions()[0] in PUBLISHED.values()
    earlier = set(a.data_versions()[:-1])
    assert set(PUBLISHED.values()) <= earlier
    assert all(_key(v) < _key(a.DATA_VERSION) for v in PUBLISHED.values())


@pytest.mark.parametrize("rid", sorted(PUBLISHED))
def test_every_published_id_resolves(rid: str) -> None:
    merge = MERGED.get(rid)
    if merge is None:
        with warnings.catch_warnings():
            warnings.simplefilter("error", DeprecationWarning)
            assert getattr(a.get(rid), "id", None) == rid
        return
    with pytest.warns(DeprecationWarning, match=f"use '{merge.merged_into}'"):
        kept = a.get(rid)
    assert getattr(kept, "id", None) == merge.merged_into


def test_a_merge_names_a_version_it_was_made_in() -> None:
    for merge in a.load().merges:
        assert merge.since in a.data_versions(), merge.id


def _tags() -> list[str]:
    if not (ROOT / ".git").exists():
        return []
    out = subprocess.run(
        ["git", "tag", "--list", "data-*"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    return out.stdout.split() if out.returncode == 0 else []


@pytest.mark.parametrize("tag", _tags())
def test_every_id_of_a_tagged_data_version_is_in_the_ledger(tag: str) -> None:
    def git(*args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout

    folder = f"{tag}:src/aseanrok/data"
    names = [n for n in git("ls-tree", "--name-only", folder).split() if n.endswith(".json")]
    for name in names:
        document = json.loads(git("show", f"{folder}/{name}"))
        if isinstance(document, list):
            for record in document:
                rid = record.get("id") if isinstance(record, dict) else None
                if isinstance(rid, str):
                    assert rid in PUBLISHED, f"{rid} of {tag} is not in data/history/ids.json"
