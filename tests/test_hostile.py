"""What a hostile review tried, one case each (here: the faults ``load()`` used to miss or
leave to one accessor; beside this file, the internal exceptions that escaped and the huge
arguments echoed whole, the files parsed again and again under concurrent first calls and the
arguments one function took and another refused, and the module tables and records anyone
could change or build wrong)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hostile import BYTES, DOCS, MemoryLoader, package_reads, with_document

import aseanrok as a
import aseanrok.loader
from aseanrok.dataset import COLLECTIONS
from aseanrok.errors import DataError
from aseanrok.registry import MAY_BE_EMPTY, NAMES


def _refused(
    files: dict[str, bytes], name: str, call: Callable[[], object], *, first: bool = True
) -> DataError:
    """Check that load(), the collection's accessor and ``call`` (a public function) all
    refuse ``files``, with one and the same DataError about ``name``; return it.

    Unless ``first``, load() may find a fault in an earlier file first (one that names
    records of ``name``), and ``call`` may report either.
    """
    with pytest.raises(DataError) as whole:
        MemoryLoader(files).dataset()
    with pytest.raises(DataError) as alone:
        MemoryLoader(files).records(name, COLLECTIONS[name])
    assert alone.value.file == f"{name}.json"
    with package_reads(MemoryLoader(files)), pytest.raises(DataError) as public:
        call()
    if first:
        assert str(alone.value) == str(whole.value)
        assert str(public.value) == str(whole.value)
    return alone.value


# 4. one validation for every way in


def test_a_second_record_for_one_acronym_is_refused_everywhere() -> None:
    doc = DOCS["acronyms"]
    files = with_document("acronyms", [*doc, {**doc[0], "id": "acronym-again"}])
    error = _refused(files, "acronyms", lambda: a.acronym(doc[0]["acronym"]))
    assert error.path == f"$[{len(doc)}].acronym"
    with package_reads(MemoryLoader(files)), pytest.raises(DataError) as compact:
        a.expand(doc[0]["acronym"])  # the compact index refuses it too
    assert compact.value.path == error.path


def test_two_summits_with_one_ordinal_are_refused_everywhere() -> None:
    doc = DOCS["summits"]
    numbered = next(s for s in doc if s.get("number") is not None)
    twin = {**numbered, "id": "a-second-summit"}
    twin.pop("raised_to", None)
    error = _refused(
        with_document("summits", [*doc, twin]), "summits", lambda: a.summit(twin["number"])
    )
    assert error.path == f"$[{len(doc)}].number"


def test_a_duplicated_line_of_effort_is_refused_everywhere() -> None:
    doc = DOCS["lines_of_effort"]
    files = with_document("lines_of_effort", [*doc, doc[0]])
    _refused(files, "lines_of_effort", lambda: a.line_of_effort(doc[0]["number"]))


def test_two_funds_with_one_acronym_are_refused_everywhere() -> None:
    doc = DOCS["funds"]
    twin = {**doc[0], "id": "another-fund"}
    _refused(with_document("funds", [*doc, twin]), "funds", lambda: a.fund(doc[0]["acronym"]))


def test_a_project_that_ends_before_it_starts_is_refused_everywhere() -> None:
    doc = [dict(p) for p in DOCS["projects"]]
    doc[0].update(start_year=2020, end_year=2010)
    error = _refused(with_document("projects", doc), "projects", a.projects)
    assert error.path == "$[0]"
    assert "end_year 2010 is before start_year 2020" in error.problem


def test_a_merge_into_no_fund_is_a_data_error_not_a_key_error() -> None:
    doc = [dict(f) for f in DOCS["funds"]]
    doc[0].update(merged_into="no-such-fund", merged="2019")
    error = _refused(with_document("funds", doc), "funds", a.timeline)
    assert error.path == "$[0].merged_into"


@pytest.mark.parametrize("name", [n for n in NAMES if n not in MAY_BE_EMPTY])
def test_an_emptied_file_is_refused_by_every_way_in(name: str) -> None:
    error = _refused({**BYTES, name: b"[]"}, name, a.load, first=False)
    assert error.path == "$"


def test_an_empty_levels_file_is_a_data_error_not_an_index_error() -> None:
    _refused(
        {**BYTES, "partnership_levels": b"[]"},
        "partnership_levels",
        lambda: a.partnership_level(2000),
        first=False,
    )


def test_a_volume_for_one_year_fund_and_kind_twice_is_refused() -> None:
    volume = {**DOCS["fund_volumes"][0], "id": "volume-twice"}
    files = with_document("fund_volumes", [*DOCS["fund_volumes"], volume])
    with pytest.raises(DataError) as info:
        MemoryLoader(files).records("fund_volumes", COLLECTIONS["fund_volumes"])
    assert info.value.file == "fund_volumes.json"
    assert "keep one" in info.value.problem


def test_a_pledge_that_names_a_contribution_is_refused() -> None:
    contribution = next(v["id"] for v in DOCS["fund_volumes"] if v.get("kind") == "contribution")
    pledges = [{**DOCS["pledges"][0], "volumes": [contribution]}, *DOCS["pledges"][1:]]
    error = _refused(with_document("pledges", pledges), "pledges", a.pledges)
    assert (error.path, "not pledged" in error.problem) == ("$[0].volumes[0]", True)


def test_a_collection_read_alone_gets_the_checks_load_runs() -> None:
    """A summit that names a level which does not name it back: its accessor used to return
    it, since only load() compared the two files."""
    summits = [dict(s) for s in DOCS["summits"]]
    first = next(i for i, s in enumerate(summits) if s.get("raised_to") is None)
    summits[first]["raised_to"] = DOCS["partnership_levels"][0]["id"]
    error = _refused(with_document("summits", summits), "summits", a.summits)
    assert error.path == f"$[{first}].raised_to"
