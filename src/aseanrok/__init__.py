"""aseanrok: cited, typed facts about ASEAN-Republic of Korea relations.

Importing the package reads no data and imports neither attrs nor cattrs: every name below
is resolved on first use (PEP 562), and the data is read the first time a function needs it.

>>> import aseanrok
>>> aseanrok.expand("KASI")
'Korea-ASEAN Solidarity Initiative'
>>> aseanrok.summit(25).anniversary
35
"""

from __future__ import annotations

from . import (
    _fork,  # noqa: F401 - a forked child never hangs on a lazy import
    _views,
)
from ._deprecated import DEPRECATED as _DEPRECATED
from ._version import DATA_VERSION, __version__
from .errors import (
    AmbiguousAcronymError,
    AmbiguousNameError,
    AseanrokError,
    DataError,
    NotFoundError,
)

# not typing.TYPE_CHECKING: importing typing would cost more than the rest of this module;
# mypy treats any name TYPE_CHECKING as true
TYPE_CHECKING = False
if TYPE_CHECKING:
    from . import plot as plot
    from ._views import Rendering
    from .api.acronyms import acronym as acronym
    from .api.acronyms import acronyms as acronyms
    from .api.acronyms import expand as expand
    from .api.acronyms import expansions as expansions
    from .api.catalog import agreements as agreements
    from .api.catalog import institution as institution
    from .api.catalog import institutions as institutions
    from .api.catalog import line_of_effort as line_of_effort
    from .api.catalog import lines_of_effort as lines_of_effort
    from .api.catalog import priority_areas as priority_areas
    from .api.catalog import source as source
    from .api.catalog import sources as sources
    from .api.catalog import visions as visions
    from .api.changes import changes as changes
    from .api.changes import data_versions as data_versions
    from .api.cite import cite as cite
    from .api.commitments import commitments as commitments
    from .api.funds import fund as fund
    from .api.funds import fund_history as fund_history
    from .api.funds import fund_volumes as fund_volumes
    from .api.funds import funds as funds
    from .api.funds import funds_by_year as funds_by_year
    from .api.funds import pledged_annual_total as pledged_annual_total
    from .api.funds import pledges as pledges
    from .api.lookups import agreement as agreement
    from .api.lookups import event as event
    from .api.lookups import get as get
    from .api.lookups import project as project
    from .api.meetings import meeting as meeting
    from .api.meetings import meeting_series as meeting_series
    from .api.meetings import meetings as meetings
    from .api.partnership import partnership_level as partnership_level
    from .api.partnership import partnership_levels as partnership_levels
    from .api.people import office_holders as office_holders
    from .api.people import offices as offices
    from .api.people import people as people
    from .api.people import person as person
    from .api.projects import budget_total as budget_total
    from .api.projects import projects as projects
    from .api.statistics import indicator as indicator
    from .api.statistics import indicators as indicators
    from .api.statistics import series as series
    from .api.statistics import statistics as statistics
    from .api.summits import summit as summit
    from .api.summits import summits as summits
    from .api.timeline import events as events
    from .api.timeline import timeline as timeline
    from .dataset import Dataset as Dataset
    from .dates import PartialDate as PartialDate
    from .dates import Span as Span
    from .derived import DerivedMoney as DerivedMoney
    from .exports import export as export
    from .frames import to_pandas as to_pandas
    from .loader import load as load
    from .money import Money as Money
    from .package_frames import read_package as read_package
    from .records.acronyms import Acronym as Acronym
    from .records.acronyms import Meaning as Meaning
    from .records.agreements import Agreement as Agreement
    from .records.agreements import PartyDate as PartyDate
    from .records.base import Citation as Citation
    from .records.base import Claim as Claim
    from .records.base import Rank as Rank
    from .records.base import Source as Source
    from .records.base import Variant as Variant
    from .records.changes import Change as Change
    from .records.commitments import Commitment as Commitment
    from .records.events import Event as Event
    from .records.events import EventCategory as EventCategory
    from .records.funds import Earmark as Earmark
    from .records.funds import Fund as Fund
    from .records.funds import FundVolume as FundVolume
    from .records.funds import Pledge as Pledge
    from .records.institutions import Institution as Institution
    from .records.kasi import LineOfEffort as LineOfEffort
    from .records.kasi import PriorityArea as PriorityArea
    from .records.kasi import Vision as Vision
    from .records.meetings import Chair as Chair
    from .records.meetings import Lapse as Lapse
    from .records.meetings import Meeting as Meeting
    from .records.meetings import MeetingSeries as MeetingSeries
    from .records.merges import Merge as Merge
    from .records.people import Person as Person
    from .records.people import Role as Role
    from .records.people import Tenure as Tenure
    from .records.projects import Project as Project
    from .records.statistics import Indicator as Indicator
    from .records.statistics import Statistic as Statistic
    from .records.summits import PartnershipLevel as PartnershipLevel
    from .records.summits import Summit as Summit
    from .table import Table as Table
    from .textsearch import Hit as Hit
    from .textsearch import search as search

# public name -> the module that holds it (imported on first access)
_LAZY = {
    "Dataset": "dataset",
    "PartialDate": "dates",
    "Span": "dates",
    "Money": "money",
    "DerivedMoney": "derived",
    "Acronym": "records.acronyms",
    "Agreement": "records.agreements",
    "Chair": "records.meetings",
    "Change": "records.changes",
    "Commitment": "records.commitments",
    "Lapse": "records.meetings",
    "Meeting": "records.meetings",
    "MeetingSeries": "records.meetings",
    "Merge": "records.merges",
    "PartyDate": "records.agreements",
    "Citation": "records.base",
    "Claim": "records.base",
    "Event": "records.events",
    "EventCategory": "records.events",
    "Fund": "records.funds",
    "Earmark": "records.funds",
    "FundVolume": "records.funds",
    "Institution": "records.institutions",
    "LineOfEffort": "records.kasi",
    "Meaning": "records.acronyms",
    "PartnershipLevel": "records.summits",
    "Person": "records.people",
    "Pledge": "records.funds",
    "PriorityArea": "records.kasi",
    "Project": "records.projects",
    "Rank": "records.base",
    "Role": "records.people",
    "Tenure": "records.people",
    "Indicator": "records.statistics",
    "Source": "records.base",
    "Statistic": "records.statistics",
    "Summit": "records.summits",
    "Variant": "records.base",
    "Vision": "records.kasi",
    "load": "loader",
    **dict.fromkeys(["acronym", "acronyms", "expand", "expansions"], "api.acronyms"),
    **dict.fromkeys(["summit", "summits"], "api.summits"),
    **dict.fromkeys(["meeting", "meeting_series", "meetings"], "api.meetings"),
    **dict.fromkeys(["commitments"], "api.commitments"),
    **dict.fromkeys(
        [
            "fund",
            "fund_history",
            "fund_volumes",
            "funds",
            "funds_by_year",
            "pledged_annual_total",
            "pledges",
        ],
        "api.funds",
    ),
    **dict.fromkeys(["budget_total", "projects"], "api.projects"),
    **dict.fromkeys(["office_holders", "offices", "people", "person"], "api.people"),
    **dict.fromkeys(["indicator", "indicators", "series", "statistics"], "api.statistics"),
    **dict.fromkeys(["partnership_level", "partnership_levels"], "api.partnership"),
    **dict.fromkeys(["events", "timeline"], "api.timeline"),
    **dict.fromkeys(
        [
            "agreements",
            "institution",
            "institutions",
            "line_of_effort",
            "lines_of_effort",
            "priority_areas",
            "source",
            "sources",
            "visions",
        ],
        "api.catalog",
    ),
    **dict.fromkeys(["cite"], "api.cite"),
    **dict.fromkeys(["changes", "data_versions"], "api.changes"),
    **dict.fromkeys(["to_pandas"], "frames"),
    **dict.fromkeys(["read_package"], "package_frames"),
    **dict.fromkeys(["Table"], "table"),
    **dict.fromkeys(["agreement", "event", "get", "project"], "api.lookups"),
    **dict.fromkeys(["export"], "exports"),
    **dict.fromkeys(["Hit", "search"], "textsearch"),
}

__all__ = [
    "DATA_VERSION",
    "AmbiguousAcronymError",
    "AmbiguousNameError",
    "AseanrokError",
    "DataError",
    "NotFoundError",
    "__version__",
    "plot",
    *sorted(n for n in _LAZY if f"aseanrok.{n}" not in _DEPRECATED),
]


def _rendering() -> Rendering:
    """The rendering layer, which draws records and tables for the layers below it."""
    from . import render

    return render


_views.plug(_rendering)


def __getattr__(name: str) -> object:
    import importlib

    if name == "plot":  # a submodule: importing it binds it here (it imports no matplotlib)
        return importlib.import_module(f"{__name__}.plot")
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'aseanrok' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    if f"{__name__}.{name}" in _DEPRECATED:  # not cached: it warns on every use
        import warnings

        from ._deprecated import message

        warnings.warn(message(f"{__name__}.{name}"), DeprecationWarning, stacklevel=2)
        return value
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY) | {"plot"})
