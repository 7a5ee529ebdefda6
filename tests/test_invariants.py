"""Invariants over the real data: each rests on the sources, quoted in its docstring."""

from __future__ import annotations

import itertools

import attrs
import pytest

import aseanrok as a
from aseanrok.checks import check_references
from aseanrok.dataset import COLLECTIONS
from aseanrok.money import Money


def test_pledged_annual_total_2027_is_the_sum_of_the_three_funds() -> None:
    """KASI III.8: "increase the annual volume of the AKCF to 32 million USD, the MKCF to
    10 million USD, and the BMCF to 6 million USD respectively"."""
    volumes = a.funds_by_year(2027)
    assert set(volumes) == {"AKCF", "MKCF", "BKCF"}
    total = Money(amount=0, currency="USD")
    for amount in volumes.values():
        total = total + amount
    assert total == a.pledged_annual_total(2027) == Money(amount=48_000_000, currency="USD")


def test_five_year_total_is_at_most_five_annual_totals() -> None:
    """KASI III.8: "Over the course of the next five years by 2027, the ROK will: - channel
    approximately 200 million USD (est.) into ASEAN-ROK cooperation projects"."""
    (pledge,) = a.pledges()
    assert pledge.total.approximate
    assert pledge.first_year is not None
    assert pledge.last_year is not None
    years = pledge.last_year - pledge.first_year + 1
    assert years == 5
    assert pledge.total.amount <= years * a.pledged_annual_total(pledge.last_year).amount


@pytest.mark.parametrize("series", ["asean-rok", "commemorative", "mekong-rok"])
def test_summit_ordinals_count_up_with_date(series: str) -> None:
    """In each series the ordinals run 1, 2, 3... with no gap, in the order of the dates, and
    no two summits of a series overlap: CSP paras 2-11 number the 8th (2004) to the 25th (2024),
    the Thai MFA calls 2019 the 3rd Commemorative Summit, pages the Mekong-ROK 1st and 2nd."""
    summits = a.summits(series=series)
    assert [s.number for s in summits] == list(range(1, len(summits) + 1))
    for earlier, later in itertools.pairwise(summits):
        assert earlier.end.latest() < later.start.earliest()


def test_every_numbered_summit_has_a_date_and_a_place() -> None:
    """1st (1997) to 26th (2025): a day, and a city unless held by video only."""
    summits = a.summits()
    assert [s.number for s in summits] == list(range(1, 27))
    for s in summits:
        assert s.start.precision == "day"
        assert s.city is not None or s.virtual
        assert any(c.quote is None for c in s.citations)  # each from at least one page


def test_nth_anniversary_falls_in_1989_plus_n() -> None:
    """CSP para 1: "ASEAN and the Republic of Korea (ROK) initiated sectoral dialogue relations
    in November 1989"; para 7: "In 2019, ASEAN and the ROK celebrated the 30th Anniversary"."""
    marked = [s for s in a.summits(series=None) if s.anniversary is not None]
    assert len(marked) == 4
    for s in marked:
        assert s.anniversary is not None
        assert s.start.year == 1989 + s.anniversary


def test_partnership_levels_follow_one_another() -> None:
    """CSP para 1: sectoral dialogue "in November 1989", full Dialogue Partner "in July 1991",
    "elevated to a Summit level in 1997"; para 4: "from comprehensive cooperation to strategic
    partnership" (2010); para 11: the CSP (October 2024)."""
    levels = a.partnership_levels()
    assert [level.id for level in levels] == [
        "sectoral-dialogue",
        "full-dialogue-partner",
        "summit-level",
        "comprehensive-cooperation-partnership",
        "strategic-partnership",
        "comprehensive-strategic-partnership",
    ]
    assert [level.since.year for level in levels] == [1989, 1991, 1997, 2004, 2010, 2024]
    for earlier, later in itertools.pairwise(levels):
        assert earlier.since.latest() < later.since.earliest()


def test_a_level_and_the_summit_that_raised_it_name_each_other_and_agree_on_the_day() -> None:
    summits = {s.id: s for s in a.summits(series=None)}
    for track in ("asean-rok", "mekong-rok"):
        for level in a.partnership_levels(track):
            if level.summit is None:
                continue
            summit = summits[level.summit]
            assert summit.raised_to == level.id
            assert summit.start.earliest() <= level.since.earliest() <= summit.end.latest()
    raised = [s.id for s in summits.values() if s.raised_to]
    linked = [p.summit for t in ("asean-rok", "mekong-rok") for p in a.partnership_levels(t)]
    assert sorted(raised) == sorted(s for s in linked if s)


@pytest.mark.parametrize("office", ["akc-secretary-general", "rok-ambassador-to-asean"])
def test_terms_in_an_office_do_not_overlap(office: str) -> None:
    """One holder at a time: each term ends no later than the next one starts."""
    dated = [t for t in a.office_holders(office) if t.start is not None]
    for earlier, later in itertools.pairwise(dated):
        assert later.start is not None
        if earlier.end is not None:
            assert earlier.end.earliest() <= later.start.latest(), (earlier.id, later.id)
        assert earlier.start.earliest() < later.start.latest()


def test_country_coordinator_terms_do_not_overlap() -> None:
    # where a term's end is known, it is no later than the next term's start (None: unknown)
    dated = [t for t in a.office_holders("country-coordinator") if t.start is not None]
    for earlier, later in itertools.pairwise(dated):
        assert later.start is not None
        if earlier.end is not None:
            assert earlier.end.earliest() <= later.start.latest(), (earlier.id, later.id)


def test_a_pledged_annual_total_is_the_sum_of_its_volumes() -> None:
    """pledged_annual_total(y) adds the pledged volumes of year y, whichever record holds them."""
    for year in {v.year for v in a.fund_volumes() if v.kind == "pledged"}:
        volumes = [v.annual for v in a.fund_volumes() if v.kind == "pledged" and v.year == year]
        if len({m.currency for m in volumes}) == 1:
            total = volumes[0]
            for m in volumes[1:]:
                total += m
            assert a.pledged_annual_total(year) == total


def test_cumulative_totals_never_fall_within_one_publisher() -> None:
    """A running total (contributions to a fund, projects funded) only grows: two figures from
    the same publisher never go down with a later as-of date."""
    publisher = {s.id: s.publisher for s in a.sources()}
    for indicator in [i.id for i in a.indicators() if "cumulative" in i.id]:
        by_publisher: dict[str, list[a.Statistic]] = {}
        for s in a.series(indicator):
            if s.rank.value == "deprecated" or s.as_of is None:
                continue
            for name in {publisher[c.source_id] for c in s.citations}:
                by_publisher.setdefault(name, []).append(s)
        for name, figures in by_publisher.items():
            figures.sort(key=lambda s: (s.as_of, s.id))
            for earlier, later in itertools.pairwise(figures):
                assert isinstance(earlier.value, type(later.value))
                assert earlier.value <= later.value, (name, earlier.id, later.id)  # type: ignore[operator]


def test_every_page_source_is_cited_and_every_cited_source_listed() -> None:
    ds = a.load()
    cited = {
        c.source_id
        for name in COLLECTIONS
        for record in ds.collection(name)
        for c in _all_citations(record)
    }
    listed = {s.id for s in ds.sources}
    assert cited <= listed
    assert listed - cited == set()


def _all_citations(record: object) -> list[a.Citation]:
    found: list[a.Citation] = []
    for value in attrs.asdict(record, recurse=False).values():  # type: ignore[arg-type]
        items = value if isinstance(value, tuple) else (value,)
        for item in items:
            if isinstance(item, a.Citation):
                found.append(item)
            elif attrs.has(type(item)):
                found += _all_citations(item)
    return found


def test_the_timeline_lists_no_happening_twice() -> None:
    """Two events of one category on one day about the same records are one happening."""
    seen: dict[tuple[object, ...], str] = {}
    for e in a.timeline():
        key = (e.when, e.category, frozenset(e.refs))
        assert key not in seen, (seen.get(key), e.id)
        seen[key] = e.id


def test_every_inferred_field_is_explained_in_the_note() -> None:
    ds = a.load()
    for name in COLLECTIONS:
        for record in ds.collection(name):
            if getattr(record, "inferred", ()):
                assert getattr(record, "note", None), getattr(record, "id", record)


def test_every_project_starts_no_later_than_it_ends() -> None:
    """KASI gives spans like "(9 million USD / 2023-28)"; a start after the end is a typo."""
    for p in a.projects():
        if p.start_year is not None and p.end_year is not None:
            assert p.start_year <= p.end_year, p.id


def test_every_agreement_is_signed_no_later_than_in_force() -> None:
    """CSP para 18: e.g. the Trade in Services Agreement "was signed on 21 November 2007 and
    came into force on 1 May 2009"."""
    checked = 0
    for agreement in a.agreements():
        if agreement.signed is not None and agreement.in_force is not None:
            assert agreement.signed.earliest() <= agreement.in_force.latest(), agreement.id
            checked += 1
    assert checked >= 3


def test_every_cross_reference_resolves_and_ids_are_unique() -> None:
    """A project's fund, an event's refs, a summit's documents, a citation's source: each names
    a record that exists; and no id is used twice."""
    ds = a.load()
    check_references({name: getattr(ds, name) for name in COLLECTIONS})
    ids = [r.id for name in COLLECTIONS for r in getattr(ds, name) if hasattr(r, "id")]
    assert len(ids) == len(set(ids))
    sources = {s.id for s in ds.sources}
    assert all(
        c.source_id in sources
        for name in COLLECTIONS
        for r in getattr(ds, name)
        for c in getattr(r, "citations", ())
    )
