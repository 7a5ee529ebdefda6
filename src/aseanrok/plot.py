"""Plots drawn from the bundled data (the ``plot`` extra, which installs matplotlib).

matplotlib is imported only when a plot is drawn; without it, a plot raises an ImportError that
says what to install. Each function draws on ``ax`` when given (a matplotlib ``Axes``), else on
a new figure of its own, and returns the Figure. Nothing is shown and no window is opened, so
the plots work headless: save one with ``fig.savefig("timeline.png")``, or make it the last
expression of a Jupyter cell to see it. The sizes suit a page of about 700 pixels.

>>> fig = aseanrok.plot.timeline()
>>> [float(x) for x in fig.get_size_inches()]
[7.0, 5.4]
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.typing import ColorType

    from .dates import Span

__all__ = ["FUNDS_SIZE", "MILESTONES", "NEEDS_MATPLOTLIB", "PROJECTS_SIZE", "TIMELINE_SIZE"]
__all__ += ["funds", "projects", "timeline"]

#: the rows of the timeline below the summits, and the event categories each row shows
#: (read-only)
MILESTONES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "Agreements": ("signature", "adoption", "entry-into-force", "accession"),
        "Institutions & funds": ("establishment", "first-meeting", "merger"),
        "Initiatives & pledges": ("launch", "announcement", "proposal", "pledge"),
    }
)

# 7 inches at 100 dpi: the width of the docs' text column, so a plot is shown at its own size
TIMELINE_SIZE = (7.0, 5.4)
FUNDS_SIZE = (7.0, 4.2)
PROJECTS_SIZE = (7.0, 4.2)

#: What the ImportError says without matplotlib: install commands that work from a clone.
NEEDS_MATPLOTLIB = (
    "aseanrok.plot needs matplotlib: pip install matplotlib, or in a clone of aseanrok "
    "pip install '.[plot]'"
)

_FONT = 9.5


def _figure(ax: object, size: tuple[float, float]) -> tuple[Figure, Axes]:
    """``ax`` and its (root) figure, or a new figure and axes of ``size`` inches.

    Raises the ImportError that names the extra before anything else needs matplotlib, and
    ``TypeError`` for an ``ax`` that is not a matplotlib Axes.
    """
    try:
        import matplotlib.pyplot as plt
        from matplotlib.axes import Axes
        from matplotlib.figure import Figure
    except ImportError:
        raise ImportError(NEEDS_MATPLOTLIB) from None
    if ax is not None:
        if not isinstance(ax, Axes):
            raise TypeError(f"ax must be a matplotlib Axes or None, got {type(ax).__name__}")
        fig = ax.figure
        return (fig if isinstance(fig, Figure) else fig.figure), ax
    fig = plt.figure(figsize=size, layout="constrained")
    # closed at once: pyplot keeps no reference and opens no window, and Jupyter shows the
    # returned figure once (an open one it would show a second time at the end of the cell)
    plt.close(fig)
    return fig, fig.add_subplot()


def _year(day: dt.date) -> float:
    """A day as a fractional year (1 July 2004 is about 2004.5): the timeline's x axis."""
    first = dt.date(day.year, 1, 1).toordinal()
    length = dt.date(day.year + 1, 1, 1).toordinal() - first
    return day.year + (day.toordinal() - first) / length


def _period(span: Span) -> tuple[float, float]:
    """From the first day a span may denote to the end of its last (a year: the whole year)."""
    last = span.end.latest()
    end = _year(last + dt.timedelta(days=1)) if last < dt.date.max else float(last.year + 1)
    return _year(span.start.earliest()), end


def timeline(ax: Axes | None = None) -> Figure:
    """Partnership levels, summits and milestones of the relationship on one time axis.

    The levels are bands of distinct colours, each from the first day of its date to the next
    level, named in the legend with the year it was reached. The summits are a row
    of marks: the numbered ASEAN-ROK summits labelled with their ordinal, the commemorative
    ones as stars, the Mekong-ROK ones as triangles. The milestones of ``MILESTONES`` are rows
    below. A mark sits in the middle of the period its date names, and a date known only to
    the month or year gets a bar over that period.

    >>> fig = aseanrok.plot.timeline()
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['Initiatives & pledges', 'Institutions & funds', 'Agreements', 'Summits']
    """
    fig, ax = _figure(ax, TIMELINE_SIZE)
    from matplotlib import colormaps
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.ticker import MultipleLocator, StrMethodFormatter

    from . import partnership_levels, summits
    from . import timeline as events

    everything = events()
    if not everything:
        ax.set_title("No dated events in the data")
        return fig
    left = min(int(_period(e.when)[0]) for e in everything)
    right = max(int(_period(e.when)[1]) for e in everything) + 1.5  # room for the last mark

    levels = partnership_levels()
    palette = colormaps["Set3"]
    bands = []
    for i, level in enumerate(levels):
        start = _year(level.since.earliest())
        end = _year(levels[i + 1].since.earliest()) if i + 1 < len(levels) else right
        colour = palette(i % palette.N)
        ax.axvspan(start, end, color=colour, alpha=0.55, lw=0, zorder=0)
        bands.append(Patch(color=colour, alpha=0.55, label=f"{level.name}, {level.since.year}"))

    rows = [*reversed(list(MILESTONES)), "Summits"]
    tab10 = colormaps["tab10"]
    for y, categories in enumerate(reversed(list(MILESTONES.values()))):
        for e in everything:
            if e.category.value in categories:
                _mark(ax, e.when, y, colour=tab10(y), marker="o", size=4.5)
    top = len(rows) - 1
    # the other series sit a little below the numbered summits, which they may share a day with
    markers = {"asean-rok": ("D", 0.0), "commemorative": ("*", -0.22), "mekong-rok": ("^", -0.22)}
    for n, s in enumerate(summits(series=None)):
        marker, shift = markers.get(s.series, ("s", -0.22))
        x = _mark(
            ax, s.when, top + shift, colour="black", marker=marker, size=9 if marker == "*" else 6
        )
        if s.number is not None and s.series == "asean-rok":
            # ordinals alternate above and below the row, so that neighbours do not overlap
            above = n % 2 == 0
            ax.annotate(
                str(s.number),
                (x, top),
                xytext=(0, 7 if above else -8),
                textcoords="offset points",
                ha="center",
                va="bottom" if above else "top",
                fontsize=_FONT - 1.5,
            )

    ax.set_yticks(range(len(rows)), rows, fontsize=_FONT)
    ax.set_ylim(-0.7, len(rows) - 0.3)
    ax.set_xlim(left, right)
    ax.xaxis.set_major_locator(MultipleLocator(5))
    ax.xaxis.set_minor_locator(MultipleLocator(1))
    ax.xaxis.set_major_formatter(StrMethodFormatter("{x:.0f}"))
    ax.tick_params(axis="x", labelsize=_FONT)
    ax.set_xlabel("Year (a bar: a date known only to the month or year)", fontsize=_FONT)
    ax.grid(axis="x", which="major", alpha=0.3)
    ax.set_title("ASEAN-ROK relations: partnership levels, summits and milestones")
    kinds = [
        Line2D([], [], color="black", marker=m, ls="", ms=9 if m == "*" else 6, label=label)
        for m, label in (
            ("D", "ASEAN-ROK summit (ordinal)"),
            ("*", "Commemorative Summit"),
            ("^", "Mekong-ROK summit"),
        )
    ]
    ax.legend(
        handles=[*bands, *kinds],
        loc="upper center",
        bbox_to_anchor=(0.5, -0.16),
        ncol=2,
        fontsize=_FONT - 1.5,
        frameon=False,
        title="Partnership level from the year it was reached (the shading)",
        title_fontsize=_FONT - 1.5,
        alignment="left",
    )
    return fig


def _mark(ax: Axes, when: Span, y: float, *, colour: ColorType, marker: str, size: float) -> float:
    """A mark in the middle of the period ``when`` names, on a bar over it if longer than a day;
    returns where the mark is."""
    first, last = _period(when)
    if last - first > 1.5 / 365:
        ax.hlines(y, first, last, colors=colour, lw=2, alpha=0.6)
    middle = (first + last) / 2
    ax.plot(middle, y, marker=marker, color=colour, ms=size, ls="")
    return middle


def _millions(amount: int) -> str:
    """``19000000`` -> ``'19M'``, ``5400000`` -> ``'5.4M'``, ``1120000`` -> ``'1.12M'``."""
    return f"{amount / 1_000_000:g}M"


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

    from . import fund_volumes
    from . import funds as all_funds

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
    for x, amount in last.values():
        ax.annotate(
            _millions(amount),
            (x, amount / 1e6),
            xytext=(0, 2),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=_FONT - 1.5,
        )
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
    return fig


def projects(ax: Axes | None = None) -> Figure:
    """Each project with a budget and known years, as a bar over its years labelled with its
    whole budget (USD). A year's bar fills the space between its gridlines, under its label.

    >>> fig = aseanrok.plot.projects()
    >>> fig.axes[0].get_xlabel()
    'Year (a bar covers every year of the project)'
    """
    fig, ax = _figure(ax, PROJECTS_SIZE)
    from matplotlib import colormaps
    from matplotlib.ticker import FixedLocator, MultipleLocator, NullFormatter

    from . import projects as all_projects

    budgeted = [
        (p.start_year, p.end_year, p.budget, p)
        for p in all_projects()
        if p.budget is not None
        and p.start_year is not None
        and p.end_year is not None
        and p.budget.currency == "USD"
    ]
    if not budgeted:
        ax.set_title("No project with a budget in USD and known years in the data")
        return fig
    colour = colormaps["tab10"](1)
    labels = []
    # latest first, so that the earliest projects end up at the top
    for y, (first, last, budget, p) in enumerate(
        sorted(budgeted, key=lambda b: (-b[0], -b[1], b[3].id))
    ):
        ax.barh(y, last - first + 1, left=first, height=0.6, color=colour)
        ax.text(
            (first + last + 1) / 2,
            y,
            f"{_millions(budget.amount)} USD",
            ha="center",
            va="center",
            color="white",
            fontsize=_FONT - 1,
            fontweight="bold",
        )
        labels.append(
            textwrap.fill(textwrap.shorten(p.acronym or p.name, 60, placeholder=" …"), 30)
        )
    years = [y for first, last, _, _ in budgeted for y in (first, last + 1)]
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
