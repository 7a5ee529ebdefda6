"""Text folded for matching: width, accents and case, the one way search and names compare."""

from __future__ import annotations

import unicodedata

__all__ = ["fold"]


def fold(text: str) -> str:
    """``text`` for matching: width (NFKC), accents and case folded; Hangul kept whole.

    >>> fold("Việt Nam"), fold("\\uff21\\uff33\\uff25\\uff21\\uff2e"), fold("한국")
    ('viet nam', 'asean', '한국')
    """
    if text.isascii():
        return text.lower()
    plain = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", text))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", plain).casefold()
