"""``cite(record, style=...)``: the sources a record rests on, as text, APA, BibTeX or CSL-JSON."""

from __future__ import annotations

import json
import re

from ..derived import DerivedMoney
from ..records.base import Citation, Source
from ._common import require_text
from .catalog import source

__all__ = ["STYLES", "cite"]

#: The styles ``cite()`` writes.
STYLES = ("text", "apa", "bibtex", "csl-json")

_MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)
# the CSL item type of each kind of source
_CSL_TYPES = {"web": "webpage", "news": "article-newspaper", "policy": "report"}
_CSL_TYPES["factsheet"] = "report"
_BIBTEX_SPECIAL = re.compile(r"([\\{}&%$#_~^])")


def _citations(record: object) -> tuple[Citation, ...]:
    if isinstance(record, DerivedMoney):
        return tuple(c for r in _derived_from(record) for c in _citations(r))
    citations = getattr(record, "citations", None)
    if not isinstance(citations, tuple) or not all(isinstance(c, Citation) for c in citations):
        raise TypeError(
            "cite() takes a record with citations, a Source or an amount the API works out "
            f"(DerivedMoney), got {type(record).__name__}"
        )
    return citations


def _derived_from(value: DerivedMoney) -> list[object]:
    """The records an amount was worked out from (each with citations)."""
    from .lookups import get

    return [get(i) for i in value.derived_from]


def _cited(record: object) -> list[tuple[Source, list[str]]]:
    """Each source the record cites, in order of first citation, with the locators cited."""
    if isinstance(record, Source):
        return [(record, [])]
    found: dict[str, list[str]] = {}
    for c in _citations(record):
        locators = found.setdefault(c.source_id, [])
        if c.locator not in locators:
            locators.append(c.locator)
    return [(source(sid), locators) for sid, locators in found.items()]


def cite(record: object, style: str = "text") -> str:
    """The citations of a record (or a ``Source`` itself, or an amount the API works out),
    ready to publish.

    ``style`` is ``"text"`` (one line per citation: title, publisher and date, locator, the
    quote for the five documents as plain text (``Citation.quote_text``), the address of a
    page; a last line names the fields the record infers rather than states), ``"apa"`` (a
    reference-list entry per source, APA 7), ``"bibtex"`` (an ``@misc`` entry per source, the
    locators in ``note``) or ``"csl-json"`` (a JSON array of CSL items, for Zotero, Pandoc or
    citeproc).

    >>> print(aseanrok.cite(aseanrok.summit(8)).splitlines()[0])  # doctest: +NORMALIZE_WHITESPACE
    Overview of ASEAN-Republic of Korea Comprehensive Strategic Partnership
    (ASEAN Secretariat, 2025), para 2: "the 8th ASEAN-ROK Summit on
    30 November 2004 in Vientiane, Lao PDR"
    >>> print(aseanrok.cite(aseanrok.summit(2)).splitlines()[-1])
    Inferred, not stated: number, name, asean_chair, chair (see the note)

    An amount the API works out (a ``DerivedMoney``: ``pledged_annual_total()``, the values of
    ``funds_by_year()``, ``budget_total()``) is cited by the records it was worked out from:
    the text style says what was worked out and gives each record's id and citations, the
    other styles the sources of them all.

    >>> print(aseanrok.cite(aseanrok.pledged_annual_total(2027)).splitlines()[1])
    volume-akcf-2027-pledged:
    >>> print(aseanrok.cite(aseanrok.source("mofa-kasi-2022"), style="apa"))
    ... # doctest: +NORMALIZE_WHITESPACE
    Ministry of Foreign Affairs, Republic of Korea. (2022, November 11). Korea-ASEAN Solidarity
    Initiative (KASI). https://worldjpn.net/documents/texts/FOIP/20221111.O3E.html
    """
    wanted = require_text(style, "a citation style").casefold()
    if wanted not in STYLES:
        from ..errors import NotFoundError

        raise NotFoundError(style, STYLES, what="citation style")
    if wanted == "text":
        return _text(record)
    cited = _cited(record)
    if wanted == "apa":
        return "\n".join(_apa(s) for s, _ in cited)
    if wanted == "bibtex":
        return "\n\n".join(_bibtex(s, locators) for s, locators in cited)
    return json.dumps([_csl(s, locators) for s, locators in cited], indent=2, ensure_ascii=False)


def _text(record: object) -> str:
    if isinstance(record, Source):
        return _line(record, None)
    if isinstance(record, DerivedMoney):
        return _derived_text(record)
    lines = [_line(source(c.source_id), c) for c in _citations(record)]
    inferred = getattr(record, "inferred", ())
    if inferred:
        lines.append(f"Inferred, not stated: {', '.join(inferred)} (see the note)")
    return "\n".join(lines)


def _derived_text(value: DerivedMoney) -> str:
    """What was worked out and from how many records; then each record's id and, indented,
    its citations."""
    count = len(value.derived_from)
    what = value.derivation[:1].upper() + value.derivation[1:]
    how = f"worked out from {count} records, not stated as such" if count > 1 else "from 1 record"
    lines = [f"{what}: {value}, {how}"]
    for record_id, record in zip(value.derived_from, _derived_from(value), strict=True):
        lines.append(f"{record_id}:")
        lines += [f"  {line}" for line in _text(record).splitlines()]
    return "\n".join(lines)


def _line(s: Source, c: Citation | None) -> str:
    text = f"{s.title} ({s.publisher}, {s.published or 'n.d.'})"
    if c is not None:
        text += f", {c.locator}"
        if c.quote_text is not None:
            text += f': "{c.quote_text}"'
    if s.url:
        text += f"{':' if c is not None and c.quote is None else ''} <{s.url}>"
    return text


def _apa_date(s: Source) -> str:
    d = s.published
    if d is None:
        return "n.d."
    if d.month is None:
        return str(d.year)
    month = _MONTHS[d.month - 1]
    return f"{d.year}, {month}" + (f" {d.day}" if d.day is not None else "")


def _sentence(text: str) -> str:
    return text if text.endswith((".", "?", "!")) else f"{text}."


def _apa(s: Source) -> str:
    """An APA 7 reference: the publisher as author, the date, the title, the address."""
    parts = [_sentence(s.publisher), f"({_apa_date(s)}).", _sentence(s.title)]
    if s.url:
        parts.append(s.url)
    return " ".join(parts)


def _bibtex_text(text: str) -> str:
    return _BIBTEX_SPECIAL.sub(r"\\\1", text)


def _bibtex(s: Source, locators: list[str]) -> str:
    fields = [
        ("title", "{" + _bibtex_text(s.title) + "}"),
        ("author", "{" + _bibtex_text(s.publisher) + "}"),
    ]
    if s.published is not None:
        fields.append(("year", str(s.published.year)))
        if s.published.month is not None:
            fields.append(("month", _MONTHS[s.published.month - 1][:3].lower()))
    if s.url:
        fields.append(("url", s.url))
    if s.language:
        fields.append(("language", s.language))
    if locators:
        fields.append(("note", "Cited at " + _bibtex_text("; ".join(locators))))
    body = ",\n".join(
        f"  {name} = {value}" if name == "month" else f"  {name} = {{{value}}}"
        for name, value in fields
    )
    return f"@misc{{{s.id},\n{body}\n}}"


def _csl(s: Source, locators: list[str]) -> dict[str, object]:
    item: dict[str, object] = {
        "id": s.id,
        "type": _CSL_TYPES.get(s.kind, "document"),
        "title": s.title,
        "author": [{"literal": s.publisher}],
    }
    if s.published is not None:
        parts = [p for p in (s.published.year, s.published.month, s.published.day) if p]
        item["issued"] = {"date-parts": [parts]}
    if s.url:
        item["URL"] = s.url
    if s.language:
        item["language"] = s.language
    if locators:
        item["note"] = "Cited at " + "; ".join(locators)
    return item
