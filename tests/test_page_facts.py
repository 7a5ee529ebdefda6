"""Fact tests for what public pages state: each row names the page(s) it comes from.

A page citation carries no quote, so these rows are the check that the data still says what a
second reader confirmed on the page: the value, and that the record still cites that page.
Rows whose value is worked out rather than stated also assert the field is marked inferred.
"""

from __future__ import annotations

from typing import Any

import pytest

import aseanrok as a
from aseanrok.money import Money

USD = "USD"


def cites(record: Any, *pages: str) -> bool:
    """Whether ``record`` cites every page in ``pages``."""
    return set(pages) <= {c.source_id for c in record.citations}


# (series, number, first day, last day, city, country, ROK leader, pages)
SUMMITS = [
    ("asean-rok", 1, "1997-12-16", "1997-12-16", "Kuala Lumpur", "Malaysia", "goh-kun",
     ("asean-joint-statement-1997", "hankookilbo-1997-12-17")),
    ("asean-rok", 2, "1998-12-16", "1998-12-16", "Ha Noi", "Viet Nam", "kim-dae-jung",
     ("hankyung-1998-12-17",)),
    ("asean-rok", 3, "1999-11-28", "1999-11-28", "Manila", "Philippines", "kim-dae-jung",
     ("mofa-japan-1999-chairman-press-release",)),
    ("asean-rok", 4, "2000-11-25", "2000-11-25", "Singapore", "Singapore", "kim-dae-jung",
     ("hankookilbo-2000-11-27",)),
    ("asean-rok", 5, "2001-11-06", "2001-11-06", "Bandar Seri Begawan", "Brunei Darussalam",
     "kim-dae-jung", ("hankyung-2001-11-06",)),
    ("asean-rok", 6, "2002-11-05", "2002-11-05", "Phnom Penh", "Cambodia", "kim-suk-soo",
     ("asean-press-statement-2002",)),
    ("asean-rok", 7, "2003-10-08", "2003-10-08", "Bali", "Indonesia", "roh-moo-hyun",
     ("hankookilbo-2003-10-06",)),
    ("asean-rok", 8, "2004-11-30", "2004-11-30", "Vientiane", "Lao PDR", "roh-moo-hyun",
     ("asean-poa-2005-text",)),
    ("asean-rok", 9, "2005-12-13", "2005-12-13", "Kuala Lumpur", "Malaysia", "roh-moo-hyun",
     ("asean-poa-2005-text",)),
    ("asean-rok", 10, "2007-01-14", "2007-01-14", "Cebu", "Philippines", "roh-moo-hyun",
     ("asean-overview-2009",)),
    ("asean-rok", 11, "2007-11-21", "2007-11-21", "Singapore", "Singapore", "roh-moo-hyun",
     ("hankyung-2007-11-21",)),
    ("asean-rok", 12, "2009-10-24", "2009-10-24", "Cha-am Hua Hin", "Thailand", "lee-myung-bak",
     ("mofa-board-12th-summit-statement",)),
    ("asean-rok", 13, "2010-10-29", "2010-10-29", "Ha Noi", "Viet Nam", "lee-myung-bak",
     ("asean-poa-2011-2015-text", "asean-press-2010-10-29")),
    ("asean-rok", 14, "2011-11-18", "2011-11-18", "Bali", "Indonesia", "lee-myung-bak",
     ("koreaherald-2011-11-18",)),
    ("asean-rok", 15, "2012-11-19", "2012-11-19", "Phnom Penh", "Cambodia", "lee-myung-bak",
     ("pa-go-kr-15th-summit-2012",)),
    ("asean-rok", 16, "2013-10-09", "2013-10-09", "Bandar Seri Begawan", "Brunei Darussalam",
     "park-geun-hye", ("koreaherald-16th-summit-2013",)),
    ("asean-rok", 17, "2015-11-22", "2015-11-22", "Kuala Lumpur", "Malaysia", "park-geun-hye",
     ("mofa-relations-table",)),
    ("asean-rok", 18, "2016-09-07", "2016-09-07", "Vientiane", "Lao PDR", "park-geun-hye",
     ("mofa-la-summits-with-dialogue-partners-2016",)),
    ("asean-rok", 19, "2017-11-13", "2017-11-13", "Manila", "Philippines", "moon-jae-in",
     ("presidentmoon-19th-summit-speech-2017",)),
    ("asean-rok", 20, "2018-11-14", "2018-11-14", "Singapore", "Singapore", "moon-jae-in",
     ("mfa-sg-chairman-statement-20th-summit",)),
    ("asean-rok", 21, "2020-11-12", "2020-11-12", "Ha Noi", "Viet Nam", "moon-jae-in",
     ("asean2020-21st-summit-statement", "nhandan-21st-summit-2020")),
    ("asean-rok", 22, "2021-10-26", "2021-10-26", None, None, "moon-jae-in",
     ("asean2021-chairman-statement-22nd-summit",)),
    ("asean-rok", 23, "2022-11-11", "2022-11-11", "Phnom Penh", "Cambodia", "yoon-suk-yeol",
     ("president-go-kr-23rd-summit-video",)),
    ("asean-rok", 24, "2023-09-06", "2023-09-06", "Jakarta", "Indonesia", "yoon-suk-yeol",
     ("thesundaily-24th-summit-2023",)),
    ("asean-rok", 25, "2024-10-10", "2024-10-10", "Vientiane", "Lao PDR", "yoon-suk-yeol",
     ("koreaherald-2024-10-10", "myanmarmirror-yonhap-2024-10-10")),
    ("asean-rok", 26, "2025-10-27", "2025-10-27", "Kuala Lumpur", "Malaysia", "lee-jae-myung",
     ("newspim-26th-summit-2025", "vneconomy-26th-summit-2025")),
    ("commemorative", 1, "2009-06-01", "2009-06-02", "Jeju", "Republic of Korea", "lee-myung-bak",
     ("pa-jeju-joint-statement-2009",)),
    ("commemorative", 2, "2014-12-11", "2014-12-12", "Busan", "Republic of Korea",
     "park-geun-hye", ("korea-net-commemorative-2014",)),
    ("commemorative", 3, "2019-11-25", "2019-11-26", "Busan", "Republic of Korea", "moon-jae-in",
     ("koreaherald-2019-cochairs-statement",)),
    ("mekong-rok", 1, "2019-11-27", "2019-11-27", "Busan", "Republic of Korea", "moon-jae-in",
     ("yonhap-mekong-han-river-declaration-text-2019",)),
    ("mekong-rok", 2, "2020-11-13", "2020-11-13", None, None, "moon-jae-in",
     ("vietnamplus-2nd-mekong-rok-strategic-2020",)),
]  # fmt: skip


@pytest.mark.parametrize("row", SUMMITS, ids=[f"{r[0]}-{r[1]}" for r in SUMMITS])
def test_summit(row: tuple[Any, ...]) -> None:
    series, number, first, last, city, country, leader, pages = row
    s = a.summit(number, series=series)
    assert (str(s.start), str(s.end), s.city, s.country, s.rok_leader) == (
        first,
        last,
        city,
        country,
        leader,
    )
    assert cites(s, *pages)
    assert s.virtual is ((series, number) in VIRTUAL)


# held by video: the chair's statements (asean2020.vn, asean2021.bn) and VietnamPlus say so
VIRTUAL = {("asean-rok", 21), ("asean-rok", 22), ("mekong-rok", 2)}


def test_counted_ordinals_are_marked_inferred() -> None:
    # no page numbers the 1st to 7th summits: their ordinals are counted
    assert all("number" in a.summit(n).inferred for n in range(1, 8))
    assert all("number" not in a.summit(n).inferred for n in range(8, 27))


# (level id, since, place, pages)
LEVELS = [
    ("sectoral-dialogue", "1989-11-02", "Jakarta", ("asean-sectoral-dialogue-1989",)),
    ("full-dialogue-partner", "1991-07", "Kuala Lumpur", ("asean-overview-2022",)),
    ("summit-level", "1997-12-16", "Kuala Lumpur", ("asean-joint-statement-1997",)),
    ("comprehensive-cooperation-partnership", "2004-11-30", "Vientiane", ("asean-poa-2005-text",)),
    ("strategic-partnership", "2010-10-29", "Ha Noi", ("asean-poa-2011-2015-text",)),
    ("comprehensive-strategic-partnership", "2024-10-10", "Vientiane", ("koreaherald-2024-10-10",)),
]  # fmt: skip


@pytest.mark.parametrize("row", LEVELS, ids=[r[0] for r in LEVELS])
def test_level(row: tuple[Any, ...]) -> None:
    level_id, since, place, pages = row
    (level,) = [p for p in a.partnership_levels() if p.id == level_id]
    assert (str(level.since), level.place) == (since, place)
    assert cites(level, *pages)


def test_summit_level_day_is_inferred() -> None:
    # the overviews give 1997; the day is read from the joint statement's stored address and a
    # Korean report of the next day
    (level,) = [p for p in a.partnership_levels() if p.id == "summit-level"]
    assert "since" in level.inferred


# (number, holder, start, pages): the ASEAN-Korea Centre's secretaries-general
SECRETARIES_GENERAL = [
    (1, "Cho Young-jai", "2009-03", ("yonhap-opm-akc-launch-2009",)),
    (2, "Chung Hae-moon", "2012-03-13", ("ajunews-akc-chung-appointment-2012",)),
    (3, "Kim Young-sun", "2015-03-13", ("ajunews-akc-kim-young-sun-appointment-2015",)),
    (4, "Lee Hyuk", "2018-04-16", ("ajunews-lee-hyuk-2018",)),
    (5, "Kim Hae-yong", "2021-04-16", ("koreaherald-kim-hae-yong-2021",)),
    (6, "Kim Jae-shin", "2024-04-16", ("vietnamplus-akc-kim-jae-shin-2024",)),
]


def test_secretaries_general() -> None:
    terms = a.office_holders("akc-secretary-general")
    assert [(t.number, t.holder, str(t.start)) for t in terms] == [
        row[:3] for row in SECRETARIES_GENERAL
    ]
    for term, (*_, pages) in zip(terms, SECRETARIES_GENERAL, strict=True):
        assert cites(term, *pages)


def test_first_ambassador_to_asean() -> None:
    # CSP para 5: the first resident ambassador, October 2012; the Korea Times names him
    first = a.office_holders("rok-ambassador-to-asean")[0]
    assert (first.holder, str(first.start)) == ("Baek Seong-taek", "2012-10")
    assert cites(first, "asean-csp-overview-2025", "koreatimes-baek-first-envoy-2012")
    assert "start" in first.inferred  # the overview names no one: matching it to Baek is a reading


# (fund, year, kind, amount in USD, pages)
VOLUMES = [
    ("AKCF", 1990, "contribution", 1_000_000, ("mofa-akcf-ko",)),
    ("AKCF", 2015, "contribution", 7_000_000, ("mofa-funds-en",)),
    ("AKCF", 2019, "contribution", 14_000_000, ("pagi-akcf-trilateral-2019",)),
    ("AKCF", 2022, "contribution", 16_000_000, ("vietnamplus-9th-akjcc-2022",)),
    ("MKCF", 2013, "contribution", 1_000_000, ("mofa-press-7th-mekong-fmm-2017",)),
    ("MKCF", 2022, "contribution", 4_000_000, ("bufs-iseas-mekong-five-2023",)),
    ("BKCF", 2021, "contribution", 1_000_000, ("bkcf-budget",)),
    ("BKCF", 2023, "contribution", 3_000_000, ("bkcf-budget",)),
    ("AKCF", 2027, "pledged", 32_000_000, ("mofa-kasi-2022", "akcf-annual-report-2023")),
]


@pytest.mark.parametrize("row", VOLUMES, ids=[f"{r[0]}-{r[1]}-{r[2]}" for r in VOLUMES])
def test_fund_volume(row: tuple[Any, ...]) -> None:
    fund, year, kind, amount, pages = row
    (volume,) = [v for v in a.fund_history(fund) if (v.year, v.kind) == (year, kind)]
    assert volume.annual == Money(amount=amount, currency=USD)
    assert cites(volume, *pages)


def test_rival_amounts_are_kept() -> None:
    # AKCF 2019: 14 million (budget plan, Yonhap, VNA...) over the Mission's Korean page's 7
    (volume,) = [v for v in a.fund_history("AKCF") if (v.year, v.kind) == (2019, "contribution")]
    assert [(c.value, c.rank.value) for c in volume.claims if c.field == "annual"][:2] == [
        ("14000000 USD", "preferred"),
        ("7000000 USD", "deprecated"),
    ]


# (indicator, year, USD, pages): two-way trade on each basis
TRADE = [
    ("asean-rok-trade-korea-basis", "2011", 124_900_000_000, ("akc-overview",)),
    ("asean-rok-trade-korea-basis", "2017", 149_070_000_000, ("akc-overview",)),
    ("asean-rok-trade-korea-basis", "2022", 207_418_000_000, ("akc-newsletter-2023-09",)),
    ("asean-rok-trade-asean-basis", "2008", 78_300_000_000, ("asean-7th-aem-rok-2010",)),
    ("asean-rok-trade-asean-basis", "2024", 208_110_000_000, ("asean-csp-overview-2025",)),
]


@pytest.mark.parametrize("row", TRADE, ids=[f"{r[0]}-{r[1]}" for r in TRADE])
def test_trade(row: tuple[Any, ...]) -> None:
    indicator, year, amount, pages = row
    (figure,) = [s for s in a.series(indicator) if str(s.period) == year]
    assert figure.value == Money(amount=amount, currency=USD)
    assert cites(figure, *pages)


def test_printing_slips_are_kept_deprecated() -> None:
    # VietnamPlus printed 2011 trade as "12.4 bn" against 124.9 bn elsewhere
    (figure,) = [s for s in a.series("asean-rok-trade-korea-basis") if str(s.period) == "2011"]
    slips = [c for c in figure.claims if c.rank.value == "deprecated"]
    assert [c.value for c in slips] == ["12400000000 USD"]
    assert all(c.reason for c in slips)


# (what, the record's names, what name_in/expand answers, Hangul, page)
NAMES = [
    ("KASI", lambda: a.acronym("KASI").meanings[0].alternatives,
     lambda: a.expand("KASI", lang="ko"), "한-아세안 연대구상", "bimp-korea-4th-som-2023"),
    ("AKCF", lambda: a.fund("AKCF").names, lambda: a.fund("AKCF").name_in("ko"),
     "한-아세안 협력기금", "mofa-akcf-ko"),
    ("AKC", lambda: a.institution("AKC").names, lambda: a.institution("AKC").name_in("ko"),
     "한-아세안센터", "akc-greetings-ko"),
    ("ACH", lambda: a.institution("ACH").names, lambda: a.institution("ACH").name_in("ko"),
     "아세안문화원", "wowtv-ach-opening-2017"),
]  # fmt: skip


@pytest.mark.parametrize("row", NAMES, ids=[r[0] for r in NAMES])
def test_korean_name(row: tuple[Any, ...]) -> None:
    _, names, answer, hangul, page = row
    assert answer() == hangul
    (variant,) = [v for v in names() if v.value == hangul]
    assert variant.lang == "ko"
    assert cites(variant, page)


def test_parma_budget_as_the_reports_of_the_2024_op_ed_give_it() -> None:
    """Three reports of President Yoon's Vientiane Times op-ed (10 October 2024) give the USD 19
    million through 2026 to PARMA; KASI writes it after PARMA and the AKCMM, whose money is
    read as in PARMA's budget (inferred), its own share unstated."""
    pages = ("einfomax-yoon-oped-2024", "edaily-yoon-oped-2024", "fnnews-yoon-oped-2024")
    parma = a.project("PARMA")
    assert parma.budget == Money(amount=19_000_000, currency=USD)
    assert parma.end_year == 2026
    assert "budget" not in parma.inferred
    assert cites(parma, *pages)
    akcmm = a.project("AKCMM")
    assert akcmm.budget is None
    assert akcmm.budget_in == parma.id
    assert {"budget_in", "start_year", "end_year"} <= set(akcmm.inferred)


def test_defence_fair_of_may_2024_in_kuala_lumpur() -> None:
    """bernama-thesun-2024-05: a report datelined Kuala Lumpur, of the fair it was made at."""
    event = a.event("event-dsa-natsec-asia-2024")
    assert event.place == "Kuala Lumpur"
    assert cites(event, "bernama-thesun-2024-05")
