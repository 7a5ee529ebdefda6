"""Money: whole units, one currency at a time, never a float."""

from __future__ import annotations

import pytest
from hypothesis import given
from strategies import money

from aseanrok.money import Money

USD = "USD"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("32 million USD", 32_000_000),
        ("5.4 million USD", 5_400_000),
        ("3.35 trillion USD", 3_350_000_000_000),
        ("208.11 billion USD", 208_110_000_000),
        ("17000 USD", 17_000),
    ],
)
def test_parse(text: str, amount: int) -> None:
    m = Money.parse(text)
    assert (m.amount, m.currency, m.approximate) == (amount, USD, False)
    assert type(m.amount) is int


@pytest.mark.parametrize(
    "text", ["1.5 USD", "5.4 USD", "32 million", "32 lakh USD", "-3 USD", "3 usd", "1e6 USD", ""]
)
def test_parse_rejects(text: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - the message varies by fault
        Money.parse(text)


def test_constructor_refuses_floats_bools_negatives_and_bad_currencies() -> None:
    with pytest.raises(TypeError):
        Money(amount=1.0, currency=USD)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money(amount=True, currency=USD)
    with pytest.raises(ValueError, match="negative"):
        Money(amount=-1, currency=USD)
    with pytest.raises(ValueError, match="ISO 4217"):
        Money(amount=1, currency="US$")
    with pytest.raises(TypeError):
        Money(amount=1, currency=USD, approximate=1)  # type: ignore[arg-type]


def test_arithmetic_within_a_currency() -> None:
    a = Money(amount=32_000_000, currency=USD)
    b = Money(amount=10_000_000, currency=USD, approximate=True)
    assert a + b == Money(amount=42_000_000, currency=USD, approximate=True)
    assert a - Money(amount=2, currency=USD) == Money(amount=31_999_998, currency=USD)
    assert a * 5 == 5 * a == Money(amount=160_000_000, currency=USD)
    assert b < a and a >= b and not a <= b and a > b  # noqa: PT018


def test_arithmetic_across_currencies_is_refused() -> None:
    a, krw = Money(amount=1, currency=USD), Money(amount=1, currency="KRW")
    for op in (lambda: a + krw, lambda: a - krw, lambda: a < krw):
        with pytest.raises(ValueError, match="USD and KRW"):
            op()


def test_no_float_arithmetic() -> None:
    a = Money(amount=1, currency=USD)
    with pytest.raises(TypeError):
        a * 1.5  # type: ignore[operator]
    with pytest.raises(TypeError):
        a + 1  # type: ignore[operator]


@given(money)
def test_str_and_repr(m: Money) -> None:
    assert str(m) == f"{'~' if m.approximate else ''}{m.amount:,} {m.currency}"
    assert repr(m) == f"Money('{m:d}')"
