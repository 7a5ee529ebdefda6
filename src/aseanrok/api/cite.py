"""``cite(record)``: a readable citation of the sources a record rests on."""

from __future__ import annotations

from ..records.base import Citation
from .catalog import source

__all__ = ["cite"]


def cite(record: object) -> str:
    """One line per citation: source title, publisher and date, locator, and the quote (for
    the five documents) or the page's address (for a web page). A last line names the fields
    the record infers rather than states.

    >>> print(aseanrok.cite(aseanrok.summit(8)).splitlines()[0])  # doctest: +NORMALIZE_WHITESPACE
    Overview of ASEAN-Republic of Korea Comprehensive Strategic Partnership
    (ASEAN Secretariat, 2025), para 2: "the 8<sup>th</sup> ASEAN-ROK Summit on
    30 November 2004 in Vientiane, Lao PDR"
    >>> print(aseanrok.cite(aseanrok.summit(2)).splitlines()[-1])
    Inferred, not stated: number, name, asean_chair, chair (see the note)
    """
    citations = getattr(record, "citations", None)
    if not isinstance(citations, tuple) or not all(isinstance(c, Citation) for c in citations):
        raise TypeError(f"cite() takes a record with citations, got {type(record).__name__}")
    lines = []
    for c in citations:
        s = source(c.source_id)
        published = s.published or "n.d."
        where = f'"{c.quote}"' if c.quote is not None else f"<{s.url}>"
        lines.append(f"{s.title} ({s.publisher}, {published}), {c.locator}: {where}")
    inferred = getattr(record, "inferred", ())
    if inferred:
        lines.append(f"Inferred, not stated: {', '.join(inferred)} (see the note)")
    return "\n".join(lines)
