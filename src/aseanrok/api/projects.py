"""Projects, flagships, programmes and centres, filtered through precomputed indexes."""

from __future__ import annotations

from functools import cache

from ..derived import DerivedMoney
from ..errors import NotFoundError
from ..money import Money
from ..records.kasi import LineOfEffort
from ..records.projects import Project
from ..table import Table
from ._common import optional_int, records
from .funds import fund as _fund

__all__ = ["budget_total", "projects"]


@cache
def _indexes() -> tuple[dict[int, list[int]], dict[str, list[int]], dict[int, list[int]]]:
    """Positions of the projects active in each year, of each fund, under each line."""
    by_year: dict[int, list[int]] = {}
    by_fund: dict[str, list[int]] = {}
    by_line: dict[int, list[int]] = {}
    for i, p in enumerate(records("projects", Project)):
        if p.start_year is not None and p.end_year is not None:
            for year in range(p.start_year, p.end_year + 1):
                by_year.setdefault(year, []).append(i)
        if p.fund is not None:
            by_fund.setdefault(p.fund, []).append(i)
        if p.line_of_effort is not None:
            by_line.setdefault(p.line_of_effort, []).append(i)
    return by_year, by_fund, by_line


def projects(
    *,
    active_in: int | None = None,
    fund: str | None = None,
    line_of_effort: int | None = None,
) -> Table[Project]:
    """Projects, optionally those active in a year, of a fund, or under a KASI line of effort.

    A project is active in year ``y`` when ``start_year <= y <= end_year``; a project whose
    start or end is unknown is never active in any year. ``fund`` takes any acronym, variant
    or name that ``fund()`` takes.

    >>> [str(p.budget) for p in aseanrok.projects(active_in=2025, line_of_effort=3)]
    ['10,000,000 USD', '9,000,000 USD']
    """
    active_in = optional_int(active_in, "active_in")
    line_of_effort = optional_int(line_of_effort, "line_of_effort")
    everything = records("projects", Project)
    by_year, by_fund, by_line = _indexes()
    chosen: set[int] | None = None
    if active_in is not None:
        chosen = set(by_year.get(active_in, ()))
    if fund is not None:
        positions = set(by_fund.get(_fund(fund).id, ()))
        chosen = positions if chosen is None else chosen & positions
    if line_of_effort is not None:
        lines = {line.number for line in records("lines_of_effort", LineOfEffort)}
        if line_of_effort not in lines:
            raise NotFoundError(
                line_of_effort,
                (str(n) for n in sorted(lines)),
                what="line of effort",
                hint=f"KASI has lines {sorted(lines)}",
            )
        positions = set(by_line.get(line_of_effort, ()))
        chosen = positions if chosen is None else chosen & positions
    if chosen is None:
        return Table(everything)
    return Table(everything[i] for i in sorted(chosen))


def budget_total(
    *,
    active_in: int | None = None,
    fund: str | None = None,
    line_of_effort: int | None = None,
) -> DerivedMoney | None:
    """The sum of the budgets of the projects ``projects()`` gives for the same filters, each
    sum counted once; ``None`` where none of them has a budget (an unknown total, never 0).

    A project whose money is in another's budget (``budget_in``: the AKCMM's is in PARMA's)
    adds nothing of its own, and a project named without a budget adds nothing: the sum is of
    the budgets the sources give, and ``derived_from`` names the projects it adds, which
    ``cite()`` cites. Each budget is a project's whole budget, not a yearly amount. Budgets in
    different currencies do not add: ``ValueError``.

    >>> print(aseanrok.budget_total(line_of_effort=6))
    35,000,000 USD
    >>> aseanrok.budget_total(line_of_effort=6).derived_from
    ('project-infectious-disease-preparedness', 'project-casa', 'project-parma')
    >>> print(aseanrok.budget_total(line_of_effort=4))
    None
    """
    chosen = projects(active_in=active_in, fund=fund, line_of_effort=line_of_effort)
    budgeted = [(p, p.budget) for p in chosen if p.budget is not None]
    if not budgeted:
        return None
    total: Money = budgeted[0][1]
    for _, budget in budgeted[1:]:
        total += budget
    return DerivedMoney(
        amount=total.amount,
        currency=total.currency,
        approximate=total.approximate,
        derived_from=tuple(p.id for p, _ in budgeted),
        derivation=_derivation(active_in, fund, line_of_effort),
    )


def _derivation(active_in: int | None, fund: str | None, line_of_effort: int | None) -> str:
    """What ``budget_total`` adds, in words."""
    which = ["the projects"]
    if line_of_effort is not None:
        which.append(f"under KASI's line of effort {line_of_effort}")
    if fund is not None:
        which.append(f"of the {_fund(fund).acronym}")
    if active_in is not None:
        which.append(f"active in {active_in}")
    return "the sum of the budgets of " + " ".join(which)
