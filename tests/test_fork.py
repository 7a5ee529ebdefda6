"""Fork-safe loading: a process forked while another thread is half-way through a load (and
holds the loader's lock) loads afresh in the child instead of waiting for ever on a lock no
thread of the child will release."""

from __future__ import annotations

import os
import threading
import time
import warnings
from collections.abc import Callable

import pytest
from hostile import BYTES, DOCS, MemoryLoader, held_by_another_thread

import aseanrok
import aseanrok.loader
from aseanrok.api.acronyms import _build, validate_document
from aseanrok.registry import NAMES, record_class

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")

# each way into a loader: one collection's records, every collection, the compact acronym index
WAYS: dict[str, Callable[[MemoryLoader], object]] = {
    "records(summits)": lambda loader: loader.records("summits", record_class("summits")),
    "records(people)": lambda loader: loader.records("people", record_class("people")),
    "dataset()": lambda loader: loader.dataset().counts(),
    "derive(acronyms)": lambda loader: loader.derive("acronyms", validate_document, _build),
}


def _wait_for(pid: int, seconds: float = 60) -> int:
    """The exit status of the child ``pid``; kill it and fail if it does not end in time."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.01)
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    pytest.fail("the forked child deadlocked on the loader's lock")


def _fork() -> int:
    with warnings.catch_warnings():  # Python 3.12+ warns of a fork in a threaded process
        warnings.simplefilter("ignore", DeprecationWarning)
        return os.fork()


@pytest.mark.parametrize("way", sorted(WAYS))
@pytest.mark.parametrize("stall", ["sources", "summits", "people"])
def test_a_fork_during_a_slowed_load_does_not_deadlock(way: str, stall: str) -> None:
    """A thread stalls reading one file, the lock held; the process forks; the child loads."""
    loader = MemoryLoader(dict(BYTES))
    reading, release = threading.Event(), threading.Event()
    fast_read = loader._read

    def slow_read(name: str) -> bytes:
        if name == stall:
            reading.set()
            release.wait(30)
        return fast_read(name)

    loader._read = slow_read  # type: ignore[method-assign]
    worker = threading.Thread(target=WAYS[way], args=(loader,))
    worker.start()
    try:
        while not reading.wait(0.01):
            if not worker.is_alive():  # this way does not read that file: nothing to stall
                pytest.skip(f"{way} does not read {stall}")
        assert loader._lock.locked()
        pid = _fork()
        if pid == 0:  # the child: the thread holding the lock does not exist here
            status = 1
            try:
                loader._read = fast_read  # type: ignore[method-assign]
                answer = WAYS[way](loader)
                status = 0 if answer else 2
            finally:
                os._exit(status)
    finally:
        release.set()
        worker.join()
    assert _wait_for(pid) == 0
    assert WAYS[way](loader)  # and the parent finished its own load


def test_a_child_forked_during_a_load_of_the_default_loader_answers() -> None:
    """The same through the package's own functions and its shared loader."""
    loader = MemoryLoader(dict(BYTES))
    reading, release = threading.Event(), threading.Event()
    fast_read = loader._read

    def slow_read(name: str) -> bytes:
        reading.set()
        release.wait(30)
        return fast_read(name)

    loader._read = slow_read  # type: ignore[method-assign]
    from hostile import package_reads

    with package_reads(loader):
        worker = threading.Thread(target=aseanrok.expand, args=("KASI",))
        worker.start()
        try:
            assert reading.wait(30)
            pid = _fork()
            if pid == 0:
                status = 1
                try:
                    loader._read = fast_read  # type: ignore[method-assign]
                    status = 0 if aseanrok.summits() and aseanrok.acronyms() else 2
                finally:
                    os._exit(status)
        finally:
            release.set()
            worker.join()
        assert _wait_for(pid) == 0


def test_the_child_forgets_what_was_half_read() -> None:
    """What a thread read but had not made into records is not trusted in the child."""
    loader = MemoryLoader(dict(BYTES))
    loader.records("visions", record_class("visions"))
    loader._raw("summits")  # read, not yet structured
    loader._index("people", False)
    loader._after_fork()
    assert (loader._bytes, loader._documents, loader._indexes) == ({}, {}, {})
    assert not loader._lock.locked()
    assert loader.loaded() == frozenset({"visions"})  # what was made stays
    assert len(loader.records("summits", record_class("summits"))) > 0
    assert set(NAMES) >= set(loader.reads)


# a first load, again and again: each run drops aseanrok and its lazily imported packages, so
# the thread's load imports them anew while the process forks; the child loads as well
_FIRST_LOADS = """
import os, random, signal, sys, threading, time, warnings
warnings.simplefilter("ignore", DeprecationWarning)
runs = int(sys.argv[1])
rng = random.Random(9)
hung = failed = 0
for i in range(runs):
    for name in list(sys.modules):
        if name.split(".")[0] in ("aseanrok", "attr", "attrs", "cattrs", "cattr"):
            del sys.modules[name]
    import aseanrok
    way = (lambda: aseanrok.load().counts()) if i % 2 == 0 else (lambda: aseanrok.expand("KASI"))
    worker = threading.Thread(target=way)
    worker.start()
    time.sleep(rng.uniform(0, 0.03))
    pid = os.fork()
    if pid == 0:
        signal.alarm(30)  # a hung child ends, and counts as hung
        try:
            os._exit(0 if way() else 2)
        except BaseException:
            os._exit(3)
    _, status = os.waitpid(pid, 0)
    worker.join()
    if os.WIFSIGNALED(status):
        hung += 1
    elif os.waitstatus_to_exitcode(status) != 0:
        failed += 1
print(hung, failed)
"""


def test_a_fork_during_a_first_load_never_hangs_the_child() -> None:
    """The child hung in 8 of 100 runs (3 of 100 for expand()) on the lock of a module the
    loading thread was importing at the fork."""
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-c", _FIRST_LOADS, "100"],
        capture_output=True,
        text=True,
        check=True,
    )
    hung, failed = map(int, out.stdout.split())
    assert (hung, failed) == (0, 0), out.stderr[-2000:]


def test_a_child_forked_while_a_thread_structures_a_file_structures_its_own() -> None:
    """The plans structure one file at a time (their caches are that file's): a child forked
    while another thread holds that turn does not wait for it."""
    from aseanrok import _plans

    with held_by_another_thread(_plans._FILE_LOCK):
        pid = _fork()
        if pid == 0:
            status = 1
            try:
                records, _ = _plans.structure("visions", DOCS["visions"])
                status = 0 if records else 2
            finally:
                os._exit(status)
    assert _wait_for(pid) == 0
