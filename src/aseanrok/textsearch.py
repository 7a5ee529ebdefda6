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

import os
import re
import threading
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from .columns import field_roles, title_of
from .folding import fold
from .records.base import Source
from .search_text import NAME, TEXT, excerpt, key_of, shown, texts

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .table import Table

__all__ = ["Hit", "SearchIndex", "fold", "key_of", "search"]

#: The most different words a search takes (each is looked up: the work is bounded).
MAX_WORDS = 32
_WORD = re.compile(r"\w+")
# Hangul (syllables, jamo, compatibility jamo), CJK ideographs, kana: no spaces between words
_UNSPACED = re.compile(
    "[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff]"
)


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
                cap = TEXT if isinstance(record, Source) else NAME
                for path, weight, text in texts(record, skip, top=True):
                    self.entries.append(_Entry(number, path, min(weight, cap), fold(text), text))
        vocabulary: dict[str, list[int]] = {}
        # a token in Hangul or CJK characters is found by any part of it: by its characters
        # and pairs of characters, so that a word is looked for only where all its pairs are
        grams: dict[str, set[int]] = {}
        for i, entry in enumerate(self.entries):
            for token in set(_WORD.findall(entry.folded)):
                vocabulary.setdefault(token, []).append(i)
                if _UNSPACED.search(token):
                    for gram in _grams(token):
                        grams.setdefault(gram, set()).add(i)
        self.tokens: list[str] = sorted(vocabulary)
        self.postings: list[list[int]] = [vocabulary[t] for t in self.tokens]
        self.grams: dict[str, set[int]] = grams
        self.longest: int = max(map(len, self.tokens), default=0)
        #: how many entries searches have looked at (the work done: the tests count it)
        self.examined: int = 0

    def _entries(self, word: str) -> set[int]:
        """The entries that mention a word (folded): at a word's start, or anywhere for a
        word in Hangul or CJK characters."""
        if len(word) > self.longest:  # longer than any token: in no entry
            return set()
        if _UNSPACED.search(word):
            found = None
            for gram in sorted(_grams(word, pairs_only=len(word) > 1), key=self._gram_size):
                where = self.grams.get(gram, set())
                found = set(where) if found is None else found & where
                self.examined += len(where)
                if not found:
                    return set()
            candidates = found or set()
            self.examined += len(candidates)
            return {i for i in candidates if word in self.entries[i].folded}
        found = set()
        i = bisect_left(self.tokens, word)
        while i < len(self.tokens) and self.tokens[i].startswith(word):
            found.update(self.postings[i])
            self.examined += len(self.postings[i])
            i += 1
        return found

    def _gram_size(self, gram: str) -> int:
        return len(self.grams.get(gram, ()))

    def search(
        self, text: str, *, collection: str | None = None, limit: int | None = None
    ) -> list[Hit]:
        """The hits for ``text``, best first (see ``search``)."""
        query = fold(text)
        words = list(dict.fromkeys(_WORD.findall(query)))
        if not words:
            raise ValueError(f"no words to search for in {shown(text)}")
        if len(words) > MAX_WORDS:
            raise ValueError(
                f"a search takes at most {MAX_WORDS} different words, got {len(words)}"
            )
        phrase = " ".join(words)
        # record -> entry -> the words it mentions; a record must mention every word, so once
        # no record mentions the words so far, the rest are not looked up
        found: dict[int, dict[int, set[int]]] = {}
        for w, word in enumerate(words):
            mentioned = set()
            for i in self._entries(word):
                entry = self.entries[i]
                if collection is None or self.records[entry.record][0] == collection:
                    if w and entry.record not in found:
                        continue
                    found.setdefault(entry.record, {}).setdefault(i, set()).add(w)
                    mentioned.add(entry.record)
            found = {r: e for r, e in found.items() if r in mentioned}
            if not found:
                return []
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
            if (NAME, phrase) in texts:
                score += 8  # a name that is the phrase
            elif any(weight == NAME and phrase in text for weight, text in texts):
                score += 4  # a name that holds the phrase
            elif any(text == phrase for _, text in texts):
                score += 4  # a field that is the phrase (a city, a country)
            name, position, record = self.records[number]
            hit = Hit(
                collection=name,
                key=key_of(record),
                title=title_of(record),
                field=self.entries[chosen].path,
                excerpt=excerpt(self.entries[chosen].text, words),
                score=score,
                record=record,
            )
            ranked.append(((-score, order[name], position), hit))
        ranked.sort(key=lambda pair: pair[0])
        hits = [hit for _, hit in ranked]
        return hits if limit is None else hits[:limit]


def _grams(token: str, *, pairs_only: bool = False) -> set[str]:
    """The characters and pairs of adjacent characters of a token (the pairs only, if asked)."""
    pairs = {token[i : i + 2] for i in range(len(token) - 1)}
    return pairs if pairs_only else pairs | set(token)


def _words(folded: str) -> str:
    return " ".join(_WORD.findall(folded))


_built: list[SearchIndex] = []  # the index of the bundled data, once built
_building = threading.Lock()


def _default() -> SearchIndex:
    """The index of the bundled data, built once, however many threads search first."""
    if not _built:
        with _building:
            if not _built:
                from .dataset import COLLECTIONS
                from .loader import load

                dataset = load()
                _built.append(SearchIndex({n: dataset.collection(n) for n in COLLECTIONS}))
    return _built[0]


def _after_fork_in_child() -> None:
    global _building
    _building = threading.Lock()  # a thread the child does not have may have held it


if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=_after_fork_in_child)


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
