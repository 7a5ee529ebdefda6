"""KASI's lines of effort, priority areas and visions."""

from __future__ import annotations

import attrs

from ._validate import Checked, _check_id, _positive, _text
from .base import Citation, _citations, repr_html

__all__ = ["LineOfEffort", "PriorityArea", "Vision"]


@attrs.frozen(kw_only=True, eq=False, repr=False)
class LineOfEffort(Checked):
    """One of KASI's eight core lines of effort."""

    id: str = attrs.field(validator=_check_id)
    number: int = attrs.field(validator=_positive)  # type: ignore[assignment]
    title: str = attrs.field(validator=_text)
    actions: tuple[str, ...] = ()
    citations: tuple[Citation, ...] = _citations()

    _repr_html_ = repr_html


@attrs.frozen(kw_only=True, eq=False, repr=False)
class PriorityArea(Checked):
    """One of KASI's ten priority areas of cooperation."""

    id: str = attrs.field(validator=_check_id)
    name: str = attrs.field(validator=_text)
    citations: tuple[Citation, ...] = _citations()

    _repr_html_ = repr_html


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Vision(Checked):
    """One of the three key visions of the ROK's Indo-Pacific Strategy."""

    id: str = attrs.field(validator=_check_id)
    name: str = attrs.field(validator=_text)
    citations: tuple[Citation, ...] = _citations()

    _repr_html_ = repr_html
