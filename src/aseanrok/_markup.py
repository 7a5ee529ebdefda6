"""A quote as a reader sees it: the markup of the documents' text extraction taken out.

The five documents' texts carry markup from their extraction (``8<sup>th</sup>``). A citation
keeps its quote with the source's characters, so that it stands verbatim in the text; what a
reader is shown is its plain text (``8th``).
"""

from __future__ import annotations

import re

__all__ = ["plain_text"]

# a superscript number after a word or a stop is a footnote marker ("partners.<sup>2</sup>"):
# a reader of the plain text has no footnote to follow, so the marker goes (the patterns are
# compiled on first use, by re's cache: making the records needs neither)
_FOOTNOTE = r"(?<=[^\d\s])<sup>\s*\d+\s*</sup>"
# any other tag of the extraction, without attributes: its text stays, the tag goes
_TAG = r"</?[A-Za-z][A-Za-z0-9]*\s*/?>"


def plain_text(text: str) -> str:
    """``text`` without markup, its runs of white space folded to one space.

    >>> plain_text("the 8<sup>th</sup> ASEAN-ROK Summit")
    'the 8th ASEAN-ROK Summit'
    >>> plain_text("ASEAN external partners.<sup>2</sup> In 2024")
    'ASEAN external partners. In 2024'
    """
    if "<" in text:
        text = re.sub(_TAG, "", re.sub(_FOOTNOTE, "", text))
    return " ".join(text.split())
