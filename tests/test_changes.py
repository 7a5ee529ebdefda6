"""The changes between data versions: the list the data ships (tools/changes.py writes it from
the git history), held to the data as it stands, and what changes() makes of it (`aseanrok
diff`: test_cli.py)."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from devtools import tool_check
from hypothesis import given
from hypothesis import strategies as st

import aseanrok as a
from aseanrok import DataError, NotFoundError
from aseanrok.api.changes import parse_history
from aseanrok.convert import converter

ROOT = Path(__file__).resolve().parent.parent
CURRENT = a.changes(since=a.data_versions()[-2])
VERSIONS = a.data_versions()
versions = st.sampled_from(VERSIONS)


def _key(version: str) -> tuple[int, ...]:
    return tuple(map(int, version.split(".")))


@pytest.mark.skipif(
    not (ROOT / ".git").exists() or not (ROOT / "tools").is_dir(), reason="needs the git history"
)
def test_the_change_list_and_the_published_ids_are_up_to_date() -> None:
    status, output = tool_check("changes.py")
    assert status == 0, output


def test_the_versions_are_calendar_versions_ending_with_the_bundled_one() -> None:
    assert VERSIONS[-1] == a.DATA_VERSION
    assert list(VERSIONS) == sorted(VERSIONS, key=_key)
    for version in VERSIONS:
        year, month, n = _key(version)
        assert year >= 2026
        assert 1 <= month <= 12
        assert n >= 0


@given(versions, versions)
def test_changes_are_those_of_the_versions_after_since_up_to_until(since: str, until: str) -> None:
    if _key(since) > _key(until):
        with pytest.raises(ValueError, match="later data version"):
            a.changes(since=since, until=until)
        return
    got = a.changes(since=since, until=until)
    assert all(_key(since) < _key(c.version) <= _key(until) for c in got)
    assert [c for c in a.changes() if c in got] == list(got)  # oldest first, none left out
    every = [c for c in a.changes() if _key(since) < _key(c.version) <= _key(until)]
    assert list(got) == every


def test_each_change_names_the_version_before_its_own() -> None:
    for change in a.changes():
        assert VERSIONS[VERSIONS.index(change.version) - 1] == change.since


def test_unknown_and_wrong_versions() -> None:
    with pytest.raises(NotFoundError, match=r"did you mean '2026\.11\.4'"):
        a.changes(since="2026.11.40")
    with pytest.raises(TypeError):
        a.changes(since=2026)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="blank"):
        a.changes(until=" ")
    assert a.changes(since=a.DATA_VERSION) == ()


def _field(record: object, field: str) -> object:
    return converter.unstructure(record).get(field)


def test_the_current_versions_changes_are_the_datas() -> None:
    """Each change of this version holds in the data as it stands: an added record is there,
    a changed field has its new value, a merged id answers the record kept."""
    assert CURRENT, "this data version changed nothing"
    for change in CURRENT:
        assert change.kind != "removed", f"{change.key} was deleted: merge it instead"
        if change.kind == "merged":
            with pytest.warns(DeprecationWarning, match=str(change.merged_into)):
                kept = a.get(change.key)
            assert getattr(kept, "id", None) == change.merged_into
            continue
        if change.collection in ("acronyms", "lines_of_effort"):
            continue  # keyed by acronym or number, not by id
        record = a.get(change.key)
        assert record in a.load().collection(change.collection)
        if change.field is not None:
            new = None if change.new is None else json.loads(change.new)
            assert _field(record, change.field) == new, (change.key, change.field)


def test_a_deprecated_value_is_kept_as_a_deprecated_claim() -> None:
    for change in CURRENT.filter(kind="deprecated"):
        assert change.old is not None
        claims = getattr(a.get(change.key), "claims", ())
        assert any(c.field == change.field and c.rank.value == "deprecated" for c in claims), (
            change.key
        )


def test_every_merge_is_in_the_history() -> None:
    merged = {c.key: c.merged_into for c in a.changes() if c.kind == "merged"}
    for merge in a.load().merges:
        assert merged.get(merge.id) == merge.merged_into


def test_every_id_a_version_removed_resolves_now() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        for change in a.changes().filter(kind="removed"):
            a.get(change.key)


@pytest.mark.parametrize(
    ("document", "path"),
    [
        ([], "$"),
        ({"versions": [{"version": "2026.1.1"}]}, "$.versions[0]"),
        (
            {"versions": [{"version": "a", "since": "b", "changes": [1]}]},
            "$.versions[0].changes[0]",
        ),
        (
            {"versions": [{"version": "a", "since": "b", "changes": [{"kind": "renamed"}]}]},
            "$.versions[0].changes[0]",
        ),
    ],
)
def test_a_malformed_history_is_a_data_error_with_its_path(document: object, path: str) -> None:
    with pytest.raises(DataError) as caught:
        parse_history(document)
    assert caught.value.file == "history/changes.json"
    assert caught.value.path.startswith(path)
