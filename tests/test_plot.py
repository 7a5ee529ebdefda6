"""The plots: drawn from the real data, rendered headless to PNG, on a new figure or an Axes."""

from __future__ import annotations

import io
import os
import struct
import subprocess
import sys

import pytest

import aseanrok

mpl = pytest.importorskip("matplotlib")
mpl.use("Agg")

from matplotlib.figure import Figure  # noqa: E402
from matplotlib.image import imread  # noqa: E402

PLOTS = {"timeline": aseanrok.plot.TIMELINE_SIZE, "funds": aseanrok.plot.FUNDS_SIZE}


def png(fig: Figure, dpi: int = 100) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("name", sorted(PLOTS))
def test_renders_a_non_empty_png_of_the_expected_size(name: str) -> None:
    fig = getattr(aseanrok.plot, name)()
    assert isinstance(fig, Figure)
    data = png(fig)
    width, height = PLOTS[name]
    assert png_size(data) == (round(width * 100), round(height * 100))
    pixels = imread(io.BytesIO(data))
    colours = {tuple(p) for p in pixels[::7, ::7].reshape(-1, pixels.shape[-1]).tolist()}
    assert len(colours) > 20, "the image is (almost) blank"


@pytest.mark.parametrize("name", sorted(PLOTS))
def test_draws_on_the_axes_given(name: str) -> None:
    fig = Figure(figsize=(12, 10))
    upper, lower = fig.subplots(2)
    assert getattr(aseanrok.plot, name)(lower) is fig
    assert lower.has_data()
    assert not upper.has_data()
    assert png_size(png(fig, dpi=50)) == (600, 500)


def test_an_axes_in_a_subfigure_gives_the_root_figure() -> None:
    fig = Figure()
    ax = fig.subfigures(1, 2)[1].add_subplot()
    assert aseanrok.plot.funds(ax) is fig


def test_timeline_is_the_real_data() -> None:
    ax = aseanrok.plot.timeline().axes[0]
    ordinals = [t.get_text() for t in ax.texts]
    assert ordinals == [str(s.number) for s in aseanrok.summits() if s.number is not None]
    legend = ax.get_legend()
    assert legend is not None
    names = [t.get_text() for t in legend.get_texts()]
    assert names[: len(aseanrok.partnership_levels())] == [
        f"{level.name} ({level.since})" for level in aseanrok.partnership_levels()
    ]


def test_funds_is_the_real_data() -> None:
    ax = aseanrok.plot.funds().axes[0]
    texts = {t.get_text() for t in ax.texts}
    assert {"32M a year", "10M a year", "6M a year"} <= texts
    budgeted = [p for p in aseanrok.projects() if p.budget and p.start_year and p.end_year]
    assert len(budgeted) == len(ax.get_yticklabels()) - len(aseanrok.funds_by_year(2027))
    assert {f"{p.budget.amount / 1e6:g}M total" for p in budgeted if p.budget} <= texts


def test_headless_and_matplotlib_only_when_drawn() -> None:
    code = (
        "import io, sys, aseanrok\n"
        "module = aseanrok.plot\n"
        "assert 'matplotlib' not in sys.modules, 'import aseanrok.plot imported matplotlib'\n"
        "for draw in (module.timeline, module.funds):\n"
        "    draw().savefig(io.BytesIO(), format='png')\n"
        "print(sys.modules['matplotlib'].get_backend())\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.pop("MPLBACKEND", None)
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip().lower() == "agg"


def test_without_matplotlib(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
    with pytest.raises(ImportError, match=r"pip install 'aseanrok\[plot\]'"):
        aseanrok.plot.timeline()
