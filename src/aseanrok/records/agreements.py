"""Agreements and documents."""

from __future__ import annotations

import attrs

from ..dates import PartialDate, Span
from ._names import Named
from ._validate import _check_id, _citations, _claims, _inferred, _opt_text, _text
from .base import Citation, Claim, Variant

__all__ = ["Agreement"]


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Agreement(Named):
    """An agreement, declaration, statement, plan of action, MoU or MoI.

    ``period`` is the span of years a plan of action covers (``2011/2015``).
    """

    id: str = attrs.field(validator=_check_id)
    name: str = attrs.field(validator=_text)
    acronym: str | None = attrs.field(default=None, validator=_opt_text)
    kind: str = attrs.field(validator=_text)
    signed: PartialDate | None = None
    adopted: PartialDate | None = None
    in_force: PartialDate | None = None
    period: Span | None = None
    place: str | None = attrs.field(default=None, validator=_opt_text)
    country: str | None = attrs.field(default=None, validator=_opt_text)
    parties: str | None = attrs.field(default=None, validator=_opt_text)
    purpose: str | None = attrs.field(default=None, validator=_opt_text)
    names: tuple[Variant, ...] = ()
    inferred: tuple[str, ...] = _inferred()
    claims: tuple[Claim, ...] = _claims()
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)
    citations: tuple[Citation, ...] = _citations()
