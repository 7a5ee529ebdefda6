"""The cyclic garbage collector, paused while the loader makes records in bulk.

Parsing a file and structuring it allocate tens of thousands of containers that all live on
(the parsed JSON until its records are made, then the records and their tuples). Every few
hundred allocations the collector walks the young ones, and now and then every object there
is: at 100 times the data that was 40% of a full load, and a cost that grew faster than the
data. Loading makes no reference cycles, so meanwhile there is nothing for it to find.

``paused()`` stops the collector while any thread is inside it; the last to leave turns it back
on, after an error too, unless it was already off when the first came in (a program's own
``gc.disable()`` stands). A process forked while a thread was inside gets the collector back as
it was: that thread, which would have resumed it, is not in the child.

>>> with paused():
...     gc.isenabled()
False
"""

from __future__ import annotations

import gc
import os
import threading

__all__ = ["paused"]

_lock = threading.Lock()
_inside = 0  # how many threads (or nested calls) are inside paused()
_resume = False  # whether the collector was on when the first came in


class _Paused:
    __slots__ = ()

    def __enter__(self) -> None:
        global _inside, _resume
        with _lock:
            if _inside == 0:
                _resume = gc.isenabled()
                gc.disable()
            _inside += 1

    def __exit__(self, *exc_info: object) -> None:
        global _inside
        with _lock:
            _inside = max(_inside - 1, 0)  # a forked child may leave what its parent entered
            if _inside == 0 and _resume:
                gc.enable()


_PAUSED = _Paused()


def paused() -> _Paused:
    """A context in which the cyclic garbage collector does not run (see the module)."""
    return _PAUSED


def _after_fork_in_child() -> None:
    global _lock, _inside
    _lock = threading.Lock()  # another thread may have held it at the fork
    if _inside and _resume:
        gc.enable()
    _inside = 0


if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=_after_fork_in_child)
