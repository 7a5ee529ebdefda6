"""What every record rests on: ``Citation``, ``Source``, and ranked ``Variant`` values."""

from __future__ import annotations

import enum

import attrs

from ..dates import PartialDate
from ._validate import _check_id, _citations, _opt_text, _quote, _text

__all__ = ["Citation", "Rank", "Source", "Variant"]


class Rank(enum.Enum):
    """How an attested value stands among the others for the same fact."""

    PREFERRED = "preferred"
    NORMAL = "normal"
    DEPRECATED = "deprecated"


@attrs.frozen(kw_only=True)
class Citation:
    """Where a fact stands: the source's id, a locator inside it, and a short verbatim quote."""

    source_id: str = attrs.field(validator=_check_id)
    locator: str = attrs.field(validator=_text)
    quote: str = attrs.field(validator=_quote)

    def __repr__(self) -> str:
        return f"Citation({self.source_id} {self.locator}: {self.quote[:40]!r}...)"


@attrs.frozen(kw_only=True)
class Source:
    """One of the documents the facts come from."""

    id: str = attrs.field(validator=_check_id)
    title: str = attrs.field(validator=_text)
    publisher: str = attrs.field(validator=_text)
    published: PartialDate
    kind: str = attrs.field(validator=_text)
    url: str | None = attrs.field(default=None, validator=_opt_text)
    via: str | None = attrs.field(default=None, validator=_opt_text)
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)


@attrs.frozen(kw_only=True)
class Variant:
    """One attested form of a value (a name, a spelling), ranked, with why when deprecated."""

    value: str = attrs.field(validator=_text)
    rank: Rank = Rank.NORMAL
    reason: str | None = attrs.field(default=None, validator=_opt_text)
    citations: tuple[Citation, ...] = _citations()
