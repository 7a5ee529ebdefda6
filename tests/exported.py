"""Helpers for the export tests: a folder's exact contents, and an 'old' export that differs
from the bundled data's in every table. A plain module (not a test file)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import aseanrok as a
from aseanrok.dataset import COLLECTIONS

POSIX = sys.platform != "win32"


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every entry of ``folder`` (hidden ones too) with its bytes; a link as its target."""
    found: dict[str, bytes] = {}
    for entry in sorted(folder.iterdir()):
        if entry.is_symlink():
            found[entry.name] = b"-> " + os.readlink(entry).encode()
        elif entry.is_dir():
            found[entry.name + "/"] = b""
        else:
            found[entry.name] = entry.read_bytes()
    return found


def older() -> dict[str, list[object]]:
    """Collections that differ from the bundled ones in every table: an 'old' export."""
    dataset = a.load()
    return {name: list(dataset.collection(name))[:-1] for name in COLLECTIONS}


def old_export(folder: Path, fmt: str) -> dict[str, bytes]:
    a.export(folder, fmt, collections=older())
    return snapshot(folder)
