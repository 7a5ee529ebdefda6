"""The counts the five documents state: eight lines of effort, ten priority areas..."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import aseanrok as a

STATED_COUNTS: list[tuple[str, Callable[[], int], int, str]] = [
    ("lines of effort", lambda: len(a.lines_of_effort()), 8, "Eight Core Lines of Effort"),
    ("priority areas", lambda: len(a.priority_areas()), 10, "KASI III lists ten"),
    ("visions", lambda: len(a.visions()), 3, "namely, freedom, peace and prosperity"),
    ("pledges", lambda: len(a.pledges()), 1, "KASI III.8, November 2022"),
    (
        "three ASEAN-related cooperation funds",
        lambda: len(a.pledges()[0].volumes),
        3,
        "the AKCF ..., the MKCF ..., and the BMCF",
    ),
]


@pytest.mark.parametrize(
    ("what", "count", "expected", "quote"), STATED_COUNTS, ids=[c[0] for c in STATED_COUNTS]
)
def test_stated_counts(what: str, count: Callable[[], int], expected: int, quote: str) -> None:
    assert count() == expected, quote
