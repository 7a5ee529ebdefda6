"""``export()``'s arguments, checked before anything is written: a folder named by a non-empty
path, a known format, and collections that map known names to sequences of their records."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from ._args import require_text
from .errors import NotFoundError, shown

__all__ = ["FORMATS", "export_collections", "export_folder", "export_format"]

#: The formats ``export()`` writes.
FORMATS = ("csv", "sqlite", "json")


def export_folder(directory: object) -> Path:
    """The folder to export into: a ``str`` or ``os.PathLike`` path, not blank.

    >>> export_folder("")
    Traceback (most recent call last):
    ...
    ValueError: the folder to export into must be named (use '.' for the current folder)
    """
    if not isinstance(directory, (str, os.PathLike)):
        raise TypeError(f"the folder to export into must be a path, got {type(directory).__name__}")
    path = os.fspath(directory)
    if not isinstance(path, str):
        raise TypeError(f"the folder to export into must be a text path, got {shown(path)}")
    if not path.strip():
        raise ValueError("the folder to export into must be named (use '.' for the current folder)")
    if "\x00" in path:
        raise ValueError(f"the folder to export into has a NUL character: {shown(path)}")
    return Path(path)


def export_format(format: object) -> str:
    fmt = require_text(format, "format").casefold()
    if fmt not in FORMATS:
        raise NotFoundError(fmt, FORMATS, what="export format", hint="csv, sqlite or json")
    return fmt


def export_collections(collections: object) -> dict[str, Sequence[object]] | None:
    """``collections`` checked: a mapping of collection names to lists or tuples of the records
    of that collection's class (a name left out exports no table).

    >>> export_collections({"summits": [1]})
    Traceback (most recent call last):
    ...
    TypeError: collections['summits'][0] must be a Summit, got int
    """
    if collections is None:
        return None
    from .dataset import COLLECTIONS

    if not isinstance(collections, Mapping):
        raise TypeError(
            "collections must be a mapping of collection names to records, "
            f"got {type(collections).__name__}"
        )
    checked: dict[str, Sequence[object]] = {}
    for name, records in collections.items():
        if not isinstance(name, str):
            raise TypeError(f"a collection name must be a str, got {shown(name)}")
        if name not in COLLECTIONS:
            raise NotFoundError(name, COLLECTIONS, what="collection")
        if not isinstance(records, (list, tuple)):
            raise TypeError(
                f"collections[{name!r}] must be a list or tuple of records, "
                f"got {type(records).__name__}"
            )
        cls = COLLECTIONS[name]
        for i, record in enumerate(records):
            if not isinstance(record, cls):
                raise TypeError(
                    f"collections[{name!r}][{i}] must be a {cls.__name__}, "
                    f"got {type(record).__name__}"
                )
        checked[name] = tuple(records)
    return checked
