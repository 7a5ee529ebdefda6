"""aseanrok: cited, typed facts about ASEAN-Republic of Korea relations.

Importing the package reads no data and imports neither attrs nor cattrs: every name below
is resolved on first use (PEP 562), and the data is read the first time a function needs it.

>>> import aseanrok
>>> aseanrok.DATA_VERSION == aseanrok.load().version
True
"""

from __future__ import annotations

from ._version import DATA_VERSION, __version__
from .errors import AmbiguousAcronymError, AseanrokError, DataError, NotFoundError

# not typing.TYPE_CHECKING: importing typing would cost more than the rest of this module;
# mypy treats any name TYPE_CHECKING as true
TYPE_CHECKING = False
if TYPE_CHECKING:
    from .dataset import Dataset as Dataset
    from .dates import PartialDate as PartialDate
    from .dates import Span as Span
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
