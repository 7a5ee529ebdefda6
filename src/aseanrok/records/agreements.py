"""Agreements and documents."""

from __future__ import annotations

import attrs

from ..dates import PartialDate
from ._validate import _check_id, _citations, _opt_text, _text
from .base import Citation

__all__ = ["Agreement"]


@attrs.frozen(kw_only=True)
class Agreement:
    """An agreement, declaration, statement, plan of action, MoU or MoI."""

    id: str = attrs.field(validator=_check_id)
    name: str = attrs.field(validator=_text)
    acronym: str | None = attrs.field(default=None, validator=_opt_text)
    kind: str = attrs.field(validator=_text)
    signed: PartialDate | None = None
    adopted: PartialDate | None = None
    in_force: PartialDate | None = None
    place: str | None = attrs.field(default=None, validator=_opt_text)
    country: str | None = attrs.field(default=None, validator=_opt_text)
    parties: str | None = attrs.field(default=None, validator=_opt_text)
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)
    citations: tuple[Citation, ...] = _citations()
