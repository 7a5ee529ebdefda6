"""The exceptions aseanrok raises.

Plain classes (no attrs) so that importing them costs nothing. Every one survives ``pickle``,
``copy`` and ``deepcopy`` with its class, message and attributes, so an error raised in a worker
process (``multiprocessing``, ``concurrent.futures``) reaches the parent as it was raised.
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

#: The most characters of an argument a message echoes.
SHOWN = 60
# longer keys than this are not compared with the candidates (difflib is quadratic; a key
# several times longer than every candidate cannot be a close match anyway)
_MATCHED = 200


def shown(value: object) -> str:
    """``repr(value)``, cut to a short prefix: an error never echoes a huge argument whole.

    >>> shown("x" * 1000)
    "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'... (1000 characters)"
    >>> shown(10**5000)
    'an int of 5001 digits'
    """
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 128:
        return f"an int of {_digits(value)} digits"  # str() of one over 4,300 digits raises
    if isinstance(value, str):
        if len(value) > SHOWN:
            return f"{value[:SHOWN]!r}... ({len(value)} characters)"
        return repr(value)
    try:
        import reprlib

        short = reprlib.Repr()
        short.maxstring = short.maxother = SHOWN
        short.maxlevel = 2
        text = short.repr(value)
    except Exception:  # a __repr__ that raises, an int too long to print: name the type
        return f"a {type(value).__name__}"
    return text if len(text) <= 2 * SHOWN else f"{text[:SHOWN]}... ({type(value).__name__})"


def _digits(value: int) -> int:
    """How many decimal digits ``abs(value)`` has, without converting it to a string."""
    import math

    magnitude = abs(value)
    digits = math.floor((magnitude.bit_length() - 1) * math.log10(2)) + 1
    return digits + 1 if magnitude >= 10**digits else digits


def _restore(
    cls: type[AseanrokError], args: tuple[object, ...], state: dict[str, object]
) -> object:
    """Rebuild a pickled or copied error without calling its ``__init__``."""
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class AseanrokError(Exception):
    """Base class of every error aseanrok raises on purpose."""

    def __reduce__(self) -> tuple[object, ...]:
        # the default rebuilds an error by calling its class with its message, which the
        # subclasses' __init__ do not take: rebuild from the message and the attributes
        return (_restore, (type(self), self.args, dict(self.__dict__)))


class NotFoundError(AseanrokError, LookupError):
    """A key that names nothing in the data.

    The message names the key (at most a short prefix of it) and suggests close matches among
    ``candidates``.

    >>> raise NotFoundError("AKFC", ["AKCF", "AKFTA"], what="acronym")
    Traceback (most recent call last):
    ...
    aseanrok.errors.NotFoundError: unknown acronym 'AKFC'; did you mean 'AKCF' or 'AKFTA'?
    """

    #: What was looked up, as given.
    key: object
    #: The closest of the candidates (none for the ambiguous errors below).
    suggestions: tuple[str, ...]

    def __init__(
        self,
        key: object,
        candidates: Iterable[str] = (),
        *,
        what: str = "key",
        hint: str | None = None,
    ) -> None:
        self.key = key
        self.suggestions = _close_matches(key, candidates)
        message = f"unknown {what} {shown(key)}"
        if self.suggestions:
            message += "; did you mean " + " or ".join(repr(s) for s in self.suggestions) + "?"
        if hint:
            message += f" ({hint})"
        super().__init__(message)

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class AmbiguousAcronymError(NotFoundError):
    """An acronym with several meanings, asked for just one.

    >>> raise AmbiguousAcronymError("ACCC", ["A", "B"])
    Traceback (most recent call last):
    ...
    aseanrok.errors.AmbiguousAcronymError: 'ACCC' has 2 meanings: 'A'; 'B'
    """

    #: Every meaning of the acronym, preferred first.
    meanings: tuple[str, ...]

    def __init__(self, key: str, meanings: Iterable[str]) -> None:
        self.meanings = tuple(meanings)
        AseanrokError.__init__(
            self, f"{shown(key)} has {len(self.meanings)} meanings: {_listed(self.meanings)}"
        )
        self.key: object = key
        self.suggestions: tuple[str, ...] = ()


class AmbiguousNameError(NotFoundError):
    """A part of a name that several people share.

    >>> raise AmbiguousNameError("Kim", ["Kim A", "Kim B"])
    Traceback (most recent call last):
    ...
    aseanrok.errors.AmbiguousNameError: 'Kim' names 2 people: 'Kim A'; 'Kim B'
    """

    #: The names of the people it may mean.
    names: tuple[str, ...]

    def __init__(self, key: str, names: Iterable[str]) -> None:
        self.names = tuple(names)
        AseanrokError.__init__(
            self, f"{shown(key)} names {len(self.names)} people: {_listed(self.names)}"
        )
        self.key: object = key
        self.suggestions: tuple[str, ...] = ()


class DataError(AseanrokError, ValueError):
    """Bundled data that does not fit the model: names the file and the JSON path.

    >>> str(DataError("summits.json", "$[3].number", "expected int, got str"))
    'summits.json: $[3].number: expected int, got str'
    """

    #: The data file at fault, its JSON path, and what is wrong there.
    file: str
    path: str
    problem: str

    def __init__(self, file: str, path: str, problem: str) -> None:
        self.file = file
        self.path = path
        self.problem = problem
        super().__init__(f"{file}: {path}: {problem}")


def _listed(values: tuple[str, ...], most: int = 8) -> str:
    """``'a'; 'b'``: the first ``most`` values (the attribute keeps them all)."""
    text = "; ".join(shown(v) for v in values[:most])
    return text if len(values) <= most else f"{text}; and {len(values) - most} more"


def _close_matches(key: object, candidates: Iterable[str]) -> tuple[str, ...]:
    if not isinstance(key, (str, int)) or isinstance(key, bool):
        return ()
    if isinstance(key, int):
        if key.bit_length() > 64:
            return ()
        key = str(key)
    if len(key) > _MATCHED:
        return ()
    import difflib

    pool = list(candidates)
    by_fold = {c.casefold(): c for c in pool}
    found = difflib.get_close_matches(key.casefold(), list(by_fold), n=3, cutoff=0.6)
    return tuple(by_fold[f] for f in found)
