"""The exceptions aseanrok raises.

Plain classes (no attrs) so that importing them costs nothing.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "AmbiguousAcronymError",
    "AmbiguousNameError",
    "AseanrokError",
    "DataError",
    "NotFoundError",
]


class AseanrokError(Exception):
    """Base class of every error aseanrok raises on purpose."""


class NotFoundError(AseanrokError, LookupError):
    """A key that names nothing in the data.

    The message names the key and suggests close matches among ``candidates``.

    >>> raise NotFoundError("AKFC", ["AKCF", "AKFTA"], what="acronym")
    Traceback (most recent call last):
    ...
    aseanrok.errors.NotFoundError: unknown acronym 'AKFC'; did you mean 'AKCF' or 'AKFTA'?
    """

    def __init__(
        self,
        key: object,
        candidates: Iterable[str] = (),
        *,
        what: str = "key",
        hint: str | None = None,
    ) -> None:
        self.key = key
        self.suggestions = _close_matches(str(key), candidates)
        message = f"unknown {what} {key!r}"
        if self.suggestions:
            message += "; did you mean " + " or ".join(repr(s) for s in self.suggestions) + "?"
        if hint:
            message += f" ({hint})"
        super().__init__(message)

    def __str__(self) -> str:
        return str(self.args[0])


class AmbiguousAcronymError(NotFoundError):
    """An acronym with several meanings, asked for just one.

    >>> raise AmbiguousAcronymError("ACCC", ["A", "B"])
    Traceback (most recent call last):
    ...
    aseanrok.errors.AmbiguousAcronymError: 'ACCC' has 2 meanings: 'A'; 'B'
    """

    def __init__(self, key: str, meanings: Iterable[str]) -> None:
        self.meanings = tuple(meanings)
        AseanrokError.__init__(
            self,
            f"{key!r} has {len(self.meanings)} meanings: "
            + "; ".join(repr(m) for m in self.meanings),
        )
        self.key = key
        self.suggestions = ()


class AmbiguousNameError(NotFoundError):
    """A part of a name that several people share.

    >>> raise AmbiguousNameError("Kim", ["Kim A", "Kim B"])
    Traceback (most recent call last):
    ...
    aseanrok.errors.AmbiguousNameError: 'Kim' names 2 people: 'Kim A'; 'Kim B'
    """

    def __init__(self, key: str, names: Iterable[str]) -> None:
        self.names = tuple(names)
        AseanrokError.__init__(
            self,
            f"{key!r} names {len(self.names)} people: " + "; ".join(repr(n) for n in self.names),
        )
        self.key = key
        self.suggestions = ()


class DataError(AseanrokError, ValueError):
    """Bundled data that does not fit the model: names the file and the JSON path.

    >>> str(DataError("summits.json", "$[3].number", "expected int, got str"))
    'summits.json: $[3].number: expected int, got str'
    """

    def __init__(self, file: str, path: str, problem: str) -> None:
        self.file = file
        self.path = path
        self.problem = problem
        super().__init__(f"{file}: {path}: {problem}")


def _close_matches(key: str, candidates: Iterable[str]) -> tuple[str, ...]:
    import difflib

    pool = list(candidates)
    by_fold = {c.casefold(): c for c in pool}
    found = difflib.get_close_matches(key.casefold(), list(by_fold), n=3, cutoff=0.6)
    return tuple(by_fold[f] for f in found)
