"""One-line briefs on ASEAN-ROK relations, written from aseanrok's cited facts: an example of
a project that depends on aseanrok through its public API only."""

from __future__ import annotations

import datetime as dt
import re
import warnings

import aseanrok
from aseanrok import NotFoundError, PartialDate, Summit

__all__ = ["current_id", "level_on", "ordinal", "spell_out", "summit_line"]

# a word in capitals (and digits) that may be an acronym
_WORD = re.compile(r"\b[A-Z][A-Z0-9]{1,7}\b")


def ordinal(n: int) -> str:
    """``1st``, ``2nd``, ``3rd``, ``4th``... ``11th``, ``12th``, ``13th``, ``21st``."""
    if n < 1:
        raise ValueError(f"an ordinal counts from 1, got {n}")
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def summit_line(summit: Summit) -> str:
    """A summit on one line: its ordinal and name, where and when, and the level the
    partnership had reached by its first day."""
    where = summit.city or summit.country or "place not recorded"
    number = "" if summit.number is None else f"{ordinal(summit.number)}: "
    level = aseanrok.partnership_level(summit.start.earliest()).name
    return f"{number}{summit.name}, {where}, {summit.when} ({level})"


def level_on(day: dt.date | PartialDate | str | int) -> str:
    """The name of the partnership's level on a date, or ``"before the dialogue"``."""
    try:
        return aseanrok.partnership_level(day).name
    except NotFoundError:
        return "before the dialogue"


def spell_out(text: str) -> str:
    """``text`` with each acronym that has one meaning followed by it in brackets, once."""
    seen: set[str] = set()

    def expand(match: re.Match[str]) -> str:
        word = match.group(0)
        if word in seen:
            return word
        try:
            meanings = aseanrok.expansions(word)
        except NotFoundError:
            return word
        seen.add(word)
        return f"{word} ({meanings[0]})" if len(meanings) == 1 else word

    return _WORD.sub(expand, text)


def current_id(record_id: str) -> str:
    """The id to store for a record: itself, or the id of the record it was merged into.

    ``LookupError`` (aseanrok's ``NotFoundError``) when it names nothing.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # the merge is the point here
        record = aseanrok.get(record_id)
    found = getattr(record, "id", None)
    if not isinstance(found, str):
        raise TypeError(f"{record_id!r} names a record without an id")
    return found
