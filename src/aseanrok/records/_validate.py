"""Field validators shared by the record classes."""

from __future__ import annotations

import re
from typing import Any

import attrs

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .base import Citation, Claim

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# BCP 47, as far as the data needs it: a language subtag and optional script/region subtags
_LANG = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*", re.ASCII)
# fields that hold the record's sources and remarks, never a fact one can infer or dispute
_NOT_FACTS = frozenset({"id", "citations", "note", "inferred", "claims"})


def _check_id(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or _ID.fullmatch(value) is None:
        raise ValueError(
            f"{attribute.name} must be a lowercase slug like 'summit-25', got {value!r}"
        )


def _check_lang(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or _LANG.fullmatch(value) is None:
        raise ValueError(f"{attribute.name} must be a BCP 47 tag like 'en' or 'ko', got {value!r}")


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


def _opt_text(instance: object, attribute: attrs.Attribute[str], value: str | None) -> None:
    if value is not None:
        _text(instance, attribute, value)


def _citations() -> tuple[Citation, ...]:
    # left out of repr (as notes are) so that records print short; cite() prints them
    return attrs.field(validator=_non_empty, repr=False)  # type: ignore[no-any-return]


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
    fields = {f.name for f in attrs.fields(cls)} - _NOT_FACTS
    for name in inferred:
        # a field, or a path into a nested record of it: "roles[0].as_of"
        if re.split(r"[.\[]", name, maxsplit=1)[0] not in fields:
            raise ValueError(f"inferred names {name!r}, not a fact field of {cls.__name__}")
    if len(set(inferred)) != len(inferred):
        raise ValueError(f"inferred names a field twice: {list(inferred)}")
    preferred: dict[str, str] = {}
    for claim in claims:
        if claim.field not in fields:
            raise ValueError(f"a claim names {claim.field!r}, not a fact field of {cls.__name__}")
        if claim.rank.value == "deprecated" and claim.reason is None:
            raise ValueError(f"the deprecated claim {claim.value!r} needs a reason")
        if claim.rank.value == "preferred":
            if claim.field in preferred:
                raise ValueError(f"two preferred claims for {claim.field!r}")
            preferred[claim.field] = claim.value
    for name in {c.field for c in claims}:
        if name not in preferred:
            raise ValueError(f"the claims for {name!r} rank none preferred")
        held = as_text(getattr(record, name))
        if held != preferred[name]:
            raise ValueError(f"{name} is {held!r} but its preferred claim is {preferred[name]!r}")
