"""Exports that are all or nothing: the files are written into a hidden staging folder inside
the target folder, then renamed over the old ones, under a lock on the folder.

A rename within one folder replaces one file atomically, but several files cannot be swapped at
once on every platform (nor can a folder be replaced atomically). So the swap is journaled:

1. ``.aseanrok-export-XXXX/`` (a fresh name) receives every file; nothing else is touched. An
   interruption here (Ctrl-C, a full disk, ``kill -9``) leaves the old export as it was.
2. When every file is written, a mark ``.committed`` listing their names is renamed into the
   staging folder: from then on the new export is whole, and the swap only moves it in.
3. Each file is renamed over its old name (a rename replaces a planted link, never writes
   through it); then the staging folder is removed.

An exception (``KeyboardInterrupt`` included) during step 1 removes the staging folder; during
step 3 the renames are finished first. What no process can clean up after (``kill -9``, a power
cut) is finished by the next export into the folder, before it starts: a staging folder with
its mark is moved in, one without is removed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

__all__ = ["STAGING_PREFIX", "Staging", "staged"]

#: The names of staging folders (hidden): an export removes any it finds, under the lock.
STAGING_PREFIX = ".aseanrok-export-"
_MARK = ".committed"
# the errors of a full disk, a quota or a file size limit (RLIMIT_FSIZE)
_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


class Staging:
    """The staging folder of one export: write each file at ``path / name``."""

    def __init__(self, folder: Path) -> None:
        self.folder: Path = folder
        self.path: Path = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=folder))

    def commit(self, names: Sequence[str]) -> tuple[Path, ...]:
        """Swap the staged files in, in order; return their new paths."""
        for name in names:
            target = self.folder / name
            if target.is_dir() and not target.is_symlink():
                raise IsADirectoryError(
                    errno.EISDIR, f"a folder stands where the export writes {name}", str(target)
                )
        mark = self.path / f"{_MARK}.partial"
        mark.write_text("\n".join(names) + "\n", encoding="utf-8")
        os.replace(mark, self.path / _MARK)
        _move_in(self.path, self.folder, names)
        return tuple(self.folder / name for name in names)

    def discard(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


def _move_in(staging: Path, folder: Path, names: Sequence[str]) -> None:
    """Rename each staged file over its name in ``folder``, then remove ``staging``; an
    interruption finishes the renames before it propagates."""
    try:
        for name in names:
            os.replace(staging / name, folder / name)
    except BaseException:
        for name in names:
            with contextlib.suppress(FileNotFoundError):
                os.replace(staging / name, folder / name)
        raise
    finally:
        with contextlib.suppress(OSError):
            _fsync_folder(folder)
    shutil.rmtree(staging, ignore_errors=True)


def _fsync_folder(folder: Path) -> None:
    if sys.platform != "win32":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _recover(folder: Path) -> None:
    """Finish or remove what an export killed before it could clean up left in ``folder``."""
    for entry in folder.iterdir():
        if not entry.name.startswith(STAGING_PREFIX):
            continue
        if entry.is_symlink() or not entry.is_dir():
            entry.unlink()  # not made by an export: never followed
            continue
        mark = entry / _MARK
        if mark.is_file() and not mark.is_symlink():
            names = mark.read_text(encoding="utf-8").split("\n")
            staged = [
                n
                for n in names
                if n and n == Path(n).name and not n.startswith(".") and _is_file(entry / n)
            ]
            _move_in(entry, folder, staged)
        shutil.rmtree(entry, ignore_errors=True)


def _is_file(path: Path) -> bool:
    return path.is_file() and not path.is_symlink()


# the lock: a whole export into a folder holds it, so exports into one folder take turns
@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    if sys.platform == "win32":  # no lock on a folder there: a lock file, kept
        import msvcrt
        import time

        fd = os.open(folder / ".aseanrok-export.lock", os.O_RDWR | os.O_CREAT)
        try:
            while True:
                try:
                    msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
                    break
                except OSError:
                    time.sleep(0.05)
            yield
        finally:
            os.close(fd)  # releases the lock
        return
    import fcntl

    # flock() on the folder itself: no lock file left behind, released by the system when the
    # process dies; each open() is a lock of its own, so threads wait for each other too
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


@contextlib.contextmanager
def staged(folder: Path) -> Iterator[Staging]:
    """A ``Staging`` in ``folder`` (made if missing), with the folder locked; on any exception
    the staging folder is removed, and a full disk is said to be one."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise NotADirectoryError(
            errno.ENOTDIR, "cannot export there: it is a file, not a folder", str(folder)
        ) from None
    with _locked(folder):
        _recover(folder)
        staging = Staging(folder)
        try:
            yield staging
        except BaseException as exc:
            staging.discard()
            full = disk_full(exc)
            if full:
                raise OSError(errno.ENOSPC, f"{full}; {folder} is as it was") from exc
            raise
        finally:
            staging.discard()  # after a commit: already gone


def disk_full(exc: BaseException) -> str | None:
    """What to tell for an error of a full disk or a file size limit, or ``None``."""
    if isinstance(exc, OSError) and exc.errno in _FULL:
        return "the disk is full (or a file size limit was reached): the export was not written"
    import sqlite3

    if isinstance(exc, sqlite3.OperationalError) and str(exc) in (
        "database or disk is full",
        "disk I/O error",
    ):
        return (
            f"the disk is full (or a file size limit was reached): the export was not written "
            f"(SQLite: {exc})"
        )
    return None
