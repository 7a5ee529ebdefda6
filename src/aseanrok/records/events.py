"""Dated happenings."""

from __future__ import annotations

import enum

import attrs

from ..dates import PartialDate, Span
from ._facts import Fact, _claims, _inferred
from ._validate import _check_id, _opt_text, _text
from .base import Citation, Claim, _citations

__all__ = ["Event", "EventCategory"]


class EventCategory(enum.Enum):
    """What kind of happening an ``Event`` is."""

    SUMMIT = "summit"
    MEETING = "meeting"
    FIRST_MEETING = "first-meeting"
    SIGNATURE = "signature"
    ENTRY_INTO_FORCE = "entry-into-force"
    ADOPTION = "adoption"
    ACCESSION = "accession"
    ESTABLISHMENT = "establishment"
    LAUNCH = "launch"
    MERGER = "merger"
    PARTNERSHIP = "partnership"
    ANNOUNCEMENT = "announcement"
    PROPOSAL = "proposal"
    PLEDGE = "pledge"
    APPOINTMENT = "appointment"
    ELECTION = "election"
    OTHER = "other"


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Event(Fact):
    """A dated happening. ``date`` and ``end`` are the first and last day at their precision."""

    id: str = attrs.field(validator=_check_id)
    when: Span
    title: str = attrs.field(validator=_text)
    category: EventCategory
    refs: tuple[str, ...] = ()
    place: str | None = attrs.field(default=None, validator=_opt_text)
    country: str | None = attrs.field(default=None, validator=_opt_text)
    purpose: str | None = attrs.field(default=None, validator=_opt_text)
    inferred: tuple[str, ...] = _inferred()
    claims: tuple[Claim, ...] = _claims()
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)
    citations: tuple[Citation, ...] = _citations()

    @property
    def date(self) -> PartialDate:
        """When it happened (its first day)."""
        return self.when.start

    @property
    def end(self) -> PartialDate:
        """Its last day; equal to ``date`` for a single date."""
        return self.when.end
