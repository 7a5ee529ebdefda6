"""Cooperation funds, their annual volumes and pledges."""

from __future__ import annotations

from typing import Literal

import attrs

from ..dates import PartialDate
from ..money import Money
from ._facts import Fact, Named, _claims, _inferred
from ._validate import Checked, _check_id, _non_empty, _not_before, _opt_id, _opt_text, _text
from .base import Citation, Claim, Rank, Variant, _citations

__all__ = ["Earmark", "Fund", "FundVolume", "Pledge", "VolumeKind"]

#: What an annual volume is: money put in, or a target pledged.
VolumeKind = Literal["contribution", "pledged"]


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Fund(Named):
    """A cooperation fund, with every attested name (in each language) and acronym spelling."""

    id: str = attrs.field(validator=_check_id)
    acronym: str = attrs.field(validator=_text)
    names: tuple[Variant, ...] = attrs.field(validator=_non_empty)
    variants: tuple[Variant, ...] = ()
    established: PartialDate | None = None
    established_by: str | None = attrs.field(default=None, validator=_opt_text)
    purpose: str | None = attrs.field(default=None, validator=_opt_text)
    merged_into: str | None = attrs.field(default=None, validator=_opt_id)
    merged: PartialDate | None = None
    inferred: tuple[str, ...] = _inferred()
    claims: tuple[Claim, ...] = _claims()
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)
    citations: tuple[Citation, ...] = _citations()

    @property
    def name(self) -> str:
        """The preferred English name (the first ranked preferred, else the first)."""
        english = [v for v in self.names if v.lang == "en"] or list(self.names)
        for variant in english:
            if variant.rank is Rank.PREFERRED:
                return variant.value
        return english[0].value


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Earmark(Checked):
    """The part of a year's volume set aside for one purpose (the volume's citations state it).

    >>> aseanrok.get("volume-akcf-2010-pledged").earmarks[0].purpose
    'culture and people-to-people exchange'
    """

    purpose: str = attrs.field(validator=_text)
    annual: Money


@attrs.frozen(kw_only=True, eq=False, repr=False)
class FundVolume(Fact):
    """The money one fund received (``contribution``) or was pledged (``pledged``) for a year,
    and the parts of it ``earmarks`` sets aside. A pledge names its volumes by id."""

    id: str = attrs.field(validator=_check_id)
    fund: str = attrs.field(validator=_check_id)
    year: int
    annual: Money
    kind: VolumeKind = "pledged"
    as_written: str | None = attrs.field(default=None, validator=_opt_text)
    earmarks: tuple[Earmark, ...] = ()
    inferred: tuple[str, ...] = _inferred()
    claims: tuple[Claim, ...] = _claims()
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Pledge(Fact):
    """A pledge of money: who, when, at which summit, the total, and the annual volumes it
    sets (ids in ``fund_volumes``)."""

    id: str = attrs.field(validator=_check_id)
    pledged_by: str = attrs.field(validator=_check_id)
    date: PartialDate
    summit: str | None = None
    total: Money
    total_estimated: bool = False
    first_year: int | None = None
    last_year: int | None = attrs.field(default=None, validator=_not_before("first_year"))
    volumes: tuple[str, ...] = ()
    inferred: tuple[str, ...] = _inferred()
    claims: tuple[Claim, ...] = _claims()
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)
    citations: tuple[Citation, ...] = _citations()
