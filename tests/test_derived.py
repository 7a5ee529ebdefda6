"""An answer the API works out can be cited: pledged_annual_total(), the amounts of
funds_by_year() and budget_total() return a DerivedMoney, which behaves as the same Money
(prints, compares, hashes, adds, pickles) and which cite() cites by the records it was worked
out from, their ids and their citations."""

from __future__ import annotations

import copy
import json
import pickle

import pytest

import aseanrok as a
from aseanrok import DerivedMoney, Money
from aseanrok.api.cite import STYLES

USD = "USD"


def _pledged(year: int) -> list[a.FundVolume]:
    return [v for v in a.fund_volumes() if v.year == year and v.kind == "pledged"]


def test_the_2027_total_behaves_as_the_money_it_is() -> None:
    """KASI III.8: the AKCF to 32 million USD, the MKCF to 10 million, the BKCF to 6 million."""
    total = a.pledged_annual_total(2027)
    plain = Money(amount=48_000_000, currency=USD)
    assert isinstance(total, Money)
    assert total == plain
    assert plain == total
    assert hash(total) == hash(plain)
    assert {total: 1}[plain] == 1
    assert (str(total), repr(total), format(total, "d")) == (
        "48,000,000 USD",
        "Money('48000000 USD')",
        "48000000 USD",
    )
    assert total + Money(amount=2, currency=USD) == Money(amount=48_000_002, currency=USD)
    assert Money(amount=1, currency=USD) < total
    assert total != Money(amount=48_000_000, currency="EUR")
    for copied in (pickle.loads(pickle.dumps(total)), copy.deepcopy(total)):
        assert copied == total
        assert isinstance(copied, DerivedMoney)
        assert copied.derived_from == total.derived_from


def test_the_total_names_the_volumes_it_adds() -> None:
    total = a.pledged_annual_total(2027)
    assert isinstance(total, DerivedMoney)
    assert set(total.derived_from) == {v.id for v in _pledged(2027)}
    assert sum(v.annual.amount for v in _pledged(2027)) == total.amount
    assert "2027" in total.derivation


def test_cite_names_each_record_and_its_citations() -> None:
    total = a.pledged_annual_total(2027)
    lines = a.cite(total).splitlines()
    assert "48,000,000 USD" in lines[0]
    assert "worked out" in lines[0]
    for rid in total.derived_from:
        record = a.get(rid)
        assert f"{rid}:" in lines
        at = lines.index(f"{rid}:")
        for line in a.cite(record).splitlines():
            assert f"  {line}" in lines[at + 1 :]


@pytest.mark.parametrize("style", [s for s in STYLES if s != "text"])
def test_the_other_styles_list_the_sources_of_every_record(style: str) -> None:
    total = a.pledged_annual_total(2027)
    sources = {c.source_id for rid in total.derived_from for c in a.get(rid).citations}
    text = a.cite(total, style=style)
    if style == "csl-json":
        assert {item["id"] for item in json.loads(text)} == sources
    else:
        for sid in sources:
            assert a.source(sid).title.split(" (")[0][:20] in text or sid in text


def test_funds_by_year_amounts_are_citable() -> None:
    for year in (2015, 2022, 2027):
        for acronym, amount in a.funds_by_year(year).items():
            assert isinstance(amount, DerivedMoney)
            (rid,) = amount.derived_from
            volume = a.get(rid)
            assert isinstance(volume, a.FundVolume)
            assert (volume.year, a.get(volume.fund).acronym) == (year, acronym)  # type: ignore[attr-defined]
            assert volume.annual == amount
            assert f"{rid}:" in a.cite(amount).splitlines()


def test_a_derived_amount_writes_as_money() -> None:
    from aseanrok.convert import converter

    assert converter.unstructure(a.pledged_annual_total(2027)) == {
        "amount": 48_000_000,
        "currency": USD,
    }


def test_derived_money_needs_its_records() -> None:
    with pytest.raises(ValueError, match="at least one record"):
        DerivedMoney(amount=1, currency=USD, derived_from=(), derivation="x")
    with pytest.raises(TypeError):
        DerivedMoney(amount=1, currency=USD, derived_from=["x"], derivation="x")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        DerivedMoney(amount=1, currency=USD, derived_from=("x",), derivation=" ")
    assert type(DerivedMoney.parse("5 million USD")) is Money  # read from text: no records


def test_cite_still_refuses_what_is_no_record() -> None:
    with pytest.raises(TypeError, match="DerivedMoney"):
        a.cite(Money(amount=1, currency=USD))
