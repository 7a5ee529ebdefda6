"""plot.series and plot.trade: every figure in the indicator's unit is a mark at the middle of
its period, lines join consecutive years only, and bad arguments fail as the API's do."""

from __future__ import annotations

import itertools

import pytest

import aseanrok
from aseanrok.money import Money

mpl = pytest.importorskip("matplotlib")
mpl.use("Agg")

from matplotlib.axes import Axes  # noqa: E402

TRADE_KOREA = "asean-rok-trade-korea-basis"


def marks(ax: Axes) -> list[tuple[float, float]]:
    """The single-point marks (one Line2D each) on an axes."""
    return [
        (float(line.get_xdata()[0]), float(line.get_ydata()[0]))  # type: ignore[index]
        for line in ax.get_lines()
        if len(line.get_xdata()) == 1  # type: ignore[arg-type]
    ]


def segments(ax: Axes) -> list[tuple[float, float]]:
    return [
        (float(line.get_xdata()[0]), float(line.get_xdata()[1]))  # type: ignore[index]
        for line in ax.get_lines()
        if len(line.get_xdata()) == 2  # type: ignore[arg-type]
    ]


def in_unit(key: str) -> list[aseanrok.Statistic]:
    def ok(s: aseanrok.Statistic) -> bool:
        return not isinstance(s.value, Money) or s.value.currency == s.unit

    return [s for s in aseanrok.series(key) if ok(s)]


def test_one_mark_per_figure_at_the_middle_of_its_year() -> None:
    ax = aseanrok.plot.series(TRADE_KOREA).axes[0]
    figures = in_unit(TRADE_KOREA)
    shown = marks(ax)
    assert len(shown) == len(figures)
    for s, (x, y) in zip(figures, shown, strict=True):
        assert int(x) == s.date.year
        assert 0.4 < x - s.date.year < 0.6
        assert isinstance(s.value, Money)
        assert y == pytest.approx(s.value.amount / 1e9)
    assert ax.get_ylabel() == "USD billion"


def test_a_line_joins_consecutive_years_only() -> None:
    ax = aseanrok.plot.series(TRADE_KOREA).axes[0]
    years = sorted({s.date.year for s in in_unit(TRADE_KOREA)})
    joined = {(int(a), int(b)) for a, b in segments(ax)}
    assert joined == {(a, b) for a, b in itertools.pairwise(years) if b == a + 1}


def test_figures_in_another_currency_are_left_out() -> None:
    key = "asean-rok-trade-basis-unstated"
    everything = aseanrok.series(key)
    ax = aseanrok.plot.series(key).axes[0]
    assert len(marks(ax)) == len(in_unit(key)) <= len(everything)


def test_trade_draws_both_bases_never_averaged() -> None:
    ax = aseanrok.plot.trade().axes[0]
    expected = sum(len(in_unit(k)) for k in aseanrok.plot._series.TRADE)
    assert len(marks(ax)) == expected
    legend = ax.get_legend()
    assert legend is not None
    labels = [t.get_text().replace("\n", " ") for t in legend.get_texts()]
    for key in aseanrok.plot._series.TRADE:
        assert aseanrok.indicator(key).label in labels


@pytest.mark.parametrize(
    ("args", "error"),
    [
        ((), ValueError),
        (("no-such-indicator",), aseanrok.NotFoundError),
        ((7,), TypeError),
        ((TRADE_KOREA, "asean-rok-visitors-two-way"), ValueError),  # USD and people
    ],
)
def test_bad_arguments(args: tuple[object, ...], error: type[Exception]) -> None:
    with pytest.raises(error):
        aseanrok.plot.series(*args)  # type: ignore[arg-type]


def test_on_a_given_axes() -> None:
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    assert aseanrok.plot.series(TRADE_KOREA, ax=ax) is fig
    plt.close(fig)
    with pytest.raises(TypeError):
        aseanrok.plot.series(TRADE_KOREA, ax="x")  # type: ignore[arg-type]


def test_a_part_year_figure_is_never_a_point_of_the_yearly_line() -> None:
    """Korean visitors to ASEAN for January to November 2016 are not the year 2016: the
    figure sits at the middle of its months, over a bar as wide as they are, joined to
    nothing."""
    key = "korean-visitors-to-asean"
    part = [s for s in in_unit(key) if s.period and s.period.start.precision == "month"]
    assert part, "the data holds a part-year figure for this indicator"
    ax = aseanrok.plot.series(key).axes[0]
    for s in part:
        assert s.period is not None
        first, last = s.period.start.earliest(), s.period.end.latest()
        middle = first.year + ((last - first).days / 2 + first.timetuple().tm_yday) / 366
        (x,) = [x for x, _ in marks(ax) if abs(x - middle) < 0.02]
        assert all(abs(a - x) > 0.02 and abs(b - x) > 0.02 for a, b in segments(ax))
        bars = [c.get_segments()[0] for c in ax.collections]
        assert any(seg[0][0] < x < seg[1][0] for seg in bars)
