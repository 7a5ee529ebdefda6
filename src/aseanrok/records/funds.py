"""Cooperation funds, their annual volumes and pledges."""

from __future__ import annotations

import attrs

from ..dates import PartialDate
from ..money import Money
from ._validate import _check_id, _citations, _non_empty, _opt_text, _text
from .base import Citation, Rank, Variant

__all__ = ["Fund", "FundVolume", "Pledge"]


@attrs.frozen(kw_only=True)
class Fund:
    """A cooperation fund, with every attested name and acronym spelling."""

    id: str = attrs.field(validator=_check_id)
    acronym: str = attrs.field(validator=_text)
    names: tuple[Variant, ...] = attrs.field(validator=_non_empty)
    variants: tuple[Variant, ...] = ()
    established: PartialDate | None = None
    established_by: str | None = attrs.field(default=None, validator=_opt_text)
    purpose: str | None = attrs.field(default=None, validator=_opt_text)
    merged_into: str | None = None
    merged: PartialDate | None = None
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)
    citations: tuple[Citation, ...] = _citations()

    @property
    def name(self) -> str:
        """The preferred name (the first one ranked preferred, else the first)."""
        for variant in self.names:
            if variant.rank is Rank.PREFERRED:
                return variant.value
        return self.names[0].value


@attrs.frozen(kw_only=True)
class FundVolume:
    """An annual volume recorded or pledged for one fund in one year."""

    fund: str = attrs.field(validator=_check_id)
    year: int
    annual: Money
    as_written: str | None = attrs.field(default=None, validator=_opt_text)
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True)
class Pledge:
    """A pledge of money: who, when, at which summit, the total and the annual volumes."""

    id: str = attrs.field(validator=_check_id)
    pledged_by: str = attrs.field(validator=_check_id)
    date: PartialDate
    summit: str | None = None
    total: Money
    total_estimated: bool = False
    first_year: int | None = None
    last_year: int | None = None
    volumes: tuple[FundVolume, ...] = ()
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)
    citations: tuple[Citation, ...] = _citations()
