"""The rules a single value of the data follows, shared by the record validators and the checks
on the raw JSON (no attrs: the first ``expand()`` checks its file without it)."""

from __future__ import annotations

import re

__all__ = ["LANG", "QUOTE_MAX", "RANKS", "SLUG", "is_text"]

#: An id: a lowercase slug such as ``summit-25``.
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
#: A BCP 47 tag, as far as the data needs it: a language subtag and optional subtags.
LANG = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*", re.ASCII)
#: The longest verbatim quote a citation carries.
QUOTE_MAX = 300
#: The ranks of an attested value (``records.base.Rank``), best first.
RANKS = ("preferred", "normal", "deprecated")


def is_text(value: object) -> bool:
    """Whether ``value`` is a str with something other than blanks in it."""
    return isinstance(value, str) and value.strip() != ""
