"""What of a record ``search()`` reads, and how a hit is shown: the searchable texts of a
record with their weights (read from the record classes), the key a record is known by, and an
excerpt around the words found."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .columns import _TITLES, shapes, title_of
from .folding import fold
from .shown import shown_value

__all__ = ["NAME", "REMARK", "TEXT", "excerpt", "key_of", "shown", "texts"]

# fields that are not words: addresses, language tags, field names, locators
_NOT_WORDS = frozenset({"url", "lang", "language", "field", "locator", "inferred", "source_id"})
# notes, quotes, reasons: a match there counts least
_REMARKS = frozenset({"note", "quote", "reason", "purpose"})
# the lists of records that hold the record's own names (every other nested name is text)
_NAMING = frozenset({"names", "variants", "meanings", "alternatives"})
#: The weights of a match: in a name or title, in other text, in a remark.
NAME, TEXT, REMARK = 3, 2, 1


def key_of(record: object) -> str:
    """The key a record is known by: its id, else its acronym or number, else its title."""
    for attribute in ("id", "acronym", "number"):
        value = getattr(record, attribute, None)
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            return str(value)
    return title_of(record)


def texts(
    record: object, skip: set[tuple[type, str]], *, top: bool
) -> Iterator[tuple[str, int, str]]:
    """(path, weight, text) of every searchable text in a record and the records it holds."""
    cls: Any = type(record)
    for shape in shapes(cls):
        value = shown_value(record, shape.name)  # a quote as plain text
        if shape.kind == "records":
            items = value if isinstance(value, tuple) else (() if value is None else (value,))
            for i, item in enumerate(items):
                for path, weight, text in texts(item, skip, top=False):
                    if weight == NAME and shape.name not in _NAMING:
                        # a disputed value, a chair's name, a role's title: not this record's
                        weight = TEXT
                    yield f"{shape.name}[{i}].{path}", weight, text
            continue
        if not (shape.kind == "text" or (shape.kind == "list" and shape.item_kind == "text")):
            continue
        if shape.code or shape.name in _NOT_WORDS:
            continue
        if (cls, shape.name) in skip and not (top and shape.name == "id"):
            continue
        weight = NAME if shape.name in _TITLES else REMARK if shape.name in _REMARKS else TEXT
        if isinstance(value, tuple):
            for i, v in enumerate(value):
                yield f"{shape.name}[{i}]", weight, str(v)
        elif value is not None:
            yield shape.name, weight, str(value)


def excerpt(found: str, words: list[str], width: int = 90) -> str:
    """About ``width`` characters of the text ``found`` around the first of ``words`` in it."""
    text = " ".join(found.split())
    if len(text) <= width:
        return text
    folded = fold(text)
    at = min((p for p in (folded.find(w) for w in words) if p >= 0), default=0)
    if len(folded) != len(text):  # folding changed the length: the position is approximate
        at = min(at, len(text) - 1)
    start = max(0, min(at - width // 3, len(text) - width))
    if start > 0:
        start = text.find(" ", start) + 1 or start
    end = start + width
    if end < len(text):
        end = text.rfind(" ", start, end) if " " in text[start:end] else end
    return ("…" if start > 0 else "") + text[start:end].strip() + ("…" if end < len(text) else "")


def shown(text: str) -> str:
    return repr(text) if len(text) <= 60 else f"{text[:60]!r}..."
