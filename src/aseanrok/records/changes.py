"""What changed in the facts between two data versions: one record, one field, one change."""

from __future__ import annotations

from typing import Literal

import attrs

from ._validate import Checked, _opt_text, _text
from .base import Citation, repr_html

__all__ = ["Change", "ChangeKind"]

#: ``added`` a record; ``changed`` a field's value; ``deprecated`` a field's value, the old one
#: kept as a claim ranked deprecated; ``merged`` an id into another record (it keeps
#: resolving); ``moved`` an id to another collection (``old`` and ``new`` name them);
#: ``removed`` an id without a merge (the stability policy forbids it).
ChangeKind = Literal["added", "changed", "deprecated", "merged", "moved", "removed"]


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Change(Checked):
    """One change a data version made to the facts, by record and field.

    ``old`` and ``new`` are the field's values as the data files write them, in JSON (``None``
    where the field was absent); ``citations`` are those that back the new value (the field's
    preferred claim's where the record keeps claims on it, else the record's own).
    """

    version: str = attrs.field(validator=_text)
    since: str = attrs.field(validator=_text)
    kind: ChangeKind
    collection: str = attrs.field(validator=_text)
    key: str = attrs.field(validator=_text)
    field: str | None = attrs.field(default=None, validator=_opt_text)
    old: str | None = None
    new: str | None = None
    merged_into: str | None = attrs.field(default=None, validator=_opt_text)
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)
    citations: tuple[Citation, ...] = attrs.field(default=(), repr=False)

    _repr_html_ = repr_html
