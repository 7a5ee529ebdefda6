"""Meetings below the leaders' summits, and the series they belong to."""

from __future__ import annotations

from typing import Literal

import attrs

from ..dates import PartialDate, Span
from ._facts import Held, Named, _claims, _inferred
from ._validate import Checked, _check_id, _opt_id, _opt_text, _positive, _text
from .base import Citation, Claim, Variant, _citations
from .summits import Track

__all__ = ["Chair", "Lapse", "Level", "Meeting", "MeetingSeries"]

#: How high a series meets: ministers, senior officials, or officials (committees, working
#: groups, negotiating rounds). The leaders' summits are ``Summit`` records.
Level = Literal["ministerial", "senior-officials", "officials"]


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Lapse(Checked):
    """A year in which, as a source states, a series did not meet."""

    year: int
    note: str | None = attrs.field(default=None, validator=_opt_text)
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True, eq=False, repr=False)
class MeetingSeries(Named):
    """A recurring mechanism below the leaders: a sector's ministers' meeting, the senior
    officials' dialogue, a committee, the negotiating rounds of an agreement.

    ``parent`` is the series it reports to; ``first_held`` the first meeting's date as a source
    states it; ``ended`` when it was wound up or replaced; ``lapses`` the years a source says it
    did not meet.
    """

    id: str = attrs.field(validator=_check_id)
    name: str = attrs.field(validator=_text)
    acronym: str | None = attrs.field(default=None, validator=_opt_text)
    level: Level
    sector: str | None = attrs.field(default=None, validator=_opt_id)
    track: Track = "asean-rok"
    parent: str | None = attrs.field(default=None, validator=_opt_id)
    established: PartialDate | None = None
    first_held: PartialDate | None = None
    ended: PartialDate | None = None
    recurrence: str | None = attrs.field(default=None, validator=_opt_text)
    purpose: str | None = attrs.field(default=None, validator=_opt_text)
    lapses: tuple[Lapse, ...] = ()
    names: tuple[Variant, ...] = ()
    inferred: tuple[str, ...] = _inferred()
    claims: tuple[Claim, ...] = _claims()
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Chair(Checked):
    """One chair or co-chair of a meeting: the country, and the person where a source names
    them (``person``, an id in ``people``; ``name``, as the source writes it)."""

    country: str = attrs.field(validator=_text)
    person: str | None = attrs.field(default=None, validator=_opt_id)
    name: str | None = attrs.field(default=None, validator=_opt_text)


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Meeting(Held, Named):
    """One meeting of a series: its number where a source states it, dates at their
    precision, place, chairs, who led the ROK delegation, and the documents adopted.

    ``virtual`` is ``True`` for a meeting held by video, ``False`` for one held in a place, and
    ``None`` where no source says which. ``rok_head`` is the head of the ROK delegation (an id
    in ``people``), ``rok_head_name`` and ``rok_head_title`` their name and office as the
    source writes them.
    """

    id: str = attrs.field(validator=_check_id)
    name: str = attrs.field(validator=_text)
    series: str = attrs.field(validator=_check_id)
    number: int | None = attrs.field(default=None, validator=_positive)
    when: Span
    city: str | None = attrs.field(default=None, validator=_opt_text)
    country: str | None = attrs.field(default=None, validator=_opt_text)
    venue: str | None = attrs.field(default=None, validator=_opt_text)
    virtual: bool | None = None
    chairs: tuple[Chair, ...] = ()
    rok_head: str | None = attrs.field(default=None, validator=_opt_id)
    rok_head_name: str | None = attrs.field(default=None, validator=_opt_text)
    rok_head_title: str | None = attrs.field(default=None, validator=_opt_text)
    documents: tuple[str, ...] = ()
    names: tuple[Variant, ...] = ()
    inferred: tuple[str, ...] = _inferred()
    claims: tuple[Claim, ...] = _claims()
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)
    citations: tuple[Citation, ...] = _citations()
