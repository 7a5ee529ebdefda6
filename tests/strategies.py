"""Hypothesis strategies for generated records: every record class drawn field by field from
its attrs definitions (so a new field is covered without touching this file), with values no
data file holds. Real records, ids and acronyms, dates in the record and the values the API
accepts are drawn by ``aseanrok.testing``, which these build on."""

from __future__ import annotations

import enum
import types
import typing
from decimal import Decimal
from fractions import Fraction
from typing import Any, Union

import attrs
from hypothesis import settings
from hypothesis import strategies as st

from aseanrok._currencies import CODES
from aseanrok._rules import DATA_YEARS
from aseanrok.dates import PartialDate, Span
from aseanrok.model import Citation, Quantity
from aseanrok.money import Money
from aseanrok.records._validate import _check_id, _opt_id
from aseanrok.testing import partial_dates

# the ids of the five sources, so that generated citations can also pass reference checks
SOURCE_IDS = (
    "mofa-kasi-2022",
    "asean-csp-overview-2025",
    "yonhap-2023-07-13",
    "akc-borneo-bulletin-2023-08",
    "bernama-thesun-2024-05",
)


def per_class() -> settings:
    """Settings for a test parametrized over every record class: a quarter of the profile's
    examples for each (25 by default, 500 with HYPOTHESIS_PROFILE=deep), since together they
    draw many times what one test does."""
    return settings(max_examples=max(10, settings().max_examples // 4))


slugs = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)
text = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=40
).filter(lambda s: s.strip() != "")


#: the dates a record of the data may name (aseanrok._rules.DATA_YEARS)
data_dates = partial_dates(min_year=DATA_YEARS[0], max_year=DATA_YEARS[1])


@st.composite
def spans(draw: st.DrawFn, within: st.SearchStrategy[PartialDate] | None = None) -> Span:
    dates = partial_dates() if within is None else within
    a, b = sorted((draw(dates), draw(dates)))
    return Span(start=a, end=b)


money = st.builds(
    Money,
    amount=st.integers(0, 10**15),
    currency=st.sampled_from(sorted(CODES)),
    approximate=st.booleans(),
)
decimals = st.decimals(
    allow_nan=False, allow_infinity=False, places=3, min_value=-(10**9), max_value=10**9
).map(lambda d: Decimal(str(d)))
fractions = st.fractions(min_value=0, max_value=1000, max_denominator=100)
quantities = st.one_of(st.integers(0, 10**12), decimals, fractions, money)
citations = st.builds(Citation, source_id=st.sampled_from(SOURCE_IDS), locator=text, quote=text)

# fields whose values are ids but whose validators do not say so (read from the validators
# otherwise: _is_id), and lists of ids
_ID_FIELDS = {"indicator", "fund", "pledged_by", "refers_to", "summit"}
_ID_LISTS = {"documents", "refs", "amends"}
# fields whose valid values depend on the rest of the record: drawn as their defaults here
# (test_records and test_invariants check them on real data and by hand)
_FIXED: dict[str, st.SearchStrategy[Any]] = {
    "inferred": st.just(()),
    "claims": st.just(()),
    "end": st.none(),
    "end_year": st.none(),
    "last_year": st.none(),
    "reason": st.none(),
    "lang": st.sampled_from(("en", "ko", "id")),
    "language": st.sampled_from((None, "en", "ko")),
    # a statistic needs a period or an as-of date: always draw the date
    "as_of": data_dates,
}
_BY_TYPE: dict[Any, st.SearchStrategy[Any]] = {
    PartialDate: data_dates,
    Span: spans(data_dates),
    Money: money,
    Decimal: decimals,
    Fraction: fractions,
    Citation: citations,
    int: st.integers(1, 3000),
    bool: st.booleans(),
    str: text,
}


def _is_id(field: attrs.Attribute[Any]) -> bool:
    """Whether a field's validator holds it to an id (a slug), or to None or an id."""
    check = field.validator
    return check in (_check_id, _opt_id) or getattr(check, "validator", None) is _check_id


def _for(tp: Any, name: str, slug: bool = False) -> st.SearchStrategy[Any]:
    if name in _FIXED:
        return _FIXED[name]
    if tp == Quantity:
        return quantities
    if typing.get_origin(tp) is typing.Literal:
        return st.sampled_from(typing.get_args(tp))
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        args = typing.get_args(tp)
        inner = [a for a in args if a is not type(None)]
        inner_tp = inner[0] if len(inner) == 1 else Union[tuple(inner)]  # noqa: UP007
        return st.none() | _for(inner_tp, name, slug)
    if origin is tuple:
        (item, _) = typing.get_args(tp)
        min_size = 1 if name in {"citations", "meanings", "names", "roles"} else 0
        return st.lists(_for(item, name), min_size=min_size, max_size=3).map(tuple)
    if slug or name in _ID_FIELDS or (tp is str and name in _ID_LISTS):
        return slugs
    if tp in _BY_TYPE:
        return _BY_TYPE[tp]
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        # a deprecated rank needs a reason, which is drawn as None
        return st.sampled_from([m for m in tp if m.value != "deprecated"])
    return generated(tp)


def generated(cls: type) -> st.SearchStrategy[Any]:
    """Valid instances of an attrs record class, drawn field by field (made up, not the
    data's: ``aseanrok.testing.records`` draws those)."""
    if cls in _BY_TYPE:
        return _BY_TYPE[cls]
    hints = typing.get_type_hints(cls)
    fields = {f.name: _for(hints[f.name], f.name, _is_id(f)) for f in attrs.fields(cls)}
    return st.builds(cls, **fields)
