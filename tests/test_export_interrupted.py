"""export() interrupted leaves the old export whole, or the new one: Ctrl-C (a
KeyboardInterrupt injected into the writer) and kill -9 (SIGKILL, at set points and at random
moments), while the files are written and while they are swapped in."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from exported import POSIX, old_export, older, snapshot

import aseanrok as a
import aseanrok.export_staging as staging
import aseanrok.exports as exports


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, dict[str, bytes]]]:
    """format -> {"old": snapshot, "new": snapshot} of an export into an empty folder."""
    found: dict[str, dict[str, dict[str, bytes]]] = {}
    for fmt in ("csv", "sqlite"):
        old, new = tmp_path_factory.mktemp("old"), tmp_path_factory.mktemp("new")
        a.export(old, fmt, collections=older())
        a.export(new, fmt)
        found[fmt] = {"old": snapshot(old), "new": snapshot(new)}
        assert found[fmt]["old"] != found[fmt]["new"]
    return found


# -- 1. interrupted -----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "json", "sqlite"])
@pytest.mark.parametrize("at", [1, 2, 7, 40])
def test_ctrl_c_while_writing_leaves_the_old_export_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, at: int
) -> None:
    before = old_export(tmp_path, fmt)
    writer = {"csv": "write_csv", "json": "write_json", "sqlite": "write_text"}[fmt]
    real = getattr(exports, writer)
    calls = [0]

    def interrupted(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        if calls[0] == (1 if fmt == "sqlite" else at):
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(exports, writer, interrupted)
    with pytest.raises(KeyboardInterrupt):
        a.export(tmp_path, fmt)
    assert snapshot(tmp_path) == before  # no truncated file, no hidden leftover


@pytest.mark.parametrize("at", [1, 2, 60])
def test_ctrl_c_during_the_swap_finishes_it(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    versions: dict[str, dict[str, dict[str, bytes]]],
    at: int,
) -> None:
    old_export(tmp_path, "csv")
    real = os.replace
    calls = [0]

    def interrupted(src: Any, dst: Any) -> None:
        real(src, dst)
        calls[0] += 1
        if calls[0] == at + 1:  # the first replace puts the commit mark in place
            raise KeyboardInterrupt

    monkeypatch.setattr(staging.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        a.export(tmp_path, "csv")
    assert snapshot(tmp_path) == versions["csv"]["new"]


_KILLER = """
import os, signal, sys
import aseanrok, aseanrok.exports as exports, aseanrok.export_staging as staging
folder, fmt, where, at = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
calls = [0]
def kill_at(real):
    def wrapped(*args, **kwargs):
        calls[0] += 1
        if calls[0] == at:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)
    return wrapped
if where == "write":
    import aseanrok.export_files as files
    module = files if fmt == "sqlite" else exports  # sqlite: while the database is written
    name = {"csv": "write_csv", "sqlite": "_full_text", "json": "write_json"}[fmt]
    setattr(module, name, kill_at(getattr(module, name)))
elif where == "swap":
    staging.os.replace = kill_at(os.replace)
print("ready", flush=True)
aseanrok.export(folder, fmt)
"""


def _killed(folder: Path, fmt: str, where: str, at: int, delay: float | None = None) -> int:
    """Run an export in a process killed with SIGKILL (at a call, or after ``delay``)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", _KILLER, str(folder), fmt, where, str(at)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    proc.stdout.readline()
    if delay is not None:
        threading.Event().wait(delay)
        proc.send_signal(signal.SIGKILL)
    proc.communicate()
    return proc.returncode


def _visible(shot: dict[str, bytes]) -> dict[str, bytes]:
    return {k: v for k, v in shot.items() if not k.startswith(staging.STAGING_PREFIX)}


@pytest.mark.skipif(not POSIX, reason="SIGKILL")
@pytest.mark.parametrize("fmt", ["csv", "sqlite"])
@pytest.mark.parametrize("at", [1, 3, 50])
def test_kill_9_while_writing_leaves_the_old_export_whole(
    tmp_path: Path, versions: dict[str, dict[str, dict[str, bytes]]], fmt: str, at: int
) -> None:
    old_export(tmp_path, fmt)
    assert _killed(tmp_path, fmt, "write", at) == -signal.SIGKILL
    assert _visible(snapshot(tmp_path)) == versions[fmt]["old"]
    # the hidden staging folder no process could remove: the next export removes it
    a.export(tmp_path, fmt)
    assert snapshot(tmp_path) == versions[fmt]["new"]


@pytest.mark.skipif(not POSIX, reason="SIGKILL")
@pytest.mark.parametrize("at", [2, 3, 40])
def test_kill_9_during_the_swap_is_finished_by_the_next_export(
    tmp_path: Path, versions: dict[str, dict[str, dict[str, bytes]]], at: int
) -> None:
    old_export(tmp_path, "csv")
    assert _killed(tmp_path, "csv", "swap", at) == -signal.SIGKILL
    with staging._locked(tmp_path):
        staging._recover(tmp_path)  # what the next export does first
    assert snapshot(tmp_path) == versions["csv"]["new"]


@pytest.mark.skipif(not POSIX, reason="SIGKILL")
def test_kill_9_at_random_moments(
    tmp_path: Path, versions: dict[str, dict[str, dict[str, bytes]]]
) -> None:
    """20 exports killed at random moments: each leaves the old or the new export whole (or,
    killed in the swap itself, a committed staging folder the next export finishes)."""
    rng = random.Random(21)
    seen = set()
    for _ in range(20):
        old_export(tmp_path, "csv")
        _killed(tmp_path, "csv", "none", 0, delay=rng.uniform(0.0, 1.2))
        shot = snapshot(tmp_path)
        whole = [k for k in ("old", "new") if _visible(shot) == versions["csv"][k]]
        if not whole:
            with staging._locked(tmp_path):
                staging._recover(tmp_path)
            shot = snapshot(tmp_path)
            whole = ["new"] if shot == versions["csv"]["new"] else []
        assert whole, sorted(set(shot) ^ set(versions["csv"]["old"]))
        seen.add(whole[0])
        a.export(tmp_path, "csv", collections=older())  # clears what the kill left
        assert snapshot(tmp_path) == versions["csv"]["old"]
