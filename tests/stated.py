"""Render a field value the ways the sources write it, to check that a quote states it."""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from aseanrok.dates import PartialDate, Span
from aseanrok.model import Citation
from aseanrok.money import Money

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
ORDINAL_WORDS = {
    1: "first",
    2: "second",
    3: "third",
    4: "fourth",
    5: "fifth",
    6: "sixth",
    7: "seventh",
    8: "eighth",
    9: "ninth",
    10: "tenth",
}
NUMBER_WORDS = {
    1: "one",
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    12: "12",
}
SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))
COUNTRY_FORMS = {"Republic of Korea": ("ROK", "Korea", "Republic of Korea")}

# the fields whose values a quote must state, by record class
CHECKED = {
    "Summit": ("number", "when", "city", "country", "anniversary"),
    "Tenure": ("number", "start", "end"),
    "PartnershipLevel": ("since",),
    "Agreement": ("signed", "adopted", "in_force", "place", "country"),
    "Fund": ("established", "merged"),
    "FundVolume": ("year", "annual"),
    "Pledge": ("date", "total", "first_year", "last_year"),
    "Project": ("budget", "start_year", "end_year", "city", "country"),
    "Institution": ("established", "first_held", "city", "country"),
    "Event": ("when",),
    "Statistic": ("value", "upper", "period", "change_percent"),
    "Meaning": ("expansion",),
    "Variant": ("value",),
}


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return suffix


def int_forms(n: int) -> list[str]:
    forms = [str(n), f"{n:,}", f"{n}{ordinal(n)}", f"{n}<sup>{ordinal(n)}</sup>"]
    if n == 1:  # a rank of 1
        forms += ["largest", "most popular"]
    forms += [w for w in (ORDINAL_WORDS.get(n), NUMBER_WORDS.get(n)) if w]
    if 2000 <= n <= 2099:
        forms += [f"-{n % 100:02d}", f"- {n % 100:02d}"]  # "2023-28", "2023- 26"
    for scale, word in SCALES:
        if n >= scale:
            forms.append(f"{(Decimal(n) / scale).normalize():f} {word}")
    return forms


def date_forms(d: PartialDate) -> list[str]:
    if d.month is None:
        return [str(d.year)]
    month = MONTHS[d.month - 1]
    if d.day is None:
        return [f"{month} {d.year}", f"{month} of {d.year}"]
    return [f"{d.day} {month} {d.year}", f"{month} {d.day}, {d.year}"]


def span_forms(s: Span) -> list[list[str]]:
    """Alternatives, each a list of strings that must all be stated."""
    if s.start == s.end:
        return [[f] for f in date_forms(s.start)]
    alternatives = [[a, b] for a in date_forms(s.start) for b in date_forms(s.end)]
    a, b = s.start, s.end
    if a.day and b.day and (a.year, a.month) == (b.year, b.month):
        assert a.month is not None
        alternatives.append([f"{a.day}-{b.day} {MONTHS[a.month - 1]} {a.year}"])
    return alternatives


def value_forms(value: object) -> list[list[str]]:
    if isinstance(value, bool):
        return [[]]
    if isinstance(value, int):
        return [[f] for f in int_forms(value)]
    if isinstance(value, PartialDate):
        return [[f] for f in date_forms(value)]
    if isinstance(value, Span):
        return span_forms(value)
    if isinstance(value, Money):
        return [[f, value.currency] for f in int_forms(value.amount)]
    if isinstance(value, Decimal):
        return [[f"{value.normalize():f}"]]
    if isinstance(value, Fraction):
        words = {Fraction(1, 4): "one-quarter", Fraction(1, 3): "one-third"}
        return [[w] for w in (words.get(value), str(value)) if w]
    if isinstance(value, str):
        return [[f] for f in COUNTRY_FORMS.get(value, (value,))]
    raise TypeError(type(value))


def stated(value: object, text: str) -> bool:
    """Whether ``text`` states ``value`` in one of the forms the sources use."""
    return any(all(form in text for form in forms) for forms in value_forms(value))


def unstated(
    record: Any, path: str = "", outer: tuple[Citation, ...] = (), outer_note: str = ""
) -> list[tuple[str, object]]:
    """The (field path, value) pairs of a record that none of its quotes states and that its
    note does not resolve (a relative date: the note gives the value it was resolved to).

    Fields the record names as inferred are skipped (their note says how), and so is a record
    that cites a public page: page facts carry no quote, and test_page_facts.py pins them.

    A nested record (a pledge's annual volumes) may rest on its parent's quotes and note.
    """
    citations = (*getattr(record, "citations", ()), *outer)
    quotes = fold(" ".join(c.quote for c in citations if c.quote is not None))
    note = fold(" ".join(n for n in (getattr(record, "note", None), outer_note) if n))
    inferred = set(getattr(record, "inferred", ()))
    on_a_page = any(c.quote is None for c in getattr(record, "citations", ()))
    found: list[tuple[str, object]] = []
    for field in CHECKED.get(type(record).__name__, ()):
        value = getattr(record, field)
        if value is None or field in inferred or on_a_page or stated(value, quotes):
            continue
        if str(value) in note or stated(value, note):
            continue
        found.append((f"{path}{field}", value))
    for field in attrs.fields(type(record)):
        value = getattr(record, field.name)
        if isinstance(value, tuple):
            for i, item in enumerate(value):
                if attrs.has(type(item)) and type(item).__name__ in CHECKED:
                    found += unstated(item, f"{path}{field.name}[{i}].", citations, note)
    return found
