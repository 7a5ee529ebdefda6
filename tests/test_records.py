"""Every record type is frozen, hashable, picklable, deep-copyable, and equal after each;
structuring what unstructuring gives is the identity."""

from __future__ import annotations

import copy
import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import generated, per_class

from aseanrok.convert import converter
from aseanrok.dataset import COLLECTIONS
from aseanrok.dates import PartialDate, Span
from aseanrok.model import Citation, FundVolume, Meaning, Role, Variant
from aseanrok.money import Money

RECORD_TYPES = [*COLLECTIONS.values(), Citation, Variant, Meaning, FundVolume, Role]
VALUE_TYPES = [PartialDate, Span, Money]


@pytest.mark.parametrize("cls", RECORD_TYPES + VALUE_TYPES, ids=lambda c: c.__name__)
def test_declared_frozen_slotted_keyword_only(cls: type) -> None:
    assert attrs.has(cls)
    assert ("__slots__" in cls.__dict__ and not hasattr(cls, "__dict__")) or cls.__slots__
    assert all(f.kw_only for f in attrs.fields(cls))


@pytest.mark.parametrize("cls", RECORD_TYPES, ids=lambda c: c.__name__)
@per_class()
@given(data=st.data())
def test_records_are_immutable_values(cls: type, data: st.DataObject) -> None:
    record = data.draw(generated(cls))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(record, attrs.fields(cls)[0].name, None)
    assert hash(record) == hash(copy.deepcopy(record))
    for twin in (pickle.loads(pickle.dumps(record)), copy.deepcopy(record), copy.copy(record)):
        assert twin == record
        assert hash(twin) == hash(record)


@pytest.mark.parametrize("cls", RECORD_TYPES, ids=lambda c: c.__name__)
@per_class()
@given(data=st.data())
def test_structure_of_unstructure_is_identity(cls: type, data: st.DataObject) -> None:
    record = data.draw(generated(cls))
    assert converter.structure(converter.unstructure(record), cls) == record


def test_every_fact_record_needs_a_citation() -> None:
    fields = {cls: {f.name for f in attrs.fields(cls)} for cls in RECORD_TYPES}
    uncited = [
        c.__name__
        for c, names in fields.items()
        if "citations" not in names and c.__name__ not in {"Source", "Citation", "Acronym", "Merge"}
    ]
    assert uncited == []
    with pytest.raises(ValueError, match="must not be empty"):
        Variant(value="MKFC", citations=())


def test_acronym_citations_gather_its_meanings_and_variants() -> None:
    c1 = Citation(source_id="a", locator="1", quote="x (X)")
    c2 = Citation(source_id="a", locator="2", quote="XX")
    from aseanrok.model import Acronym

    a = Acronym(
        id="acronym-x",
        acronym="X",
        meanings=(Meaning(expansion="x", citations=(c1,)),),
        variants=(Variant(value="XX", citations=(c2, c1)),),
    )
    assert a.citations == (c1, c2)
