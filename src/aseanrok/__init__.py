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

from ._version import DATA_VERSION, __version__
from .errors import AmbiguousAcronymError, AseanrokError, DataError, NotFoundError

# not typing.TYPE_CHECKING: importing typing would cost more than the rest of this module;
# mypy treats any name TYPE_CHECKING as true
TYPE_CHECKING = False
if TYPE_CHECKING:
    from .api.acronyms import acronym as acronym
    from .api.acronyms import acronyms as acronyms
    from .api.acronyms import expand as expand
    from .api.acronyms import expansions as expansions
    from .api.catalog import agreements as agreements
    from .api.catalog import indicators as indicators
    from .api.catalog import institution as institution
    from .api.catalog import institutions as institutions
    from .api.catalog import line_of_effort as line_of_effort
    from .api.catalog import lines_of_effort as lines_of_effort
    from .api.catalog import people as people
    from .api.catalog import person as person
    from .api.catalog import priority_areas as priority_areas
    from .api.catalog import source as source
    from .api.catalog import sources as sources
    from .api.catalog import statistics as statistics
    from .api.catalog import visions as visions
    from .api.cite import cite as cite
    from .api.funds import fund as fund
    from .api.funds import funds as funds
    from .api.funds import funds_by_year as funds_by_year
    from .api.funds import pledged_annual_total as pledged_annual_total
    from .api.funds import pledges as pledges
    from .api.partnership import partnership_level as partnership_level
    from .api.partnership import partnership_levels as partnership_levels
    from .api.projects import projects as projects
    from .api.summits import summit as summit
    from .api.summits import summits as summits
    from .api.timeline import events as events
    from .api.timeline import timeline as timeline
    from .dataset import Dataset as Dataset
    from .dates import PartialDate as PartialDate
    from .dates import Span as Span
    from .frames import to_pandas as to_pandas
    from .model import Acronym as Acronym
    from .model import Agreement as Agreement
    from .model import Citation as Citation
    from .model import Event as Event
    from .model import EventCategory as EventCategory
    from .model import Fund as Fund
    from .model import FundVolume as FundVolume
    from .model import Institution as Institution
    from .model import LineOfEffort as LineOfEffort
    from .model import Meaning as Meaning
    from .model import PartnershipLevel as PartnershipLevel
    from .model import Person as Person
    from .model import Pledge as Pledge
    from .model import PriorityArea as PriorityArea
    from .model import Project as Project
    from .model import Rank as Rank
    from .model import Role as Role
    from .model import Source as Source
    from .model import Statistic as Statistic
    from .model import Summit as Summit
    from .model import Variant as Variant
    from .model import Vision as Vision
    from .money import Money as Money
    from .summary import load as load
    from .table import Table as Table

# public name -> the module that holds it (imported on first access)
_LAZY = {
    "Dataset": "dataset",
    "PartialDate": "dates",
    "Span": "dates",
    "Money": "money",
    **dict.fromkeys(
        [
            "Acronym",
            "Agreement",
            "Citation",
            "Event",
            "EventCategory",
            "Fund",
            "FundVolume",
            "Institution",
            "LineOfEffort",
            "Meaning",
            "PartnershipLevel",
            "Person",
            "Pledge",
            "PriorityArea",
            "Project",
            "Rank",
            "Role",
            "Source",
            "Statistic",
            "Summit",
            "Variant",
            "Vision",
        ],
        "model",
    ),
    "load": "summary",
    **dict.fromkeys(["acronym", "acronyms", "expand", "expansions"], "api.acronyms"),
    **dict.fromkeys(["summit", "summits"], "api.summits"),
    **dict.fromkeys(
        ["fund", "funds", "funds_by_year", "pledged_annual_total", "pledges"], "api.funds"
    ),
    **dict.fromkeys(["projects"], "api.projects"),
    **dict.fromkeys(["partnership_level", "partnership_levels"], "api.partnership"),
    **dict.fromkeys(["events", "timeline"], "api.timeline"),
    **dict.fromkeys(
        [
            "agreements",
            "indicators",
            "institution",
            "institutions",
            "line_of_effort",
            "lines_of_effort",
            "people",
            "person",
            "priority_areas",
            "source",
            "sources",
            "statistics",
            "visions",
        ],
        "api.catalog",
    ),
    **dict.fromkeys(["cite"], "api.cite"),
    **dict.fromkeys(["to_pandas"], "frames"),
    **dict.fromkeys(["Table"], "table"),
}

__all__ = [
    "DATA_VERSION",
    "AmbiguousAcronymError",
    "AseanrokError",
    "DataError",
    "NotFoundError",
    "__version__",
    *sorted(_LAZY),
]


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'aseanrok' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
