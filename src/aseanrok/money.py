"""``Money``: a whole number of currency units, never a float."""

from __future__ import annotations

import functools
import re

import attrs

from .errors import shown

__all__ = ["Money"]

_CURRENCY = re.compile(r"[A-Z]{3}")
_SCALES = {"": 1, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
# a number as the sources write it: digits, perhaps grouped by commas, perhaps a decimal part
# (patterns compiled on first use, by re's cache: loading the data needs neither)
_AMOUNT = r"(\d{1,3}(?:,\d{3})+|\d{1,3}(?:_\d{3})+|\d+)(?:\.(\d+))?"
# currency signs the sources write before a number (never "$" alone: whose dollar?)
_SIGNS = {"US$": "USD"}
# hedges that make an amount approximate: "~", "approximately 200 million USD (est.)"
_HEDGES = ("approximately", "about", "around", "roughly", "some")
# a format spec: [[fill]align][width][grouping][type], as for an int (whose only type is "d");
# no zero padding: "0" before a width would pad the currency code with zeros
_SPEC = r"((?:.?[<>^])?(?:[1-9]\d*)?)([,_]?)(d?)"
# str() of an int longer than this raises (sys.get_int_max_str_digits): longer ones in pieces
_PIECE = 10**1000


def _check_amount(instance: Money, attribute: object, value: int) -> None:
    if type(value) is not int:
        raise TypeError(f"amount must be an int of whole units, got {type(value).__name__}")
    if value < 0:
        raise ValueError(f"amount must not be negative, got {value}")


def _check_currency(instance: Money, attribute: object, value: str) -> None:
    if not isinstance(value, str) or value not in _codes():
        raise ValueError(f"currency must be an ISO 4217 code such as 'USD', got {shown(value)}")


@functools.cache
def _codes() -> frozenset[str]:
    """The currency codes (their module imported on first use, not for each amount)."""
    from ._currencies import CODES

    return CODES


def _check_bool(instance: Money, attribute: object, value: bool) -> None:
    if type(value) is not bool:
        raise TypeError(f"approximate must be a bool, got {type(value).__name__}")


@attrs.frozen(kw_only=True, order=False, eq=False)
class Money:
    """An amount in whole units of an ISO 4217 currency, perhaps approximate.

    Amounts are never negative. Money adds to and subtracts from money of the same currency
    only (``sum()`` too); a sum is approximate when either side is. Amounts compare only within
    a currency; two amounts are equal when amount, currency and hedge are (an amount the API
    works out, a ``DerivedMoney``, equals the same ``Money``). ``str()`` groups the thousands
    ("32,000,000 USD"); ``repr()`` and ``format(m, "d")`` give the data's form ("32000000 USD").

    >>> a = Money.parse("32 million USD")
    >>> a
    Money('32000000 USD')
    >>> a + Money(amount=10_000_000, currency="USD")
    Money('42000000 USD')
    >>> str(Money.parse("3.35 trillion USD", approximate=True))
    '~3,350,000,000,000 USD'
    >>> sum([a, Money(amount=10_000_000, currency="USD")])
    Money('42000000 USD')
    """

    amount: int = attrs.field(validator=_check_amount)
    currency: str = attrs.field(validator=_check_currency)
    approximate: bool = attrs.field(default=False, validator=_check_bool)

    @classmethod
    def parse(cls, text: str, *, approximate: bool = False) -> Money:
        """Read an amount as the sources write it, or as ``str()`` prints it.

        The currency is an ISO 4217 code before or after the number (``"USD 208.11 billion"``,
        ``"32 million USD"``; ``"US$"`` reads as USD). The number may group its thousands with
        commas, and have a decimal part where the scale (thousand, million, billion, trillion)
        makes it whole. A leading ``~`` or hedge ("approximately", "about"...) or a trailing
        "(est.)" makes the amount approximate, as ``approximate=True`` does.

        >>> Money.parse("USD 208.11 billion")
        Money('208110000000 USD')
        >>> Money.parse("approximately 200 million USD (est.)")
        Money('~200000000 USD')
        >>> Money.parse("5.4 million USD").amount
        5400000
        >>> Money.parse(str(Money(amount=32_000_000, currency="USD")))
        Money('32000000 USD')
        """
        if not isinstance(text, str):
            raise TypeError(f"expected str, got {type(text).__name__}")
        if type(approximate) is not bool:
            raise TypeError(f"approximate must be a bool, got {type(approximate).__name__}")
        words = text.split()
        if words and words[0].startswith("~"):
            approximate = True
            words[:1] = [words[0][1:]] if words[0] != "~" else []
        elif words and words[0].casefold() in _HEDGES:
            approximate = True
            del words[0]
        if words and words[-1].casefold() in ("(est.)", "(est)"):
            approximate = True
            del words[-1]
        if words and words[0].startswith("US$") and words[0] != "US$":  # "US$5 million"
            words[:1] = ["US$", words[0][3:]]
        currency = None
        if words and (words[0] in _SIGNS or _CURRENCY.fullmatch(words[0])):
            currency = _SIGNS.get(words[0], words[0])
            del words[0]
        number = words.pop(0) if words else ""
        scale = _SCALES[words.pop(0).casefold() if words and words[0].casefold() in _SCALES else ""]
        if currency is None and len(words) == 1 and _CURRENCY.fullmatch(words[0]):
            currency = words.pop()
        m = re.fullmatch(_AMOUNT, number, re.ASCII) if len(number) <= 40 else None
        if m is None or currency is None or words:
            raise ValueError(
                f"not an amount such as '32 million USD' or 'USD 208.11 billion': {_shown(text)}"
            )
        whole, fraction = m.group(1).replace(",", "").replace("_", ""), m.group(2) or ""
        units, remainder = divmod(int(whole + fraction) * scale, 10 ** len(fraction))
        if remainder:
            raise ValueError(f"{_shown(text)} is not a whole number of units")
        # Money, not cls: an amount read from text is worked out from no record
        return Money(amount=units, currency=currency, approximate=approximate)

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

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.currency, self.approximate) == (
            other.amount,
            other.currency,
            other.approximate,
        )

    def __hash__(self) -> int:
        return hash((self.amount, self.currency, self.approximate))

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

    def __radd__(self, other: int) -> Money:
        # sum() starts from 0: sum(amounts) adds Money without a start value
        if type(other) is int and other == 0:
            return self
        return NotImplemented

    def __str__(self) -> str:
        return format(self, "")

    def __format__(self, spec: str) -> str:
        """``str()`` groups thousands with commas (``"32,000,000 USD"``); ``format(m, "_")``
        with underscores, ``format(m, "d")`` not at all (the data's form). A width and an
        alignment apply to the whole text: ``f"{m:>20}"`` (no zero padding: ``"020"`` is an
        error). ``Money.parse`` reads each of these forms back.

        >>> m = Money(amount=32_000_000, currency="USD", approximate=True)
        >>> str(m), format(m, "d"), f"[{m:>16,}]"
        ('~32,000,000 USD', '~32000000 USD', '[ ~32,000,000 USD]')
        """
        match = re.fullmatch(_SPEC, spec, re.DOTALL) if isinstance(spec, str) else None
        if match is None:
            raise ValueError(
                f"invalid format spec {_shown(spec) if isinstance(spec, str) else repr(spec)} for "
                "Money: [[fill]align][width][,|_][d], a width without a leading 0"
            )
        layout, grouping, kind = match.groups()
        amount = _grouped(_decimal(self.amount), grouping or ("" if kind else ","))
        return format(f"{'~' if self.approximate else ''}{amount} {self.currency}", layout)

    def __repr__(self) -> str:
        return f"Money('{self:d}')"


def _decimal(number: int) -> str:
    """The decimal digits of ``number`` (>= 0), however many: ``str()`` refuses an int of
    more than 4,300 digits, so a long one is converted in pieces of 1,000."""
    if number < _PIECE:
        return str(number)
    pieces = []
    while number:
        number, piece = divmod(number, _PIECE)
        pieces.append(piece)
    head, *rest = reversed(pieces)
    return str(head) + "".join(str(p).zfill(1000) for p in rest)


def _grouped(digits: str, separator: str) -> str:
    """``digits`` with ``separator`` between groups of three from the right."""
    if not separator or len(digits) <= 3:
        return digits
    head = len(digits) % 3 or 3
    groups = (digits[i : i + 3] for i in range(head, len(digits), 3))
    return separator.join([digits[:head], *groups])


def _shown(text: str) -> str:
    """``text`` quoted, cut to a short prefix if long (an error echoes no more)."""
    return repr(text) if len(text) <= 60 else f"{text[:60]!r}..."
