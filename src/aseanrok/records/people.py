"""People, the roles they held, and the terms of office holders."""

from __future__ import annotations

import attrs

from ..dates import PartialDate
from ._facts import Fact, Named, _claims, _inferred
from ._validate import (
    REPEATED,
    Checked,
    _check_id,
    _non_empty,
    _opt_id,
    _opt_text,
    _positive,
    _text,
)
from .base import Citation, Claim, Variant, _citations

__all__ = ["Person", "Role", "Tenure"]


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Role(Checked):
    """A role a person held, as of a date (the source's date unless stated)."""

    title: str = attrs.field(validator=_text, metadata=REPEATED)
    organization: str | None = attrs.field(default=None, validator=_opt_text, metadata=REPEATED)
    as_of: PartialDate
    former: bool = False
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Person(Named):
    """A person named in the sources: other spellings and Hangul in ``names``, and the roles
    they held as of each source's date."""

    id: str = attrs.field(validator=_check_id)
    name: str = attrs.field(validator=_text)
    names: tuple[Variant, ...] = ()
    roles: tuple[Role, ...] = attrs.field(validator=_non_empty)
    inferred: tuple[str, ...] = _inferred()
    claims: tuple[Claim, ...] = _claims()
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)
    citations: tuple[Citation, ...] = _citations()


def _check_span(instance: Tenure, attribute: object, value: PartialDate | None) -> None:
    start = instance.start
    # a wrong type is the type check's to report, after the validators
    if isinstance(value, PartialDate) and isinstance(start, PartialDate) and value < start:
        raise ValueError(f"a tenure ends ({value}) before it starts ({start})")


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Tenure(Fact):
    """A term in an office: who held it (a person, or for a country coordinator a country),
    from ``start`` to ``end`` (``None``: unknown, or still in office). ``number`` is the
    holder's ordinal where a source states it; ``in_office`` a date on which a source shows
    the holder in office, which places a term with no known start in the office's sequence."""

    id: str = attrs.field(validator=_check_id)
    office: str = attrs.field(validator=_check_id)
    holder: str = attrs.field(validator=_text)
    person: str | None = attrs.field(default=None, validator=_opt_id)
    number: int | None = attrs.field(default=None, validator=_positive)
    start: PartialDate | None = None
    end: PartialDate | None = attrs.field(default=None, validator=_check_span)
    in_office: PartialDate | None = None
    inferred: tuple[str, ...] = _inferred()
    claims: tuple[Claim, ...] = _claims()
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)
    citations: tuple[Citation, ...] = _citations()
