"""The meetings API: series, levels, look-ups by number or year, and how it fails."""

from __future__ import annotations

import json

import pytest

import aseanrok as a
from aseanrok.cli import main


def test_meetings_are_chronological_and_filter_by_series_year_and_level() -> None:
    everything = a.meetings()
    assert [m.start for m in everything] == sorted(m.start for m in everything)
    levels = {s.id: s.level for s in a.meeting_series()}
    for level in ("ministerial", "senior-officials", "officials"):
        chosen = a.meetings(level=level)
        assert chosen
        assert all(levels[m.series] == level for m in chosen)
    in_2019 = a.meetings(year=2019)
    assert in_2019
    assert all(m.start.year <= 2019 <= m.end.year for m in in_2019)
    aem = a.meetings(series="aem-rok-consultations")
    assert {m.series for m in aem} == {"aem-rok-consultations"}


def test_a_series_is_found_by_id_acronym_or_name_any_case() -> None:
    by_id = a.meetings(series="aem-rok-consultations")
    by_name = a.meetings(series="asean economic ministers-rok consultations")
    assert by_id == by_name


def test_meeting_by_number_or_year_and_both_must_agree() -> None:
    m = a.meeting("aem-rok-consultations", number=22)
    assert m.start.year == 2025
    assert a.meeting("aem-rok-consultations", year=2025) is m
    assert a.meeting("aem-rok-consultations", number=22, year=2025) is m
    with pytest.raises(ValueError, match="2025"):
        a.meeting("aem-rok-consultations", number=22, year=2019)


def test_unknown_series_number_or_year_suggest_what_exists() -> None:
    with pytest.raises(a.NotFoundError, match="aem-rok-consultations"):
        a.meeting("aem-rok-consultation", number=2)
    with pytest.raises(a.NotFoundError, match="the data has"):
        a.meeting("aem-rok-consultations", number=999)
    with pytest.raises(a.NotFoundError, match="the data has meetings in"):
        a.meeting("aem-rok-consultations", year=1950)
    with pytest.raises(a.NotFoundError, match="ministerial"):
        a.meetings(level="ministers")


def test_meeting_needs_a_number_or_a_year_of_the_right_types() -> None:
    with pytest.raises(TypeError, match="number= or year="):
        a.meeting("aem-rok-consultations")
    with pytest.raises(TypeError):
        a.meeting("aem-rok-consultations", number="22")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        a.meetings(year="2019")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        a.meeting(22)  # type: ignore[arg-type]


def test_a_year_with_two_meetings_asks_for_the_number() -> None:
    twice = [
        (s.id, y)
        for s in a.meeting_series()
        for y in {m.start.year for m in a.meetings(series=s.id)}
        if sum(1 for m in a.meetings(series=s.id) if m.start.year == y) > 1
        and all(m.number is not None for m in a.meetings(series=s.id, year=y))
    ]
    if not twice:
        pytest.skip("no series met twice in a year")
    series, year = twice[0]
    with pytest.raises(ValueError, match="pass number="):
        a.meeting(series, year=year)


def test_every_meeting_and_series_reference_resolves() -> None:
    series = {s.id for s in a.meeting_series()}
    for m in a.meetings():
        assert m.series in series
        for d in m.documents:
            assert a.agreement(d).meeting == m.id  # adopted there, and it says so
        for chair in m.chairs:
            if chair.person is not None:
                assert isinstance(a.get(chair.person), a.Person)


def test_meetings_are_on_the_timeline_in_search_and_get() -> None:
    m = a.meeting("aem-rok-consultations", number=22)
    assert any(e.refs == (m.id,) for e in a.timeline(year=2025))
    assert a.get(m.id) is m
    assert any(h.record is m for h in a.search("22nd AEM-ROK"))
    assert "@misc{aseanall-22nd-aem-rok-2025" in a.cite(m, style="bibtex")


def test_merged_ids_resolve_to_the_meeting_with_a_warning() -> None:
    meetings = {m.id for m in a.meetings()}
    merged = [r for r in a.load().merges if r.merged_into in meetings]
    assert merged
    for r in merged:
        with pytest.warns(DeprecationWarning, match=r.merged_into):
            assert a.get(r.id).id == r.merged_into


def test_commitments_filter_by_kind_and_year() -> None:
    targets = a.commitments(kind="target")
    assert targets
    assert all(c.kind == "target" for c in targets)
    assert all(c.made.year == 2025 for c in a.commitments(year=2025))
    with pytest.raises(a.NotFoundError, match="target"):
        a.commitments(kind="targets")


def test_cli_meetings_and_meeting(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["meetings", "--series", "aem-rok-consultations", "--year", "2025", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["number"] == 22
    assert main(["meeting", "aem-rok-consultations", "--number", "22"]) == 0
    assert "Kuala Lumpur" in capsys.readouterr().out
    assert main(["meeting", "aem-rok-consultations", "--number", "999"]) == 2
    assert "the data has" in capsys.readouterr().err
    assert main(["meeting-series", "--level", "ministerial"]) == 0
