"""The plots: drawn from the real data, rendered headless to PNG, on a new figure or an Axes;
legible at the docs' width; refusing what is no Axes; naming the extra without matplotlib."""

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

PLOTS = {
    "timeline": aseanrok.plot.TIMELINE_SIZE,
    "funds": aseanrok.plot.FUNDS_SIZE,
    "projects": aseanrok.plot.PROJECTS_SIZE,
    "trade": aseanrok.plot.SERIES_SIZE,
}


@pytest.fixture
def volumes() -> None:
    """Skip a funds plot where the data being replaced has inconsistent volumes."""
    try:
        aseanrok.fund_volumes()
    except aseanrok.DataError as exc:
        pytest.skip(f"the bundled fund volumes do not load: {exc}")


def draw(name: str, ax: object = None) -> Figure:
    if name == "funds":
        try:
            aseanrok.fund_volumes()
        except aseanrok.DataError as exc:
            pytest.skip(f"the bundled fund volumes do not load: {exc}")
    fig: Figure = getattr(aseanrok.plot, name)(ax)
    return fig


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
    fig = draw(name)
    assert isinstance(fig, Figure)
    data = png(fig)
    width, height = PLOTS[name]
    assert png_size(data) == (round(width * 100), round(height * 100))
    assert width <= 8.5, "wider than the docs' column: its text would shrink"
    pixels = imread(io.BytesIO(data))
    colours = {tuple(p) for p in pixels[::7, ::7].reshape(-1, pixels.shape[-1]).tolist()}
    assert len(colours) > 20, "the image is (almost) blank"


@pytest.mark.parametrize("name", sorted(PLOTS))
def test_draws_on_the_axes_given(name: str) -> None:
    fig = Figure(figsize=(12, 10))
    upper, lower = fig.subplots(2)
    assert draw(name, lower) is fig
    assert lower.has_data()
    assert not upper.has_data()
    assert png_size(png(fig, dpi=50)) == (600, 500)


@pytest.mark.parametrize("name", sorted(PLOTS))
def test_axes_say_what_they_measure(name: str) -> None:
    ax = draw(name).axes[0]
    assert ax.get_title()
    assert ax.get_xlabel()
    for text in [*ax.get_xticklabels(), *ax.get_yticklabels(), *ax.texts]:
        assert text.get_fontsize() >= 7, "too small to read at the docs' width"


def test_an_axes_in_a_subfigure_gives_the_root_figure() -> None:
    fig = Figure()
    ax = fig.subfigures(1, 2)[1].add_subplot()
    assert aseanrok.plot.projects(ax) is fig


def test_timeline_is_the_real_data() -> None:
    ax = aseanrok.plot.timeline().axes[0]
    ordinals = [t.get_text() for t in ax.texts]
    assert ordinals == [str(s.number) for s in aseanrok.summits() if s.number is not None]
    legend = ax.get_legend()
    assert legend is not None
    names = [t.get_text() for t in legend.get_texts()]
    levels = aseanrok.partnership_levels()
    assert names[: len(levels)] == [f"{level.name}, {level.since.year}" for level in levels]
    # the levels' bands are colours a reader tells apart
    colours = [tuple(round(c, 2) for c in p.get_facecolor()) for p in legend.get_patches()]
    assert len(set(colours[: len(levels)])) == len(levels)


def test_funds_is_the_real_data(volumes: None) -> None:
    ax = aseanrok.plot.funds().axes[0]
    assert ax.get_ylabel() == "Annual volume (USD million)"
    shown = {t.get_text() for t in ax.texts}
    usd = [v for v in aseanrok.fund_volumes() if v.annual.currency == "USD"]
    assert len(ax.patches) == len(usd)
    last = {(v.fund, v.kind): v for v in usd}
    assert {f"{v.annual.amount / 1e6:g}M" for v in last.values()} <= shown
    # each bar stands on its year
    years = {v.year for v in usd}
    for patch in ax.patches:
        middle = patch.get_x() + patch.get_width() / 2
        assert round(middle) in years
        assert abs(middle - round(middle)) < 0.45


def test_projects_is_the_real_data() -> None:
    ax = aseanrok.plot.projects().axes[0]
    budgeted = [
        p
        for p in aseanrok.projects()
        if p.budget and p.budget.currency == "USD" and p.start_year and p.end_year
    ]
    inside = [p for p in aseanrok.projects() if p.budget_in and p.start_year and p.end_year]
    assert len(ax.get_yticklabels()) == len(budgeted) + len(inside)
    texts = {t.get_text() for t in ax.texts}
    assert {f"{p.budget.amount / 1e6:g}M USD" for p in budgeted if p.budget} <= texts
    # a project's bar covers its years: from the start of its first to the end of its last
    spans = sorted((round(b.get_x()), round(b.get_x() + b.get_width())) for b in ax.patches)
    drawn = [*budgeted, *inside]
    assert spans == sorted((p.start_year, (p.end_year or 0) + 1) for p in drawn)


@pytest.mark.parametrize("name", sorted(PLOTS))
@pytest.mark.parametrize("bad", ["x", 42, Figure()])
def test_an_ax_that_is_no_axes_is_a_type_error(name: str, bad: object) -> None:
    with pytest.raises(TypeError, match="matplotlib Axes"):
        getattr(aseanrok.plot, name)(bad)


def test_milestones_are_read_only() -> None:
    with pytest.raises(TypeError):
        aseanrok.plot.MILESTONES["Agreements"] = ()  # type: ignore[index]
    with pytest.raises((TypeError, AttributeError)):
        del aseanrok.plot.MILESTONES["Agreements"]  # type: ignore[attr-defined]
    assert all(isinstance(v, tuple) for v in aseanrok.plot.MILESTONES.values())


def test_headless_and_matplotlib_only_when_drawn() -> None:
    code = (
        "import io, sys, aseanrok\n"
        "module = aseanrok.plot\n"
        "assert 'matplotlib' not in sys.modules, 'import aseanrok.plot imported matplotlib'\n"
        "for draw in (module.timeline, module.projects):\n"
        "    draw().savefig(io.BytesIO(), format='png')\n"
        "print(sys.modules['matplotlib'].get_backend())\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.pop("MPLBACKEND", None)
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip().lower() == "agg"


@pytest.mark.parametrize("module", ["matplotlib", "matplotlib.pyplot"])
def test_without_matplotlib_the_error_names_what_to_install(
    monkeypatch: pytest.MonkeyPatch, module: str
) -> None:
    monkeypatch.setitem(sys.modules, module, None)
    for name in PLOTS:
        with pytest.raises(ImportError, match=r"pip install '\.\[plot\]'"):
            getattr(aseanrok.plot, name)()


def test_without_matplotlib_installed_at_all() -> None:
    """matplotlib absent (not merely pyplot): the friendly error, not ModuleNotFoundError."""
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'matplotlib' or name.startswith('matplotlib.'):\n"
        "            raise ModuleNotFoundError(name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import aseanrok\n"
        "try:\n"
        "    aseanrok.plot.timeline()\n"
        "except ImportError as exc:\n"
        "    print(type(exc).__name__, exc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.startswith("ImportError ")
    assert "pip install '.[plot]'" in out.stdout
