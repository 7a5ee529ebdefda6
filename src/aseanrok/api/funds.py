"""Cooperation funds, pledges and annual volumes."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

from ..errors import DataError, NotFoundError
from ..money import Money
from ..records.funds import Fund, Pledge
from ..table import Table
from ._common import find, records, require_int

__all__ = ["fund", "funds", "funds_by_year", "pledged_annual_total", "pledges"]


@cache
def _by_key() -> dict[str, Fund]:
    """Id, acronym, every acronym variant and every attested name, case-folded."""
    index: dict[str, Fund] = {}
    for f in records("funds", Fund):
        for key in (f.id, f.acronym, *(v.value for v in f.variants), *(n.value for n in f.names)):
            index.setdefault(key.casefold(), f)
    return index


@cache
def _volumes() -> dict[int, Mapping[str, Money]]:
    """Year to fund acronym to annual volume, from every pledge."""
    acronyms = {f.id: f.acronym for f in records("funds", Fund)}
    years: dict[int, dict[str, Money]] = {}
    for i, p in enumerate(records("pledges", Pledge)):
        for j, v in enumerate(p.volumes):
            per_fund = years.setdefault(v.year, {})
            name = acronyms.get(v.fund, v.fund)
            if name in per_fund:
                raise DataError(
                    "pledges.json",
                    f"$[{i}].volumes[{j}]",
                    f"a second annual volume for {name} in {v.year}",
                )
            per_fund[name] = v.annual
    return {year: MappingProxyType(per_fund) for year, per_fund in years.items()}


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
    '~200000000 USD'
    """
    return Table(records("pledges", Pledge))


_EMPTY: Mapping[str, Money] = MappingProxyType({})


def funds_by_year(year: int) -> Mapping[str, Money]:
    """Fund acronym to the annual volume recorded or pledged for ``year`` (read-only).

    Only years the sources name have volumes; nothing is interpolated, so the years between
    a pledge and its target year are empty. The 2027 volumes are KASI's targets "by 2027", the
    end of the pledge period: the text does not say in which year each is first reached.

    >>> {k: str(v) for k, v in aseanrok.funds_by_year(2027).items()}
    {'AKCF': '32000000 USD', 'MKCF': '10000000 USD', 'BKCF': '6000000 USD'}
    >>> dict(aseanrok.funds_by_year(2025))
    {}
    """
    return _volumes().get(require_int(year, "year"), _EMPTY)


def pledged_annual_total(year: int) -> Money:
    """The sum of the annual volumes recorded or pledged for ``year``.

    >>> aseanrok.pledged_annual_total(2027)
    Money('48000000 USD')
    """
    volumes = funds_by_year(year)
    if not volumes:
        raise NotFoundError(
            year,
            (str(y) for y in _volumes()),
            what="year",
            hint=f"annual volumes are recorded for {sorted(_volumes())}",
        )
    total, *rest = volumes.values()
    for amount in rest:
        total += amount
    return total
