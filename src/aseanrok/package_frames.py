"""``read_package()``: the CSV package that ``export(folder, "csv")`` writes, read back into
pandas with the types its ``datapackage.json`` declares."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .frames import NEEDS_PANDAS

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["read_package"]

# a Table Schema type -> the pandas dtype to_pandas() gives it (dates: datetime64[s])
_DTYPES = {"string": "string", "integer": "Int64", "number": "Float64"}


def read_package(path: str | os.PathLike[str]) -> dict[str, pd.DataFrame]:
    """Every table of a CSV export, by name, typed as its ``datapackage.json`` declares:
    ``integer`` as ``Int64``, ``number`` as ``Float64``, ``boolean`` as ``boolean``, ``date``
    as ``datetime64[s]``, ``string`` as ``string``; an empty cell is missing (``<NA>``,
    ``NaT``), never 0 or ``""``. ``path`` is the export's folder or its ``datapackage.json``.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = aseanrok.export(folder, "csv")
    ...     tables = aseanrok.read_package(folder)
    >>> summits = tables["summits"]
    >>> [str(summits[c].dtype) for c in ("number", "virtual", "when_start", "city")]
    ['Int64', 'boolean', 'datetime64[s]', 'string']
    """
    try:
        import pandas as pd
    except ImportError:
        raise ImportError(NEEDS_PANDAS) from None
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"read_package() takes a path, got {type(path).__name__}")
    package = Path(path)
    if package.is_dir():
        package = package / "datapackage.json"
    if not package.is_file():
        raise FileNotFoundError(
            f"no CSV export there: {package} is missing (aseanrok.export(folder, 'csv') writes it)"
        )
    descriptor = json.loads(package.read_text(encoding="utf-8"))
    return {
        resource["name"]: _table(pd, package.parent, resource)
        for resource in descriptor.get("resources", ())
        if resource.get("format") == "csv"
    }


def _table(pandas: Any, folder: Path, resource: dict[str, Any]) -> pd.DataFrame:
    fields = resource["schema"]["fields"]
    missing = resource["schema"].get("missingValues", [""])
    name = Path(resource["path"]).name  # a file of the folder, never one elsewhere
    # every column as text first: pandas would guess, and ids such as "8" are text
    frame = pandas.read_csv(
        folder / name,
        dtype="string",
        keep_default_na=False,
        na_values=missing,
        encoding=resource.get("encoding", "utf-8"),
    )
    for field in fields:
        column, kind = field["name"], field["type"]
        if kind in _DTYPES and kind != "string":
            frame[column] = frame[column].astype(_DTYPES[kind])
        elif kind == "boolean":
            frame[column] = frame[column].map({"true": True, "false": False}).astype("boolean")
        elif kind == "date":
            frame[column] = _days(pandas, frame[column])
    typed: pd.DataFrame = frame
    return typed


def _days(pandas: Any, text: pd.Series) -> pd.Series:
    """ISO days as ``datetime64[s]`` (years 1 to 9999), missing as ``NaT``."""
    import numpy as np

    values = ["NaT" if v is pandas.NA else v for v in text.tolist()]
    try:
        array = np.array(values, dtype="datetime64[s]")
        days: pd.Series = pandas.Series(array, dtype="datetime64[s]")
    except (TypeError, ValueError):  # pandas < 2 has nanoseconds only (1677 to 2262)
        days = pandas.to_datetime(text, errors="coerce")
    return days
