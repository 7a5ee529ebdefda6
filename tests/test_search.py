"""search(): every record that mentions the words, ranked names first, folding case, accents,
width; Hangul inside words; generic over whatever records the collections hold."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

import aseanrok as a
from aseanrok.dates import PartialDate
from aseanrok.records.base import Citation, Variant
from aseanrok.records.people import Person, Role
from aseanrok.records.projects import Project
from aseanrok.textsearch import SearchIndex, fold


def test_methane_is_found() -> None:
    """The issue's example: a word in project names and KASI's actions finds them."""
    hits = a.search("methane")
    assert hits, "nothing mentions methane"
    assert all("methane" in fold(h.excerpt) or "methane" in fold(h.title) for h in hits)
    for p in a.projects():
        if "methane" in p.name.casefold():
            assert p in [h.record for h in hits]


def test_name_matches_rank_first() -> None:
    hits = a.search("Park Jin")
    assert hits[0].record == a.person("Park Jin")
    assert hits[0].field == "name"
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)


def test_case_accents_and_width_are_folded() -> None:
    assert a.search("METHANE") == a.search("methane")
    assert a.search("\uff4d\uff45\uff54\uff48\uff41\uff4e\uff45") == a.search(
        "methane"
    )  # fullwidth
    accented = [h.record for h in a.search("viet nam")]
    assert accented == [h.record for h in a.search("Việt Nam")]


def test_hangul_is_found_inside_words() -> None:
    korean = [(p, v.value) for p in a.people() for v in p.names if v.lang == "ko"]
    if not korean:
        pytest.skip("no names in Korean in the data")
    person, name = korean[0]
    assert person in [h.record for h in a.search(name)]
    # Korean writes particles onto words: the name followed by one is still the name's record
    assert person in [h.record for h in a.search(name[:2])]


def test_every_word_must_match_and_prefixes_count() -> None:
    both = {h.key for h in a.search("cyber shield")}
    assert both <= {h.key for h in a.search("cyber")}
    assert {h.key for h in a.search("summit")} >= {h.key for h in a.search("summits")}


def test_collection_and_limit() -> None:
    hits = a.search("summit", collection="summits", limit=3)
    assert len(hits) == 3
    assert {h.collection for h in hits} == {"summits"}
    assert isinstance(hits, a.Table)


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (("",), ValueError),
        (("  ",), ValueError),
        (("!!!",), ValueError),
        ((42,), TypeError),
    ],
)
def test_bad_queries(args: tuple[object, ...], error: type[Exception]) -> None:
    with pytest.raises(error):
        a.search(*args)  # type: ignore[arg-type]


def test_bad_options() -> None:
    with pytest.raises(LookupError, match="sumits"):
        a.search("x", collection="sumits")
    with pytest.raises(ValueError, match="negative"):
        a.search("x", limit=-1)
    with pytest.raises(TypeError):
        a.search("x", limit="3")  # type: ignore[arg-type]


def test_search_from_the_command_line() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "aseanrok", "search", "methane"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert out.returncode == 0
    for hit in a.search("methane"):
        assert hit.key in out.stdout


_CITED = (Citation(source_id="s", locator="p 1"),)


@given(st.text(min_size=1, max_size=20).filter(lambda t: any(c.isalnum() for c in t)))
def test_a_record_is_found_by_its_own_name(name: str) -> None:
    """Generic: whatever a record's name, searching for it finds the record, first."""
    if not name.strip():
        return
    person = Person(
        id="someone",
        name=name,
        names=(Variant(value="다른 이름", lang="ko", citations=_CITED),),
        roles=(Role(title="Envoy", as_of=PartialDate(year=2020), citations=_CITED),),
        citations=_CITED,
    )
    other = Project(id="other", name="Unrelated", kind="project", citations=_CITED)
    index = SearchIndex({"people": (person,), "projects": (other,)})
    try:
        hits = index.search(name)
    except ValueError:  # no word in it (punctuation only, once folded)
        return
    assert hits[0].record is person
