"""``DerivedMoney``: an amount the API works out from records, with the records it rests on."""

from __future__ import annotations

import attrs

from .money import Money

__all__ = ["DerivedMoney"]


def _ids(instance: DerivedMoney, attribute: object, value: tuple[str, ...]) -> None:
    if not isinstance(value, tuple) or not all(isinstance(i, str) and i for i in value):
        raise TypeError(f"derived_from must be a tuple of record ids, got {value!r}")
    if not value:
        raise ValueError("derived_from must name at least one record")


def _words(instance: DerivedMoney, attribute: object, value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise TypeError(f"derivation must be non-blank text, got {value!r}")


@attrs.frozen(kw_only=True, order=False, eq=False, repr=False)
class DerivedMoney(Money):
    """An amount worked out from records (a sum, or a volume picked for a year), not stated as
    such by any source: it prints, compares and adds as the same ``Money`` does, and
    ``cite()`` names the records it was worked out from, with their citations.

    ``derived_from`` holds the ids of those records (``get()`` resolves them); ``derivation``
    says in words what was worked out.

    >>> total = aseanrok.pledged_annual_total(2027)
    >>> total == Money(amount=48_000_000, currency="USD"), str(total)
    (True, '48,000,000 USD')
    >>> total.derived_from
    ('volume-akcf-2027-pledged', 'volume-bkcf-2027-pledged', 'volume-mkcf-2027-pledged')
    >>> print(aseanrok.cite(total).splitlines()[0])  # doctest: +NORMALIZE_WHITESPACE
    The sum of the annual volumes pledged for 2027: 48,000,000 USD, worked out from 3 records,
    not stated as such
    """

    derived_from: tuple[str, ...] = attrs.field(validator=_ids)
    derivation: str = attrs.field(validator=_words)
