"""Institutions, mechanisms, dialogues and meeting series."""

from __future__ import annotations

import attrs

from ..dates import PartialDate
from ._facts import Named, _claims, _inferred
from ._validate import _check_id, _opt_text, _text
from .base import Citation, Claim, Variant, _citations

__all__ = ["Institution"]


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Institution(Named):
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
    purpose: str | None = attrs.field(default=None, validator=_opt_text)
    priority_areas: tuple[str, ...] = ()
    names: tuple[Variant, ...] = ()
    inferred: tuple[str, ...] = _inferred()
    claims: tuple[Claim, ...] = _claims()
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)
    citations: tuple[Citation, ...] = _citations()
