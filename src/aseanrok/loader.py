"""Structuring the bundled JSON into records: lazily, once per collection, thread-safely, all or
nothing.

``Loader(root)`` reads another directory of the same form (the tests and benchmarks use that);
the package's own data has one shared loader. Only the record classes of the collections read
are created, and cattrs generates a class's structuring code on its first use.

Check a data file by hand::

    python -m aseanrok.loader src/aseanrok/data/summits.json
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from .convert import converter, describe_error
from .errors import DataError
from .raw import Root, data_root, files, read_json
from .registry import NAMES, record_class

if TYPE_CHECKING:
    from collections.abc import Callable

    from .dataset import Dataset

__all__ = ["Loader", "default_loader", "files"]

T = TypeVar("T")


class Loader:
    """Reads and caches the collections under ``root`` (a directory or a package resource).

    Each collection is read and structured on first use, once, under a lock; a file that fails
    raises ``DataError`` and leaves the cache as it was.
    """

    def __init__(self, root: Root) -> None:
        self.root = root
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[Any, ...]] = {}
        self._dataset: Dataset | None = None

    def loaded(self) -> frozenset[str]:
        """The names of the collections read so far."""
        return frozenset(self._cache)

    def records(self, name: str, cls: type[T]) -> tuple[T, ...]:
        """The records of one collection, e.g. ``records("summits", Summit)``."""
        cached = self._cache.get(name)
        if cached is None:
            with self._lock:
                cached = self._cache.get(name)
                if cached is None:
                    cached = self._structure(name)
                    self._cache[name] = cached
        held = record_class(name)
        if held is not cls:
            raise TypeError(f"{name} holds {held.__name__}, not {cls.__name__}")
        return cached

    def dataset(self) -> Dataset:
        """Every collection, with ids and cross-references checked."""
        if self._dataset is None:
            from .checks import check_references
            from .dataset import Dataset

            with self._lock:
                if self._dataset is None:
                    collections = {
                        name: self._cache.get(name) or self._structure(name) for name in NAMES
                    }
                    check_references(collections)
                    self._cache.update(collections)
                    self._dataset = Dataset(**collections)
        return self._dataset

    def _read(self, name: str) -> object:
        return read_json(self.root, name)

    def _structure(self, name: str) -> tuple[Any, ...]:
        file = f"{name}.json"
        cls = record_class(name)
        document = self._read(name)
        if type(document) is not list:
            raise DataError(file, "$", f"expected a list of records, got {type(document).__name__}")
        hook: Callable[[Any, type], Any] = converter.get_structure_hook(cls)
        records = []
        for i, item in enumerate(document):
            try:
                records.append(hook(item, cls))
            except Exception as exc:  # every fault, whatever cattrs or attrs raised
                path, problem = describe_error(exc, f"$[{i}]")[0]
                raise DataError(file, path, problem) from exc
        return tuple(records)


_default: Loader | None = None
_default_lock = threading.Lock()


def default_loader() -> Loader:
    """The loader of the data bundled in the package (made on first use)."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Loader(data_root())
    return _default


def _main(argv: list[str]) -> int:
    status = 0
    for arg in argv or [f"{n}.json" for n in NAMES]:
        path = Path(arg)
        name = path.stem
        if name not in NAMES:
            print(f"{arg}: not a collection (one of {', '.join(NAMES)})")
            status = 1
            continue
        root: Root = path.parent if path.parent != Path() else data_root()
        try:
            count = len(Loader(root)._structure(name))
        except DataError as exc:
            print(exc)
            status = 1
        else:
            print(f"{arg}: {count} {record_class(name).__name__} records")
    if not argv and status == 0:
        try:
            Loader(data_root()).dataset()
        except DataError as exc:
            print(exc)
            status = 1
        else:
            print("cross-references: ok")
    return status


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
