"""Acronyms with every meaning and attested spelling."""

from __future__ import annotations

import attrs

from ._validate import Checked, _check_id, _non_empty, _opt_id, _opt_text, _text
from .base import Citation, Variant, _citations, repr_html

__all__ = ["Acronym", "Meaning"]


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Meaning(Checked):
    """One meaning of an acronym: its expansion as written, other wordings, what it names."""

    expansion: str = attrs.field(validator=_text)
    alternatives: tuple[Variant, ...] = ()
    refers_to: str | None = attrs.field(default=None, validator=_opt_id)
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Acronym(Checked):
    """An acronym defined in a source, with every meaning and every attested spelling."""

    id: str = attrs.field(validator=_check_id)
    acronym: str = attrs.field(validator=_text)
    meanings: tuple[Meaning, ...] = attrs.field(validator=_non_empty)
    variants: tuple[Variant, ...] = ()
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)

    _repr_html_ = repr_html

    @property
    def citations(self) -> tuple[Citation, ...]:
        """The citations of every meaning and variant."""
        found = [c for m in self.meanings for c in m.citations]
        found += [c for v in self.variants for c in v.citations]
        return tuple(dict.fromkeys(found))
