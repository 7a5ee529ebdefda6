"""A forked child never hangs on an import another thread was in the middle of.

aseanrok imports lazily: a first load imports the record classes, attrs, cattrs... A module
being imported holds a lock of its own, from the search for its file on. A process forked then
hands its child that lock, held by a thread the child does not have, and the child's first
import of the module would wait for ever. So in the child, right after the fork, each such lock
is dropped (the next import makes a new one), and so is a module that was half executed, to be
imported afresh. Registered by ``import aseanrok``, before any lazy import can start.
"""

from __future__ import annotations

import os
import sys
from _thread import get_ident


def forget_imports_of_lost_threads() -> None:
    """Drop the import locks held by threads this process does not have (a forked child)."""
    bootstrap = sys.modules.get("_frozen_importlib")
    locks = getattr(bootstrap, "_module_locks", None)  # importlib's own: no public way to ask
    if not isinstance(locks, dict):
        return
    me = get_ident()
    for name, ref in list(locks.items()):
        lock = ref() if callable(ref) else None
        owner = getattr(lock, "owner", None)
        if owner is None or owner == me:
            continue
        locks.pop(name, None)
        module = sys.modules.get(name)
        if getattr(getattr(module, "__spec__", None), "_initializing", False):
            del sys.modules[name]


if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=forget_imports_of_lost_threads)
