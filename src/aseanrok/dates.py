"""Dates that keep their precision: ``PartialDate`` ("1997", "1989-11", "2004-11-30") and ``Span``.

Both print and parse the EDTF level-0 forms, so what is stored in the data is what ``str()`` gives.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Literal

import attrs

from .errors import shown

__all__ = ["PartialDate", "Precision", "Span", "as_partial_date"]

Precision = Literal["year", "month", "day"]

_EDTF = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", re.ASCII)


def _check_year(instance: object, attribute: object, value: int) -> None:
    if not 1 <= value <= 9999:
        raise ValueError(f"year must be 1-9999, got {shown(value)}")


def _check_month(instance: PartialDate, attribute: object, value: int | None) -> None:
    if value is not None and not 1 <= value <= 12:
        raise ValueError(f"month must be 1-12, got {shown(value)}")


def _check_day(instance: PartialDate, attribute: object, value: int | None) -> None:
    if value is None:
        return
    if instance.month is None:
        raise ValueError("a day needs a month")
    if not 1 <= value <= 31:  # before datetime.date, which overflows on a huge day
        raise ValueError(f"day must be 1-31, got {shown(value)}")
    _dt.date(instance.year, instance.month, value)  # raises ValueError for 30 February etc.


def _day_of(value: _dt.date) -> _dt.date:
    """A ``datetime.date``; a ``datetime`` (or ``pandas.Timestamp``) is taken at its own date."""
    if isinstance(value, _dt.datetime):
        day = value.date()
        if isinstance(day, _dt.datetime) or not isinstance(day, _dt.date):  # pandas.NaT
            raise TypeError(f"{type(value).__name__} {shown(value)} names no date")
        return day
    return value


def _strict_int(value: object) -> int:
    if type(value) is not int:
        raise TypeError(f"expected int, got {type(value).__name__}")
    return value


def _strict_opt_int(value: object) -> int | None:
    return value if value is None or type(value) is int else _strict_int(value)


@attrs.frozen(kw_only=True, order=False)
class PartialDate:
    """A calendar date known to the year, the month or the day.

    Ordering is total: dates compare by ``(year, month or 0, day or 0)``, so a less precise date
    sorts just before the more precise dates inside it ("2004" < "2004-01" < "2004-01-01") and
    ``a <= b`` implies ``a.earliest() <= b.earliest()``.

    >>> d = PartialDate.parse("1989-11")
    >>> d, str(d), d.precision
    (PartialDate('1989-11'), '1989-11', 'month')
    >>> d.earliest(), d.latest()
    (datetime.date(1989, 11, 1), datetime.date(1989, 11, 30))
    >>> PartialDate(year=2004) < PartialDate(year=2004, month=1) < PartialDate.parse("2004-11-30")
    True
    """

    year: int = attrs.field(converter=_strict_int, validator=_check_year)
    month: int | None = attrs.field(default=None, converter=_strict_opt_int, validator=_check_month)
    day: int | None = attrs.field(default=None, converter=_strict_opt_int, validator=_check_day)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read the EDTF level-0 form: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

        >>> PartialDate.parse("2004-11-30")
        PartialDate('2004-11-30')
        """
        if not isinstance(text, str):
            raise TypeError(f"expected str, got {type(text).__name__}")
        m = _EDTF.fullmatch(text)
        if m is None:
            raise ValueError(f"not a date of the form YYYY[-MM[-DD]]: {shown(text)}")
        year, month, day = m.groups()
        return cls(
            year=int(year),
            month=None if month is None else int(month),
            day=None if day is None else int(day),
        )

    @classmethod
    def from_date(cls, date: _dt.date) -> PartialDate:
        """The day-precise ``PartialDate`` of a ``datetime.date``; a ``datetime`` (or a
        ``pandas.Timestamp``) gives its own date, the time of day dropped.

        >>> PartialDate.from_date(datetime.date(2019, 11, 25))
        PartialDate('2019-11-25')
        >>> PartialDate.from_date(datetime.datetime(2019, 11, 25, 23, 59))
        PartialDate('2019-11-25')
        """
        if not isinstance(date, _dt.date):
            raise TypeError(f"expected datetime.date, got {type(date).__name__}")
        day = _day_of(date)
        return cls(year=day.year, month=day.month, day=day.day)

    @property
    def precision(self) -> Precision:
        """``"year"``, ``"month"`` or ``"day"``."""
        if self.month is None:
            return "year"
        return "month" if self.day is None else "day"

    def earliest(self) -> _dt.date:
        """The first day this date may denote."""
        return _dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> _dt.date:
        """The last day this date may denote."""
        if self.month is None:
            return _dt.date(self.year, 12, 31)
        if self.day is not None:
            return _dt.date(self.year, self.month, self.day)
        if self.month == 12:  # no "following month" to step back from in 9999
            return _dt.date(self.year, 12, 31)
        return _dt.date(self.year, self.month + 1, 1) - _dt.timedelta(days=1)

    def overlaps(self, first: _dt.date, last: _dt.date) -> bool:
        """Whether any day this date may denote lies in ``first..last`` (both included)."""
        return self.earliest() <= last and first <= self.latest()

    def _key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() >= other._key()

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __repr__(self) -> str:
        return f"PartialDate('{self}')"


def _check_span(instance: Span, attribute: object, value: PartialDate) -> None:
    if value < instance.start:
        raise ValueError(f"span ends before it starts: {instance.start}/{value}")


@attrs.frozen(kw_only=True, order=False)
class Span:
    """A stretch of days from ``start`` to ``end`` (both included), EDTF ``start/end``.

    A single date is a span whose start and end are equal; it prints without the slash.

    >>> s = Span.parse("2014-12-11/2014-12-12")
    >>> s.start, s.end, str(s)
    (PartialDate('2014-12-11'), PartialDate('2014-12-12'), '2014-12-11/2014-12-12')
    >>> str(Span.parse("2009"))
    '2009'
    """

    start: PartialDate = attrs.field(validator=attrs.validators.instance_of(PartialDate))
    end: PartialDate = attrs.field(
        validator=[attrs.validators.instance_of(PartialDate), _check_span]
    )

    @classmethod
    def parse(cls, text: str) -> Span:
        """Read ``YYYY[-MM[-DD]]`` or ``YYYY[-MM[-DD]]/YYYY[-MM[-DD]]``."""
        if not isinstance(text, str):
            raise TypeError(f"expected str, got {type(text).__name__}")
        first, slash, last = text.partition("/")
        start = PartialDate.parse(first)
        return cls(start=start, end=PartialDate.parse(last) if slash else start)

    @classmethod
    def of(cls, date: PartialDate) -> Span:
        """The span of a single date."""
        return cls(start=date, end=date)

    def __str__(self) -> str:
        return str(self.start) if self.start == self.end else f"{self.start}/{self.end}"

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __repr__(self) -> str:
        return f"Span('{self}')"


def as_partial_date(value: _dt.date | int | str | PartialDate) -> PartialDate:
    """A ``PartialDate`` from a ``datetime.date``, an int year or a ``"YYYY[-MM[-DD]]"`` string.

    A ``datetime.datetime`` or a ``pandas.Timestamp`` counts as the day it falls on.

    >>> as_partial_date(2024), as_partial_date("2024-10")
    (PartialDate('2024'), PartialDate('2024-10'))
    >>> as_partial_date(datetime.date(2024, 1, 2))
    PartialDate('2024-01-02')
    """
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, _dt.date):
        return PartialDate.from_date(value)
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise TypeError(
            f"expected a datetime.date, an int year or a 'YYYY[-MM[-DD]]' string, "
            f"got {type(value).__name__}"
        )
    if isinstance(value, int):
        return PartialDate(year=value)
    return PartialDate.parse(value.strip())
