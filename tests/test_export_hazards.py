"""export() among hazards: two processes or threads exporting into one folder, a full disk
(a patched write, RLIMIT_FSIZE), planted links. Each test reproduces a fault the old writer
had: both exports succeed or one waits, the disk is said to be full, nothing is written through
a link, and no stray file is left."""

from __future__ import annotations

import errno
import sqlite3
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from exported import POSIX, old_export, snapshot

import aseanrok as a
import aseanrok.export_staging as staging
import aseanrok.exports as exports
from aseanrok.exports import DATABASE

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
    before = old_export(tmp_path, "csv")
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
    before = old_export(tmp_path, "csv")
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
