"""The garbage collector is paused while the loader makes records, and back as it was after:
whatever the load's outcome, however many threads load at once, in a forked child too."""

from __future__ import annotations

import gc
import os
import threading
import warnings
from collections.abc import Iterator

import pytest
from hostile import BYTES, MemoryLoader, held_by_another_thread, with_document

from aseanrok._collector import paused
from aseanrok.errors import DataError
from aseanrok.registry import NAMES, record_class


@pytest.fixture(autouse=True)
def _collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_a_load_runs_with_the_collector_paused_and_resumes_it() -> None:
    loader = MemoryLoader(dict(BYTES))
    seen: list[bool] = []
    read = loader._read

    def watched(name: str) -> bytes:
        seen.append(gc.isenabled())
        return read(name)

    loader._read = watched  # type: ignore[method-assign]
    loader.dataset()
    assert seen
    assert not any(seen)
    assert gc.isenabled()


def test_a_failed_load_resumes_the_collector() -> None:
    loader = MemoryLoader(with_document("summits", [{"id": "Not a slug"}]))
    with pytest.raises(DataError):
        loader.records("summits", record_class("summits"))
    with pytest.raises(DataError):
        loader.dataset()
    assert gc.isenabled()


def test_a_program_that_turned_the_collector_off_keeps_it_off() -> None:
    gc.disable()
    MemoryLoader(dict(BYTES)).records("summits", record_class("summits"))
    assert not gc.isenabled()


def test_the_last_thread_to_leave_resumes_it() -> None:
    with held_by_another_thread(paused()):
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the other thread is still inside
    assert gc.isenabled()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_a_child_forked_while_a_thread_loads_gets_the_collector_back() -> None:
    loader = MemoryLoader(dict(BYTES))
    reading, release = threading.Event(), threading.Event()
    read = loader._read

    def slow_read(name: str) -> bytes:
        if name == "people":
            reading.set()
            release.wait(30)
        return read(name)

    loader._read = slow_read  # type: ignore[method-assign]
    worker = threading.Thread(target=loader.dataset)
    worker.start()
    try:
        assert reading.wait(30)
        assert not gc.isenabled()
        with warnings.catch_warnings():  # Python 3.12+ warns of a fork in a threaded process
            warnings.simplefilter("ignore", DeprecationWarning)
            pid = os.fork()
        if pid == 0:
            status = 1
            try:
                back = gc.isenabled()
                with paused():  # and pausing works afresh
                    inside = gc.isenabled()
                status = 0 if back and not inside and gc.isenabled() else 2
            finally:
                os._exit(status)
    finally:
        release.set()
        worker.join()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert gc.isenabled()
    assert loader.loaded() == frozenset(NAMES)
