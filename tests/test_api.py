"""The rest of the query API on the real data: agreements, institutions, statistics, KASI,
people and sources, citations, load(), and how records and tables print (acronyms, summits,
funds and the timeline have files of their own).

Expectations come from the sources; the quote each rests on is beside it.
"""

from __future__ import annotations

import pytest

import aseanrok as a
from aseanrok import NotFoundError
from aseanrok.dates import PartialDate
from aseanrok.money import Money

USD = "USD"


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
