"""Checked by mypy in CI (not run by pytest): every public function's type is precise."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import aseanrok as a
from aseanrok import (
    Acronym,
    Agreement,
    Commitment,
    Dataset,
    DerivedMoney,
    Event,
    Fund,
    Indicator,
    Institution,
    LineOfEffort,
    Meeting,
    MeetingSeries,
    Money,
    PartnershipLevel,
    Person,
    Pledge,
    PriorityArea,
    Project,
    Source,
    Statistic,
    Summit,
    Table,
    Vision,
)

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from typing_extensions import assert_type

    assert_type(a.expand("KASI"), str)
    assert_type(a.expansions("ACCC"), tuple[str, ...])
    assert_type(a.acronym("KASI"), Acronym)
    assert_type(a.acronyms(), Table[Acronym])
    assert_type(a.meetings(series="aem-rok-consultations", year=2019), Table[Meeting])
    assert_type(a.meeting("aem-rok-consultations", number=2), Meeting)
    assert_type(a.meeting_series(level="ministerial"), Table[MeetingSeries])
    assert_type(a.commitments(kind="target"), Table[Commitment])
    assert_type(a.agreement("AKFTA").in_force_for("Viet Nam"), a.PartialDate | None)
    assert_type(a.summits(commemorative=True, year=2019), Table[Summit])
    assert_type(a.summit(25), Summit)
    assert_type(a.summit(25).number, int | None)
    assert_type(a.summit(25).start, a.PartialDate)
    assert_type(a.funds(), Table[Fund])
    assert_type(a.fund("AKCF"), Fund)
    assert_type(a.funds_by_year(2027), Mapping[str, DerivedMoney])
    assert_type(a.pledged_annual_total(2027), DerivedMoney)
    assert_type(a.pledged_annual_total(2027).amount, int)
    assert_type(a.pledged_annual_total(2027).derived_from, tuple[str, ...])
    money: Money = a.pledged_annual_total(2027)  # a DerivedMoney is Money
    assert_type(money, Money)
    assert_type(a.budget_total(line_of_effort=6, active_in=2025, fund="AKCF"), DerivedMoney | None)
    assert_type(a.pledges(), Table[Pledge])
    assert_type(a.projects(active_in=2025, fund="AKCF", line_of_effort=3), Table[Project])
    assert_type(a.project("AKCMM").budget_in, str | None)
    assert_type(a.timeline(dt.date(2020, 1, 1), "2024", category="summit"), Table[Event])
    assert_type(a.events(), Table[Event])
    assert_type(a.partnership_level(2024), PartnershipLevel)
    assert_type(a.partnership_levels(), Table[PartnershipLevel])
    assert_type(a.agreements(), Table[Agreement])
    assert_type(a.institutions(), Table[Institution])
    assert_type(a.institution("AKC"), Institution)
    assert_type(a.statistics(), Table[Statistic])
    assert_type(a.indicators(), Table[Indicator])
    assert_type(a.lines_of_effort(), Table[LineOfEffort])
    assert_type(a.line_of_effort(1), LineOfEffort)
    assert_type(a.priority_areas(), Table[PriorityArea])
    assert_type(a.visions(), Table[Vision])
    assert_type(a.people(), Table[Person])
    assert_type(a.person("Park Jin"), Person)
    assert_type(a.sources(), Table[Source])
    assert_type(a.source("mofa-kasi-2022"), Source)
    assert_type(a.cite(a.summit(8)), str)
    assert_type(a.load(), Dataset)
    assert_type(a.load().summits, tuple[Summit, ...])
    assert_type(a.load().collection("funds"), tuple[Fund, ...])
    assert_type(a.load().collection("people"), tuple[Person, ...])
    assert_type(a.DATA_VERSION, str)
    assert_type(a.plot.timeline(), Figure)
    assert_type(a.plot.funds(ax=Figure().add_subplot()), Figure)
    assert_type(a.plot.projects(), Figure)
    assert_type(a.search("methane"), Table[a.Hit])
    assert_type(a.search("summit", collection="summits", limit=3)[0].record, Any)
    assert_type(a.get("summit-8"), object)
    assert_type(a.changes(since="2026.11.4"), Table[a.Change])
    assert_type(a.data_versions(), tuple[str, ...])
    assert_type(a.agreement("AKFTA"), Agreement)
    assert_type(a.project("PARMA"), Project)
    assert_type(a.event("summit-8-held"), Event)
    assert_type(a.cite(a.summit(8), style="bibtex"), str)
    assert_type(a.export("out", "sqlite"), tuple[Path, ...])
    assert_type(a.timeline(year=2019), Table[Event])
    assert_type(a.summits()[1:3], Table[Summit])
    assert_type(a.summits()[0], Summit)
    assert_type(a.summits().filter(city="Busan"), Table[Summit])
    assert_type(sum([a.Money(amount=1, currency="USD")]), a.Money | Literal[0])
