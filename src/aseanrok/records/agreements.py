"""Agreements and documents, with the dates each party signed or brought them into force."""

from __future__ import annotations

import attrs

from ..dates import PartialDate, Span
from ._facts import Named, _claims, _inferred
from ._validate import Checked, _check_id, _opt_id, _opt_text, _text
from .base import Citation, Claim, Rank, Variant, _citations

__all__ = ["Agreement", "PartyDate"]


@attrs.frozen(kw_only=True, eq=False, repr=False)
class PartyDate(Checked):
    """The date one party signed an agreement or brought it into force, where parties differ.

    Where sources disagree for one party, each date they give is a ``PartyDate`` of its own,
    ranked (one ``preferred``; a ``deprecated`` one says why).
    """

    party: str = attrs.field(validator=_text)
    date: PartialDate
    rank: Rank = Rank.NORMAL
    reason: str | None = attrs.field(default=None, validator=_opt_text)
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Agreement(Named):
    """An agreement, declaration, statement, plan of action, protocol, MoU or MoI.

    ``period`` is the span of years a plan of action covers (``2011/2015``); ``meeting`` the
    summit or meeting where it was adopted or signed; ``under`` the agreement it is concluded
    under, ``amends`` those a protocol amends, ``accedes_to`` the one an accession joins.
    ``signed`` and ``in_force`` are the agreement's own dates (for all parties, or for the
    first); ``signed_by_party`` and ``in_force_by_party`` hold a party's own date where
    parties differ.
    """

    id: str = attrs.field(validator=_check_id)
    name: str = attrs.field(validator=_text)
    acronym: str | None = attrs.field(default=None, validator=_opt_text)
    kind: str = attrs.field(validator=_text)
    signed: PartialDate | None = None
    adopted: PartialDate | None = None
    in_force: PartialDate | None = None
    period: Span | None = None
    place: str | None = attrs.field(default=None, validator=_opt_text)
    country: str | None = attrs.field(default=None, validator=_opt_text)
    parties: str | None = attrs.field(default=None, validator=_opt_text)
    purpose: str | None = attrs.field(default=None, validator=_opt_text)
    meeting: str | None = attrs.field(default=None, validator=_opt_id)
    under: str | None = attrs.field(default=None, validator=_opt_id)
    amends: tuple[str, ...] = ()
    accedes_to: str | None = attrs.field(default=None, validator=_opt_id)
    signed_by_party: tuple[PartyDate, ...] = ()
    in_force_by_party: tuple[PartyDate, ...] = ()
    names: tuple[Variant, ...] = ()
    inferred: tuple[str, ...] = _inferred()
    claims: tuple[Claim, ...] = _claims()
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)
    citations: tuple[Citation, ...] = _citations()

    def in_force_for(self, party: str) -> PartialDate | None:
        """The date the agreement entered into force for ``party``: its own preferred (else
        first) date where one is held, else ``in_force``."""
        return _for_party(self.in_force_by_party, party, self.in_force)

    def signed_by(self, party: str) -> PartialDate | None:
        """The date ``party`` signed: its own date where one is held, else ``signed``."""
        return _for_party(self.signed_by_party, party, self.signed)


def _for_party(
    dates: tuple[PartyDate, ...], party: str, default: PartialDate | None
) -> PartialDate | None:
    wanted = party.casefold()
    own = [d for d in dates if d.party.casefold() == wanted and d.rank is not Rank.DEPRECATED]
    if not own:
        return default
    return min(own, key=lambda d: d.rank is not Rank.PREFERRED).date
