"""The record types: frozen, slotted, keyword-only attrs classes.

Every fact record carries ``citations`` (at least one ``Citation``). Records refer to one
another by ``id`` (ids are unique across the whole dataset). A fact the sources state in more
than one way keeps every attested form as a ``Variant`` with a ``Rank``.
"""

from __future__ import annotations

import enum
import re
from decimal import Decimal
from fractions import Fraction
from typing import Union

import attrs

from .dates import PartialDate, Span
from .money import Money

__all__ = [
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
    "Number",
    "PartnershipLevel",
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
    "Variant",
    "Vision",
]

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

#: A number as the source states it: int, exact decimal, or exact fraction ("one-third").
Number = Union[int, Decimal, Fraction]  # noqa: UP007 - an alias the converter keys on
#: The value of a statistic: a number or an amount of money.
Quantity = Union[int, Decimal, Fraction, Money]  # noqa: UP007


def _check_id(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or _ID.fullmatch(value) is None:
        raise ValueError(
            f"{attribute.name} must be a lowercase slug like 'summit-25', got {value!r}"
        )


def _non_empty(
    instance: object, attribute: attrs.Attribute[tuple[object, ...]], value: tuple[object, ...]
) -> None:
    if not value:
        raise ValueError(f"{type(instance).__name__}.{attribute.name} must not be empty")


def _text(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{attribute.name} must be non-blank text, got {value!r}")


def _quote(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    _text(instance, attribute, value)
    if len(value) > 300:
        raise ValueError(f"a quote is at most 300 characters, this one has {len(value)}")


def _opt_text(instance: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None:
        _text(instance, attribute, value)  # type: ignore[arg-type]


def _citations() -> tuple[Citation, ...]:
    # left out of repr (as notes are) so that records print short; cite() prints them
    return attrs.field(validator=_non_empty, repr=False)  # type: ignore[no-any-return]


class Rank(enum.Enum):
    """How an attested value stands among the others for the same fact."""

    PREFERRED = "preferred"
    NORMAL = "normal"
    DEPRECATED = "deprecated"


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


@attrs.frozen(kw_only=True)
class Citation:
    """Where a fact stands: the source's id, a locator inside it, and a short verbatim quote."""

    source_id: str = attrs.field(validator=_check_id)
    locator: str = attrs.field(validator=_text)
    quote: str = attrs.field(validator=_quote)

    def __repr__(self) -> str:
        return f"Citation({self.source_id} {self.locator}: {self.quote[:40]!r}...)"


@attrs.frozen(kw_only=True)
class Source:
    """One of the documents the facts come from."""

    id: str = attrs.field(validator=_check_id)
    title: str = attrs.field(validator=_text)
    publisher: str = attrs.field(validator=_text)
    published: PartialDate
    kind: str = attrs.field(validator=_text)
    url: str | None = attrs.field(default=None, validator=_opt_text)
    via: str | None = attrs.field(default=None, validator=_opt_text)
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)


@attrs.frozen(kw_only=True)
class Variant:
    """One attested form of a value (a name, a spelling), ranked, with why when deprecated."""

    value: str = attrs.field(validator=_text)
    rank: Rank = Rank.NORMAL
    reason: str | None = attrs.field(default=None, validator=_opt_text)
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True)
class Meaning:
    """One meaning of an acronym: its expansion as written, other wordings, what it names."""

    expansion: str = attrs.field(validator=_text)
    alternatives: tuple[Variant, ...] = ()
    refers_to: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(_check_id)
    )
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True)
class Acronym:
    """An acronym defined in a source, with every meaning and every attested spelling."""

    acronym: str = attrs.field(validator=_text)
    meanings: tuple[Meaning, ...] = attrs.field(validator=_non_empty)
    variants: tuple[Variant, ...] = ()
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)

    @property
    def citations(self) -> tuple[Citation, ...]:
        """The citations of every meaning and variant."""
        found = [c for m in self.meanings for c in m.citations]
        found += [c for v in self.variants for c in v.citations]
        return tuple(dict.fromkeys(found))


@attrs.frozen(kw_only=True)
class Summit:
    """An ASEAN-ROK summit: ordinal where stated, dates at their precision, place, documents."""

    id: str = attrs.field(validator=_check_id)
    name: str = attrs.field(validator=_text)
    number: int | None = None
    when: Span
    city: str | None = attrs.field(default=None, validator=_opt_text)
    country: str | None = attrs.field(default=None, validator=_opt_text)
    commemorative: bool = False
    anniversary: int | None = None
    documents: tuple[str, ...] = ()
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)
    citations: tuple[Citation, ...] = _citations()

    @property
    def start(self) -> PartialDate:
        """First day (or the date, at its precision)."""
        return self.when.start

    @property
    def end(self) -> PartialDate:
        """Last day; equal to ``start`` for a single or imprecise date."""
        return self.when.end


@attrs.frozen(kw_only=True)
class PartnershipLevel:
    """A level the relationship reached, and since when."""

    id: str = attrs.field(validator=_check_id)
    name: str = attrs.field(validator=_text)
    since: PartialDate
    summit: str | None = None
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True)
class Fund:
    """A cooperation fund, with every attested name and acronym spelling."""

    id: str = attrs.field(validator=_check_id)
    acronym: str = attrs.field(validator=_text)
    names: tuple[Variant, ...] = attrs.field(validator=_non_empty)
    variants: tuple[Variant, ...] = ()
    established: PartialDate | None = None
    established_by: str | None = attrs.field(default=None, validator=_opt_text)
    purpose: str | None = attrs.field(default=None, validator=_opt_text)
    merged_into: str | None = None
    merged: PartialDate | None = None
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)
    citations: tuple[Citation, ...] = _citations()

    @property
    def name(self) -> str:
        """The preferred name (the first one ranked preferred, else the first)."""
        for variant in self.names:
            if variant.rank is Rank.PREFERRED:
                return variant.value
        return self.names[0].value


@attrs.frozen(kw_only=True)
class FundVolume:
    """An annual volume recorded or pledged for one fund in one year."""

    fund: str = attrs.field(validator=_check_id)
    year: int
    annual: Money
    as_written: str | None = attrs.field(default=None, validator=_opt_text)
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True)
class Pledge:
    """A pledge of money: who, when, at which summit, the total and the annual volumes."""

    id: str = attrs.field(validator=_check_id)
    pledged_by: str = attrs.field(validator=_check_id)
    date: PartialDate
    summit: str | None = None
    total: Money
    total_estimated: bool = False
    first_year: int | None = None
    last_year: int | None = None
    volumes: tuple[FundVolume, ...] = ()
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True)
class Project:
    """A project, flagship, programme or centre, with budget and years where stated."""

    id: str = attrs.field(validator=_check_id)
    name: str = attrs.field(validator=_text)
    acronym: str | None = attrs.field(default=None, validator=_opt_text)
    kind: str = attrs.field(validator=_text)
    budget: Money | None = None
    start_year: int | None = None
    end_year: int | None = None
    line_of_effort: int | None = None
    fund: str | None = None
    country: str | None = attrs.field(default=None, validator=_opt_text)
    city: str | None = attrs.field(default=None, validator=_opt_text)
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True)
class Agreement:
    """An agreement, declaration, statement, plan of action, MoU or MoI."""

    id: str = attrs.field(validator=_check_id)
    name: str = attrs.field(validator=_text)
    acronym: str | None = attrs.field(default=None, validator=_opt_text)
    kind: str = attrs.field(validator=_text)
    signed: PartialDate | None = None
    adopted: PartialDate | None = None
    in_force: PartialDate | None = None
    place: str | None = attrs.field(default=None, validator=_opt_text)
    country: str | None = attrs.field(default=None, validator=_opt_text)
    parties: str | None = attrs.field(default=None, validator=_opt_text)
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True)
class Institution:
    """An institution, mechanism, dialogue or meeting series, with its first date."""

    id: str = attrs.field(validator=_check_id)
    name: str = attrs.field(validator=_text)
    acronym: str | None = attrs.field(default=None, validator=_opt_text)
    kind: str = attrs.field(validator=_text)
    established: PartialDate | None = None
    first_held: PartialDate | None = None
    city: str | None = attrs.field(default=None, validator=_opt_text)
    country: str | None = attrs.field(default=None, validator=_opt_text)
    recurrence: str | None = attrs.field(default=None, validator=_opt_text)
    priority_areas: tuple[str, ...] = ()
    names: tuple[Variant, ...] = ()
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True)
class Event:
    """A dated happening. ``date`` and ``end`` are the first and last day at their precision."""

    id: str = attrs.field(validator=_check_id)
    when: Span
    title: str = attrs.field(validator=_text)
    category: EventCategory
    refs: tuple[str, ...] = ()
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


@attrs.frozen(kw_only=True)
class LineOfEffort:
    """One of KASI's eight core lines of effort."""

    number: int
    title: str = attrs.field(validator=_text)
    actions: tuple[str, ...] = ()
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True)
class PriorityArea:
    """One of KASI's ten priority areas of cooperation."""

    id: str = attrs.field(validator=_check_id)
    name: str = attrs.field(validator=_text)
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True)
class Vision:
    """One of the three key visions of the ROK's Indo-Pacific Strategy."""

    id: str = attrs.field(validator=_check_id)
    name: str = attrs.field(validator=_text)
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True)
class Role:
    """A role a person held, as of a date (the source's date unless stated)."""

    title: str = attrs.field(validator=_text)
    organization: str | None = attrs.field(default=None, validator=_opt_text)
    as_of: PartialDate
    former: bool = False
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True)
class Person:
    """A person named in the sources, with the roles they held as of each source's date."""

    id: str = attrs.field(validator=_check_id)
    name: str = attrs.field(validator=_text)
    roles: tuple[Role, ...] = attrs.field(validator=_non_empty)
    citations: tuple[Citation, ...] = _citations()
