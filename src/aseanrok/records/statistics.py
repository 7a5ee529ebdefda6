"""Statistics with their units, dates and bases, and the indicators they belong to."""

from __future__ import annotations

from decimal import Decimal

import attrs

from ..dates import PartialDate, Span
from ..quantity import Quantity
from ._facts import Fact, _claims, _inferred
from ._validate import REPEATED, Checked, _check_id, _opt_id, _opt_text, _text
from .base import Citation, Claim, Rank, _citations

__all__ = ["Indicator", "Statistic"]


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Statistic(Fact):
    """A figure with its unit and dates: ``period`` is the year, month or span of years it
    describes, ``as_of`` when it stood (``None`` where the page is undated); at least one of the
    two is known.

    ``upper`` is set for a range ("one-quarter to one-third"); ``qualifier`` keeps the
    source's hedge as written ("around", "over", "roughly"). ``basis`` names whose counting it
    follows where publishers differ (``korea-customs``, ``asean-stats``...). A figure a page
    prints by mistake is kept, ranked ``deprecated`` with the ``reason``.
    """

    id: str = attrs.field(validator=_check_id)
    indicator: str = attrs.field(validator=_check_id, metadata=REPEATED)
    label: str = attrs.field(validator=_text, metadata=REPEATED)
    value: Quantity
    upper: Quantity | None = None
    unit: str = attrs.field(validator=_text, metadata=REPEATED)
    approximate: bool = False
    qualifier: str | None = attrs.field(default=None, validator=_opt_text)
    period: Span | None = None
    as_of: PartialDate | None = None
    change_percent: Decimal | None = None
    change_from: PartialDate | None = None
    basis: str | None = attrs.field(default=None, validator=_opt_id)
    rank: Rank = Rank.NORMAL
    reason: str | None = attrs.field(default=None, validator=_opt_text)
    inferred: tuple[str, ...] = _inferred()
    claims: tuple[Claim, ...] = _claims()
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)
    citations: tuple[Citation, ...] = _citations()

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        if self.period is None and self.as_of is None:
            raise ValueError(f"the statistic {self.id!r} needs a period or an as-of date")
        if self.rank is Rank.DEPRECATED and self.reason is None:
            raise ValueError(f"the deprecated statistic {self.id!r} needs a reason")

    @property
    def date(self) -> PartialDate:
        """The date a series orders it by: its period where it has one, else its as-of date."""
        date = self.period.start if self.period is not None else self.as_of
        assert date is not None  # checked when made
        return date


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Indicator(Checked):
    """What a series of statistics measures, summarised from its statistics (not stored).

    ``publishers`` are the publishers of the sources its figures cite; ``bases`` the counting
    bases they name.
    """

    id: str
    label: str
    unit: str
    publishers: tuple[str, ...]
    bases: tuple[str, ...]
    count: int
    first: PartialDate
    last: PartialDate
