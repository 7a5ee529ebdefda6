"""The query API on the real data: every function, every error path.

Expectations come from the sources; the quote each rests on is beside it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import pytest

import aseanrok as a
from aseanrok import AmbiguousAcronymError, NotFoundError
from aseanrok.dates import PartialDate
from aseanrok.model import EventCategory
from aseanrok.money import Money

USD = "USD"


# --- acronyms -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "meaning"),
    [
        # KASI I: "the ROK launched the Korea-ASEAN Solidarity Initiative (KASI)"
        ("KASI", "Korea-ASEAN Solidarity Initiative"),
        # KASI III.6: "the Mekong-Korea Cooperation Fund (MKFC)"; III.8 writes "the MKCF"
        ("MKCF", "Mekong-Korea Cooperation Fund"),
        ("MKFC", "Mekong-Korea Cooperation Fund"),
        # KASI III.3: "the BIMP-EAGA-Korea Cooperation Fund (BKCF)"; III.8 writes "the BMCF"
        ("BMCF", "BIMP-EAGA-Korea Cooperation Fund"),
        (" bkcf\t", "BIMP-EAGA-Korea Cooperation Fund"),
        # CSP para 23: "The ASEAN-Korea Centre (AKC) was established on 13 March 2009"
        ("akc", "ASEAN-Korea Centre"),
    ],
)
def test_expand(text: str, meaning: str) -> None:
    assert a.expand(text) == meaning


def test_variants_resolve_to_the_same_meaning() -> None:
    assert a.expand("MKFC") == a.expand("MKCF")
    assert a.expand("BMCF") == a.expand("BKCF")
    assert a.acronym("mkfc") is a.acronym("MKCF")


def test_two_meanings_of_accc() -> None:
    # KASI III.6: "the ASEAN Center for Climate Change (ACCC)"
    # CSP para 31: "the ASEAN Connectivity Coordinating Committee (ACCC)"
    meanings = ("ASEAN Center for Climate Change", "ASEAN Connectivity Coordinating Committee")
    assert set(a.expansions("ACCC")) == set(meanings)
    with pytest.raises(AmbiguousAcronymError) as info:
        a.expand("accc")
    assert isinstance(info.value, NotFoundError)
    assert isinstance(info.value, LookupError)
    assert all(m in str(info.value) for m in meanings)


def test_misspellings_are_deprecated_variants_with_a_reason() -> None:
    for key, wrong in (("MKCF", "MKFC"), ("BKCF", "BMCF")):
        (variant,) = [v for v in a.acronym(key).variants if v.value == wrong]
        assert variant.rank is a.Rank.DEPRECATED
        assert variant.reason


def test_unknown_acronym_suggests_close_matches() -> None:
    with pytest.raises(NotFoundError, match=r"unknown acronym 'AKFC'; did you mean .*'AKCF'"):
        a.expand("AKFC")
    with pytest.raises(LookupError):
        a.expansions("NOPE")


@pytest.mark.parametrize("bad", [None, 5, b"KASI", ["KASI"]])
def test_expand_refuses_non_strings(bad: object) -> None:
    with pytest.raises(TypeError, match="must be a str"):
        a.expand(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("blank", ["", "   ", "\n"])
def test_expand_refuses_blank(blank: str) -> None:
    with pytest.raises(ValueError, match="empty or blank"):
        a.expand(blank)


def test_acronyms_listing() -> None:
    keys = [x.acronym for x in a.acronyms()]
    assert keys == sorted(keys, key=str.casefold)
    assert {"KASI", "AKCF", "MKCF", "BKCF", "ACCC", "AKFTA", "CSP"} <= set(keys)


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


# --- funds ------------------------------------------------------------------------------------


def test_funds_by_year_2027() -> None:
    # KASI III.8: "increase the annual volume of the AKCF to 32 million USD, the MKCF to
    # 10 million USD, and the BMCF to 6 million USD respectively"
    volumes = a.funds_by_year(2027)
    assert isinstance(volumes, Mapping)
    assert dict(volumes) == {
        "AKCF": Money(amount=32_000_000, currency=USD),
        "MKCF": Money(amount=10_000_000, currency=USD),
        "BKCF": Money(amount=6_000_000, currency=USD),
    }
    with pytest.raises(TypeError):
        volumes["AKCF"] = Money(amount=0, currency=USD)  # type: ignore[index]


def test_no_interpolation_between_pledge_and_target() -> None:
    # no page states a pledged annual volume between the 2022 pledge and its 2027 target
    for year in (2022, 2023, 2024, 2025, 2026, 2028):
        assert dict(a.funds_by_year(year, kind="pledged")) == {}
        with pytest.raises(NotFoundError, match=f"unknown year {year}"):
            a.pledged_annual_total(year)
    assert dict(a.funds_by_year(2028)) == {}


def test_pledged_annual_total() -> None:
    assert a.pledged_annual_total(2027) == Money(amount=48_000_000, currency=USD)


def test_the_2022_pledge() -> None:
    # KASI III.8: "At the 23rd ASEAN-ROK Summit in November 2022, ROK President Yoon Suk Yeol
    # pledged ... channel approximately 200 million USD (est.)"
    (p,) = a.pledges()
    assert p.total == Money(amount=200_000_000, currency=USD, approximate=True)
    assert p.total_estimated
    assert (p.pledged_by, p.summit, str(p.date), p.last_year) == (
        "yoon-suk-yeol",
        "summit-23",
        "2022-11",
        2027,
    )


@pytest.mark.parametrize(
    ("key", "acronym"),
    [
        ("AKCF", "AKCF"),
        ("akcf", "AKCF"),
        ("MKFC", "MKCF"),
        ("BMCF", "BKCF"),
        ("ASEAN-ROK Cooperation Fund", "AKCF"),
        ("ASEAN-Korea Cooperation Fund", "AKCF"),
        ("EDCF", "EDCF"),
        ("SCF", "SCF"),
        ("FOCF", "FOCF"),
    ],
)
def test_fund_lookup(key: str, acronym: str) -> None:
    assert a.fund(key).acronym == acronym


def test_fund_dates() -> None:
    # CSP para 35: SCF launched in 1990, FOCF in 1996, merged into AKCF in 2019;
    # para 19: the AKEC Fund established in 2008
    assert str(a.fund("SCF").established) == "1990"
    assert str(a.fund("FOCF").established) == "1996"
    assert (a.fund("SCF").merged_into, str(a.fund("SCF").merged)) == ("akcf", "2019")
    assert str(a.fund("AKEC").established) == "2008"


def test_fund_errors() -> None:
    with pytest.raises(NotFoundError, match=r"did you mean .*'AKCF'"):
        a.fund("AKFC")
    with pytest.raises(TypeError):
        a.fund(3)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="blank"):
        a.fund(" ")
    with pytest.raises(TypeError):
        a.funds_by_year("2027")  # type: ignore[arg-type]


# --- projects ---------------------------------------------------------------------------------


def test_projects_active_in() -> None:
    # (that active_in is exactly start <= y <= end is a property test in test_properties.py)
    # KASI III.3: "ASEAN Cyber Shield Project (10 million USD / 2023-25)"
    cyber = [p for p in a.projects(active_in=2025) if p.name == "ASEAN Cyber Shield Project"]
    assert len(cyber) == 1
    assert cyber[0].budget == Money(amount=10_000_000, currency=USD)
    assert not [p for p in a.projects(active_in=2026) if p.name == "ASEAN Cyber Shield Project"]


def test_project_with_unknown_years_is_never_active() -> None:
    # KASI III.2: the AOIP flagship "amounting to 20 million USD" has no years
    unknown = [p for p in a.projects() if p.start_year is None or p.end_year is None]
    assert unknown
    for year in range(1990, 2040):
        assert not set(a.projects(active_in=year)) & set(unknown)


def test_projects_by_fund_and_line() -> None:
    # KASI III.2: "launch a flagship project (amounting to 20 million USD) ... through the
    # ASEAN-Korea Cooperation Fund (AKCF)"
    akcf = a.projects(fund="akcf")
    assert Money(amount=20_000_000, currency=USD) in [p.budget for p in akcf]
    assert a.projects(fund="ASEAN-ROK Cooperation Fund") == akcf
    line3 = a.projects(line_of_effort=3)
    assert all(p.line_of_effort == 3 for p in line3)
    assert len(a.projects(active_in=2025, line_of_effort=3)) == 2


def test_projects_errors() -> None:
    with pytest.raises(NotFoundError):
        a.projects(fund="XYZF")
    with pytest.raises(NotFoundError, match="line of effort"):
        a.projects(line_of_effort=9)
    with pytest.raises(TypeError):
        a.projects(active_in="2024")  # type: ignore[arg-type]


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


# --- the rest ---------------------------------------------------------------------------------


def test_agreements() -> None:
    by_id = {x.id: x for x in a.agreements()}
    # CSP para 18: Trade in Services "signed on 21 November 2007 and came into force on
    # 1 May 2009"; Investment "signed on 2 June 2009 and took effect on 1 September 2009"
    services = by_id["asean-rok-trade-in-services-agreement"]
    assert (str(services.signed), str(services.in_force)) == ("2007-11-21", "2009-05-01")
    investment = by_id["asean-rok-investment-agreement"]
    assert (str(investment.signed), str(investment.in_force)) == ("2009-06-02", "2009-09-01")
    # "the Third Protocol ... signed by all Parties on 22 November 2015"; its entry into force
    # is stated only for Viet Nam, so it has no general in_force date
    third = by_id["third-protocol-amend-aktig-agreement"]
    assert (str(third.signed), third.in_force) == ("2015-11-22", None)


def test_institutions() -> None:
    # CSP para 26: "The ASEAN Culture House (ACH), which was established in Busan, the ROK,
    # on 1 September 2017"
    ach = a.institution("ACH")
    assert (str(ach.established), ach.city) == ("2017-09-01", "Busan")
    assert a.institution("asean-korea-centre") is a.institution("AKC")
    with pytest.raises(NotFoundError):
        a.institution("ASEAN Culture Haus")


def test_statistics() -> None:
    # KASI II: "the ROK is ASEAN's sixth largest source of foreign direct investment" (2022);
    # CSP para 17: "ASEAN's seventh largest source of FDI" (2024 data)
    fdi = a.statistics("rok-rank-asean-fdi-source")
    assert [s.value for s in fdi] == [6, 7]
    # CSP para 17: "two-way trade ... reached USD 208.11 billion, an increase of 5.7 per cent"
    trade = a.series("asean-rok-trade-asean-basis")[-1]
    assert (str(trade.period), trade.value) == ("2024", Money(amount=208_110_000_000, currency=USD))
    assert str(trade.change_percent) == "5.7"
    assert trade.basis == "asean-stats"
    assert "asean-rok-trade-asean-basis" in [i.id for i in a.indicators()]
    with pytest.raises(NotFoundError, match="did you mean"):
        a.statistics("asean-rok-trade-asean-basi")


def test_kasi() -> None:
    lines = a.lines_of_effort()
    assert [x.number for x in lines] == list(range(1, 9))
    # KASI III.8 heading
    assert lines[7].title.startswith("Increase ASEAN-ROK cooperation resources")
    assert a.line_of_effort(3).number == 3
    with pytest.raises(NotFoundError):
        a.line_of_effort(0)
    assert len(a.priority_areas()) == 10
    assert [v.name.casefold() for v in a.visions()] == ["freedom", "peace", "prosperity"]


def test_people_and_sources() -> None:
    assert [r.title for r in a.person("Park Jin").roles] == ["Foreign Minister"]
    assert {"yoon-suk-yeol", "yeo-seung-bae"} <= {p.id for p in a.people(as_of=2024)}
    with pytest.raises(NotFoundError):
        a.person("Park Gin")
    assert [s.id for s in a.sources() if not s.is_page] == [
        "mofa-kasi-2022",
        "asean-csp-overview-2025",
        "yonhap-2023-07-13",
        "akc-borneo-bulletin-2023-08",
        "bernama-thesun-2024-05",
    ]
    assert a.source("mofa-kasi-2022").published == PartialDate(year=2022, month=11, day=11)
    with pytest.raises(NotFoundError, match="did you mean 'mofa-kasi-2022'"):
        a.source("mofa-kasi-2021")


def test_cite() -> None:
    text = a.cite(a.summit(8))
    assert text.startswith("Overview of ASEAN-Republic of Korea Comprehensive Strategic")
    assert "para 2" in text
    with pytest.raises(TypeError, match="record with citations"):
        a.cite("summit-8")


def test_load_gives_everything() -> None:
    ds = a.load()
    assert ds.summits == tuple(a.load().collection("summits"))
    with pytest.raises(NotFoundError, match="did you mean 'summits'"):
        ds.collection("sumits")


def test_records_print_short() -> None:
    # fields at their defaults, notes and citations are left out of repr
    text = repr(a.summit(8))
    for hidden in ("citations", "note", "virtual"):
        assert hidden not in text
    assert text.startswith("Summit(id='summit-8', name='8th ASEAN-ROK Summit', number=8")


def test_tables_render_html() -> None:
    html = a.summits()._repr_html_()
    assert html.count("<tr>") == 1 + len(a.summits())
    assert "Vientiane" in html
    assert a.Table(())._repr_html_() == "<p><em>no records</em></p>"


def test_unknown_attribute() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = a.nope  # type: ignore[attr-defined]
    assert "expand" in dir(a)


def test_compact_index_agrees_with_the_records() -> None:
    from aseanrok.api.acronyms import _compact

    spellings, meanings, _ = _compact()
    assert set(meanings) == {r.acronym for r in a.acronyms()}
    for record in a.acronyms():
        assert meanings[record.acronym] == tuple(m.expansion for m in record.meanings)
        for spelling in (record.acronym, *(v.value for v in record.variants)):
            assert spellings[spelling.casefold()] == record.acronym


MEANING = {"expansion": "x", "citations": [{"source_id": "s", "locator": "p. 1"}]}


@pytest.mark.parametrize(
    ("document", "path"),
    [
        ({"acronym": "X"}, "$"),
        (["X"], "$[0]"),
        ([{"id": "a", "acronym": 5, "meanings": []}], "$[0].acronym"),
        ([{"id": "a", "acronym": "X", "meanings": "x"}], "$[0].meanings"),
        ([{"id": "a", "acronym": "X", "meanings": []}], "$[0].meanings"),
        (
            [{"id": "a", "acronym": "X", "meanings": [{"expansion": None}]}],
            "$[0].meanings[0].expansion",
        ),
        (
            [{"id": "a", "acronym": "X", "meanings": [MEANING], "variants": [{"value": 1}]}],
            "$[0].variants[0].value",
        ),
        (
            [
                {"id": "a", "acronym": "X", "meanings": [MEANING]},
                {"id": "b", "acronym": "x", "meanings": [MEANING]},
            ],
            "$[1].acronym",
        ),
    ],
)
def test_compact_index_refuses_malformed_documents(document: object, path: str) -> None:
    from aseanrok.api.acronyms import compact_index
    from aseanrok.errors import DataError

    with pytest.raises(DataError) as info:
        compact_index(document)
    assert (info.value.file, info.value.path) == ("acronyms.json", path)
