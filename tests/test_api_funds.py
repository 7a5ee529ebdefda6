"""The funds and projects API on the real data: volumes by year, pledges, look-ups, every
error path.

Expectations come from the sources; the quote each rests on is beside it.
"""

from __future__ import annotations

from collections.abc import Mapping

import pytest

import aseanrok as a
from aseanrok import NotFoundError
from aseanrok.money import Money

USD = "USD"


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
