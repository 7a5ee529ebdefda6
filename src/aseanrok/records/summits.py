"""Summits and the levels of the partnership."""

from __future__ import annotations

from typing import Literal

import attrs

from ..dates import PartialDate, Span
from ._facts import Held, Named, _claims, _inferred
from ._validate import _check_id, _opt_id, _opt_text, _positive, _text
from .base import Citation, Claim, Variant, _citations

__all__ = ["PartnershipLevel", "Series", "Summit", "Track"]

#: The summit series: the numbered ASEAN-ROK summits, the Commemorative Summits, the
#: Mekong-ROK summits.
Series = Literal["asean-rok", "commemorative", "mekong-rok"]
#: The relationships whose levels the data follows: ASEAN-ROK, and the Mekong-ROK track.
Track = Literal["asean-rok", "mekong-rok"]


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Summit(Held, Named):
    """A summit: its series and ordinal, dates at their precision, place, who met, documents.

    ``asean_chair`` is the country chairing ASEAN, ``chair`` the person who chaired (an id in
    ``people``), ``rok_leader`` the ROK president or prime minister who attended; ``raised_to``
    the partnership level established there. ``inferred`` names the fields worked out rather
    than stated; ``claims`` keeps every value where sources disagree.
    """

    id: str = attrs.field(validator=_check_id)
    name: str = attrs.field(validator=_text)
    series: Series = "asean-rok"
    number: int | None = attrs.field(default=None, validator=_positive)
    when: Span
    city: str | None = attrs.field(default=None, validator=_opt_text)
    country: str | None = attrs.field(default=None, validator=_opt_text)
    venue: str | None = attrs.field(default=None, validator=_opt_text)
    virtual: bool = False
    asean_chair: str | None = attrs.field(default=None, validator=_opt_text)
    chair: str | None = attrs.field(default=None, validator=_opt_id)
    rok_leader: str | None = attrs.field(default=None, validator=_opt_id)
    commemorative: bool = False
    anniversary: int | None = attrs.field(default=None, validator=_positive)
    documents: tuple[str, ...] = ()
    raised_to: str | None = attrs.field(default=None, validator=_opt_id)
    names: tuple[Variant, ...] = ()
    inferred: tuple[str, ...] = _inferred()
    claims: tuple[Claim, ...] = _claims()
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True, eq=False, repr=False)
class PartnershipLevel(Named):
    """A level a relationship reached (``track``: ASEAN-ROK or Mekong-ROK), since when, where,
    and the summit that raised it."""

    id: str = attrs.field(validator=_check_id)
    name: str = attrs.field(validator=_text)
    track: Track = "asean-rok"
    since: PartialDate
    summit: str | None = attrs.field(default=None, validator=_opt_id)
    place: str | None = attrs.field(default=None, validator=_opt_text)
    country: str | None = attrs.field(default=None, validator=_opt_text)
    names: tuple[Variant, ...] = ()
    inferred: tuple[str, ...] = _inferred()
    claims: tuple[Claim, ...] = _claims()
    note: str | None = attrs.field(default=None, validator=_opt_text, repr=False)
    citations: tuple[Citation, ...] = _citations()
