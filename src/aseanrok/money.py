"""``Money``: a whole number of currency units, never a float."""

from __future__ import annotations

import re

import attrs

__all__ = ["Money"]

_CURRENCY = re.compile(r"[A-Z]{3}")
_SCALES = {"": 1, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_AMOUNT = re.compile(r"(\d+)(?:\.(\d+))?", re.ASCII)


def _check_amount(instance: Money, attribute: object, value: int) -> None:
    if type(value) is not int:
        raise TypeError(f"amount must be an int of whole units, got {type(value).__name__}")
    if value < 0:
        raise ValueError(f"amount must not be negative, got {value}")


def _check_currency(instance: Money, attribute: object, value: str) -> None:
    if not isinstance(value, str) or _CURRENCY.fullmatch(value) is None:
        raise ValueError(f"currency must be an ISO 4217 code such as 'USD', got {value!r}")


def _check_bool(instance: Money, attribute: object, value: bool) -> None:
    if type(value) is not bool:
        raise TypeError(f"approximate must be a bool, got {type(value).__name__}")


@attrs.frozen(kw_only=True, order=False)
class Money:
    """An amount in whole units of an ISO 4217 currency, perhaps approximate.

    Amounts are never negative. Money adds to and subtracts from money of the same currency
    only; a sum is approximate when either side is. Amounts compare only within a currency.

    >>> a = Money.parse("32 million USD")
    >>> a
    Money('32000000 USD')
    >>> a + Money(amount=10_000_000, currency="USD")
    Money('42000000 USD')
    >>> str(Money.parse("3.35 trillion USD", approximate=True))
    '~3350000000000 USD'
    """

    amount: int = attrs.field(validator=_check_amount)
    currency: str = attrs.field(validator=_check_currency)
    approximate: bool = attrs.field(default=False, validator=_check_bool)

    @classmethod
    def parse(cls, text: str, *, approximate: bool = False) -> Money:
        """Read ``"<number> [thousand|million|billion|trillion] <CUR>"`` exactly.

        A decimal number is allowed only where the scale makes it whole ("5.4 million USD").

        >>> Money.parse("5.4 million USD").amount
        5400000
        """
        if not isinstance(text, str):
            raise TypeError(f"expected str, got {type(text).__name__}")
        parts = text.split()
        if len(parts) not in (2, 3):
            raise ValueError(f"not an amount of the form '<number> [scale] <CUR>': {text!r}")
        number, currency = parts[0], parts[-1]
        scale = _SCALES.get(parts[1] if len(parts) == 3 else "")
        m = _AMOUNT.fullmatch(number)
        if scale is None or m is None:
            raise ValueError(f"not an amount of the form '<number> [scale] <CUR>': {text!r}")
        whole, fraction = m.group(1), m.group(2) or ""
        units, remainder = divmod(int(whole + fraction) * scale, 10 ** len(fraction))
        if remainder:
            raise ValueError(f"{text!r} is not a whole number of units")
        return cls(amount=units, currency=currency, approximate=approximate)

    def _same_currency(self, other: Money, op: str) -> None:
        if self.currency != other.currency:
            raise ValueError(f"cannot {op} {self.currency} and {other.currency}")

    def __add__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other, "add")
        return Money(
            amount=self.amount + other.amount,
            currency=self.currency,
            approximate=self.approximate or other.approximate,
        )

    def __sub__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other, "subtract")
        return Money(
            amount=self.amount - other.amount,
            currency=self.currency,
            approximate=self.approximate or other.approximate,
        )

    def __mul__(self, factor: int) -> Money:
        if type(factor) is not int:
            return NotImplemented
        return Money(
            amount=self.amount * factor, currency=self.currency, approximate=self.approximate
        )

    __rmul__ = __mul__

    def __lt__(self, other: Money) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other, "compare")
        return self.amount < other.amount

    def __le__(self, other: Money) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other, "compare")
        return self.amount <= other.amount

    def __gt__(self, other: Money) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other, "compare")
        return self.amount > other.amount

    def __ge__(self, other: Money) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other, "compare")
        return self.amount >= other.amount

    def __str__(self) -> str:
        return f"{'~' if self.approximate else ''}{self.amount} {self.currency}"

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __repr__(self) -> str:
        return f"Money('{self}')"
