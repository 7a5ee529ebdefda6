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

from ._base import (
    FUNDS_SIZE,
    MILESTONES,
    NEEDS_MATPLOTLIB,
    PROJECTS_SIZE,
    SERIES_SIZE,
    TIMELINE_SIZE,
)
from ._funds import funds, projects
from ._series import series, trade
from ._timeline import timeline

__all__ = ["FUNDS_SIZE", "MILESTONES", "NEEDS_MATPLOTLIB", "PROJECTS_SIZE", "SERIES_SIZE"]
__all__ += ["TIMELINE_SIZE", "funds", "projects", "series", "timeline", "trade"]
