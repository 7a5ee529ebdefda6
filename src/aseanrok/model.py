"""Every record class in one namespace.

The classes live in ``aseanrok.records``, one module per topic, so that a query creates only
the classes it needs; importing this module creates them all.

Every fact record carries ``citations`` (at least one ``Citation``). Records refer to one
another by ``id`` (ids are unique across the whole dataset). A fact the sources state in more
than one way keeps every attested form as a ``Variant`` with a ``Rank``.
"""

from __future__ import annotations

from .quantity import Number, Quantity
from .records.acronyms import Acronym, Meaning
from .records.agreements import Agreement, PartyDate
from .records.base import Citation, Claim, Rank, Source, Variant
from .records.commitments import Commitment
from .records.events import Event, EventCategory
from .records.funds import Earmark, Fund, FundVolume, Pledge
from .records.institutions import Institution
from .records.kasi import LineOfEffort, PriorityArea, Vision
from .records.meetings import Chair, Lapse, Meeting, MeetingSeries
from .records.merges import Merge
from .records.people import Person, Role, Tenure
from .records.projects import Project
from .records.statistics import Indicator, Statistic
from .records.summits import PartnershipLevel, Summit

__all__ = [
    "Acronym",
    "Agreement",
    "Chair",
    "Citation",
    "Claim",
    "Commitment",
    "Earmark",
    "Event",
    "EventCategory",
    "Fund",
    "FundVolume",
    "Indicator",
    "Institution",
    "Lapse",
    "LineOfEffort",
    "Meaning",
    "Meeting",
    "MeetingSeries",
    "Merge",
    "Number",
    "PartnershipLevel",
    "PartyDate",
    "Person",
    "Pledge",
    "PriorityArea",
    "Project",
    "Quantity",
    "Rank",
    "Role",
    "Source",
    "Statistic",
    "Summit",
    "Tenure",
    "Variant",
    "Vision",
]
