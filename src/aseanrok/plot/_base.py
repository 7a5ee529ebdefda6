"""What the plots share: their sizes, the rows of the timeline, a figure to draw on, and
the conversion of dates to the years of an x axis."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING

from .._readonly import ReadOnlyDict

if TYPE_CHECKING:
    from collections.abc import Sequence

    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.text import Annotation

    from ..dates import Span

#: the rows of the timeline below the summits, and the event categories each row shows
#: (read-only)
MILESTONES: Mapping[str, tuple[str, ...]] = ReadOnlyDict(
    {
        "Agreements": ("signature", "adoption", "entry-into-force", "accession"),
        "Institutions & funds": ("establishment", "first-meeting", "merger"),
        "Initiatives & pledges": ("launch", "announcement", "proposal", "pledge"),
        "Meetings below the leaders": ("meeting",),
    }
)

# 7 inches at 100 dpi: the width of the docs' text column, so a plot is shown at its own size
TIMELINE_SIZE = (7.0, 5.4)
FUNDS_SIZE = (7.0, 4.2)
PROJECTS_SIZE = (7.0, 4.2)
SERIES_SIZE = (7.0, 4.2)

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
    fig.supxlabel(source_line(), x=0.01, ha="left", fontsize=7, color="0.35")
    # closed at once: pyplot keeps no reference and opens no window, and Jupyter shows the
    # returned figure once (an open one it would show a second time at the end of the cell)
    plt.close(fig)
    return fig, fig.add_subplot()


def source_line() -> str:
    """The line under every plot aseanrok draws on a figure of its own: where the data is from."""
    from .._version import DATA_VERSION

    return f"Source: aseanrok data {DATA_VERSION}; each record cites its sources (aseanrok.cite)"


def _unclash(fig: Figure, labels: Sequence[Annotation], step: float = 8.0) -> None:
    """Move apart labels that overlap once drawn (``21`` and ``22``, ``10M`` and ``6M``): a
    label that overlaps an earlier one moves ``step`` points further from its point."""
    if len(labels) < 2:
        return
    # a label's size is known only once the figure is laid out (a closed figure's canvas
    # draws nothing: lay it out without one)
    fig.draw_without_rendering()
    renderer = fig._get_renderer()  # type: ignore[attr-defined]
    for _ in range(8):
        boxes = [label.get_window_extent(renderer) for label in labels]
        moved = False
        for i, label in enumerate(labels):
            if any(boxes[i].overlaps(boxes[j]) for j in range(i)):
                dx, dy = label.xyann
                label.xyann = (dx, dy + step if dy >= 0 else dy - step)
                boxes[i] = label.get_window_extent(renderer)
                moved = True
        if not moved:
            return


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


def _millions(amount: int) -> str:
    """``19000000`` -> ``'19M'``, ``5400000`` -> ``'5.4M'``, ``1120000`` -> ``'1.12M'``."""
    return f"{amount / 1_000_000:g}M"
