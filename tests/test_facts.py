"""Fact tests for what the five documents state: figures, dates, ordinals, places, counts.

Three layers, so that changing any single fact in the data fails a test:
- every date, amount, number, city and country in every record is stated by one of the
  record's own quotes (or, for a resolved relative date, by its note), unless the record
  names it as inferred or rests on a public page, whose facts test_page_facts.py pins: see
  ``stated.py``;
- a table of headline facts, each with the quote it comes from (where a page gives a more
  precise date, the data's date is compared at the precision the document states);
- the counts the documents state (eight lines of effort...), in test_stated_counts.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from stated import unstated

import aseanrok as a
from aseanrok.dataset import COLLECTIONS
from aseanrok.money import Money

# Values no quote of their record states, and why each is still right.
NOT_IN_A_QUOTE = {
    ("akec-fund", "names[0].value"): "CSP para 19 writes 'ASEAN-ROK Economic Cooperation (AKEC) "
    "Fund': the name is that phrase without the acronym inside it",
    (
        "acronym-kaif",
        "meanings[0].expansion",
    ): "KASI III.3 writes 'ASEANROK Plus International Forum on "
    "Logistics (KAIF)': 'ASEANROK' is a joined word of the text extraction (seeds README); the "
    "as-written form is kept as a deprecated alternative with that quote",
}


def _key(record: Any) -> object:
    """A record's key in NOT_IN_A_QUOTE: its id."""
    return record.id


@pytest.mark.parametrize("name", list(COLLECTIONS))
def test_every_value_is_stated_by_its_quotes(name: str) -> None:
    found = [
        (_key(record), path)
        for record in a.load().collection(name)
        for path, _value in unstated(record)
    ]
    assert [f for f in found if f not in NOT_IN_A_QUOTE] == []
    listed = [
        key for key in NOT_IN_A_QUOTE if key[0] in {_key(r) for r in a.load().collection(name)}
    ]
    assert sorted(listed) == sorted(f for f in found if f in NOT_IN_A_QUOTE)


def _by_id(collection: str, rid: str) -> Any:
    (record,) = [r for r in a.load().collection(collection) if getattr(r, "id", None) == rid]
    return record


USD = "USD"

# (what, how to read it, expected, the quote it rests on)
FACTS: list[tuple[str, Callable[[], object], object, str]] = [
    (
        "sectoral dialogue began",
        lambda: str(a.partnership_levels()[0].since)[:7],
        "1989-11",
        "initiated sectoral dialogue relations in November 1989",
    ),
    (
        "full Dialogue Partner",
        lambda: str(a.partnership_levels()[1].since),
        "1991-07",
        "accorded a full Dialogue Partner status by ASEAN at the 24th ASEAN Ministerial Meeting "
        "(AMM) in July 1991 in Kuala Lumpur",
    ),
    (
        "summit level",
        lambda: (str(a.summits()[0].start)[:4], a.summits()[0].city),
        ("1997", "Kuala Lumpur"),
        "elevated to a Summit level in 1997 in Kuala Lumpur",
    ),
    (
        "8th summit",
        lambda: (str(a.summit(8).start), a.summit(8).city),
        ("2004-11-30", "Vientiane"),
        "the 8th ASEAN-ROK Summit on 30 November 2004 in Vientiane, Lao PDR",
    ),
    (
        "9th summit",
        lambda: (str(a.summit(9).start), a.summit(9).city),
        ("2005-12-13", "Kuala Lumpur"),
        "the 9th ASEAN-ROK Summit on 13 December 2005 in Kuala Lumpur",
    ),
    (
        "13th summit",
        lambda: (str(a.summit(13).start)[:7], a.summit(13).city),
        ("2010-10", "Ha Noi"),
        "The 13th ASEAN-ROK Summit in October 2010 in Ha Noi, Viet Nam",
    ),
    (
        "2014 commemorative",
        lambda: str(a.summits(year=2014, series="commemorative")[0].when),
        "2014-12-11/2014-12-12",
        "a Commemorative Summit held on 11-12 December 2014 in Busan",
    ),
    (
        "2019 commemorative",
        lambda: str(a.summits(year=2019, series="commemorative")[0].when),
        "2019-11-25/2019-11-26",
        "held in Busan, the ROK on 25-26 November 2019",
    ),
    (
        "23rd summit",
        lambda: (str(a.summit(23).start), a.summit(23).city),
        ("2022-11-11", "Phnom Penh"),
        "initially announced on 11 November 2022 at the 23rd ASEAN-ROK Summit in Phnom Penh",
    ),
    (
        "25th summit",
        lambda: (str(a.summit(25).start)[:7], a.summit(25).anniversary),
        ("2024-10", 35),
        "the 25th ASEAN-ROK Summit to Commemorate the 35th Anniversary ... in October 2024",
    ),
    (
        "AKCF volume",
        lambda: a.funds_by_year(2027)["AKCF"],
        Money(amount=32_000_000, currency=USD),
        "increase the annual volume of the AKCF to 32 million USD",
    ),
    (
        "MKCF volume",
        lambda: a.funds_by_year(2027)["MKCF"],
        Money(amount=10_000_000, currency=USD),
        "the MKCF to 10 million USD",
    ),
    (
        "BKCF volume",
        lambda: a.funds_by_year(2027)["BKCF"],
        Money(amount=6_000_000, currency=USD),
        "the BMCF to 6 million USD respectively",
    ),
    (
        "five-year total",
        lambda: a.pledges()[0].total,
        Money(amount=200_000_000, currency=USD, approximate=True),
        "channel approximately 200 million USD (est.)",
    ),
    (
        "AKEC Fund",
        lambda: str(a.fund("AKEC").established),
        "2008",
        "established a special fund called ASEAN-ROK Economic Cooperation (AKEC) Fund in 2008",
    ),
    (
        "AOIP flagship",
        lambda: sorted(str(p.budget) for p in a.projects(fund="AKCF") if p.budget),
        ["20,000,000 USD"],
        "launch a flagship project (amounting to 20 million USD) ... through the ASEAN-Korea "
        "Cooperation Fund (AKCF)",
    ),
    (
        "marine plastic",
        lambda: [
            (str(p.budget), p.start_year, p.end_year)
            for p in a.projects()
            if p.name.startswith("Reducing Marine Plastic")
        ],
        [("9,000,000 USD", 2023, 2028)],
        "Reducing Marine Plastic Litters in the East Asian Seas (9 million USD / 2023-28)",
    ),
    (
        "smart city",
        lambda: [
            (str(p.budget), p.start_year, p.end_year)
            for p in a.projects()
            if "Smart City Planning" in p.name
        ],
        [("5,400,000 USD", 2023, 2027)],
        "Data-driven Smart City Planning (5.4 million USD / 2023-27)",
    ),
    (
        "AKCMM",
        lambda: [  # the sum is held once, by PARMA, which the AKCMM names as holding it
            (str(a.project(p.budget_in).budget), p.start_year, p.end_year)
            for p in a.projects()
            if p.acronym == "AKCMM" and p.budget_in
        ],
        [("19,000,000 USD", 2023, 2026)],
        "(AKCMM) (19 million USD / 2023-26)",
    ),
    (
        "infectious disease",
        lambda: [
            (str(p.budget), p.start_year, p.end_year)
            for p in a.projects()
            if "Infectious Disease" in p.name
        ],
        [("5,000,000 USD", 2022, 2026)],
        "Infectious Disease Preparedness and Response (5 million USD / 2022-26)",
    ),
    (
        "AKC",
        lambda: (str(a.institution("AKC").established), a.institution("AKC").city),
        ("2009-03-13", "Seoul"),
        "The ASEAN-Korea Centre (AKC) was established on 13 March 2009 in Seoul",
    ),
    (
        "AKPMT",
        lambda: str(a.institution("AKPMT").established),
        "2016-12",
        "The ASEAN-ROK Programme Management Team (AKPMT) was established in December 2016",
    ),
    (
        "AKTIG",
        lambda: (
            str(_by_id("agreements", "aktig-agreement").signed),
            str(_by_id("agreements", "aktig-agreement").in_force),
        ),
        ("2006-08-24", "2007-06"),
        "signed on 24 August 2006 and took effect in June 2007",
    ),
    (
        "AKFTA",
        lambda: str(_by_id("agreements", "akfta").in_force),
        "2010-01-01",
        "the ASEAN-ROK Free Trade Agreement (AKFTA) came into effect on 1 January 2010",
    ),
    (
        "AFoCO",
        lambda: str(_by_id("agreements", "agreement-establishment-afoco").in_force),
        "2018-04-27",
        "entered into force on 27 April 2018",
    ),
    (
        "two-way trade",
        lambda: _by_id("statistics", "stat-asean-rok-two-way-trade-2024").value,
        Money(amount=208_110_000_000, currency=USD),
        "reached USD 208.11 billion",
    ),
    (
        "FDI inflow",
        lambda: _by_id("statistics", "stat-rok-fdi-inflow-asean-2024").value,
        Money(amount=7_600_000_000, currency=USD),
        "amounted to USD 7.6 billion",
    ),
    (
        "FDI rank",
        lambda: [s.value for s in a.statistics("rok-rank-asean-fdi-source")],
        [6, 7],
        "sixth largest source of foreign direct investment / seventh largest source of FDI",
    ),
    (
        "seats",
        lambda: a.statistics("ppp-national-assembly-seats")[0].value,
        108,
        "only managed to secure 108 of the 300 seats",
    ),
    (
        "elections",
        lambda: [str(e.date) for e in a.events() if e.category.value == "election"],
        ["2024-04-10"],
        "the National Assembly elections held on April 10",
    ),
    ("lines of effort", lambda: len(a.lines_of_effort()), 8, "Eight Core Lines of Effort"),
    (
        "priority areas",
        lambda: len(a.priority_areas()),
        10,
        "Defense Cooperation; Maritime Security; ... People-to-people exchange",
    ),
    ("visions", lambda: len(a.visions()), 3, "namely, freedom, peace and prosperity"),
]


@pytest.mark.parametrize(("what", "read", "expected", "quote"), FACTS, ids=[f[0] for f in FACTS])
def test_fact(what: str, read: Callable[[], object], expected: object, quote: str) -> None:
    assert read() == expected, quote
