"""Summits and the levels of the partnership."""

from __future__ import annotations

import attrs

from ..dates import PartialDate, Span
from ._validate import _check_id, _citations, _opt_text, _text
from .base import Citation

__all__ = ["PartnershipLevel", "Summit"]


@attrs.frozen(kw_only=True)
class Summit:
    """An ASEAN-ROK summit: ordinal where stated, dates at their precision, place, documents."""

    id: str = attrs.field(validator=_check_id)
    name: str = attrs.field(validator=_text)
    number: int | None = None
    when: Span
    city: str | None = attrs.field(default=None, validator=_opt_text)
    country: str | None = attrs.field(default=None, validator=_opt_text)
    commemorative: bool = False
    anniversary: int | None = None
    documents: tuple[str, ...] = ()
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)
    citations: tuple[Citation, ...] = _citations()

    @property
    def start(self) -> PartialDate:
        """First day (or the date, at its precision)."""
        return self.when.start

    @property
    def end(self) -> PartialDate:
        """Last day; equal to ``start`` for a single or imprecise date."""
        return self.when.end


@attrs.frozen(kw_only=True)
class PartnershipLevel:
    """A level the relationship reached, and since when."""

    id: str = attrs.field(validator=_check_id)
    name: str = attrs.field(validator=_text)
    since: PartialDate
    summit: str | None = None
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)
    citations: tuple[Citation, ...] = _citations()
