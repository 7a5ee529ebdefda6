"""The timeline plot: partnership levels, summits and milestones on one time axis."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._base import _FONT, MILESTONES, TIMELINE_SIZE, _figure, _period, _unclash, _year

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.text import Annotation
    from matplotlib.typing import ColorType

    from ..dates import Span


def timeline(ax: Axes | None = None) -> Figure:
    """Partnership levels, summits, meetings and milestones of the relationship on one time
    axis.

    The levels are bands of distinct colours, each from the first day of its date to the next
    level, named in the legend with the year it was reached. The summits are a row
    of marks: the numbered ASEAN-ROK summits labelled with their ordinal, the commemorative
    ones as stars, the Mekong-ROK ones as triangles. The meetings below the leaders and the
    milestones of ``MILESTONES`` are rows below. A mark sits in the middle of the period its
    date names, and a date known only to the month or year gets a bar over that period.

    >>> fig = aseanrok.plot.timeline()
    >>> for label in fig.axes[0].get_yticklabels():
    ...     print(label.get_text())
    Meetings below the leaders
    Initiatives & pledges
    Institutions & funds
    Agreements
    Summits
    """
    fig, ax = _figure(ax, TIMELINE_SIZE)
    from matplotlib import colormaps
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.ticker import MultipleLocator, StrMethodFormatter

    from ..api.partnership import partnership_levels
    from ..api.summits import summits
    from ..api.timeline import timeline as events

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
    ordinals: list[Annotation] = []
    for s in summits(series=None):
        marker, shift = markers.get(s.series, ("s", -0.22))
        x = _mark(
            ax, s.when, top + shift, colour="black", marker=marker, size=9 if marker == "*" else 6
        )
        if s.number is not None and s.series == "asean-rok":
            # ordinals alternate above and below the row (by their own count: a summit of
            # another series between two did put 21 and 22 both above), then move apart
            above = len(ordinals) % 2 == 0
            label = ax.annotate(
                str(s.number),
                (x, top),
                xytext=(0, 7 if above else -8),
                textcoords="offset points",
                ha="center",
                va="bottom" if above else "top",
                fontsize=_FONT - 1.5,
            )
            ordinals.append(label)

    ax.set_yticks(range(len(rows)), rows, fontsize=_FONT)
    ax.set_ylim(-0.7, len(rows) - 0.3)
    ax.set_xlim(left, right)
    ax.xaxis.set_major_locator(MultipleLocator(5))
    ax.xaxis.set_minor_locator(MultipleLocator(1))
    ax.xaxis.set_major_formatter(StrMethodFormatter("{x:.0f}"))
    ax.tick_params(axis="x", labelsize=_FONT)
    ax.set_xlabel("Year (a bar: a date known only to the month or year)", fontsize=_FONT)
    ax.grid(axis="x", which="major", alpha=0.3)
    ax.set_title("ASEAN-ROK relations: partnership levels, summits, meetings, milestones")
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
    _unclash(fig, ordinals)
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
