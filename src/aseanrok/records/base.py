"""What every record rests on: ``Citation``, ``Source``, ranked ``Variant``s and ``Claim``s."""

from __future__ import annotations

import enum

import attrs

from .._compared import Compared
from .._markup import plain_text
from .._views import rendering
from ..dates import PartialDate
from ._validate import (
    REPEATED,
    Checked,
    _check_id,
    _check_lang,
    _non_empty,
    _opt_lang,
    _opt_quote,
    _opt_text,
    _text,
)

__all__ = ["Citation", "Claim", "Rank", "Source", "Variant"]


class Rank(enum.Enum):
    """How an attested value stands among the others for the same fact."""

    PREFERRED = "preferred"
    NORMAL = "normal"
    DEPRECATED = "deprecated"


def repr_html(record: object) -> str:
    """The record as Jupyter shows it: fields, inferred ones, claims, citations with links (the
    rendering layer draws it)."""
    return rendering().record_html(record)


@attrs.frozen(kw_only=True, eq=False)
class Citation(Compared):
    """Where a fact stands: the source's id, a locator inside it, and for the five source
    documents a short verbatim quote.

    A citation of a public web page carries no quote (its sentences are not copied): the
    locator (a heading, a paragraph or row number, or a short phrase) finds the place.

    ``quote`` keeps the document's characters, the markup of its text extraction included
    (``8<sup>th</sup>``), so that it stands verbatim in the text; ``quote_text`` is the quote
    as a reader sees it, and what ``cite()``, the exports and the displays show.
    """

    source_id: str = attrs.field(validator=_check_id, metadata=REPEATED)
    locator: str = attrs.field(validator=_text, metadata=REPEATED)
    quote: str | None = attrs.field(default=None, validator=_opt_quote)

    @property
    def quote_text(self) -> str | None:
        """The quote as plain text: markup out, white space folded (``None`` for a page).

        >>> Citation(source_id="x", locator="para 2", quote="the 8<sup>th</sup> Summit").quote_text
        'the 8th Summit'
        """
        return None if self.quote is None else plain_text(self.quote)

    def __repr__(self) -> str:
        if self.quote is None:
            return f"Citation({self.source_id} {self.locator})"
        return f"Citation({self.source_id} {self.locator}: {self.quote[:40]!r}...)"


def _citations() -> tuple[Citation, ...]:
    """The citations a record rests on: at least one. Left out of repr (as notes are) so that
    records print short; ``cite()`` prints them."""
    return attrs.field(validator=_non_empty, repr=False)  # type: ignore[no-any-return]


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Source(Checked):
    """A document or a public web page the facts come from.

    ``kind`` is ``"web"`` for a public page (its ``url`` is required and its citations carry
    no quote); the five source documents are ``policy``, ``factsheet`` or ``news``.
    """

    id: str = attrs.field(validator=_check_id)
    title: str = attrs.field(validator=_text)
    publisher: str = attrs.field(validator=_text, metadata=REPEATED)
    published: PartialDate | None = None
    kind: str = attrs.field(validator=_text, metadata=REPEATED)
    url: str | None = attrs.field(default=None, validator=_opt_text)
    language: str | None = attrs.field(default=None, validator=_opt_lang, metadata=REPEATED)
    via: str | None = attrs.field(default=None, validator=_opt_text)
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)

    _repr_html_ = repr_html

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        if self.kind == "web" and self.url is None:
            raise ValueError(f"source {self.id!r} is a web page and needs a url")

    @property
    def is_page(self) -> bool:
        """Whether this is a public web page (cited by locator, never quoted)."""
        return self.kind == "web"


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Variant(Checked):
    """One attested form of a value (a name or a spelling, in a language), ranked, with why
    when deprecated. ``lang`` is a BCP 47 tag: ``"en"`` (the default) or ``"ko"``..."""

    value: str = attrs.field(validator=_text)
    lang: str = attrs.field(default="en", validator=_check_lang, metadata=REPEATED)
    rank: Rank = Rank.NORMAL
    reason: str | None = attrs.field(default=None, validator=_opt_text)
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Claim(Checked):
    """One attested value of a record's field where the sources disagree.

    The record's field holds the value ranked ``preferred``; its claims keep every value a
    source states, each with its own citations. ``value`` is in the data's text form (a date
    as ``2009-06-01``, money as ``32000000 USD``).
    """

    field: str = attrs.field(validator=_text, metadata=REPEATED)
    value: str = attrs.field(validator=_text)
    rank: Rank = Rank.NORMAL
    reason: str | None = attrs.field(default=None, validator=_opt_text)
    citations: tuple[Citation, ...] = _citations()
