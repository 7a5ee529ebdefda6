"""Reading the bundled JSON files as plain Python data, without attrs or cattrs.

Files are read with ``importlib.resources``, so the data is found inside an installed wheel
or a zip as well as in a source checkout.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .errors import DataError

if sys.version_info >= (3, 11):
    from importlib.resources import files
    from importlib.resources.abc import Traversable
else:  # pragma: no cover - exercised on 3.10 only
    from importlib_resources import files
    from importlib_resources.abc import Traversable

__all__ = ["Root", "data_root", "files", "read_json"]

#: Where data files are read from: the package's resources or any directory.
Root = Traversable | Path


def data_root() -> Traversable:
    """The directory of the data bundled in the package."""
    return files("aseanrok") / "data"


def read_json(root: Root, name: str) -> object:
    """The parsed content of ``<name>.json`` under ``root``; ``DataError`` if unreadable."""
    file = f"{name}.json"
    try:
        raw = (root / file).read_bytes()
    except OSError as exc:
        raise DataError(file, "$", f"cannot read: {exc}") from None
    try:
        return json.loads(raw)
    except ValueError as exc:
        raise DataError(file, "$", f"not valid JSON: {exc}") from None
