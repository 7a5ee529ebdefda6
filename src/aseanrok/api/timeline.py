"""The timeline: every dated happening, from the events and from the other collections' dates."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import cache

from ..dates import PartialDate, Span, as_partial_date
from ..errors import NotFoundError
from ..records._validate import typed
from ..records.agreements import Agreement, PartyDate
from ..records.base import Rank
from ..records.commitments import Commitment
from ..records.events import Event, EventCategory
from ..records.funds import Fund, Pledge
from ..records.institutions import Institution
from ..records.meetings import Meeting, MeetingSeries
from ..records.summits import PartnershipLevel, Summit
from ..table import Table
from ._common import records, require_int, require_text

__all__ = ["events", "timeline"]

C = EventCategory


def _event(
    rid: str,
    suffix: str,
    date: PartialDate | Span,
    title: str,
    category: EventCategory,
    record: Summit
    | Meeting
    | MeetingSeries
    | Agreement
    | PartnershipLevel
    | Fund
    | Pledge
    | Institution
    | Commitment,
) -> Event:
    when = date if isinstance(date, Span) else Span.of(date)
    return Event(
        id=f"{rid}-{suffix}",
        when=when,
        title=title,
        category=category,
        refs=(rid,),
        citations=record.citations,
    )


def _by_party(dates: tuple[PartyDate, ...]) -> Iterator[PartyDate]:
    """Each party's own date, one per party: its preferred one, else the first not deprecated."""
    chosen: dict[str, PartyDate] = {}
    for d in dates:
        if d.rank is Rank.DEPRECATED:
            continue
        if d.party not in chosen or d.rank is Rank.PREFERRED:
            chosen[d.party] = d
    yield from chosen.values()


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.casefold()).split())


def _started(record: Institution | MeetingSeries) -> Iterator[Event]:
    """An institution's or a series' establishment and first meeting (one event if the same)."""
    r = record
    if r.established is not None and r.established == r.first_held:
        yield _event(
            r.id,
            "established",
            r.established,
            f"{r.name} established and first held",
            C.ESTABLISHMENT,
            r,
        )
        return
    if r.established is not None:
        yield _event(
            r.id, "established", r.established, f"{r.name} established", C.ESTABLISHMENT, r
        )
    if r.first_held is not None:
        yield _event(r.id, "first-held", r.first_held, f"{r.name} first held", C.FIRST_MEETING, r)


def _derived() -> Iterator[Event]:
    """The events that other records date: summits, meetings, signatures, establishments..."""
    for s in records("summits", Summit):
        place = f", {s.city}" if s.city else ""
        yield _event(s.id, "held", s.when, f"{s.name}{place}", C.SUMMIT, s)
    for m in records("meetings", Meeting):
        place = ", by video" if m.virtual else f", {m.city}" if m.city else ""
        yield _event(m.id, "held", m.when, f"{m.name}{place}", C.MEETING, m)
    for series in records("meeting_series", MeetingSeries):
        yield from _started(series)
    for a in records("agreements", Agreement):
        # signed and adopted on the same day is one happening, listed once
        adopted = a.adopted if a.adopted != a.signed else None
        signed = "signed and adopted" if a.adopted is not None and adopted is None else "signed"
        for suffix, date, verb, category in (
            ("signed", a.signed, signed, C.SIGNATURE),
            ("adopted", adopted, "adopted", C.ADOPTION),
            ("in-force", a.in_force, "enters into force", C.ENTRY_INTO_FORCE),
        ):
            if date is not None:
                yield _event(a.id, suffix, date, f"{a.name} {verb}", category, a)
        for dates, common, suffix, verb, category in (
            (a.signed_by_party, a.signed, "signed", "signed by", C.SIGNATURE),
            (
                a.in_force_by_party,
                a.in_force,
                "in-force",
                "enters into force for",
                C.ENTRY_INTO_FORCE,
            ),
        ):
            # the parties that share a date are one happening; the agreement's own date is one
            on: dict[PartialDate, list[str]] = {}
            for d in _by_party(dates):
                if d.date != common:
                    on.setdefault(d.date, []).append(d.party)
            for date, parties in on.items():
                yield _event(
                    a.id,
                    f"{suffix}-{_slug(parties[0])}",
                    date,
                    f"{a.name} {verb} {', '.join(parties)}",
                    category,
                    a,
                )
    for c in records("commitments", Commitment):
        category = C.PLEDGE if c.kind == "pledge" else C.ANNOUNCEMENT
        yield _event(c.id, "made", c.made, f"{c.kind.capitalize()}: {c.subject}", category, c)
    for level in records("partnership_levels", PartnershipLevel):
        yield _event(
            level.id,
            "reached",
            level.since,
            f"Partnership level: {level.name}",
            C.PARTNERSHIP,
            level,
        )
    acronyms = {f.id: f.acronym for f in records("funds", Fund)}
    for f in records("funds", Fund):
        if f.established is not None:
            yield _event(
                f.id,
                "established",
                f.established,
                f"{f.name} ({f.acronym}) established",
                C.ESTABLISHMENT,
                f,
            )
        if f.merged is not None:
            into = f" into {acronyms[f.merged_into]}" if f.merged_into else ""
            yield _event(f.id, "merged", f.merged, f"{f.acronym} merged{into}", C.MERGER, f)
    for p in records("pledges", Pledge):
        yield _event(p.id, "made", p.date, f"Pledge of {p.total}", C.PLEDGE, p)
    for i in records("institutions", Institution):
        yield from _started(i)


_CATEGORY_ORDER = {c: i for i, c in enumerate(EventCategory)}


def _order(e: Event) -> tuple[PartialDate, PartialDate, int, str]:
    # on the same day a summit comes before what happened at it
    return (e.date, e.end, _CATEGORY_ORDER[e.category], e.id)


@cache
def _index() -> tuple[tuple[Event, ...], tuple[dt.date, ...], dt.timedelta]:
    """All events in order, their first days (non-decreasing), and the longest event."""
    stored = records("events", Event)
    with typed():  # made from loaded records' fields: their types are known
        derived = tuple(_derived())
    ordered = tuple(sorted((*stored, *derived), key=_order))
    firsts = tuple(e.date.earliest() for e in ordered)
    longest = max((e.end.latest() - e.date.earliest() for e in ordered), default=dt.timedelta(0))
    return ordered, firsts, longest


def events() -> Table[Event]:
    """The events stored as such (not those derived from summits, agreements...).

    >>> all(e.citations for e in aseanrok.events())
    True
    """
    return Table(records("events", Event))


def _category(value: object) -> EventCategory | None:
    if value is None or isinstance(value, EventCategory):
        return value
    if not isinstance(value, str):
        raise TypeError(f"category must be an EventCategory or str, got {type(value).__name__}")
    text = require_text(value, "category")
    try:
        return EventCategory(text.casefold())
    except ValueError:
        raise NotFoundError(text, (c.value for c in EventCategory), what="category") from None


def timeline(
    start: dt.date | int | str | None = None,
    end: dt.date | int | str | None = None,
    *,
    category: EventCategory | str | None = None,
    year: int | None = None,
) -> Table[Event]:
    """Every dated happening, chronologically; optionally from ``start`` to ``end`` inclusive,
    or in one ``year`` (as ``timeline(year, year)``).

    ``start`` and ``end`` take a ``datetime.date``, an int year or ``"YYYY[-MM[-DD]]"``. An
    event dated only to a month or a year counts as inside the range when any day it may
    denote overlaps the range, so ``timeline(2024, 2024)`` includes an event of "2024" and
    ``timeline("2024-06", None)`` includes one of "2024" too.

    >>> for e in aseanrok.timeline("2004-11-30", "2004-11-30"):
    ...     print(e.date, e.category.value, e.refs[0])
    2004-11-30 summit summit-8
    2004-11-30 signature joint-declaration-comprehensive-cooperation-partnership-2004
    2004-11-30 partnership comprehensive-cooperation-partnership
    2004-11-30 announcement summit-8
    >>> aseanrok.timeline(year=2004) == aseanrok.timeline(2004, 2004)
    True
    """
    wanted = _category(category)
    if year is not None:
        if start is not None or end is not None:
            raise TypeError("timeline() takes a year or a range (start, end), not both")
        start = end = require_int(year, "year")
    ordered, firsts, longest = _index()
    first = as_partial_date(start).earliest() if start is not None else dt.date.min
    last = as_partial_date(end).latest() if end is not None else dt.date.max
    if first > last:
        raise ValueError(f"the range ends ({end}) before it starts ({start})")
    # an event overlapping [first, last] starts no earlier than first - longest: bisect there
    low = bisect_left(firsts, first - longest) if first - dt.date.min > longest else 0
    high = bisect_right(firsts, last)
    return Table(
        e
        for e in ordered[low:high]
        if e.end.latest() >= first and (wanted is None or e.category is wanted)
    )
