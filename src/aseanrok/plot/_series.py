"""Plots of statistics over time: any indicators that share a unit, and trade on each basis."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from ._base import _FONT, SERIES_SIZE, _figure, _year

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from ..dates import PartialDate
    from ..records.statistics import Statistic

#: the indicators trade() draws: two-way trade by Korean statistics and by ASEAN's
TRADE = ("asean-rok-trade-korea-basis", "asean-rok-trade-asean-basis")

_SCALES = ((10**9, "billion"), (10**6, "million"), (10**3, "thousand"))


def _number(s: Statistic) -> float | None:
    """The figure as a float for the y axis, or None for a figure in another unit."""
    return _as_float(s.value, s.unit)


def _approximate(s: Statistic) -> bool:
    from ..money import Money

    return s.approximate or (isinstance(s.value, Money) and s.value.approximate)


def _middle(first: PartialDate, last: PartialDate | None = None) -> float:
    """The middle of the period from ``first`` to ``last`` (a date alone: the period it names),
    in fractional years (2004 is 2004.5)."""
    return (_year(first.earliest()) + _year((last or first).latest()) + 1 / 366) / 2


def _yearly(s: Statistic) -> bool:
    """Whether a figure may join a yearly line: it describes one calendar year, or stands at a
    date. A figure for part of a year (``2016-01/2016-11``) or for several is never a year's."""
    p = s.period
    return p is None or (p.start == p.end and p.start.precision == "year")


def series(*indicators: str, ax: Axes | None = None) -> Figure:
    """Indicators of one unit over time, one colour each, from ``aseanrok.series``.

    A line joins the figures of consecutive years only: across a gap in the sources there is
    no line, as nothing is interpolated. A figure for part of a year or for several years is a
    square over a bar the width of its period, joined to nothing. A hollow mark is an
    approximate figure, a grey cross one the sources' ranking deprecates (a printing slip,
    say), and a thin vertical line the range up to a stated upper bound. Figures in another
    unit than the indicator's (a trade figure given in ringgit) are left out.

    >>> fig = aseanrok.plot.series("asean-rok-trade-korea-basis")
    >>> fig.axes[0].get_ylabel()
    'USD billion'
    """
    from ..api.statistics import indicator
    from ..api.statistics import series as figures_of

    if not indicators:
        raise ValueError("series() needs at least one indicator id, e.g. series('asean-gdp')")
    found = [indicator(key) for key in indicators]  # TypeError, NotFoundError as the API has
    units = sorted({i.unit for i in found})
    if len(units) > 1:
        raise ValueError(f"series() draws one unit on one axis; these have {', '.join(units)}")
    fig, ax = _figure(ax, SERIES_SIZE)
    drawn = [(i, [s for s in figures_of(i.id) if _number(s) is not None]) for i in found]
    _draw(ax, drawn, units[0])
    title = found[0].label if len(found) == 1 else f"{len(found)} indicators in {units[0]}"
    ax.set_title(textwrap.shorten(title, 80, placeholder=" …"))
    return fig


def trade(ax: Axes | None = None) -> Figure:
    """Two-way trade between ASEAN and the ROK by year, as Korean statistics and as ASEAN's
    count it: two lines, never averaged (see ``series`` for the marks).

    >>> fig = aseanrok.plot.trade()
    >>> len(fig.axes[0].get_legend().get_texts()) >= 2
    True
    """
    fig = series(*TRADE, ax=ax)
    fig.axes[-1].set_title("Two-way trade between ASEAN and the ROK, by each side's statistics")
    return fig


def _draw(ax: Axes, drawn: Iterable[tuple[object, list[Statistic]]], unit: str) -> None:
    from matplotlib import colormaps
    from matplotlib.lines import Line2D
    from matplotlib.ticker import MaxNLocator

    drawn = list(drawn)
    values = [_number(s) or 0.0 for _, figures in drawn for s in figures]
    if not values:
        ax.set_title("No figures in the indicator's unit in the data")
        return
    top = max(abs(v) for v in values)
    scale, word = next(((f, w) for f, w in _SCALES if top >= f), (1, ""))
    tab10 = colormaps["tab10"]
    handles = []
    marks = set()
    for n, (ind, figures) in enumerate(drawn):
        colour = tab10(n % 10)
        line: list[tuple[float, float]] = []
        for s in figures:
            period = s.period
            x, y = _middle(s.date, period.end if period else None), (_number(s) or 0.0) / scale
            if s.rank.value == "deprecated":
                ax.plot(x, y, marker="x", color="grey", ms=6, ls="")
                marks.add("deprecated")
                continue
            hollow = _approximate(s)
            marks.update({"approximate"} if hollow else set())
            face = "white" if hollow else colour
            yearly = _yearly(s)
            mark = "o" if yearly else "s"
            ax.plot(x, y, marker=mark, ms=5, ls="", color=colour, mfc=face, zorder=3)
            if s.upper is not None and (upper := _as_float(s.upper, s.unit)) is not None:
                ax.vlines(x, y, upper / scale, colors=colour, lw=1)
            if not yearly and period is not None:
                first, last = _year(period.start.earliest()), _year(period.end.latest())
                ax.hlines(y, first, last + 1 / 366, colors=colour, lw=1)
                marks.add("period")
                continue
            if line and x - line[-1][0] <= 1.5:
                ax.plot([line[-1][0], x], [line[-1][1], y], color=colour, lw=1.5, zorder=2)
            line.append((x, y))
        label = textwrap.fill(getattr(ind, "label", str(ind)), 70)
        handles.append(Line2D([], [], color=colour, marker="o", ms=5, label=label))
    if "approximate" in marks:
        hollow_mark = Line2D([], [], color="grey", marker="o", mfc="white", ls="")
        hollow_mark.set_label("approximate figure")
        handles.append(hollow_mark)
    if "period" in marks:
        square = Line2D([], [], color="grey", marker="s", ls="-", lw=1)
        square.set_label("figure for part of a year or several years")
        handles.append(square)
    if "deprecated" in marks:
        handles.append(Line2D([], [], color="grey", marker="x", ls="", label="deprecated figure"))
    # "USD billion" for a currency, "million people" for a count
    currency = len(unit) == 3 and unit.isupper()
    ax.set_ylabel((f"{unit} {word}" if currency else f"{word} {unit}").strip(), fontsize=_FONT)
    ax.set_xlabel("Year (a line joins consecutive years only)", fontsize=_FONT)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.tick_params(labelsize=_FONT)
    ax.grid(alpha=0.3)
    ax.set_axisbelow(True)
    ax.legend(handles=handles, loc="upper left", fontsize=_FONT - 1.5, frameon=False)


def _as_float(quantity: object, unit: str) -> float | None:
    """A quantity as a float, or None for money in another currency than ``unit``."""
    from ..money import Money

    if isinstance(quantity, Money):
        return float(quantity.amount) if quantity.currency == unit else None
    if isinstance(quantity, int | Decimal | Fraction):
        return float(quantity)
    return None
