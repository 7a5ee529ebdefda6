"""Plots of money: the funds' annual volumes, and the projects' budgets over their years."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from ._base import _FONT, FUNDS_SIZE, PROJECTS_SIZE, _figure, _millions, _unclash

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from ..records.projects import Project


def funds(ax: Axes | None = None) -> Figure:
    """The annual volume of each fund by year, in USD million: what was put in
    (contributions, filled bars) and the targets pledged (hatched bars).

    Each bar stands on its year's tick, the funds side by side; nothing is drawn for a year the
    sources give no volume for (nothing is interpolated). The last bar of each fund is labelled
    with its amount.

    >>> fig = aseanrok.plot.funds()
    >>> fig.axes[0].get_ylabel()
    'Annual volume (USD million)'
    """
    fig, ax = _figure(ax, FUNDS_SIZE)
    from matplotlib import colormaps
    from matplotlib.patches import Patch
    from matplotlib.ticker import MaxNLocator

    from ..api.funds import fund_volumes
    from ..api.funds import funds as all_funds

    acronym = {f.id: f.acronym for f in all_funds()}
    volumes = [v for v in fund_volumes() if v.annual.currency == "USD"]
    if not volumes:
        ax.set_title("No annual fund volumes in USD in the data")
        return fig
    order = list(dict.fromkeys(v.fund for v in volumes))
    width = 0.8 / len(order)
    tab10 = colormaps["tab10"]
    last: dict[tuple[str, str], tuple[float, int]] = {}
    for v in volumes:
        i = order.index(v.fund)
        x = v.year - 0.4 + width * (i + 0.5)
        pledged = v.kind == "pledged"
        # a target is an outline over what was put in (where both are known for a year)
        ax.bar(
            x,
            v.annual.amount / 1e6,
            width=width * 0.95,
            facecolor="none" if pledged else tab10(i),
            edgecolor=tab10(i),
            hatch="////" if pledged else None,
            lw=1,
            zorder=3 if pledged else 2,
        )
        last[(v.fund, v.kind)] = (x, v.annual.amount)
    labels = [
        ax.annotate(
            _millions(amount),
            (x, amount / 1e6),
            xytext=(0, 2),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=_FONT - 1.5,
        )
        for x, amount in sorted(last.values())
    ]
    ax.set_ylabel("Annual volume (USD million)", fontsize=_FONT)
    ax.set_xlabel("Year", fontsize=_FONT)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.tick_params(labelsize=_FONT)
    ax.grid(axis="y", alpha=0.3)
    ax.set_axisbelow(True)
    ax.margins(y=0.12)
    ax.set_title("Annual volumes of the cooperation funds")
    handles = [Patch(color=tab10(i), label=acronym.get(f, f)) for i, f in enumerate(order)]
    handles.append(Patch(facecolor="white", edgecolor="grey", hatch="////", label="pledged target"))
    ax.legend(handles=handles, loc="upper left", fontsize=_FONT - 1, frameon=False)
    _unclash(fig, labels)
    return fig


def projects(ax: Axes | None = None) -> Figure:
    """Each project with a budget and known years, as a bar over its years labelled with its
    whole budget (USD), "(inferred)" where the budget is a reading rather than stated. A sum
    two projects share is drawn once: the project whose money is in another's budget
    (``budget_in``) is a pale bar labelled with whose budget holds it. A year's bar fills the
    space between its gridlines, under its label.

    >>> fig = aseanrok.plot.projects()
    >>> fig.axes[0].get_xlabel()
    'Year (a bar covers every year of the project)'
    """
    fig, ax = _figure(ax, PROJECTS_SIZE)
    from matplotlib import colormaps
    from matplotlib.ticker import FixedLocator, MultipleLocator, NullFormatter

    from ..api.projects import projects as all_projects

    everything = {p.id: p for p in all_projects()}
    labelled: list[tuple[int, int, str, bool, Project]] = []
    for p in everything.values():
        if p.start_year is None or p.end_year is None:
            continue
        holder = everything.get(p.budget_in) if p.budget_in is not None else None
        if p.budget is not None and p.budget.currency == "USD":
            # a budget that is a reading, not a statement, says so on its bar
            mark = " (inferred)" if "budget" in p.inferred else ""
            labelled.append(
                (p.start_year, p.end_year, f"{_millions(p.budget.amount)} USD{mark}", True, p)
            )
        elif holder is not None and holder.budget is not None and holder.budget.currency == "USD":
            name = holder.acronym or holder.name
            labelled.append((p.start_year, p.end_year, f"in {name}'s budget", False, p))
    if not labelled:
        ax.set_title("No project with a budget in USD and known years in the data")
        return fig
    colour = colormaps["tab10"](1)
    labels = []
    # latest first, so that the earliest projects end up at the top
    for y, (first, last, text, own, p) in enumerate(
        sorted(labelled, key=lambda b: (-b[0], -b[1], b[4].id))
    ):
        ax.barh(y, last - first + 1, left=first, height=0.6, color=colour, alpha=1 if own else 0.4)
        ax.text(
            (first + last + 1) / 2,
            y,
            text,
            ha="center",
            va="center",
            color="white" if own else "black",
            fontsize=_FONT - 1,
            fontweight="bold",
        )
        labels.append(
            textwrap.fill(textwrap.shorten(p.acronym or p.name, 60, placeholder=" …"), 30)
        )
    years = [y for first, last, *_ in labelled for y in (first, last + 1)]
    low, high = min(years), max(years)
    ax.set_yticks(range(len(labels)), labels, fontsize=_FONT - 1)
    ax.set_xlim(low - 0.15, high + 0.15)
    # gridlines at the years' boundaries, each year's label in the middle of its space
    ax.xaxis.set_major_locator(MultipleLocator(1))
    ax.xaxis.set_major_formatter(NullFormatter())
    ax.xaxis.set_minor_locator(FixedLocator([y + 0.5 for y in range(low, high)]))
    ax.set_xticks(
        [y + 0.5 for y in range(low, high)], [str(y) for y in range(low, high)], minor=True
    )
    ax.tick_params(axis="x", which="minor", length=0, labelsize=_FONT)
    ax.grid(axis="x", which="major", alpha=0.4)
    ax.set_xlabel("Year (a bar covers every year of the project)", fontsize=_FONT)
    ax.set_title("Project budgets over their years (USD)")
    return fig
