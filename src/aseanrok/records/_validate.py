"""Field validators shared by the record classes."""

from __future__ import annotations

import re

import attrs

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .base import Citation

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _check_id(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or _ID.fullmatch(value) is None:
        raise ValueError(
            f"{attribute.name} must be a lowercase slug like 'summit-25', got {value!r}"
        )


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


def _opt_text(instance: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None:
        _text(instance, attribute, value)  # type: ignore[arg-type]


def _citations() -> tuple[Citation, ...]:
    # left out of repr (as notes are) so that records print short; cite() prints them
    return attrs.field(validator=_non_empty, repr=False)  # type: ignore[no-any-return]
