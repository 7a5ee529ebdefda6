"""Reading the bundled JSON: lazily, once per collection, thread-safely, all or nothing.

Files are read with ``importlib.resources``, so the data is found inside an installed wheel
or a zip as well as in a source checkout. ``Loader(root)`` reads another directory of the
same form (the tests and benchmarks use that); the package's own data has one shared loader.

Check a data file by hand::

    python -m aseanrok.loader src/aseanrok/data/summits.json
"""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from .convert import converter, describe_error
from .dataset import COLLECTIONS, Dataset, check_references
from .errors import DataError

if sys.version_info >= (3, 11):
    from importlib.resources import files
    from importlib.resources.abc import Traversable
else:  # pragma: no cover - exercised on 3.10 only
    from importlib_resources import files
    from importlib_resources.abc import Traversable

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["Loader", "default_loader"]

T = TypeVar("T")


class Loader:
    """Reads and caches the collections under ``root`` (a directory or a package resource).

    Each collection is read and structured on first use, once, under a lock; a file that fails
    raises ``DataError`` and leaves the cache as it was.
    """

    def __init__(self, root: Traversable | Path) -> None:
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
                    cached = self._structure(name, COLLECTIONS[name])
                    self._cache[name] = cached
        if COLLECTIONS[name] is not cls:
            raise TypeError(f"{name} holds {COLLECTIONS[name].__name__}, not {cls.__name__}")
        return cached

    def dataset(self) -> Dataset:
        """Every collection, with ids and cross-references checked."""
        if self._dataset is None:
            with self._lock:
                if self._dataset is None:
                    collections = {
                        name: self._cache.get(name) or self._structure(name, cls)
                        for name, cls in COLLECTIONS.items()
                    }
                    check_references(collections)
                    self._cache.update(collections)
                    self._dataset = Dataset(**collections)
        return self._dataset

    def _read(self, name: str) -> object:
        file = f"{name}.json"
        try:
            raw = (self.root / file).read_bytes()
        except OSError as exc:
            raise DataError(file, "$", f"cannot read: {exc}") from None
        try:
            return json.loads(raw)
        except ValueError as exc:
            raise DataError(file, "$", f"not valid JSON: {exc}") from None

    def _structure(self, name: str, cls: type) -> tuple[Any, ...]:
        file = f"{name}.json"
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
                _default = Loader(files("aseanrok") / "data")
    return _default


def _main(argv: list[str]) -> int:
    status = 0
    for arg in argv or [f"{n}.json" for n in COLLECTIONS]:
        path = Path(arg)
        name = path.stem
        if name not in COLLECTIONS:
            print(f"{arg}: not a collection (one of {', '.join(COLLECTIONS)})")
            status = 1
            continue
        root: Traversable | Path = (
            path.parent if path.parent != Path() else files("aseanrok") / "data"
        )
        try:
            count = len(Loader(root)._structure(name, COLLECTIONS[name]))
        except DataError as exc:
            print(exc)
            status = 1
        else:
            print(f"{arg}: {count} {COLLECTIONS[name].__name__} records")
    if not argv and status == 0:
        try:
            Loader(files("aseanrok") / "data").dataset()
        except DataError as exc:
            print(exc)
            status = 1
        else:
            print("cross-references: ok")
    return status


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
