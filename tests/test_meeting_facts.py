"""Fact tests for the meetings below the leaders and the ROK ministers (the FTA's instruments:
test_agreement_facts.py):
each row names the page(s) a second reader confirmed it on, and the record must still cite
them. A value worked out rather than stated is asserted to be marked inferred."""

from __future__ import annotations

import pytest
from test_page_facts import cites

import aseanrok as a

# (series, number, when, city, country, ROK head, pages)
MEETINGS = [
    (
        "aem-rok-consultations",
        2,
        "2005-09-28",
        "Vientiane",
        "Lao PDR",
        "kim-hyun-chong",
        ("asean-2nd-aem-korea-2005",),
    ),
    (
        "aem-rok-consultations",
        5,
        "2008-08-28",
        "Singapore",
        "Singapore",
        "kim-jong-hoon",
        ("asean-5th-aem-rok-2008",),
    ),
    (
        "aem-rok-consultations",
        7,
        "2010-08-26",
        "Da Nang",
        "Viet Nam",
        "kim-jong-hoon",
        ("asean-7th-aem-rok-2010",),
    ),
    (
        "aem-rok-consultations",
        19,
        "2022-09-16",
        "Siem Reap",
        "Cambodia",
        "ahn-duk-geun",
        ("vietnamplus-2022-09-16-aem-rok-19",),
    ),
    (
        "aem-rok-consultations",
        22,
        "2025-09-24",
        "Kuala Lumpur",
        "Malaysia",
        "yeo-han-koo",
        ("aseanall-22nd-aem-rok-2025",),
    ),
    (
        "mekong-rok-high-level-meetings",
        1,
        "2011-10-27/2011-10-28",
        "Seoul",
        "Republic of Korea",
        "kim-sung-hwan",
        ("mofa-han-river-declaration-2011",),
    ),
    (
        "mekong-rok-high-level-meetings",
        12,
        "2024-07-26",
        "Vientiane",
        "Lao PDR",
        "cho-tae-yul",
        ("mofa-12th-mekong-fmm-2024",),
    ),
    (
        "asean-rok-senior-officials-meetings",
        17,
        "2013-06-10/2013-06-11",
        "Surabaya",
        "Indonesia",
        "lee-kyung-soo",
        ("republika-17th-dialogue-2013",),
    ),
    (
        "asean-rok-ministerial-meetings",
        28,
        "2025-07-10",
        "Kuala Lumpur",
        "Malaysia",
        "park-yoon-joo",
        ("go2seoul-28th-fmm-2025",),
    ),
    (
        "asean-rok-joint-cooperation-committee",
        10,
        "2023-03-16",
        "Jakarta",
        "Indonesia",
        "kwon-hee-seog",
        ("akc-newsletter-10th-jcc-2023",),
    ),
    (
        "asean-rok-transport-ministers-meeting",
        14,
        "2023-11-10",
        "Luang Prabang",
        "Lao PDR",
        "kang-hee-up",
        ("molit-14th-transport-ministers-2023",),
    ),
    (
        "asean-rok-infrastructure-ministerial-meeting",
        1,
        "2018-09-17",
        "Seoul",
        "Republic of Korea",
        "kim-hyun-mee",
        ("philembassy-seoul-infrastructure-ministers-2018",),
    ),
    (
        "ammtc-rok",
        1,
        "2019-11-28",
        "Bangkok",
        "Thailand",
        "hwang-cheol-kyu",
        ("moj-1st-ammtc-rok-2019",),
    ),
    (
        "asean-rok-health-ministers-meeting",
        1,
        "2022-05-15",
        "Bali",
        "Indonesia",
        "lee-ki-il",
        ("mohw-1st-health-ministers-2022",),
    ),
]


@pytest.mark.parametrize(("series", "number", "when", "city", "country", "head", "pages"), MEETINGS)
def test_meeting_as_the_pages_state_it(
    series: str,
    number: int,
    when: str,
    city: str,
    country: str,
    head: str,
    pages: tuple[str, ...],
) -> None:
    m = a.meeting(series, number=number)
    assert (str(m.when), m.city, m.country, m.rok_head) == (when, city, country, head)
    assert cites(m, *pages)
    assert a.get(m.rok_head).name  # the head is a person the data holds


def test_the_14th_transport_meeting_adopted_the_smart_mobility_declaration() -> None:
    # asean-csp-overview-2025, para 21
    m = a.meeting("asean-rok-transport-ministers-meeting", number=14)
    assert m.documents == ("joint-declaration-smart-mobility-2023",)
    assert a.agreement("joint-declaration-smart-mobility-2023").meeting == m.id


def test_the_3rd_economic_consultation_is_the_manila_meeting_of_may_2006() -> None:
    # slideshare-akfta-status-th numbers it the 3rd; the Nation's report of the day places it
    m = a.meeting("aem-rok-consultations", number=3)
    assert (str(m.when), m.city, m.rok_head) == ("2006-05-16", "Manila", "kim-hyun-chong")
    assert cites(m, "slideshare-akfta-status-th", "bilaterals-nation-2006-05-16")
    with pytest.warns(DeprecationWarning, match="aem-rok-consultations-3"):
        assert a.get("aem-rok-consultations-2006").id == m.id  # its id before it had a number


def test_the_1st_economic_consultation_is_counted_back_from_the_2nd() -> None:
    # hankyung-2004-09-06-aem-rok-jakarta: Jakarta, "the 4th"; the 2nd is asean-2nd-aem-korea-2005
    m = a.meeting("aem-rok-consultations", number=1)
    assert (str(m.when), m.city, m.rok_head) == ("2004-09-04", "Jakarta", None)
    assert {"number", "when"} <= set(m.inferred)
    assert cites(m, "hankyung-2004-09-06-aem-rok-jakarta")


def test_the_2001_foreign_ministers_session_is_a_reading_and_says_so() -> None:
    # vietnamembassy-usa-pmc-hanoi-2001: the Hanoi PMC met each dialogue partner; the ROK's
    # session and Han Seung-soo's presence are read from it and from two previews
    m = a.meeting("asean-rok-ministerial-meetings", year=2001)
    assert (str(m.when), m.city, m.rok_head) == ("2001-07", "Hanoi", "han-seung-soo")
    assert {"when", "city", "country", "rok_head"} <= set(m.inferred)
    assert cites(m, "vietnamembassy-usa-pmc-hanoi-2001", "fnnews-2001-07-22-hanoi-pmc")


# (office, person, start, end, number, pages)
TENURES = [
    (
        "rok-foreign-minister",
        "cho-hyun",
        "2025-07-21",
        None,
        42,
        ("newsis-cho-hyun-inauguration-2025",),
    ),
    (
        "rok-defence-minister",
        "shin-won-sik",
        "2023-10-07",
        "2024-09-06",
        49,
        ("kmib-shin-won-sik-appointed-2023",),
    ),
    (
        "rok-defence-minister",
        "ahn-gyu-back",
        "2025-07-25",
        None,
        51,
        ("fnnews-ahn-gyu-back-inauguration-2025",),
    ),
]


@pytest.mark.parametrize(("office", "person", "start", "end", "number", "pages"), TENURES)
def test_minister_tenure(
    office: str, person: str, start: str, end: str | None, number: int, pages: tuple[str, ...]
) -> None:
    (t,) = [t for t in a.office_holders(office) if t.person == person]
    assert str(t.start) == start
    assert (None if t.end is None else str(t.end)) == end
    assert t.number == number
    assert cites(t, *pages)


def test_counted_ordinals_are_marked_inferred() -> None:
    # Park Jin is the 40th foreign minister by count: no page we hold states the ordinal
    (t,) = [t for t in a.office_holders("rok-foreign-minister") if t.person == "park-jin"]
    assert t.number == 40
    assert "number" in t.inferred
