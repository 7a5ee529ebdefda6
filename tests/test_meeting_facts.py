"""Fact tests for the meetings below the leaders, the FTA's instruments and the ROK ministers:
each row names the page(s) a second reader confirmed it on, and the record must still cite
them. A value worked out rather than stated is asserted to be marked inferred."""

from __future__ import annotations

import pytest
from test_page_facts import cites

import aseanrok as a
from aseanrok.dates import PartialDate

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


# (agreement, signed, in force, meeting, pages)
FTA = [
    (
        "framework-agreement-comprehensive-economic-cooperation",
        "2005-12-13",
        None,
        "summit-9",
        ("asean-csp-overview-2025",),
    ),
    (
        "aktig-agreement",
        "2006-08-24",
        "2007-06",
        "aem-rok-consultations-4",
        ("cil-nus-aktig-2006",),
    ),
    (
        "asean-rok-trade-in-services-agreement",
        "2007-11-21",
        "2009-05-01",
        "summit-11",
        ("asean-csp-overview-2025",),
    ),
    (
        "asean-rok-investment-agreement",
        "2009-06-02",
        "2009-09-01",
        "commemorative-2009",
        ("asean-csp-overview-2025",),
    ),
    (
        "protocol-amend-aktig-2011",
        "2011-11-17",
        None,
        None,
        ("cil-nus-second-protocol-aktig-2011",),
    ),
]


@pytest.mark.parametrize(("key", "signed", "in_force", "meeting", "pages"), FTA)
def test_fta_instrument_dates(
    key: str, signed: str, in_force: str | None, meeting: str | None, pages: tuple[str, ...]
) -> None:
    g = a.agreement(key)
    assert str(g.signed) == signed
    assert (None if g.in_force is None else str(g.in_force)) == in_force
    assert g.meeting == meeting
    assert cites(g, *pages)


def test_party_dates_of_the_third_protocol() -> None:
    # asean-csp-overview-2025 para 18 (Viet Nam); cil-nus-third-protocol-aktig-2015 (Korea)
    g = a.agreement("third-protocol-amend-aktig-agreement")
    assert g.amends == ("aktig-agreement",)
    assert g.in_force_for("Viet Nam") == PartialDate.parse("2023-11-28")
    assert g.in_force_for("Republic of Korea") == PartialDate.parse("2016-01-01")
    assert g.in_force_for("Thailand") is None  # no date of its own, and none for all
    # the Philippines came in later than the first parties (akfta-asean-tig-text)
    tig = a.agreement("aktig-agreement")
    assert tig.in_force_for("Philippines") == PartialDate.parse("2008-01-01")
    assert tig.in_force_for("Lao PDR") == PartialDate.parse("2007-06")  # the agreement's own


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
