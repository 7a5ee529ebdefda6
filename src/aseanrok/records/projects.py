"""Projects, flagships, programmes and centres."""

from __future__ import annotations

import attrs

from ..money import Money
from ._facts import Fact, _claims, _inferred
from ._validate import _check_id, _not_before, _opt_id, _opt_text, _text
from .base import Citation, Claim, _citations

__all__ = ["Project"]


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Project(Fact):
    """A project, flagship, programme or centre, with budget and years where stated.

    A sum that the sources give to two projects, one inside the other, is held once: by the
    project that holds the budget, while the other names it in ``budget_in`` and has no
    ``budget`` of its own (the AKCMM's money is in PARMA's USD 19 million).
    """

    id: str = attrs.field(validator=_check_id)
    name: str = attrs.field(validator=_text)
    acronym: str | None = attrs.field(default=None, validator=_opt_text)
    kind: str = attrs.field(validator=_text)
    budget: Money | None = None
    budget_in: str | None = attrs.field(default=None, validator=_opt_id)
    start_year: int | None = None
    end_year: int | None = attrs.field(default=None, validator=_not_before("start_year"))
    line_of_effort: int | None = None
    fund: str | None = None
    country: str | None = attrs.field(default=None, validator=_opt_text)
    city: str | None = attrs.field(default=None, validator=_opt_text)
    purpose: str | None = attrs.field(default=None, validator=_opt_text)
    inferred: tuple[str, ...] = _inferred()
    claims: tuple[Claim, ...] = _claims()
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)
    citations: tuple[Citation, ...] = _citations()
