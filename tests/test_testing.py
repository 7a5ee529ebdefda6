"""aseanrok.testing, the strategies handed to dependents: each is held to what its docstring
promises by property tests of the API that draw from it."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

import aseanrok as a
from aseanrok import NotFoundError, testing
from aseanrok.dataset import COLLECTIONS
from aseanrok.dates import PartialDate, Precision

WITH_IDS = [n for n in COLLECTIONS if n not in ("acronyms", "lines_of_effort", "merges")]


def test_importing_and_using_aseanrok_imports_no_hypothesis() -> None:
    code = (
        "import sys, aseanrok\n"
        "aseanrok.summit(8), aseanrok.expand('KASI'), aseanrok.get('summit-8')\n"
        "aseanrok.load(), aseanrok.search('methane')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'hypothesis'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("name", sorted(COLLECTIONS))
@given(data=st.data())
def test_records_are_the_collections_own(name: str, data: st.DataObject) -> None:
    if not a.load().collection(name):
        pytest.skip(f"{name} is empty in this data version")
    record = data.draw(testing.records(name))
    assert any(record is r for r in a.load().collection(name))


@given(testing.records(a.Summit))
def test_records_by_class_are_typed_with_it(summit: a.Summit) -> None:
    assert isinstance(summit, a.Summit)
    assert summit in a.summits(series=None)


def test_an_unknown_collection_fails_when_asked_for() -> None:
    with pytest.raises(NotFoundError, match="did you mean 'summits'"):
        testing.records("sumits")
    with pytest.raises(NotFoundError):
        testing.records(int)
    with pytest.raises(ValueError, match="known_acronyms"):
        testing.ids("acronyms")


@pytest.mark.parametrize("name", WITH_IDS)
@given(data=st.data())
def test_ids_answer_their_collections_records(name: str, data: st.DataObject) -> None:
    rid = data.draw(testing.ids(name))
    record = a.get(rid)
    assert getattr(record, "id", None) == rid
    assert any(record is r for r in a.load().collection(name))


@given(testing.ids())
def test_any_id_answers_a_record_with_that_id_any_case(rid: str) -> None:
    assert a.get(f" {rid.upper()} ") is a.get(rid)


@given(testing.merged_ids())
def test_a_merged_id_answers_the_record_kept_with_a_warning(rid: str) -> None:
    merge = next(m for m in a.load().merges if m.id == rid)
    with pytest.warns(DeprecationWarning, match=merge.merged_into):
        kept = a.get(rid)
    assert getattr(kept, "id", None) == merge.merged_into


@given(testing.known_acronyms(), st.sampled_from([str.lower, str.upper, str.swapcase]))
def test_known_acronyms_expand_in_any_case(text: str, case: object) -> None:
    assert callable(case)
    record = a.acronym(text)
    assert a.acronym(case(text)) is record
    assert a.expansions(text) == tuple(m.expansion for m in record.meanings)


@given(testing.unknown_acronyms())
def test_unknown_acronyms_are_not_found(text: str) -> None:
    with pytest.raises(NotFoundError, match="unknown acronym"):
        a.expand(text)


@given(testing.unknown_ids())
def test_unknown_ids_are_not_found(text: str) -> None:
    with pytest.raises(NotFoundError, match="unknown id"):
        a.get(text)


@given(testing.summits(series=None))
def test_a_summit_is_found_by_its_series_and_number(summit: a.Summit) -> None:
    if summit.number is not None:
        assert a.summit(summit.number, series=summit.series) is summit
    assert summit in a.summits(year=summit.start.year, series=summit.series)


@given(testing.summits())
def test_the_default_series_is_the_apis(summit: a.Summit) -> None:
    assert summit.series == "asean-rok"


def test_a_wrong_series_or_level_fails_when_asked_for() -> None:
    with pytest.raises(NotFoundError):
        testing.summits(series="asean-japan")
    with pytest.raises(NotFoundError):
        testing.meetings(level="leaders")


@given(testing.meetings())
def test_a_meeting_is_found_by_its_series_and_number_or_year(meeting: a.Meeting) -> None:
    if meeting.number is not None:
        assert a.meeting(meeting.series, number=meeting.number) is meeting
    assert meeting in a.meetings(series=meeting.series, year=meeting.start.year)


@pytest.mark.parametrize("precision", ["year", "month", "day"])
@given(data=st.data())
def test_dates_in_record_hold_a_day_of_the_record(
    precision: Precision, data: st.DataObject
) -> None:
    d = data.draw(testing.dates_in_record(precision=precision))
    assert d.precision == precision
    first = min(level.since.earliest() for level in a.partnership_levels())
    last = max(e.end.latest() for e in a.timeline())
    assert d.earliest() <= last
    assert d.latest() >= first
    # so every date in the record has a level: the one on its last day
    assert a.partnership_level(d) == a.partnership_level(d.latest())


@given(testing.partial_dates())
def test_partial_dates_read_back_from_their_text(d: PartialDate) -> None:
    assert PartialDate.parse(str(d)) == d
    assert d.earliest() <= d.latest()


@given(testing.years())
def test_a_year_of_the_record_is_accepted_by_every_year_argument(year: int) -> None:
    held = a.summits(year=year, series=None)
    assert all(s.start.year <= year <= s.end.year for s in held)
    assert all(p.start_year is not None for p in a.projects(active_in=year))
