"""The data history page's tables, from ``aseanrok.changes()``: docs/hooks.py appends them to
docs/data-history.md when the site is built (it loads this file by path).

    python tools/history_page.py    # print the Markdown
"""

from __future__ import annotations

import html
import itertools
import json
from collections.abc import Iterable

import aseanrok

_WIDE = 160  # characters of a value a cell shows; aseanrok.changes() has the whole


def _cell(text: str | None) -> str:
    if text is None:
        return ""
    line = " ".join(text.split())
    line = line if len(line) <= _WIDE else line[: _WIDE - 1] + "…"
    return html.escape(line, quote=False).replace("|", "\\|")


def _sources(change: aseanrok.Change) -> str:
    return ", ".join(dict.fromkeys(f"`{c.source_id}`" for c in change.citations))


def _now(change: aseanrok.Change) -> str:
    """Where an id merged, moved or removed answers now."""
    if change.kind == "merged":
        return f"merged into `{change.merged_into}`"
    if change.kind == "moved" and change.old and change.new:
        return f"moved from {json.loads(change.old)} to {json.loads(change.new)}"
    restored = {m.id: m for m in aseanrok.load().merges}.get(change.key)
    if restored is not None:
        return f"deleted then; now a merge into `{restored.merged_into}`"
    return "nothing: it was deleted (see the stability page)"


def _table(header: list[str], rows: Iterable[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return [*lines, ""]


def _version(version: str, since: str, changes: list[aseanrok.Change]) -> list[str]:
    lines = [f"## Data {version}", "", f"Changes since data {since}: {len(changes)}.", ""]
    ids = [c for c in changes if c.kind in ("merged", "moved", "removed")]
    if ids:
        lines += ["### Ids merged, moved or removed", ""]
        lines += _table(
            ["change", "collection", "id", "now"],
            ([c.kind, c.collection, f"`{c.key}`", _now(c)] for c in ids),
        )
    values = [c for c in changes if c.kind in ("changed", "deprecated")]
    if values:
        lines += ["### Values changed", ""]
        lines += _table(
            ["collection", "record", "field", "old", "new", "sources"],
            (
                [
                    c.collection,
                    f"`{c.key}`",
                    f"{c.field}{' (old value deprecated)' if c.kind == 'deprecated' else ''}",
                    _cell(c.old),
                    _cell(c.new),
                    _sources(c),
                ]
                for c in values
            ),
        )
    added: dict[str, list[str]] = {}
    for c in changes:
        if c.kind == "added":
            added.setdefault(c.collection, []).append(f"`{c.key}`")
    if added:
        lines += ["### Records added", ""]
        lines += [f"- {name} ({len(keys)}): {', '.join(keys)}" for name, keys in added.items()]
        lines.append("")
    return lines


def render() -> str:
    """Every data version's changes, newest first."""
    by_version: dict[str, list[aseanrok.Change]] = {}
    for change in aseanrok.changes():
        by_version.setdefault(change.version, []).append(change)
    versions = aseanrok.data_versions()
    lines: list[str] = []
    for since, version in reversed(list(itertools.pairwise(versions))):
        lines += _version(version, since, by_version.get(version, []))
    return "\n".join(lines)


if __name__ == "__main__":
    print(render())
