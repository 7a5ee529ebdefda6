"""What changed in the facts between data versions, as the data ships it
(``data/history/changes.json``, written by ``tools/changes.py``), and every id ever published
(``data/history/ids.json``)."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from .._version import DATA_VERSION
from ..errors import DataError, NotFoundError
from ..raw import data_root, read_json
from ..records.changes import Change
from ..table import Table
from ._common import require_text

__all__ = ["changes", "data_versions", "parse_history", "published_ids"]

HISTORY = "history/changes"
IDS = "history/ids"


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split(".") if part.isdigit())


def _entry(change: dict[str, Any], version: object, since: object) -> dict[str, Any]:
    found = {k: v for k, v in change.items() if k not in ("old", "new")}
    for side in ("old", "new"):
        if side in change:
            found[side] = json.dumps(change[side], ensure_ascii=False)
    return {"version": version, "since": since, **found}


def parse_history(document: object, file: str = f"{HISTORY}.json") -> tuple[Change, ...]:
    """The changes a parsed history holds, oldest version first; ``DataError`` naming the
    JSON path of what does not fit."""
    from ..convert import converter, describe_error
    from ..records._validate import typed

    if not isinstance(document, dict) or not isinstance(document.get("versions"), list):
        raise DataError(file, "$", "expected an object with a list of versions")
    found: list[Change] = []
    for i, version in reversed(list(enumerate(document["versions"]))):
        where = f"$.versions[{i}]"
        if not isinstance(version, dict) or not isinstance(version.get("changes"), list):
            raise DataError(file, where, "expected an object with a list of changes")
        for j, change in enumerate(version["changes"]):
            if not isinstance(change, dict):
                raise DataError(file, f"{where}.changes[{j}]", "expected an object")
            raw = _entry(change, version.get("version"), version.get("since"))
            try:
                with typed():
                    found.append(converter.structure(raw, Change))
            except Exception as exc:  # cattrs wraps what the hooks raise
                path, problem = describe_error(exc, f"{where}.changes[{j}]")[0]
                raise DataError(file, path, problem) from None
    return tuple(found)


@cache
def _document() -> object:
    return read_json(data_root(), HISTORY)


@cache
def _history() -> tuple[Change, ...]:
    return parse_history(_document())


def data_versions() -> tuple[str, ...]:
    """The data versions the history records, oldest first; the bundled one is the last.

    >>> aseanrok.data_versions()[-1] == aseanrok.DATA_VERSION
    True
    """
    _history()  # the document checked
    document: Any = _document()
    found = {DATA_VERSION}
    for entry in document["versions"]:
        found |= {str(entry.get("version")), str(entry.get("since"))}
    return tuple(sorted(found, key=_key))


def _version(value: object, what: str) -> str:
    text = require_text(value, what)
    if text not in data_versions():
        raise NotFoundError(text, data_versions(), what="data version")
    return text


def changes(since: str | None = None, until: str | None = None) -> Table[Change]:
    """What the data versions after ``since`` changed in the facts, up to ``until`` (by
    default the bundled version), by record and field, oldest version first: records added,
    values changed (old and new, with the citations behind the new), values deprecated (kept
    as claims), ids merged into another record.

    >>> merged = aseanrok.changes(since="2026.11.4").filter(kind="merged")
    >>> [(c.key, c.merged_into) for c in merged if c.key == "summit-1997"]
    [('summit-1997', 'summit-1')]
    """
    first = None if since is None else _key(_version(since, "since"))
    last = _key(DATA_VERSION if until is None else _version(until, "until"))
    if first is not None and first > last:
        raise ValueError(f"since ({since}) is a later data version than until ({until})")
    return Table(
        c
        for c in _history()
        if (first is None or _key(c.version) > first) and _key(c.version) <= last
    )


@cache
def published_ids() -> dict[str, str]:
    """Every id an earlier data version published, with the version it first appeared in."""
    document = read_json(data_root(), IDS)
    if not isinstance(document, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in document.items()
    ):
        raise DataError(f"{IDS}.json", "$", "expected an object of ids to data versions")
    return dict(document)
