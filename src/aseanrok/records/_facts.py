"""The bases of the fact records: ``Fact`` (its ``inferred`` and ``claims`` checked against
its own fields) and ``Named`` (names in several languages: ``name_in(lang)``), with the fields
every fact record has."""

from __future__ import annotations

import functools
import re
from typing import Any, Protocol

import attrs

from .._args import require_text
from ..dates import PartialDate, Span
from ..errors import NotFoundError, shown
from ._validate import Checked
from .base import Claim, Variant, repr_html

# fields that hold the record's sources and remarks, never a fact one can infer or dispute
_NOT_FACTS = frozenset({"id", "citations", "note", "inferred", "claims"})

_ORDER = {"preferred": 0, "normal": 1}


def _forms(record: object) -> list[Variant]:
    return list(getattr(record, "names", ()))


def languages(record: object) -> tuple[str, ...]:
    """The languages a record has a (not deprecated) name in, English first."""
    found = {"en"} if isinstance(getattr(record, "name", None), str) else set()
    found |= {v.lang for v in _forms(record) if v.rank.value in _ORDER}
    return tuple(sorted(found, key=lambda lang: (lang != "en", lang)))


def name_in(record: object, lang: str) -> str:
    """The preferred name of ``record`` in ``lang`` (a BCP 47 tag, any case).

    English falls back to the record's ``name``; deprecated forms (misspellings) never answer.
    ``NotFoundError`` names the languages that exist.
    """
    wanted = require_text(lang, "a language tag").casefold()
    forms = [v for v in _forms(record) if v.lang.casefold() == wanted and v.rank.value in _ORDER]
    if forms:
        return min(forms, key=lambda v: _ORDER[v.rank.value]).value
    name = getattr(record, "name", None)
    if wanted == "en" and isinstance(name, str):
        return name
    have = languages(record)
    raise NotFoundError(
        lang, (), what="language", hint=f"names are known in {', '.join(have) or 'no language'}"
    )


def _inferred() -> tuple[str, ...]:
    """The names of the fields whose values no source states outright (the note says how)."""
    return attrs.field(default=(), repr=False)


def _claims() -> tuple[Claim, ...]:
    """Every attested value of the fields the sources disagree on."""
    return attrs.field(default=(), repr=False)


def as_text(value: object) -> str:
    """A field value in the data's text form, as a ``Claim`` writes it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if type(value).__name__ == "Money":
        return format(value, "d")  # "32000000 USD": str() groups the thousands for reading
    return str(value)


# where a path into a field ends the field's name
_STEP = re.compile(r"[.\[]")


@functools.cache
def _fact_fields(cls: Any) -> frozenset[str]:
    """The names of a record class's fact fields."""
    return frozenset(f.name for f in attrs.fields(cls)) - _NOT_FACTS


def check_facts(record: object) -> None:
    """Check ``inferred`` and ``claims`` against the record's own fields.

    Each name in ``inferred`` is a fact field of the record (or a path into one, such as
    ``roles[0].as_of``); each claimed field has exactly one
    ``preferred`` claim, whose value is the field's value; a deprecated claim says why.
    """
    inferred: tuple[str, ...] = getattr(record, "inferred", ())
    claims: tuple[Claim, ...] = getattr(record, "claims", ())
    if not inferred and not claims:
        return
    cls: Any = type(record)
    fields = _fact_fields(cls)
    for name in inferred:
        # a field, or a path into a nested record of it: "roles[0].as_of"
        if name not in fields and _STEP.split(name, maxsplit=1)[0] not in fields:
            raise ValueError(f"inferred names {shown(name)}, not a fact field of {cls.__name__}")
    if len(set(inferred)) != len(inferred):
        raise ValueError(f"inferred names a field twice: {shown(list(inferred))}")
    preferred: dict[str, str] = {}
    for claim in claims:
        if claim.field not in fields:
            raise ValueError(
                f"a claim names {shown(claim.field)}, not a fact field of {cls.__name__}"
            )
        if claim.rank.value == "deprecated" and claim.reason is None:
            raise ValueError(f"the deprecated claim {shown(claim.value)} needs a reason")
        if claim.rank.value == "preferred":
            if claim.field in preferred:
                raise ValueError(f"two preferred claims for {shown(claim.field)}")
            preferred[claim.field] = claim.value
    for name in {c.field for c in claims}:
        if name not in preferred:
            raise ValueError(f"the claims for {shown(name)} rank none preferred")
        held = as_text(getattr(record, name))
        if held != preferred[name]:
            raise ValueError(
                f"{name} is {shown(held)} but its preferred claim is {shown(preferred[name])}"
            )


class Fact(Checked):
    """Base of the fact records: checks ``inferred`` and ``claims`` when a record is made, and
    prints only the fields that differ from their defaults (notes and citations never)."""

    __slots__ = ()

    _repr_html_ = repr_html

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        check_facts(self)

    def __repr__(self) -> str:
        cls: Any = type(self)
        parts = (
            f"{f.name}={getattr(self, f.name)!r}"
            for f in attrs.fields(cls)
            if f.repr and getattr(self, f.name) != f.default
        )
        return f"{cls.__name__}({', '.join(parts)})"


class Named(Fact):
    """Base of the records with names in several languages."""

    __slots__ = ()

    def name_in(self, lang: str) -> str:
        """The preferred name in a language (a BCP 47 tag such as ``"en"`` or ``"ko"``).

        >>> aseanrok.partnership_levels()[0].name_in("en")
        'Sectoral dialogue relations'
        """
        return name_in(self, lang)


class _Spanned(Protocol):
    @property
    def when(self) -> Span: ...


class Held:
    """For the records held over a ``when`` (summits, meetings): its first and last day."""

    __slots__ = ()

    @property
    def start(self: _Spanned) -> PartialDate:
        """First day (or the date, at its precision)."""
        return self.when.start

    @property
    def end(self: _Spanned) -> PartialDate:
        """Last day; equal to ``start`` for a single or imprecise date."""
        return self.when.end
