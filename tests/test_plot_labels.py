"""Plots carry a source line, and their labels never overlap (21 and 22 on the timeline, 10M
and 6M on the funds' bars did)."""

from __future__ import annotations

import pytest

import aseanrok as a
from aseanrok.plot._base import _unclash, source_line

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")


@pytest.mark.parametrize("name", ["timeline", "funds", "projects", "trade"])
def test_every_plot_says_where_its_data_is_from(name: str) -> None:
    fig = getattr(a.plot, name)()
    texts = [t.get_text() for t in fig.texts]
    supx = fig._supxlabel  # type: ignore[attr-defined]
    texts.append(supx.get_text() if supx is not None else "")
    assert source_line() in texts
    assert a.DATA_VERSION in source_line()


def _overlapping(fig: object) -> list[tuple[str, str]]:
    fig.draw_without_rendering()  # type: ignore[attr-defined]
    renderer = fig._get_renderer()  # type: ignore[attr-defined]
    labels = [t for ax in fig.axes for t in ax.texts if t.get_text()]  # type: ignore[attr-defined]
    boxes = [t.get_window_extent(renderer) for t in labels]
    return [
        (labels[i].get_text(), labels[j].get_text())
        for i in range(len(labels))
        for j in range(i)
        if boxes[i].overlaps(boxes[j])
    ]


@pytest.mark.parametrize("name", ["timeline", "funds"])
def test_labels_do_not_overlap(name: str) -> None:
    assert _overlapping(getattr(a.plot, name)()) == []


def test_labels_that_would_overlap_are_moved_apart() -> None:
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    plt.close(fig)
    labels = [
        ax.annotate(text, (1, 1), xytext=(0, 2), textcoords="offset points", ha="center")
        for text in ("10M", "6M", "21")
    ]
    assert _overlapping(fig)
    _unclash(fig, labels)
    assert _overlapping(fig) == []
