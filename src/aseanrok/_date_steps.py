"""The structuring plans' steps for dates and spans: a text read once, for every record that
holds it (dates repeat from record to record and file to file), and a date in a span the same
record as that date elsewhere. Each accepts what ``forms.date`` and ``forms.span`` accept, as
the strict converter reads them; anything else raises (the converter then says why).

>>> DATE("2004-11-30") is DATE("2004-11-30")
True
>>> SPAN("2004-11-29/2004-11-30").end is DATE("2004-11-30")
True
"""

from __future__ import annotations

from . import forms
from .dates import PartialDate, Span

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    Step = Callable[[Any], Any]

__all__ = ["DATE", "OPTIONAL_DATE", "OPTIONAL_SPAN", "SPAN"]

# each text parsed once while it is held (bounded: any data may come)
_DATES: dict[str, PartialDate] = {}
_SPANS: dict[str, Span] = {}
_CACHE_MAX = 4096


def _cached(cache: dict[str, Any], read: Step, optional: bool = False) -> Step:
    """``read``, made once per text while ``cache`` holds it (emptied when full, so that it
    stays bounded); where ``optional``, ``None`` is ``None``."""

    def structure(value: Any) -> Any:
        if type(value) is not str:
            if value is None and optional:
                return None
            return read(value)  # a subclass of str (not cached), or refused
        found = cache.get(value)
        if found is None:
            if len(cache) >= _CACHE_MAX:
                cache.clear()
            found = cache[value] = read(value)
        return found

    return structure


def _span(date: Step) -> Step:
    """A span read as ``forms.span`` reads it, each of its dates by ``date``."""

    def read(value: Any) -> Span:
        first, slash, last = value.partition("/")  # not a str: refused
        start = date(first)
        return Span(start=start, end=date(last) if slash else start)

    return read


#: A date, and a date or ``None``.
DATE = _cached(_DATES, forms.date)
OPTIONAL_DATE = _cached(_DATES, forms.date, optional=True)
#: A span, and a span or ``None``.
SPAN = _cached(_SPANS, _span(DATE))
OPTIONAL_SPAN = _cached(_SPANS, _span(DATE), optional=True)
