"""The way from a record or a ``Table`` up to the rendering layer, which sits above the API.

A record shows itself in Jupyter, and a ``Table`` prints, draws itself and becomes a DataFrame;
yet the records and ``Table`` lie below the rendering, which needs the API (a citation links to
its source's page). So they ask ``rendering()`` for it, and the package plugs the rendering
layer in when it is imported (``aseanrok/__init__.py``, which runs before any module of the
package does): no module imports a layer above its own. No imports: ``import aseanrok`` reads
this module.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from typing import Protocol

    import pandas as pd

    class Rendering(Protocol):
        """What the rendering layer (``aseanrok.render``) draws for the layers below it."""

        def table_text(self, rows: Sequence[object]) -> str:
            """The text ``print(table)`` shows."""

        def table_html(self, rows: Sequence[object]) -> str:
            """The HTML Jupyter shows for a table."""

        def table_frame(self, rows: Sequence[object]) -> pd.DataFrame:
            """The DataFrame of a table's records."""

        def record_html(self, record: object) -> str:
            """The HTML Jupyter shows for a record."""


__all__ = ["plug", "rendering"]

_plugged: Callable[[], Rendering] | None = None


def plug(rendering: Callable[[], Rendering]) -> None:
    """Where the rendering layer is: ``rendering()`` imports it and returns it."""
    global _plugged
    _plugged = rendering


def rendering() -> Rendering:
    """The rendering layer, as the package plugged it in."""
    if _plugged is None:  # the package's __init__ plugs it in before any module runs
        raise RuntimeError("no rendering layer plugged in (aseanrok/__init__.py does)")
    return _plugged()
