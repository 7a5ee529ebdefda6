"""Summits, the partnership level and the timeline on the real data, every error path.

Expectations come from the sources; the quote each rests on is beside it.
"""

from __future__ import annotations

import datetime as dt

import pytest

import aseanrok as a
from aseanrok import NotFoundError
from aseanrok.model import EventCategory

# --- summits ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "start", "end", "city", "country"),
    [
        # CSP para 2: "the 8th ASEAN-ROK Summit on 30 November 2004 in Vientiane, Lao PDR"
        (8, "2004-11-30", "2004-11-30", "Vientiane", "Lao PDR"),
        # CSP para 2: "the 9th ASEAN-ROK Summit on 13 December 2005 in Kuala Lumpur, Malaysia"
        (9, "2005-12-13", "2005-12-13", "Kuala Lumpur", "Malaysia"),
        # CSP para 4: October 2010 in Ha Noi, Viet Nam; the day from the 2011-2015 Plan of
        # Action's preamble (asean-poa-2011-2015-text)
        (13, "2010-10-29", "2010-10-29", "Ha Noi", "Viet Nam"),
        # CSP para 8: in 2021; the day from the chairman's statement (asean2021.bn), by video
        (22, "2021-10-26", "2021-10-26", None, None),
        # KASI I: "announced on 11 November 2022 at the 23rd ASEAN-ROK Summit in Phnom Penh"
        (23, "2022-11-11", "2022-11-11", "Phnom Penh", "Cambodia"),
        # CSP para 10: September 2023; day and place from thesundaily / djournal reports
        (24, "2023-09-06", "2023-09-06", "Jakarta", "Indonesia"),
        # CSP para 11: October 2024; Vientiane on 10 October (Korea Herald, Yonhap)
        (25, "2024-10-10", "2024-10-10", "Vientiane", "Lao PDR"),
    ],
)
def test_summit(number: int, start: str, end: str, city: str | None, country: str | None) -> None:
    s = a.summit(number)
    assert (s.number, str(s.start), str(s.end), s.city, s.country) == (
        number,
        start,
        end,
        city,
        country,
    )


def test_commemorative_summits() -> None:
    # CSP paras 3, 6, 7: Jeju 2009 (20th anniversary), Busan 11-12 December 2014 (25th),
    # Busan 25-26 November 2019 (30th); 1-2 June 2009 from the joint statement
    # (pa-jeju-joint-statement-2009)
    rows = [
        (str(s.start), str(s.end), s.city, s.anniversary) for s in a.summits(commemorative=True)
    ]
    assert rows == [
        ("2009-06-01", "2009-06-02", "Jeju", 20),
        ("2014-12-11", "2014-12-12", "Busan", 25),
        ("2019-11-25", "2019-11-26", "Busan", 30),
    ]


def test_summits_are_chronological_and_filter() -> None:
    everything = a.summits()
    assert [s.number for s in everything] == list(range(1, len(everything) + 1))
    assert [s.start for s in everything] == sorted(s.start for s in everything)
    # CSP para 1: "elevated to a Summit level in 1997 in Kuala Lumpur"; the joint statement
    # of 16 December 1997 (asean-joint-statement-1997); the ordinal is counted (inferred)
    first = everything[0]
    assert (first.number, str(first.start), first.city) == (1, "1997-12-16", "Kuala Lumpur")
    assert "number" in first.inferred
    # 2019: the 20th summit is 2018; 2019 held the 3rd Commemorative and 1st Mekong-ROK summits
    assert a.summits(year=2019) == ()
    assert [(s.series, s.number) for s in a.summits(year=2019, series=None)] == [
        ("commemorative", 3),
        ("mekong-rok", 1),
    ]
    assert a.summits(year=1990) == ()
    assert a.summits(commemorative=False) == everything
    assert a.summit(25).anniversary == 35  # "to Commemorate the 35th Anniversary"
    assert a.summit(2, series="mekong-rok").virtual


def test_summit_errors() -> None:
    # the message names the ordinals the data holds, not a fuzzy match ("did you mean 13" for 1)
    with pytest.raises(NotFoundError, match=r"unknown asean-rok summit number 99 \(the data has"):
        a.summit(99)
    with pytest.raises(NotFoundError, match="did you mean 'mekong-rok'"):
        a.summit(1, series="mekong")
    with pytest.raises(TypeError):
        a.summit("25")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        a.summit(True)
    with pytest.raises(TypeError):
        a.summits(commemorative="yes")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        a.summits(year="2019")  # type: ignore[arg-type]


# --- partnership level ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("on", "name"),
    [
        # CSP para 1: "initiated sectoral dialogue relations in November 1989"; the letters were
        # exchanged on 2 November 1989 (asean-sectoral-dialogue-1989)
        ("1989-11-02", "Sectoral dialogue relations"),
        (1990, "Sectoral dialogue relations"),
        # CSP para 1: "full Dialogue Partner status ... in July 1991"
        ("1991-07", "Full Dialogue Partner"),
        # CSP para 1: "elevated to a Summit level in 1997"
        (dt.date(2000, 1, 1), "Summit level"),
        # CSP para 2: Joint Declaration on Comprehensive Cooperation Partnership, 30 Nov 2004
        ("2004-11-30", "Comprehensive Cooperation Partnership"),
        # CSP para 4: the 13th summit, October 2010, "to strategic partnership"
        (2015, "Strategic Partnership"),
        # CSP para 11: the 25th summit, October 2024, "agreed to establish ... CSP"
        # and the day, 10 October 2024 (koreaherald-2024-10-10)
        ("2024-10-09", "Strategic Partnership"),
        ("2024-10-10", "Comprehensive Strategic Partnership"),
        (2026, "Comprehensive Strategic Partnership"),
    ],
)
def test_partnership_level(on: object, name: str) -> None:
    assert a.partnership_level(on).name == name  # type: ignore[arg-type]


def test_partnership_level_errors() -> None:
    with pytest.raises(NotFoundError, match="dialogue relations began in 1989-11-02"):
        a.partnership_level("1989-11-01")
    with pytest.raises(TypeError):
        a.partnership_level(1989.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not a date"):
        a.partnership_level("last year")


# --- timeline ---------------------------------------------------------------------------------


def test_timeline_is_chronological_and_complete() -> None:
    events = a.timeline()
    assert [e.date for e in events] == sorted(e.date for e in events)
    stored = set(a.events())
    assert stored <= set(events)
    categories = {e.category for e in events}
    assert {
        EventCategory.SUMMIT,
        EventCategory.SIGNATURE,
        EventCategory.ENTRY_INTO_FORCE,
        EventCategory.ESTABLISHMENT,
        EventCategory.FIRST_MEETING,
        EventCategory.ADOPTION,
        EventCategory.PARTNERSHIP,
        EventCategory.LAUNCH,
    } <= categories
    assert all(e.citations for e in events)


def test_timeline_range_overlap_rule() -> None:
    # CSP para 18: AKTIG signed 24 August 2006, "took effect in June 2007"
    june = a.timeline("2007-06-15", "2007-06-15")
    assert "entry-into-force" in [e.category.value for e in june]
    # a year-precise event overlaps any range inside its year: the 2005 Plan of Action's period
    # is unknown, but AK-WGEC's establishment is dated 2006 only (CSP para 14)
    assert any(e.refs == ("ak-wgec",) for e in a.timeline("2006-05", "2006-05"))
    # bounds in every accepted form give the same answer
    assert a.timeline(2010, 2010) == a.timeline("2010", dt.date(2010, 12, 31))


def test_timeline_category_filter() -> None:
    summits = a.timeline(category="summit")
    assert {e.refs[0] for e in summits} >= {s.id for s in a.summits()}
    assert all(e.category is EventCategory.SUMMIT for e in summits)
    assert summits == a.timeline(category=EventCategory.SUMMIT)
    with pytest.raises(NotFoundError, match="did you mean 'summit'"):
        a.timeline(category="sumit")
    with pytest.raises(TypeError):
        a.timeline(category=3)  # type: ignore[arg-type]


def test_timeline_errors() -> None:
    with pytest.raises(ValueError, match="ends"):
        a.timeline(2020, 2010)
    with pytest.raises(TypeError):
        a.timeline(2020.0)  # type: ignore[arg-type]
