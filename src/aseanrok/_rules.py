"""The rules a single value of the data follows, shared by the record validators and the checks
on the raw JSON (no attrs: the first ``expand()`` checks its file without it)."""

from __future__ import annotations

import re

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TypeVar

    T = TypeVar("T")

__all__ = ["DATA_YEARS", "LANG", "QUOTE_MAX", "RANKS", "SLUG", "in_data_years", "is_text"]

#: An id: a lowercase slug such as ``summit-25``.
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
#: A BCP 47 tag, as far as the data needs it: a language subtag and optional subtags.
LANG = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*", re.ASCII)
#: The longest verbatim quote a citation carries.
QUOTE_MAX = 300
#: The years a date of the data falls in: one outside is a slip (9999-12-31 for "unknown"), and
#: no plot or sum of the data could place it. PartialDate itself takes years 1 to 9999.
DATA_YEARS = (1900, 2100)
#: The ranks of an attested value (``records.base.Rank``), best first.
RANKS = ("preferred", "normal", "deprecated")


def is_text(value: object) -> bool:
    """Whether ``value`` is a str with something other than blanks in it."""
    return isinstance(value, str) and value.strip() != ""


def in_data_years(date: T) -> T:
    """``date`` (a ``PartialDate``, or a ``Span`` of two) if its years are in ``DATA_YEARS``,
    else ``ValueError``."""
    parts: tuple[object, ...] = (
        (getattr(date, "start"), getattr(date, "end")) if hasattr(date, "start") else (date,)  # noqa: B009
    )
    for part in parts:
        year = getattr(part, "year")  # noqa: B009 - no attrs classes here: read by name
        if not DATA_YEARS[0] <= year <= DATA_YEARS[1]:
            raise ValueError(
                f"a date of the data is in the years {DATA_YEARS[0]}-{DATA_YEARS[1]}, got {date}"
            )
    return date
