"""Fact tests for the agreements: every instrument of the ASEAN-Korea FTA, and documents the
summits adopted. Each row names the page(s) a second reader confirmed it on, and the record
must still cite them; a party's date read rather than stated is asserted to be marked."""

from __future__ import annotations

import pytest
from test_page_facts import cites

import aseanrok as a
from aseanrok.dates import PartialDate

# (agreement, signed, in force, meeting, pages)
FTA = [
    (
        "framework-agreement-comprehensive-economic-cooperation",
        "2005-12-13",
        "2006-07-01",
        "summit-9",
        ("asean-csp-overview-2025", "miti-fta-asean-korea"),
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
        "agreement-dispute-settlement-mechanism-2005",
        "2005-12-13",
        None,
        "summit-9",
        ("miti-fta-asean-korea", "cil-nus-aktig-2006"),
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
    assert (g.place, g.country) == ("Kuala Lumpur", "Malaysia")  # cil-nus-third-protocol-aktig-2015
    assert g.in_force_for("Viet Nam") == PartialDate.parse("2023-11-28")
    assert g.in_force_for("Republic of Korea") == PartialDate.parse("2016-01-01")
    assert g.in_force_for("Thailand") is None  # no date of its own, and none for all
    # the Philippines came in later than the first parties (akfta-asean-tig-text)
    tig = a.agreement("aktig-agreement")
    assert tig.in_force_for("Philippines") == PartialDate.parse("2008-01-01")
    assert tig.in_force_for("Lao PDR") == PartialDate.parse("2007-06")  # the agreement's own


def test_the_framework_came_into_force_for_korea_later_than_its_own_date() -> None:
    # miti-fta-asean-korea: 1 July 2006; hankyung-2007-03-akfta-ratification-bills: Korea's
    # ratification still in committee in March 2007; ajunews-2009-04-30-aktis-in-force: in force
    # for Korea since June 2007 (a reading for the framework, so marked)
    g = a.agreement("framework-agreement-comprehensive-economic-cooperation")
    assert g.in_force_for("Malaysia") == PartialDate.parse("2006-07-01")
    assert g.in_force_for("Republic of Korea") == PartialDate.parse("2007-06")
    assert "in_force_by_party" in g.inferred
    assert cites(
        g, "hankyung-2007-03-akfta-ratification-bills", "ajunews-2009-04-30-aktis-in-force"
    )


def test_forest_cooperation_agreement_and_afoco() -> None:
    # denr-intl-afoco: extended to 4 August 2016; kfs-en-afoco: AFoCO text adopted 22 Sep 2015,
    # the ROK signed in December 2015
    forest = a.agreement("agreement-forest-cooperation-2011")
    assert (str(forest.signed), forest.place, forest.meeting) == ("2011-11-18", "Bali", "summit-14")
    assert str(forest.period) == "2012-08-05/2016-08-04"
    assert cites(forest, "denr-intl-afoco")
    afoco = a.agreement("agreement-establishment-afoco")
    assert str(afoco.adopted) == "2015-09-22"
    assert afoco.signed_by("Republic of Korea") == PartialDate.parse("2015-12")
    assert cites(afoco, "kfs-en-afoco")


def test_a_summits_chairmans_statement_links_both_ways() -> None:
    # mofa-board-12th-summit-statement: the chairman's statement of the 12th summit, 2009-10-24
    g = a.agreement("chairs-statement-12th-summit-2009")
    assert (g.meeting, str(g.adopted)) == ("summit-12", "2009-10-24")
    assert g.id in a.summit(12).documents
    assert cites(g, "mofa-board-12th-summit-statement")
