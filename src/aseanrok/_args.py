"""Argument checks for the public functions (no imports: used on the lightest paths)."""

from __future__ import annotations


def require_text(value: object, what: str) -> str:
    """``value`` stripped; ``TypeError`` unless a str, ``ValueError`` if blank."""
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a str, got {type(value).__name__}")
    text = value.strip()
    if not text:
        raise ValueError(f"{what} must not be empty or blank")
    return text


def require_int(value: object, what: str) -> int:
    """``value`` if an int (not a bool), else ``TypeError``."""
    if type(value) is not int:
        raise TypeError(f"{what} must be an int, got {type(value).__name__}")
    return value


def optional_int(value: object, what: str) -> int | None:
    return None if value is None else require_int(value, what)


def optional_bool(value: object, what: str) -> bool | None:
    if value is not None and type(value) is not bool:
        raise TypeError(f"{what} must be a bool or None, got {type(value).__name__}")
    return value
