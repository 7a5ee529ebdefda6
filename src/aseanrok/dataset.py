"""``Dataset``: every collection at once, and the checks that span collections."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, overload

import attrs

from ._args import require_text
from ._compared import Compared
from ._readonly import ReadOnlyDict
from .records.acronyms import Acronym
from .records.agreements import Agreement
from .records.base import Source
from .records.commitments import Commitment
from .records.events import Event
from .records.funds import Fund, FundVolume, Pledge
from .records.institutions import Institution
from .records.kasi import LineOfEffort, PriorityArea, Vision
from .records.meetings import Meeting, MeetingSeries
from .records.merges import Merge
from .records.people import Person, Tenure
from .records.projects import Project
from .records.statistics import Statistic
from .records.summits import PartnershipLevel, Summit
from .registry import NAMES, record_class

__all__ = ["COLLECTIONS", "Dataset"]

#: Each collection's name (its file is ``<name>.json``) and record class, in display order
#: (read-only).
COLLECTIONS: Mapping[str, type] = ReadOnlyDict({name: record_class(name) for name in NAMES})


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Dataset(Compared):
    """Every bundled collection, as tuples of frozen records.

    >>> ds = aseanrok.load()
    >>> ds.summits[0].city
    'Kuala Lumpur'
    """

    sources: tuple[Source, ...]
    summits: tuple[Summit, ...]
    partnership_levels: tuple[PartnershipLevel, ...]
    meeting_series: tuple[MeetingSeries, ...]
    meetings: tuple[Meeting, ...]
    agreements: tuple[Agreement, ...]
    funds: tuple[Fund, ...]
    fund_volumes: tuple[FundVolume, ...]
    pledges: tuple[Pledge, ...]
    projects: tuple[Project, ...]
    institutions: tuple[Institution, ...]
    events: tuple[Event, ...]
    statistics: tuple[Statistic, ...]
    acronyms: tuple[Acronym, ...]
    lines_of_effort: tuple[LineOfEffort, ...]
    priority_areas: tuple[PriorityArea, ...]
    visions: tuple[Vision, ...]
    people: tuple[Person, ...]
    tenures: tuple[Tenure, ...]
    commitments: tuple[Commitment, ...]
    merges: tuple[Merge, ...]

    @overload
    def collection(self, name: Literal["sources"]) -> tuple[Source, ...]: ...
    @overload
    def collection(self, name: Literal["summits"]) -> tuple[Summit, ...]: ...
    @overload
    def collection(self, name: Literal["partnership_levels"]) -> tuple[PartnershipLevel, ...]: ...
    @overload
    def collection(self, name: Literal["meeting_series"]) -> tuple[MeetingSeries, ...]: ...
    @overload
    def collection(self, name: Literal["meetings"]) -> tuple[Meeting, ...]: ...
    @overload
    def collection(self, name: Literal["agreements"]) -> tuple[Agreement, ...]: ...
    @overload
    def collection(self, name: Literal["funds"]) -> tuple[Fund, ...]: ...
    @overload
    def collection(self, name: Literal["fund_volumes"]) -> tuple[FundVolume, ...]: ...
    @overload
    def collection(self, name: Literal["pledges"]) -> tuple[Pledge, ...]: ...
    @overload
    def collection(self, name: Literal["projects"]) -> tuple[Project, ...]: ...
    @overload
    def collection(self, name: Literal["institutions"]) -> tuple[Institution, ...]: ...
    @overload
    def collection(self, name: Literal["events"]) -> tuple[Event, ...]: ...
    @overload
    def collection(self, name: Literal["statistics"]) -> tuple[Statistic, ...]: ...
    @overload
    def collection(self, name: Literal["acronyms"]) -> tuple[Acronym, ...]: ...
    @overload
    def collection(self, name: Literal["lines_of_effort"]) -> tuple[LineOfEffort, ...]: ...
    @overload
    def collection(self, name: Literal["priority_areas"]) -> tuple[PriorityArea, ...]: ...
    @overload
    def collection(self, name: Literal["visions"]) -> tuple[Vision, ...]: ...
    @overload
    def collection(self, name: Literal["people"]) -> tuple[Person, ...]: ...
    @overload
    def collection(self, name: Literal["tenures"]) -> tuple[Tenure, ...]: ...
    @overload
    def collection(self, name: Literal["commitments"]) -> tuple[Commitment, ...]: ...
    @overload
    def collection(self, name: Literal["merges"]) -> tuple[Merge, ...]: ...
    @overload
    def collection(self, name: str) -> tuple[object, ...]: ...
    def collection(self, name: str) -> tuple[object, ...]:
        """One collection by its name, e.g. ``"summits"`` (any case, blanks around ignored)."""
        key = require_text(name, "a collection name").casefold()
        if key not in COLLECTIONS:
            from .errors import NotFoundError

            raise NotFoundError(key, COLLECTIONS, what="collection")
        return getattr(self, key)  # type: ignore[no-any-return]

    def counts(self) -> dict[str, int]:
        """How many records each collection holds."""
        return {name: len(getattr(self, name)) for name in COLLECTIONS}
