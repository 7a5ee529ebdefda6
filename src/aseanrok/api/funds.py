"""Cooperation funds, pledges and annual volumes."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import get_args

from .._readonly import ReadOnlyDict
from ..derived import DerivedMoney
from ..errors import NotFoundError
from ..money import Money
from ..records.funds import Fund, FundVolume, Pledge, VolumeKind
from ..table import Table
from ._common import find, keyed, records, require_int, require_text

__all__ = [
    "FRAMINGS",
    "fund",
    "fund_history",
    "fund_volumes",
    "funds",
    "funds_by_year",
    "pledged_annual_total",
    "pledges",
]

_KINDS: tuple[str, ...] = get_args(VolumeKind)
#: Whose account of the funds' history an answer follows (see ``funds_by_year``).
FRAMINGS = ("rok", "asean")


@cache
def _by_key() -> dict[str, Fund]:
    """Id, acronym, every acronym variant and every attested name, case-folded."""
    return keyed(
        records("funds", Fund),
        lambda f: (f.id, f.acronym, *(v.value for v in f.variants), *(n.value for n in f.names)),
    )


def _all_volumes() -> tuple[FundVolume, ...]:
    """Every volume, contributions and pledged targets, by year, fund and kind (the loader's
    checks keep one per year, fund and kind)."""
    return records("fund_volumes", FundVolume)


@cache
def _asean_start() -> dict[str, int]:
    """Fund id to the year the ASEAN Secretariat's account starts it: the year the funds
    merged into it were merged (the AKCF: 2019, when the SCF and the FOCF merged into it)."""
    starts: dict[str, int] = {}
    for f in records("funds", Fund):
        if f.merged_into is not None and f.merged is not None:
            year = starts.get(f.merged_into, f.merged.year)
            starts[f.merged_into] = min(year, f.merged.year)
    return starts


def _framed(framing: str) -> tuple[FundVolume, ...]:
    if framing == "rok":
        return _all_volumes()
    starts = _asean_start()
    return tuple(v for v in _all_volumes() if v.year >= starts.get(v.fund, v.year))


def _volume(v: FundVolume, acronym: str) -> DerivedMoney:
    """A volume's amount, citable: ``cite()`` names the record it is read from."""
    what = "pledged target" if v.kind == "pledged" else "contribution"
    return DerivedMoney(
        amount=v.annual.amount,
        currency=v.annual.currency,
        approximate=v.annual.approximate,
        derived_from=(v.id,),
        derivation=f"the annual volume of the {acronym} for {v.year} (its {what})",
    )


@cache
def _by_year(kind: str | None, framing: str) -> dict[int, Mapping[str, DerivedMoney]]:
    """Year to fund acronym to money: of one kind, or (``None``) contributions where a year has
    them and pledged targets otherwise."""
    acronyms = {f.id: f.acronym for f in records("funds", Fund)}
    years: dict[int, dict[str, DerivedMoney]] = {}
    for v in _framed(framing):
        if kind is not None and v.kind != kind:
            continue
        per_fund = years.setdefault(v.year, {})
        name = acronyms[v.fund]
        if name not in per_fund or v.kind == "contribution":
            per_fund[name] = _volume(v, name)
    return {year: ReadOnlyDict(per_fund) for year, per_fund in years.items()}


def funds() -> Table[Fund]:
    """Every cooperation fund the sources name.

    >>> "AKCF" in [f.acronym for f in aseanrok.funds()]
    True
    """
    return Table(records("funds", Fund))


def fund(key: str) -> Fund:
    """A fund by acronym, attested variant (even a misspelling) or name, any case.

    >>> aseanrok.fund("MKFC").acronym
    'MKCF'
    >>> aseanrok.fund("ASEAN-ROK Cooperation Fund").acronym
    'AKCF'
    """
    return find(_by_key(), key, "fund", lambda: (f.acronym for f in records("funds", Fund)))


def pledges() -> Table[Pledge]:
    """Every pledge of money the sources record.

    >>> str(aseanrok.pledges()[0].total)
    '~200,000,000 USD'
    """
    return Table(records("pledges", Pledge))


def fund_volumes() -> Table[FundVolume]:
    """Every annual volume: contributions and pledged targets (a pledge names its own by id),
    by year, fund and kind.

    >>> [v.id for v in aseanrok.fund_volumes() if v.year == 2027]
    ['volume-akcf-2027-pledged', 'volume-bkcf-2027-pledged', 'volume-mkcf-2027-pledged']
    """
    return Table(_all_volumes())


def _kind(value: object) -> str | None:
    if value is None:
        return None
    text = require_text(value, "kind")
    if text not in _KINDS:
        raise NotFoundError(text, _KINDS, what="volume kind")
    return text


def _framing(value: object) -> str:
    text = require_text(value, "framing")
    if text not in FRAMINGS:
        raise NotFoundError(text, FRAMINGS, what="framing")
    return text


_EMPTY: Mapping[str, DerivedMoney] = ReadOnlyDict()


def funds_by_year(
    year: int, *, kind: str | None = None, framing: str = "rok"
) -> Mapping[str, DerivedMoney]:
    """Fund acronym to the annual volume of ``year`` (a read-only mapping that pickles), only
    funds with an amount. Each amount is a ``DerivedMoney``: ``cite()`` names the volume it is
    read from, with its citations.

    ``kind="contribution"`` gives what was put in, ``kind="pledged"`` the targets pledged;
    by default a fund's contribution where the year has one, else its pledged target (each
    record says which: ``fund_history()``). The pledge of 2022 dates its annual volumes to
    2027, the end of its period: the text does not say in which year each is first reached.

    The sources tell the AKCF's history two ways, and ``framing`` says which one answers.
    ``"rok"`` (the default) follows the Korean official pages: one ASEAN-ROK Cooperation
    Fund since 1990, whose yearly amounts they give. ``"asean"`` follows the ASEAN
    Secretariat: the SCF (1990) and the FOCF (1996) were merged into the AKCF in 2019, so the
    AKCF has no amounts before 2019, and no page splits the earlier amounts between the two.

    >>> sorted((k, str(v)) for k, v in aseanrok.funds_by_year(2027).items())
    [('AKCF', '32,000,000 USD'), ('BKCF', '6,000,000 USD'), ('MKCF', '10,000,000 USD')]
    >>> dict(aseanrok.funds_by_year(2015, kind="contribution"))
    {'AKCF': Money('7000000 USD'), 'MKCF': Money('1000000 USD')}
    >>> dict(aseanrok.funds_by_year(2015, kind="contribution", framing="asean"))
    {'MKCF': Money('1000000 USD')}
    """
    by_year = _by_year(_kind(kind), _framing(framing))
    return by_year.get(require_int(year, "year"), _EMPTY)


def fund_history(key: str, *, framing: str = "rok") -> Table[FundVolume]:
    """A fund's annual volumes, by year (a fund as ``fund()`` takes it: acronym, name...);
    ``framing`` as for ``funds_by_year``.

    >>> [(v.year, v.kind) for v in aseanrok.fund_history("AKCF")][-1]
    (2027, 'pledged')
    >>> aseanrok.fund_history("AKCF", framing="asean")[0].year
    2019
    """
    wanted = fund(key).id
    return Table(v for v in _framed(_framing(framing)) if v.fund == wanted)


def pledged_annual_total(year: int) -> DerivedMoney:
    """The sum of the annual volumes pledged for ``year``: a ``DerivedMoney``, which prints
    and compares as ``Money`` and which ``cite()`` cites by the volumes it adds.

    >>> aseanrok.pledged_annual_total(2027)
    Money('48000000 USD')
    >>> aseanrok.pledged_annual_total(2027).derived_from[0]
    'volume-akcf-2027-pledged'
    """
    volumes = funds_by_year(year, kind="pledged")
    if not volumes:
        known = sorted(_by_year("pledged", "rok"))
        raise NotFoundError(
            year, (), what="year", hint=f"pledged annual volumes are recorded for {known}"
        )
    first, *rest = volumes.values()
    total: Money = first
    for amount in rest:
        total += amount
    return DerivedMoney(
        amount=total.amount,
        currency=total.currency,
        approximate=total.approximate,
        derived_from=tuple(i for v in volumes.values() for i in v.derived_from),
        derivation=f"the sum of the annual volumes pledged for {year}",
    )
