"""Structuring the bundled JSON into records: lazily, once per collection, thread-safely, each
collection whole or not at all, and checked the same whichever way it is first read.

``Loader(root)`` reads another directory of the same form (the tests and benchmarks use that);
the package's own data has one shared loader. Only the record classes of the collections read
are created, and each class's structuring plan is made on its first use (``_plans``; the
strict cattrs converter reads a file only to name what in it does not fit).

A collection is handed out only once it has passed every check: its records fit the model
(the strict converter), its file holds together (``checks.check_file``) and it agrees with the
other files (``checks.check_links``, which reads of them only their ids and a few fields, from
an id scan of their bytes or their parsed JSON). ``load()`` runs the same steps for each
collection in turn, so it refuses a file exactly as that file's own accessor does.

Each file is read and parsed at most once (kept until its records are made), under one lock;
a failure drops whatever was read but not yet made into records, so a retry reads afresh. A
process forked while another thread holds the lock gets a fresh lock and no half-read state.

Check a data file by hand::

    python -m aseanrok.loader src/aseanrok/data/summits.json
"""

from __future__ import annotations

import os
import sys
import threading
import weakref

from ._collector import paused
from .checks import check_links
from .errors import DataError
from .file_checks import check_file
from .ids import Index, index, scan
from .order import natural
from .raw import data_dir, files, parse, read_bytes
from .registry import NAMES, RAW, record_class

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: the first expand() comes this way
    from collections.abc import Callable
    from typing import Any, TypeVar

    from .dataset import Dataset
    from .raw import Root

    T = TypeVar("T")
    D = TypeVar("D")

__all__ = ["Loader", "default_loader", "files", "load"]


class Loader:
    """Reads, checks and caches the collections under ``root`` (a directory or a package
    resource).

    Each collection is read and structured on first use, once, under a lock; a file that fails
    raises ``DataError`` and leaves the records made so far as they were.
    """

    def __init__(self, root: Root) -> None:
        self.root = root
        self._lock = threading.Lock()
        # what is made: never undone
        self._cache: dict[str, tuple[Any, ...]] = {}
        self._checked: dict[str, Index] = {}  # the files that passed every check
        self._kept: dict[str, object] = {}  # the parsed JSON of those in registry.RAW
        self._derived: dict[object, object] = {}
        self._dataset: Dataset | None = None
        self._forget()
        _LIVE.add(self)

    def _forget(self) -> None:
        """Drop what was read but not made into checked records."""
        self._bytes: dict[str, bytes] = {}
        self._documents: dict[str, object] = {}
        self._indexes: dict[str, Index] = {}

    def _after_fork(self) -> None:
        # the lock may have been held by a thread the child does not have
        self._lock = threading.Lock()
        self._forget()

    def loaded(self) -> frozenset[str]:
        """The names of the collections whose records are made."""
        return frozenset(self._cache)

    def records(self, name: str, cls: type[T]) -> tuple[T, ...]:
        """The records of one collection, e.g. ``records("summits", Summit)``."""
        held = record_class(name)
        if held is not cls:
            raise TypeError(f"{name} holds {held.__name__}, not {getattr(cls, '__name__', cls)}")
        cached = self._cache.get(name)
        if cached is None:
            with self._lock:
                cached = self._cache.get(name)
                if cached is None:
                    cached = self._load(name)
        return cached

    def dataset(self) -> Dataset:
        """Every collection, each checked as its own accessor checks it, in display order."""
        if self._dataset is None:
            from .dataset import Dataset

            with self._lock, paused():
                if self._dataset is None:
                    for name in NAMES:
                        if name not in self._cache:
                            self._load(name)
                    self._dataset = Dataset(**{name: self._cache[name] for name in NAMES})
        return self._dataset

    def derive(self, name: str, validate: Callable[[object], None], build: Callable[[Any], D]) -> D:
        """``build(document)`` of a collection's parsed JSON, made once and cached.

        The document is checked as the records would be: ``validate`` stands in for the
        structuring (it raises ``DataError`` where the converter would), then the same file and
        cross-file checks run. So an answer read from the JSON (``expand()``) refuses whatever
        the records (``acronym()``) refuse, without creating a record class.
        """
        if name not in RAW:
            raise ValueError(f"{name} is not read as JSON (registry.RAW)")
        key = (name, build)
        if key not in self._derived:
            with self._lock:
                if key not in self._derived:
                    if name not in self._kept:
                        self._check(name, validate)
                    self._derived[key] = build(self._kept[name])
        return self._derived[key]  # type: ignore[return-value]

    # everything below runs with the lock held

    def _read(self, name: str) -> bytes:
        return read_bytes(self.root, name)

    def _raw(self, name: str) -> bytes:
        raw = self._bytes.get(name)
        if raw is None:
            raw = self._bytes[name] = self._read(name)
        return raw

    def _document(self, name: str) -> object:
        if name in self._kept:
            return self._kept[name]
        if name not in self._documents:
            self._documents[name] = parse(name, self._raw(name))
            self._bytes.pop(name, None)
        return self._documents[name]

    def _index(self, name: str, complete: bool) -> Index:
        """A file's ``Index``: from its parsed JSON where it has been parsed, else from a scan
        of its bytes where one will do, else from parsing it."""
        found = self._checked.get(name) or self._indexes.get(name)
        if found is None or (complete and not found.complete):
            if name in self._documents or name in self._kept:
                found = index(name, self._document(name))
            else:
                found = scan(name, self._raw(name), complete)
                found = found or index(name, self._document(name))
            self._indexes[name] = found
        return found

    def _load(self, name: str) -> tuple[Any, ...]:
        """Read, structure and check one collection; cache its records, in its natural order."""
        records = self._checked_step(name, lambda document: _structure(name, document))
        records = self._cache[name] = natural(name, records)
        return records

    def _check(self, name: str, validate: Callable[[object], None]) -> None:
        """Check a collection's parsed JSON without structuring it."""

        def step(document: object) -> tuple[None, None]:
            validate(document)
            return None, None

        self._checked_step(name, step)

    def _checked_step(
        self, name: str, step: Callable[[object], tuple[T, tuple[Any, ...] | None]]
    ) -> T:
        """``step`` (structuring, or what stands in for it) on a collection's parsed JSON, then
        the file and cross-file checks (on the citations the step made, where it made them
        all); on any failure what was read is forgotten. The garbage collector is paused
        meanwhile (``_collector``): all this makes no cycles."""
        try:
            with paused():
                document = self._document(name)
                result, citations = step(document)
                if name not in self._checked:
                    check_file(name, document)  # type: ignore[arg-type]  # structured: a list
                    self._check_links(name, document, citations)
        except BaseException:
            self._forget()
            raise
        self._commit(name, document)
        return result

    def _check_links(self, name: str, document: object, citations: tuple[Any, ...] | None) -> None:
        """``check_links``; where it fails, a file it consulted that is faulty on its own (an
        emptied ``agreements.json`` that ``summits.json`` names records of) is the one blamed."""
        consulted: list[str] = []

        def index_of(other: str, complete: bool) -> Index:
            consulted.append(other)
            return self._index(other, complete)

        try:
            check_links(name, document, index_of, citations)  # type: ignore[arg-type]
        except DataError:
            for other in dict.fromkeys(consulted):
                if other != name and other not in self._checked:
                    self._sound(other)
            raise

    def _sound(self, name: str) -> None:
        """``DataError`` if a file is faulty on its own: its JSON, its records, its own checks
        (not those against other files: the file that consulted it is checked against it)."""
        document = self._document(name)
        _structure(name, document)
        check_file(name, document)  # type: ignore[arg-type]

    def _commit(self, name: str, document: object) -> None:
        found = self._indexes.pop(name, None)  # a scan's ids, kept no longer than its bytes
        self._checked[name] = found if found and found.complete else index(name, document)
        if name in RAW:
            self._kept[name] = document
        self._documents.pop(name, None)
        self._bytes.pop(name, None)


def _structure(name: str, document: object) -> tuple[tuple[Any, ...], tuple[Any, ...] | None]:
    from ._plans import structure  # attrs: imported for records, not for JSON read (expand())

    return structure(name, document)


_default: Loader | None = None
_default_lock = threading.Lock()
# every loader, so that a forked child can give each a fresh lock
_LIVE: weakref.WeakSet[Loader] = weakref.WeakSet()


def default_loader() -> Loader:
    """The loader of the data bundled in the package (made on first use)."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Loader(data_dir())
    return _default


def load() -> Dataset:
    """Every collection of the bundled data, read once and cross-checked.

    >>> ds = aseanrok.load()
    >>> ds.sources[0].id
    'mofa-kasi-2022'
    """
    return default_loader().dataset()


def _after_fork_in_child() -> None:
    global _default_lock
    _default_lock = threading.Lock()
    for loader in list(_LIVE):
        loader._after_fork()


if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=_after_fork_in_child)


def _main(argv: list[str]) -> int:
    from pathlib import Path

    status = 0
    for arg in argv or [f"{n}.json" for n in NAMES]:
        path = Path(arg)
        name = path.stem
        if name not in NAMES:
            print(f"{arg}: not a collection (one of {', '.join(NAMES)})")
            status = 1
            continue
        root: Root = path.parent if path.parent != Path() else data_dir()
        try:
            count = len(Loader(root).records(name, record_class(name)))
        except DataError as exc:
            print(exc)
            status = 1
        else:
            print(f"{arg}: {count} {record_class(name).__name__} records, checked")
    return status


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
