"""Writing the files a tool generates, or with ``--check`` only saying which are out of date."""

from __future__ import annotations

from pathlib import Path


def write_or_check(outputs: dict[Path, str], argv: list[str], command: str) -> int:
    """Write each path's text; with ``--check`` in ``argv``, write nothing and return 1 (naming
    ``command`` to run) when any file differs from what it should hold."""
    if "--check" in argv:
        stale = [p for p, t in outputs.items() if not p.exists() or p.read_text("utf-8") != t]
        for path in stale:
            print(f"{path} is out of date: run {command}")
        return 1 if stale else 0
    for path, text in outputs.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return 0
