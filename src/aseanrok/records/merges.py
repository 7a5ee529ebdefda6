"""Ids that were merged into another record: they keep resolving, to the record kept."""

from __future__ import annotations

import attrs

from ._validate import Checked, _check_id, _opt_text, _text
from .base import repr_html

__all__ = ["Merge"]


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Merge(Checked):
    """An id published once for a record that proved to be another one (``merged_into``),
    merged in data version ``since``: ``get()`` of the old id answers the record kept, with a
    ``DeprecationWarning``."""

    id: str = attrs.field(validator=_check_id)
    merged_into: str = attrs.field(validator=_check_id)
    since: str = attrs.field(validator=_text)
    note: str | None = attrs.field(default=None, validator=_opt_text)

    _repr_html_ = repr_html
