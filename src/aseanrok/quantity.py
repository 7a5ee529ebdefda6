"""The numeric types a statistic's value may take."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Union

from .money import Money

__all__ = ["Number", "Quantity"]

#: A number as the source states it: int, exact decimal, or exact fraction ("one-third").
Number = Union[int, Decimal, Fraction]  # noqa: UP007 - an alias the converter keys on
#: The value of a statistic: a number or an amount of money.
Quantity = Union[int, Decimal, Fraction, Money]  # noqa: UP007
