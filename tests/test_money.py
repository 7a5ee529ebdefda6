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


@given(money)
def test_parse_reads_every_form_format_writes(m: Money) -> None:
    """``format(m, "_")`` wrote a form ``Money.parse`` refused."""
    for spec in ("", ",", "_", "d"):
        assert Money.parse(format(m, spec)) == m


@pytest.mark.parametrize("digits", [4301, 5000, 12_345])
def test_str_and_repr_of_an_amount_of_thousands_of_digits(digits: int) -> None:
    """``str()`` of an int of more than 4,300 digits raises; Money's must not."""
    amount = 10 ** (digits - 1) + 987_654_321
    m = Money(amount=amount, currency=USD)
    grouped = str(m)
    assert grouped.endswith(",987,654,321 USD")
    assert grouped.startswith("1")
    assert grouped.count(",") == (digits - 1) // 3
    plain = format(m, "d")
    assert len(plain) == digits + len(" USD")
    assert plain.endswith("987654321 USD")
    assert repr(m) == f"Money('{plain}')"
    assert format(m, "_").replace("_", "") == plain


@pytest.mark.parametrize("spec", ["020", "0", "020,", "=20", "x"])
def test_zero_padding_is_refused_not_padding_the_currency(spec: str) -> None:
    """``f"{m:020}"`` printed '32,000,000 USD000000'."""
    m = Money(amount=32_000_000, currency=USD)
    with pytest.raises(ValueError, match="invalid format spec"):
        format(m, spec)
    assert f"{m:>20}" == "      32,000,000 USD"


@pytest.mark.parametrize("code", ["ZZZ", "XXX", "usd", "US"])
def test_a_currency_is_an_iso_4217_code(code: str) -> None:
    """Any three capitals passed ('ZZZ')."""
    with pytest.raises(ValueError, match="ISO 4217"):
        Money(amount=1, currency=code)


def test_the_currency_codes_are_generated_from_the_iso_list() -> None:
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    tool = root / "tools" / "currencies.py"
    module = root / "src" / "aseanrok" / "_currencies.py"
    if not Path("/usr/share/iso-codes/json/iso_4217.json").exists():
        pytest.skip("Debian's iso-codes list is not here")
    if not (tool.exists() and module.exists()):
        pytest.skip("not a source tree (the tests run against an installed wheel)")
    subprocess.run([sys.executable, str(tool), "--check"], check=True)
