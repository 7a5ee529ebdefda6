"""export() never damages what a user has: interrupted (Ctrl-C, kill -9), concurrent, on a
full disk, among planted links, it leaves the old export whole or the new one, and no stray
file. Each test reproduces a fault the old writer had."""

from __future__ import annotations

import errno
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import aseanrok as a
import aseanrok.export_staging as staging
import aseanrok.exports as exports
from aseanrok.dataset import COLLECTIONS
from aseanrok.exports import DATABASE

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


def _old_export(folder: Path, fmt: str) -> dict[str, bytes]:
    a.export(folder, fmt, collections=older())
    return snapshot(folder)


# -- 1. interrupted -----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "json", "sqlite"])
@pytest.mark.parametrize("at", [1, 2, 7, 40])
def test_ctrl_c_while_writing_leaves_the_old_export_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, at: int
) -> None:
    before = _old_export(tmp_path, fmt)
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
    _old_export(tmp_path, "csv")
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
    _old_export(tmp_path, fmt)
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
    _old_export(tmp_path, "csv")
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
        _old_export(tmp_path, "csv")
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


# -- 2. concurrent -----------------------------------------------------------------------


def _check_database(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute("SELECT count(*) FROM sources").fetchone()[0] == len(a.sources())
    finally:
        con.close()


def test_two_processes_export_into_one_folder(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "aseanrok", "export", str(tmp_path), "--format", "sqlite"]
    for _ in range(5):
        procs = [subprocess.Popen(command, stderr=subprocess.PIPE, text=True) for _ in range(2)]
        for proc in procs:
            _, err = proc.communicate()
            assert proc.returncode == 0, err
        _check_database(tmp_path / DATABASE)
        assert sorted(p.name for p in tmp_path.iterdir()) == [DATABASE, "metadata.json"]


@pytest.mark.parametrize("fmt", ["sqlite", "csv"])
def test_two_threads_export_into_one_folder_take_turns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    inside, most = [0], [0]
    lock = threading.Lock()
    real = staging.Staging.commit

    def counted(self: staging.Staging, names: Any) -> Any:
        with lock:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
        threading.Event().wait(0.05)  # widen the window a second exporter would enter
        try:
            return real(self, names)
        finally:
            with lock:
                inside[0] -= 1

    monkeypatch.setattr(staging.Staging, "commit", counted)
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def run() -> None:
        start.wait()
        try:
            a.export(tmp_path, fmt)
        except BaseException as exc:
            errors.append(exc)

    for _ in range(5):
        threads = [threading.Thread(target=run) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
    assert most[0] == 1  # never two in the swap at once
    if fmt == "sqlite":
        _check_database(tmp_path / DATABASE)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


# -- 3. a full disk -----------------------------------------------------------------------


def _full(real: Callable[..., Any], at: int) -> Callable[..., Any]:
    calls = [0]

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        if calls[0] == at:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(*args, **kwargs)

    return wrapped


def test_a_full_disk_says_so_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _old_export(tmp_path, "csv")
    monkeypatch.setattr(exports, "write_csv", _full(exports.write_csv, 5))
    with pytest.raises(OSError, match="disk is full") as caught:
        a.export(tmp_path, "csv")
    assert caught.value.errno == errno.ENOSPC
    assert snapshot(tmp_path) == before


_LIMITED = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[3]), int(sys.argv[3])))
from aseanrok.cli import main
sys.exit(main(["export", sys.argv[1], "--format", sys.argv[2]]))
"""


@pytest.mark.skipif(not POSIX, reason="RLIMIT_FSIZE")
@pytest.mark.parametrize("fmt", ["sqlite", "csv"])
@pytest.mark.parametrize("limit", [4096, 200_000])
def test_a_file_size_limit_reads_as_a_full_disk(tmp_path: Path, fmt: str, limit: int) -> None:
    """The FTS fallback swallowed SQLite's write error: the user read 'no such table'."""
    before = snapshot(tmp_path)
    out = subprocess.run(
        [sys.executable, "-c", _LIMITED, str(tmp_path), fmt, str(limit)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 1, out.stderr
    assert "disk is full" in out.stderr
    assert "no such table" not in out.stderr
    assert "Traceback" not in out.stderr
    assert snapshot(tmp_path) == before  # no hidden partial file


# -- 4. planted links ---------------------------------------------------------------------


@pytest.mark.skipif(not POSIX, reason="symlinks")
@pytest.mark.parametrize("fmt", ["csv", "sqlite", "json"])
def test_planted_links_are_replaced_never_written_through(tmp_path: Path, fmt: str) -> None:
    folder, outside = tmp_path / "export", tmp_path / "outside"
    folder.mkdir()
    outside.mkdir()
    (outside / "keep").write_text("mine")
    (outside / "inner").mkdir()
    (outside / "inner" / "keep").write_text("mine too")
    names = [DATABASE, "metadata.json", "summits.csv", "summits.json", "datapackage.json"]
    for name in names:
        (folder / name).symlink_to(outside / "keep")
    (folder / "sources.csv").symlink_to(outside / "inner")  # a link to a folder
    (folder / f"{staging.STAGING_PREFIX}planted").symlink_to(outside / "inner")
    files = a.export(folder, fmt)
    assert (outside / "keep").read_text() == "mine"
    assert (outside / "inner" / "keep").read_text() == "mine too"
    for f in files:
        assert not f.is_symlink()
        assert f.is_file()
    assert not (folder / f"{staging.STAGING_PREFIX}planted").exists()


def test_a_folder_where_a_file_goes_is_an_error_before_anything_moves(tmp_path: Path) -> None:
    before = _old_export(tmp_path, "csv")
    (tmp_path / "summits.csv").unlink()
    (tmp_path / "summits.csv").mkdir()
    before = snapshot(tmp_path)
    with pytest.raises(IsADirectoryError, match=r"a folder stands where the export writes"):
        a.export(tmp_path, "csv")
    assert snapshot(tmp_path) == before


def test_the_lock_leaves_no_file(tmp_path: Path) -> None:
    a.export(tmp_path, "json")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    script = textwrap.dedent("""
        import aseanrok, sys
        aseanrok.export(sys.argv[1], "json")
    """)
    subprocess.run([sys.executable, "-c", script, str(tmp_path)], check=True)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
