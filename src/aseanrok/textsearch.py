"""``search(text)``: every record whose words mention all the words asked for, ranked.

What is searched is read from the record classes: every text field of a record and of the
records it holds (names in every language, acronym meanings, claims, roles, citations'
quotes), except ids, references to other records, codes and addresses. Matching folds case,
accents and width (``"viet nam"`` finds "Việt Nam", fullwidth "ASEAN" finds "ASEAN"); a word
matches the start of a word in the text ("summit" finds "summits"), and a word in Hangul or
Chinese characters matches anywhere in the text (Korean writes particles onto words).

A name, title, label, acronym or expansion that mentions a word outranks any other field; a
name that holds the whole phrase, or is it, ranks higher still.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from typing import Any

import attrs

from .columns import _TITLES, field_roles, shapes, title_of
from .folding import fold
from .records.base import Source

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .table import Table

__all__ = ["Hit", "SearchIndex", "fold", "key_of", "search"]

# fields that are not words: addresses, language tags, field names, locators
_NOT_WORDS = frozenset({"url", "lang", "language", "field", "locator", "inferred", "source_id"})
# notes, quotes, reasons: a match there counts least
_REMARKS = frozenset({"note", "quote", "reason", "purpose"})
# the lists of records that hold the record's own names (every other nested name is text)
_NAMING = frozenset({"names", "variants", "meanings", "alternatives"})
_NAME, _TEXT, _REMARK = 3, 2, 1
_WORD = re.compile(r"\w+")
# Hangul (syllables, jamo, compatibility jamo), CJK ideographs, kana: no spaces between words
_UNSPACED = re.compile(
    "[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff]"
)


def key_of(record: object) -> str:
    """The key a record is known by: its id, else its acronym or number, else its title."""
    for attribute in ("id", "acronym", "number"):
        value = getattr(record, attribute, None)
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            return str(value)
    return title_of(record)


@attrs.frozen(kw_only=True)
class Hit:
    """A record that mentions the words searched for: its collection and key (for ``get()``
    or ``aseanrok cite``), its title, the field that matched best and a short excerpt of it.
    ``score`` orders the hits (higher first); ``record`` is the record itself."""

    collection: str
    key: str
    title: str
    field: str
    excerpt: str
    score: int
    record: Any = attrs.field(repr=False)


@attrs.frozen
class _Entry:
    record: int  # position in SearchIndex.records
    path: str
    weight: int
    folded: str
    text: str


class SearchIndex:
    """The searchable text of a set of collections (collection name to records)."""

    def __init__(self, collections: Mapping[str, Sequence[object]]) -> None:
        self.records: list[tuple[str, int, object]] = []
        self.entries: list[_Entry] = []
        self.collections: tuple[str, ...] = tuple(collections)
        references, codes = field_roles(collections)
        skip = set(references) | codes
        for name, records in collections.items():
            for position, record in enumerate(records):
                number = len(self.records)
                self.records.append((name, position, record))
                # a source is where a fact stands, not what it is about: its title counts as
                # text, not as a name
                cap = _TEXT if isinstance(record, Source) else _NAME
                for path, weight, text in _texts(record, skip, top=True):
                    self.entries.append(_Entry(number, path, min(weight, cap), fold(text), text))
        vocabulary: dict[str, list[int]] = {}
        for i, entry in enumerate(self.entries):
            for token in set(_WORD.findall(entry.folded)):
                vocabulary.setdefault(token, []).append(i)
        self.tokens: list[str] = sorted(vocabulary)
        self.postings: list[list[int]] = [vocabulary[t] for t in self.tokens]

    def _entries(self, word: str) -> set[int]:
        """The entries that mention a word (folded): at a word's start, or anywhere for a
        word in Hangul or CJK characters."""
        if _UNSPACED.search(word):
            return {i for i, e in enumerate(self.entries) if word in e.folded}
        found: set[int] = set()
        i = bisect_left(self.tokens, word)
        while i < len(self.tokens) and self.tokens[i].startswith(word):
            found.update(self.postings[i])
            i += 1
        return found

    def search(
        self, text: str, *, collection: str | None = None, limit: int | None = None
    ) -> list[Hit]:
        """The hits for ``text``, best first (see ``search``)."""
        query = fold(text)
        words = list(dict.fromkeys(_WORD.findall(query)))
        if not words:
            raise ValueError(f"no words to search for in {_shown(text)}")
        phrase = " ".join(words)
        # record -> entry -> the words it mentions
        found: dict[int, dict[int, set[int]]] = {}
        for w, word in enumerate(words):
            for i in self._entries(word):
                entry = self.entries[i]
                if collection is None or self.records[entry.record][0] == collection:
                    found.setdefault(entry.record, {}).setdefault(i, set()).add(w)
        # at equal scores, collections in their order, the sources last
        order = {name: (name == "sources", i) for i, name in enumerate(self.collections)}
        ranked = []
        for number, entries in found.items():
            weights = dict.fromkeys(range(len(words)), 0)
            for i, mentioned in entries.items():
                for w in mentioned:
                    weights[w] = max(weights[w], self.entries[i].weight)
            if not all(weights.values()):
                continue
            chosen = max(entries, key=lambda i: (len(entries[i]), self.entries[i].weight, -i))
            score = 10 * sum(weights.values())
            texts = [(self.entries[i].weight, _words(self.entries[i].folded)) for i in entries]
            if (_NAME, phrase) in texts:
                score += 8  # a name that is the phrase
            elif any(weight == _NAME and phrase in text for weight, text in texts):
                score += 4  # a name that holds the phrase
            elif any(text == phrase for _, text in texts):
                score += 4  # a field that is the phrase (a city, a country)
            name, position, record = self.records[number]
            hit = Hit(
                collection=name,
                key=key_of(record),
                title=title_of(record),
                field=self.entries[chosen].path,
                excerpt=_excerpt(self.entries[chosen], words),
                score=score,
                record=record,
            )
            ranked.append(((-score, order[name], position), hit))
        ranked.sort(key=lambda pair: pair[0])
        hits = [hit for _, hit in ranked]
        return hits if limit is None else hits[:limit]


def _words(folded: str) -> str:
    return " ".join(_WORD.findall(folded))


def _texts(
    record: object, skip: set[tuple[type, str]], *, top: bool
) -> Iterator[tuple[str, int, str]]:
    """(path, weight, text) of every searchable text in a record and the records it holds."""
    cls: Any = type(record)
    for shape in shapes(cls):
        value = getattr(record, shape.name)
        if shape.kind == "records":
            items = value if isinstance(value, tuple) else (() if value is None else (value,))
            for i, item in enumerate(items):
                for path, weight, text in _texts(item, skip, top=False):
                    if weight == _NAME and shape.name not in _NAMING:
                        # a disputed value, a chair's name, a role's title: not this record's
                        weight = _TEXT
                    yield f"{shape.name}[{i}].{path}", weight, text
            continue
        if not (shape.kind == "text" or (shape.kind == "list" and shape.item_kind == "text")):
            continue
        if shape.code or shape.name in _NOT_WORDS:
            continue
        if (cls, shape.name) in skip and not (top and shape.name == "id"):
            continue
        weight = _NAME if shape.name in _TITLES else _REMARK if shape.name in _REMARKS else _TEXT
        if isinstance(value, tuple):
            for i, v in enumerate(value):
                yield f"{shape.name}[{i}]", weight, str(v)
        elif value is not None:
            yield shape.name, weight, str(value)


def _excerpt(entry: _Entry, words: list[str], width: int = 90) -> str:
    """About ``width`` characters of the entry's text around the first word found."""
    text = " ".join(entry.text.split())
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


def _shown(text: str) -> str:
    return repr(text) if len(text) <= 60 else f"{text[:60]!r}..."


@cache
def _default() -> SearchIndex:
    from .dataset import COLLECTIONS
    from .summary import load

    dataset = load()
    return SearchIndex({name: dataset.collection(name) for name in COLLECTIONS})


def search(text: str, *, collection: str | None = None, limit: int | None = None) -> Table[Hit]:
    """Every record whose text mentions all the words of ``text``, best first, as a ``Table``
    of ``Hit`` (collection, key, title, the field that matched, an excerpt, the record).

    Case, accents and width are ignored; a word matches the start of a word ("summit" finds
    "summits"), a word in Hangul anywhere. Names, titles and acronyms rank first. ``collection``
    keeps the hits of one collection, ``limit`` the best few.

    >>> hit = aseanrok.search("Vientiane", collection="summits")[0]
    >>> hit.key, hit.field
    ('summit-8', 'city')
    """
    from ._args import optional_int, require_text
    from .dataset import COLLECTIONS
    from .errors import NotFoundError
    from .table import Table as Table_

    words = require_text(text, "the text to search for")
    if collection is not None:
        collection = require_text(collection, "collection").casefold()
        if collection not in COLLECTIONS:
            raise NotFoundError(collection, COLLECTIONS, what="collection")
    most = optional_int(limit, "limit")
    if most is not None and most < 0:
        raise ValueError(f"limit must not be negative, got {most}")
    return Table_(_default().search(words, collection=collection, limit=most))
