"""The rendering layer, above the API: records and tables as text for a terminal, as HTML for
Jupyter (each source linked to its page, each id to what it names) and as DataFrames.

``Table`` and the records lie below it and draw themselves through ``aseanrok._views``, which
the package connects to the four functions here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .html import record_html, table_html
from .text import text_table

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["record_html", "table_frame", "table_html", "table_text"]


def table_text(rows: Sequence[object]) -> str:
    """What ``print(table)`` shows: aligned columns, the last one whole."""
    return text_table(rows, last=True)


def table_frame(rows: Sequence[object]) -> pd.DataFrame:
    """The records of a table as a DataFrame (``aseanrok.to_pandas``)."""
    from ..frames import to_pandas

    return to_pandas(rows)
