"""Reading the bundled JSON files as plain Python data, without attrs or cattrs.

The package's data is read straight from its directory where the package is installed as
files (the usual case), and through ``importlib.resources`` otherwise (a zip, a wheel run in
place), so it is found wherever the package is; the first is faster to start than the second.
"""

from __future__ import annotations

import json
import os
import sys

from .errors import DataError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

    if sys.version_info >= (3, 11):
        from importlib.resources.abc import Traversable
    else:  # pragma: no cover - exercised on 3.10 only
        from importlib_resources.abc import Traversable

    #: Where data files are read from: a directory (its path, or a ``Path``) or a package
    #: resource.
    Root = Traversable | Path | str

__all__ = ["data_dir", "data_root", "files", "json_kind", "parse", "read_bytes", "read_json"]

_HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def files(package: str) -> Traversable:
    """``importlib.resources.files(package)`` (imported on first use: it is slow to import)."""
    if sys.version_info >= (3, 11):
        from importlib.resources import files as resource_files
    else:  # pragma: no cover - exercised on 3.10 only
        from importlib_resources import files as resource_files
    return resource_files(package)


def data_root() -> Traversable:
    """The directory of the data bundled in the package (a ``Path`` where it is a directory on
    disk, else the package resource)."""
    if os.path.isdir(_HERE):
        from pathlib import Path

        return Path(_HERE)
    return files("aseanrok") / "data"


def data_dir() -> Traversable | str:
    """Where the loader reads the bundled data: the directory's path where it is one on disk
    (read with ``open``: neither pathlib nor importlib.resources imported), else the package
    resource."""
    return _HERE if os.path.isdir(_HERE) else files("aseanrok") / "data"


def read_bytes(root: Root, name: str) -> bytes:
    """The bytes of ``<name>.json`` under ``root``; ``DataError`` if unreadable."""
    file = f"{name}.json"
    try:
        if isinstance(root, str):
            with open(os.path.join(root, file), "rb") as stream:
                return stream.read()
        return (root / file).read_bytes()
    except OSError as exc:
        raise DataError(file, "$", f"cannot read: {exc}") from None


def parse(name: str, raw: bytes) -> object:
    """The JSON document in ``raw`` (the bytes of ``<name>.json``); ``DataError`` if it is none."""
    file = f"{name}.json"
    try:
        return json.loads(raw)
    except RecursionError:
        problem = "nested too deeply"
    except json.JSONDecodeError as exc:
        problem = str(exc)
    except UnicodeDecodeError as exc:
        problem = f"not UTF-8 text (byte {exc.start})"
    except ValueError:  # Python's limit on the digits of an int it converts
        problem = "a number with too many digits"
    raise DataError(file, "$", f"not valid JSON: {problem}")


def read_json(root: Root, name: str) -> object:
    """The parsed content of ``<name>.json`` under ``root``; ``DataError`` if unreadable."""
    return parse(name, read_bytes(root, name))


def json_kind(value: object) -> str:
    """What a parsed JSON value is, in the words of JSON."""
    names = {dict: "an object", list: "a list", str: "a string", bool: "true or false"}
    if value is None:
        return "null"
    if type(value) in (int, float):
        return "a number"
    return names.get(type(value), type(value).__name__)
