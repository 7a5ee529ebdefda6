"""Money for people: thousands separators, sum(), and the sources' own ways of writing amounts."""

from __future__ import annotations

import pytest
from hypothesis import given
from strategies import money

from aseanrok.money import Money

USD = "USD"


def usd(amount: int, approximate: bool = False) -> Money:
    return Money(amount=amount, currency=USD, approximate=approximate)


def test_str_groups_thousands() -> None:
    assert str(usd(32_000_000)) == "32,000,000 USD"
    assert str(usd(3_350_000_000_000, approximate=True)) == "~3,350,000,000,000 USD"
    assert str(usd(999)) == "999 USD"


def test_format_specs() -> None:
    m = usd(32_000_000)
    assert format(m, ",") == f"{m:,}" == "32,000,000 USD"
    assert format(m, "_") == "32_000_000 USD"
    assert format(m, "d") == "32000000 USD"
    assert format(m, "") == str(m)
    assert f"{m:>18}" == "    32,000,000 USD"
    assert f"{m:*<16d}" == "32000000 USD****"
    assert repr(m) == "Money('32000000 USD')"
    for spec in ("f", ".2", "x", "%", ",,"):
        with pytest.raises(ValueError, match="format spec"):
            format(m, spec)


def test_sum() -> None:
    amounts = [usd(32_000_000), usd(10_000_000), usd(6_000_000, approximate=True)]
    assert sum(amounts) == usd(48_000_000, approximate=True)
    assert sum([usd(5)]) == usd(5)
    with pytest.raises(ValueError, match="USD and KRW"):
        sum([usd(1), Money(amount=1, currency="KRW")])
    with pytest.raises(TypeError):
        1 + usd(1)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("USD 208.11 billion", usd(208_110_000_000)),  # the ASEAN Secretariat's form
        ("USD 7.6 billion", usd(7_600_000_000)),
        ("32 million USD", usd(32_000_000)),  # KASI's form
        ("approximately 200 million USD (est.)", usd(200_000_000, approximate=True)),
        ("US$5 million", usd(5_000_000)),
        ("US$ 1,000", usd(1_000)),
        ("32,000,000 USD", usd(32_000_000)),
        ("~3,350,000,000,000 USD", usd(3_350_000_000_000, approximate=True)),
        ("5 Million USD", usd(5_000_000)),
        ("KRW 1 trillion", Money(amount=10**12, currency="KRW")),
    ],
)
def test_parse_the_sources_forms(text: str, expected: Money) -> None:
    assert Money.parse(text) == expected


@pytest.mark.parametrize(
    "text",
    ["$5 million", "5 dollars", "USD", "~", "1,00 USD", "USD 5 EUR", "5 USD USD", "million USD"],
)
def test_parse_refuses_what_is_not_an_amount(text: str) -> None:
    with pytest.raises(ValueError, match="not an amount"):
        Money.parse(text)


def test_parse_error_echoes_a_short_prefix_of_a_huge_text() -> None:
    with pytest.raises(ValueError, match="not an amount") as info:
        Money.parse("9" * 100_000 + " USD")
    assert len(str(info.value)) < 200


@given(money)
def test_parse_reads_what_str_and_format_print(m: Money) -> None:
    assert Money.parse(str(m)) == m
    assert Money.parse(format(m, "d")) == m
    assert Money.parse(repr(m)[7:-2]) == m
