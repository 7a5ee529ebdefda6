"""Targets and pledges other than money put into a fund: a figure someone set, by when."""

from __future__ import annotations

from typing import Literal

import attrs

from ..dates import PartialDate, Span
from ..quantity import Quantity
from ._facts import Fact, _claims, _inferred
from ._validate import _check_id, _opt_id, _opt_text, _text
from .base import Citation, Claim, _citations

__all__ = ["Commitment", "CommitmentKind"]

#: A target for a figure (trade, visitors), or a pledge of something other than fund money
#: (trainees, scholarships).
CommitmentKind = Literal["target", "pledge"]


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Commitment(Fact):
    """A target or a pledge: ``amount`` of ``unit`` (``per_year`` for a yearly figure), by a
    date or over a period, made on a date, at a summit or meeting, by a person.

    ``indicator`` names the statistics the figure can be held against (``series()``).
    """

    id: str = attrs.field(validator=_check_id)
    kind: CommitmentKind
    subject: str = attrs.field(validator=_text)
    indicator: str | None = attrs.field(default=None, validator=_opt_id)
    amount: Quantity
    unit: str = attrs.field(validator=_text)
    per_year: bool = False
    approximate: bool = False
    by: PartialDate | None = None
    period: Span | None = None
    made: PartialDate
    made_at: str | None = attrs.field(default=None, validator=_opt_id)
    made_by: str | None = attrs.field(default=None, validator=_opt_id)
    inferred: tuple[str, ...] = _inferred()
    claims: tuple[Claim, ...] = _claims()
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)
    citations: tuple[Citation, ...] = _citations()
