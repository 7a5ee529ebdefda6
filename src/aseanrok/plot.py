"""Plots drawn from the bundled data (extra ``aseanrok[plot]``, which installs matplotlib).

matplotlib is imported only when a plot is drawn. Each function draws on ``ax`` when given,
else on a new figure of its own, and returns the Figure. Nothing is shown and no window is
opened, so the plots work headless: save one with ``fig.savefig("timeline.png")``, or make it
the last expression of a Jupyter cell to see it.

>>> fig = aseanrok.plot.timeline()
>>> [round(x) for x in fig.get_size_inches()]
[11, 5]
"""

from __future__ import annotations

import datetime as dt
import textwrap
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.typing import ColorType

    from .dates import Span

__all__ = ["funds", "timeline"]

#: the rows of the timeline below the summits, and the event categories each row shows
MILESTONES: dict[str, tuple[str, ...]] = {
    "Agreements": ("signature", "adoption", "entry-into-force", "accession"),
    "Institutions & funds": ("establishment", "first-meeting", "merger"),
    "Initiatives & pledges": ("launch", "announcement", "proposal", "pledge"),
}

TIMELINE_SIZE = (11.0, 5.0)
FUNDS_SIZE = (11.0, 5.0)


def _figure(ax: Axes | None, size: tuple[float, float]) -> tuple[Figure, Axes]:
    """``ax`` and its (root) figure, or a new figure and axes of ``size`` inches."""
    try:
        import matplotlib.pyplot as plt
        from matplotlib.figure import Figure
    except ImportError:
        raise ImportError("aseanrok.plot needs matplotlib: pip install 'aseanrok[plot]'") from None
    if ax is not None:
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
    return _year(span.start.earliest()), _year(span.end.latest() + dt.timedelta(days=1))


def timeline(ax: Axes | None = None) -> Figure:
    """Partnership levels, summits and milestones of the relationship on one time axis.

    The levels are shaded bands, each from the first day of its date to the next level; the
    summits (numbered ones labelled with their ordinal, commemorative ones as stars) and the
    milestones of ``MILESTONES`` are rows of marks. A mark sits in the middle of the period
    its date names, and a date known only to the month or year gets a bar over that period.

    >>> fig = aseanrok.plot.timeline()
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['Initiatives & pledges', 'Institutions & funds', 'Agreements', 'Summits']
    """
    from matplotlib import colormaps
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.ticker import MultipleLocator, StrMethodFormatter

    from . import partnership_levels, summits
    from . import timeline as events

    fig, ax = _figure(ax, TIMELINE_SIZE)
    everything = events()
    left = min(int(_period(e.when)[0]) for e in everything)
    right = max(int(_period(e.when)[1]) for e in everything) + 2  # room for the last label

    levels = partnership_levels()
    blues = colormaps["Blues"]
    bands = []
    for i, level in enumerate(levels):
        start = _year(level.since.earliest())
        end = _year(levels[i + 1].since.earliest()) if i + 1 < len(levels) else right
        colour = blues(0.15 + 0.7 * i / max(len(levels) - 1, 1))
        ax.axvspan(start, end, color=colour, alpha=0.45, lw=0)
        bands.append(Patch(color=colour, alpha=0.45, label=f"{level.name} ({level.since})"))

    rows = [*reversed(MILESTONES), "Summits"]
    tab10 = colormaps["tab10"]
    for y, categories in enumerate(reversed(MILESTONES.values())):
        for e in everything:
            if e.category.value in categories:
                _mark(ax, e.when, y, colour=tab10(y), marker="o", size=5)
    top = len(rows) - 1
    for s in summits():
        x = _mark(ax, s.when, top, colour="black", marker="*" if s.commemorative else "D", size=9)
        if s.number is not None:
            ax.annotate(
                str(s.number),
                (x, top),
                xytext=(0, 8),
                textcoords="offset points",
                ha="center",
                fontsize=8,
            )

    ax.set_yticks(range(len(rows)), rows)
    ax.set_ylim(-0.7, len(rows) - 0.4)
    ax.set_xlim(left, right)
    ax.xaxis.set_major_locator(MultipleLocator(5))
    ax.xaxis.set_minor_locator(MultipleLocator(1))
    ax.xaxis.set_major_formatter(StrMethodFormatter("{x:.0f}"))
    ax.grid(axis="x", which="major", alpha=0.3)
    ax.set_title("ASEAN-ROK relations: partnership levels, summits and milestones")
    summit = Line2D([], [], color="black", marker="D", ls="", label="summit (ordinal)")
    star = Line2D([], [], color="black", marker="*", ms=10, ls="", label="commemorative")
    ax.legend(
        handles=[*bands, summit, star],
        loc="upper center",
        bbox_to_anchor=(0.5, -0.08),
        ncol=3,
        fontsize=8,
        frameon=False,
    )
    return fig


def _mark(ax: Axes, when: Span, y: int, *, colour: ColorType, marker: str, size: float) -> float:
    """A mark in the middle of the period ``when`` names, on a bar over it if longer than a day;
    returns where the mark is."""
    first, last = _period(when)
    if last - first > 1.5 / 365:
        ax.hlines(y, first, last, colors=colour, lw=2, alpha=0.6)
    middle = (first + last) / 2
    ax.plot(middle, y, marker=marker, color=colour, ms=size, ls="")
    return middle


def funds(ax: Axes | None = None) -> Figure:
    """Pledged annual volumes per fund, and project budgets over their years, in USD.

    One row per fund with an annual volume and per project with a budget, a start and an end
    year. A fund's bar covers a year it has a volume for, labelled with the annual amount, and
    a dotted line shows the pledge period (nothing is recorded for the years between); a
    project's bar covers its years, labelled with its whole budget.

    >>> fig = aseanrok.plot.funds()
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()][-3:]
    ['BKCF (annual)', 'MKCF (annual)', 'AKCF (annual)']
    """
    from matplotlib import colormaps
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.ticker import MultipleLocator

    from . import fund, pledges, projects

    fig, ax = _figure(ax, FUNDS_SIZE)
    fund_colour, project_colour = colormaps["tab10"](0), colormaps["tab10"](1)
    labels: list[str] = []
    years: list[int] = []

    budgeted = [
        (p.start_year, p.end_year, p.budget, p)
        for p in projects()
        if p.budget is not None and p.start_year is not None and p.end_year is not None
    ]
    # latest first, so that the earliest projects end up at the top, under the funds
    for first, last, budget, p in sorted(budgeted, key=lambda b: (-b[0], -b[1], b[3].id)):
        _bar(ax, len(labels), first, last, f"{_millions(budget.amount)} total", project_colour)
        labels.append(
            textwrap.fill(textwrap.shorten(p.acronym or p.name, 68, placeholder=" …"), 34)
        )
        years += [first, last]

    volumes: dict[str, list[tuple[int, int]]] = {}
    periods: dict[str, tuple[int, int]] = {}
    for pledge in pledges():
        for v in pledge.volumes:
            acronym = fund(v.fund).acronym
            volumes.setdefault(acronym, []).append((v.year, v.annual.amount))
            if pledge.first_year is not None and pledge.last_year is not None:
                periods[acronym] = (pledge.first_year, pledge.last_year)
    for acronym in reversed(volumes):
        y = len(labels)
        if acronym in periods:
            first, last = periods[acronym]
            ax.hlines(y, first - 0.45, last + 0.45, colors="grey", linestyles=":", zorder=0.5)
            years += [first, last]
        for year, amount in volumes[acronym]:
            _bar(ax, y, year, year, f"{_millions(amount)} a year", fund_colour)
            years.append(year)
        labels.append(f"{acronym} (annual)")

    ax.set_yticks(range(len(labels)), labels)
    ax.set_xlim(min(years) - 0.6, max(years) + 0.6)
    ax.xaxis.set_major_locator(MultipleLocator(1))
    ax.grid(axis="x", alpha=0.3)
    ax.set_title("Pledged annual fund volumes and project budgets (USD)")
    ax.legend(
        handles=[
            Patch(color=fund_colour, label="fund: annual volume pledged"),
            Line2D([], [], color="grey", ls=":", label="pledge period"),
            Patch(color=project_colour, label="project: budget over its years"),
        ],
        loc="upper center",
        bbox_to_anchor=(0.5, -0.06),
        ncol=3,
        fontsize=8,
        frameon=False,
    )
    return fig


def _bar(ax: Axes, y: int, first: int, last: int, text: str, colour: ColorType) -> None:
    """A bar over the years ``first`` to ``last`` (each year centred on its tick)."""
    ax.barh(y, last - first + 0.9, left=first - 0.45, height=0.6, color=colour)
    ax.text((first + last) / 2, y, text, ha="center", va="center", color="white", fontsize=8)


def _millions(amount: int) -> str:
    """``19000000`` -> ``'19M'``, ``5400000`` -> ``'5.4M'``."""
    return f"{amount / 1_000_000:g}M"
