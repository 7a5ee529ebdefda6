"""Statistics with their units and dates."""

from __future__ import annotations

from decimal import Decimal

import attrs

from ..dates import PartialDate
from ..quantity import Quantity
from ._validate import _check_id, _citations, _opt_text, _text
from .base import Citation

__all__ = ["Statistic"]


@attrs.frozen(kw_only=True)
class Statistic:
    """A figure with its unit and dates: ``period`` is what it describes, ``as_of`` when it stood.

    ``upper`` is set for a range ("one-quarter to one-third"); ``qualifier`` keeps the
    source's hedge as written ("around", "over", "roughly").
    """

    id: str = attrs.field(validator=_check_id)
    indicator: str = attrs.field(validator=_check_id)
    label: str = attrs.field(validator=_text)
    value: Quantity
    upper: Quantity | None = None
    unit: str = attrs.field(validator=_text)
    approximate: bool = False
    qualifier: str | None = attrs.field(default=None, validator=_opt_text)
    period: PartialDate | None = None
    as_of: PartialDate
    change_percent: Decimal | None = None
    change_from: PartialDate | None = None
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)
    citations: tuple[Citation, ...] = _citations()
