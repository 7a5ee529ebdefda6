"""``Table``: the tuple every collection-returning function gives, readable in a terminal and
in Jupyter. The rendering layer, above the API, draws it (``_views``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, SupportsIndex, TypeVar, overload

from ._views import rendering

TYPE_CHECKING = False
if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Table"]

T = TypeVar("T")


class Table(tuple[T, ...], Generic[T]):
    """A tuple of records that reads as a table: ``print(table)`` aligns its columns, Jupyter
    shows compact columns (``_repr_html_``: a long note cut to a line, the whole on hover).

    Slicing it, ``filter()`` and ``+`` give a Table; in every other way it is a plain tuple,
    equal to a tuple of the same records.

    >>> t = aseanrok.summits(commemorative=True)
    >>> isinstance(t, tuple), isinstance(t[:2], aseanrok.Table)
    (True, True)
    >>> print(t[:1])
    id                  when                   city  name
    commemorative-2009  2009-06-01/2009-06-02  Jeju  ASEAN-ROK Commemorative Summit
    """

    __slots__ = ()

    @overload
    def __getitem__(self, index: SupportsIndex) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> Table[T]: ...
    def __getitem__(self, index: SupportsIndex | slice) -> T | Table[T]:
        if isinstance(index, slice):
            return Table(super().__getitem__(index))
        return super().__getitem__(index)

    def __add__(self, other: tuple[T, ...]) -> Table[T]:  # type: ignore[override]
        if not isinstance(other, tuple):
            return NotImplemented
        return Table((*self, *other))

    def filter(
        self, predicate: Callable[[T], object] | None = None, /, **fields: object
    ) -> Table[T]:
        """The records for which ``predicate(record)`` is true and each field named equals the
        value given.

        >>> [s.number for s in aseanrok.summits().filter(city="Vientiane")][:2]
        [8, 18]
        """
        for name in fields:
            if self and not hasattr(self[0], name):
                raise AttributeError(f"{type(self[0]).__name__} has no field {name!r}")
        return Table(
            r
            for r in self
            if (predicate is None or predicate(r))
            and all(getattr(r, k) == v for k, v in fields.items())
        )

    def to_pandas(self) -> pd.DataFrame:
        """These records as a DataFrame (``aseanrok.to_pandas``)."""
        return rendering().table_frame(self)

    def __str__(self) -> str:
        return rendering().table_text(self)

    def _repr_html_(self) -> str:
        return rendering().table_html(self)
