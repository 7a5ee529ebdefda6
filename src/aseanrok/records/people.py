"""People and their roles."""

from __future__ import annotations

import attrs

from ..dates import PartialDate
from ._validate import _check_id, _citations, _non_empty, _opt_text, _text
from .base import Citation

__all__ = ["Person", "Role"]


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
