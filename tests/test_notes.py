"""Notes are written for the reader: what a value is, where it was read and how it was worked
out, once and briefly, never how the data was assembled; a value read from a page's address or
a relative date is marked inferred; and no two records are one thing."""

from __future__ import annotations

import difflib
import re
import statistics
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

import aseanrok as a
from aseanrok.dataset import COLLECTIONS
from aseanrok.dates import PartialDate, Span
from aseanrok.folding import fold
from aseanrok.loader import files

#: notes allowed more than LIMIT words, each with why (reviewed)
LONG: dict[str, str] = {}
LIMIT = 80

#: words about the making of the data, not about the facts
MAKING = re.compile(
    r"\b(?:readers?|helpers?|pass(?:es)?|staging|staged|researchers?|look-?ups?|"
    r"existing (?:record|data|value|id)|formerly [a-z]+-[a-z0-9-]+|previous(?:ly)? (?:record|id)|"
    r"(?:is|are) now (?:the|a|an|in|its|listed)|now (?:goes|listed)|"
    r"names\.json|folder|this replaces|no longer)\b",
    re.IGNORECASE,
)

#: a value read from a page's address, a relative date or a weekday
READING = re.compile(
    r"\b(?:address|this (?:week|month|year)|last (?:week|month|year)|next (?:week|month|year)|"
    r"yesterday|(?<!asia )(?<!gangjin )today|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"read against|\w+ (?:days|weeks|months|years) ago|"
    r"(?:report|page|article|text)'s date|from (?:its|the) (?:report|page|article) date)\b",
    re.IGNORECASE,
)

#: records whose note names such a reading that no field of theirs rests on (reviewed)
READING_ELSEWHERE: dict[str, str] = {
    "meetings:asean-rok-senior-officials-meetings-17": "Republika gives the dates; the weekday "
    "is that of the press conference",
    "meetings:asean-rok-ministerial-meeting-smart-city-1": "'address' is the minister's speech",
    "meetings:asean-rok-transport-ministers-meeting-14": "the weekday is the release's own; the "
    "date joins its day and month to the overview's year, two statements",
    "meetings:asean-rok-ministerial-meetings-28": "the weekday is the ministry's own; Newspim's "
    "caption dates the meeting",
}

#: pairs that look like one thing but are two, each with why (reviewed)
DISTINCT: dict[frozenset[str], str] = {
    frozenset({"new-southern-policy", "new-southern-policy-plus"}): "the policy and its later "
    "'Plus' version, two documents",
    frozenset({"park-sang-woo", "park-yang-woo"}): "two ministers: 박상우 (transport, 2024) and "
    "박양우 (culture, 2019)",
    frozenset(
        {
            "framework-agreement-comprehensive-economic-cooperation",
            "agreement-dispute-settlement-mechanism-2005",
        }
    ): "the 2005 framework and the dispute settlement agreement under it, signed the same day",
    frozenset(
        {"protocol-accession-thailand-aktig-2009", "protocol-accession-thailand-aktis-2009"}
    ): "Thailand's accessions to the goods and to the services agreements",
    frozenset({"asean-ministerial-meeting", "asean-rok-ministerial-meetings"}): "ASEAN's own "
    "ministerial meeting, and the ASEAN-ROK ministers' meetings in general",
    frozenset(
        {"target-trade-300-billion-usd-a-year-2025", "target-visitors-15-million-a-year-2025"}
    ): "two targets set the same day: trade and visits",
}


def _notes(record: object, where: str) -> Iterator[tuple[str, str]]:
    """(path, note) of every note in a record and the records it holds."""
    if not attrs.has(type(record)):
        return
    for f in attrs.fields(type(record)):
        value = getattr(record, f.name)
        if f.name == "note" and isinstance(value, str):
            yield where, value
        for i, item in enumerate(value if isinstance(value, tuple) else ()):
            yield from _notes(item, f"{where}.{f.name}[{i}]")


def _all_notes() -> list[tuple[str, object, str]]:
    found = []
    for name in COLLECTIONS:
        for record in a.load().collection(name):
            for path, note in _notes(record, f"{name}:{record.id}"):  # type: ignore[attr-defined]
                found.append((path, record, note))
    return found


NOTES = _all_notes()


def _words(text: str) -> int:
    return len(text.split())


def test_no_note_speaks_of_the_making_of_the_data() -> None:
    found = [(path, m.group(0)) for path, _, note in NOTES if (m := MAKING.search(note))]
    assert found == []


def test_a_note_names_only_files_that_exist() -> None:
    data = files("aseanrok") / "data"
    named = {(path, f) for path, _, note in NOTES for f in re.findall(r"\b[\w-]+\.json\b", note)}
    assert [(path, f) for path, f in named if not (data / f).is_file()] == []


def _sentences(note: str) -> list[str]:
    parts = re.split(r"(?<=[.;])\s+", note)
    return [" ".join(re.sub(r"[^\w\s]", " ", fold(p)).split()) for p in parts if p.strip()]


def test_no_note_says_a_thing_twice() -> None:
    twice = []
    for path, _, note in NOTES:
        said = _sentences(note)
        for i, one in enumerate(said):
            for other in said[i + 1 :]:
                if difflib.SequenceMatcher(None, one, other).ratio() > 0.85:
                    twice.append((path, one))
    assert twice == []


def test_notes_are_short() -> None:
    long = [(p, _words(n)) for p, _, n in NOTES if _words(n) > LIMIT and p not in LONG]
    assert long == []
    assert statistics.median(_words(n) for _, _, n in NOTES) <= 40
    assert all(p in {path for path, _, _ in NOTES} for p in LONG), "a reviewed note is gone"


def _dates(record: object) -> list[PartialDate]:
    found: list[PartialDate] = []
    for f in attrs.fields(type(record)):
        value = getattr(record, f.name)
        if isinstance(value, PartialDate):
            found.append(value)
        elif isinstance(value, Span):
            found += [value.start, value.end]
    return found


# a note that says a date is known to the month, or to the day, and the fields it speaks of
_PRECISION = {
    "month": re.compile(r"\b(?:the month is (?:given|kept)|month only)\b", re.I),
    "year": re.compile(r"\b(?:the year is (?:given|kept)|year only)\b", re.I),
}


def test_a_note_never_contradicts_its_fields() -> None:
    wrong = []
    for path, record, note in NOTES:
        if path.count(".") or path.startswith("sources:"):  # nested notes: their own fields
            continue
        dates = _dates(record)
        for precision, said in _PRECISION.items():
            if said.search(note) and dates and all(d.precision != precision for d in dates):
                wrong.append((path, precision))
        inferred = getattr(record, "inferred", None)
        if inferred is not None and re.search(r"\binferred\b", note) and not inferred:
            claims = getattr(record, "claims", ())
            if not claims:
                wrong.append((path, "says inferred, marks nothing"))
    assert wrong == []


def test_every_reading_of_an_address_or_a_relative_date_is_marked() -> None:
    unmarked = []
    for path, record, note in NOTES:
        if path.count(".") or path.startswith(("sources:", "merges:")):
            continue
        marked = getattr(record, "inferred", ()) or getattr(record, "claims", ())
        if READING.search(note) and not marked and path not in READING_ELSEWHERE:
            unmarked.append((path, READING.search(note).group(0)))  # type: ignore[union-attr]
    assert unmarked == []


def _title(record: Any) -> str:
    if isinstance(record, a.Acronym):  # one record per spelling is the loader's check
        return fold(record.meanings[0].expansion)
    for field in ("name", "title", "label", "subject", "holder"):
        value = getattr(record, field, None)
        if isinstance(value, str):
            return " ".join(re.sub(r"[^\w\s]", " ", fold(value)).split())
    return ""


def _kind(record: Any) -> object:
    for field in ("kind", "category", "indicator", "series", "office", "fund", "track"):
        if hasattr(record, field):
            return getattr(record, field)
    return None


def _place(record: Any) -> object:
    return getattr(record, "place", None) or getattr(record, "city", None)


def _close(one: Any, other: Any) -> bool:
    return difflib.SequenceMatcher(None, _title(one), _title(other)).ratio() >= 0.9


def _alike(one: Any, other: Any) -> bool:
    """Names nearly the same, or the words of one name mostly in the other's and one place."""
    if _close(one, other):
        return True
    first, second = _title(one), _title(other)
    shorter, longer = sorted((set(first.split()), set(second.split())), key=len)
    shared = len(shorter & longer) / len(shorter)
    return shared >= 0.7 and _place(one) is not None and _place(one) == _place(other)


def _at_once(one: Any, other: Any) -> bool:
    """One date (the first each record holds), or one meeting."""
    meeting = getattr(one, "meeting", None)
    if meeting is not None and meeting == getattr(other, "meeting", None):
        return True
    first, second = _dates(one), _dates(other)
    return min(first, default=None) == min(second, default=None)


@pytest.mark.parametrize("name", [n for n in COLLECTIONS if n != "merges"])
def test_no_two_records_are_one_thing(name: str) -> None:
    """Two records of one kind and date whose names are alike, or two statistics of one
    indicator, period, date and value, are one thing recorded twice."""
    records = a.load().collection(name)
    alike = []
    for i, one in enumerate(records):
        for other in records[i + 1 :]:
            pair = frozenset({one.id, other.id})  # type: ignore[attr-defined]
            if pair in DISTINCT:
                continue
            if _kind(one) != _kind(other) and not _close(one, other):
                continue  # of two kinds, unless named alike (a statement called a declaration)
            if name == "sources":
                same = one.url is not None and one.url == other.url  # type: ignore[attr-defined]
            elif name == "statistics":
                fields = ("period", "as_of", "value", "basis")
                same = all(getattr(one, f) == getattr(other, f) for f in fields)
            elif _title(one) and _title(other):
                same = _at_once(one, other) and _alike(one, other)
            else:  # fund volumes: one per fund, year and kind is the loader's check
                continue
            if same:
                alike.append(sorted(pair))
    assert alike == []


SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
RUN = 8  # words in a row that make a sentence copied


def _words_of(text: str) -> list[str]:
    return fold(re.sub(r"<[^>]+>", "", text)).split()


@pytest.mark.skipif(not SEEDS.is_dir(), reason="needs ../shared/seeds (present in CI)")
def test_no_note_copies_a_document_it_does_not_quote() -> None:
    """A note is in the project's words: eight words in a row of one of the five documents
    appear in it only where the record's own citations quote them."""
    seeds = _words_of(" ".join(p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")))
    runs = {" ".join(seeds[i : i + RUN]) for i in range(len(seeds) - RUN + 1)}
    copied = []
    for path, record, note in NOTES:
        quoted = " ".join(_words_of(" ".join(c.quote or "" for c in _citations(record))))
        words = _words_of(note)
        for i in range(len(words) - RUN + 1):
            run = " ".join(words[i : i + RUN])
            if run in runs and run not in quoted:
                copied.append((path, run))
                break
    assert copied == []


def _citations(record: object) -> list[a.Citation]:
    found: list[a.Citation] = []
    for f in attrs.fields(type(record)):
        for item in getattr(record, f.name) if isinstance(getattr(record, f.name), tuple) else ():
            if isinstance(item, a.Citation):
                found.append(item)
            elif attrs.has(type(item)):
                found += _citations(item)
    return found
