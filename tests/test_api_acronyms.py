"""The acronyms API on the real data: expansions, variants, meanings, and the compact index
``expand()`` answers from, every error path.

Expectations come from the sources; the quote each rests on is beside it.
"""

from __future__ import annotations

import pytest

import aseanrok as a
from aseanrok import AmbiguousAcronymError, NotFoundError

# --- acronyms -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "meaning"),
    [
        # KASI I: "the ROK launched the Korea-ASEAN Solidarity Initiative (KASI)"
        ("KASI", "Korea-ASEAN Solidarity Initiative"),
        # KASI III.6: "the Mekong-Korea Cooperation Fund (MKFC)"; III.8 writes "the MKCF"
        ("MKCF", "Mekong-Korea Cooperation Fund"),
        ("MKFC", "Mekong-Korea Cooperation Fund"),
        # KASI III.3: "the BIMP-EAGA-Korea Cooperation Fund (BKCF)"; III.8 writes "the BMCF"
        ("BMCF", "BIMP-EAGA-Korea Cooperation Fund"),
        (" bkcf\t", "BIMP-EAGA-Korea Cooperation Fund"),
        # CSP para 23: "The ASEAN-Korea Centre (AKC) was established on 13 March 2009"
        ("akc", "ASEAN-Korea Centre"),
    ],
)
def test_expand(text: str, meaning: str) -> None:
    assert a.expand(text) == meaning


def test_variants_resolve_to_the_same_meaning() -> None:
    assert a.expand("MKFC") == a.expand("MKCF")
    assert a.expand("BMCF") == a.expand("BKCF")
    assert a.acronym("mkfc") is a.acronym("MKCF")


def test_two_meanings_of_accc() -> None:
    # KASI III.6: "the ASEAN Center for Climate Change (ACCC)"
    # CSP para 31: "the ASEAN Connectivity Coordinating Committee (ACCC)"
    meanings = ("ASEAN Center for Climate Change", "ASEAN Connectivity Coordinating Committee")
    assert set(a.expansions("ACCC")) == set(meanings)
    with pytest.raises(AmbiguousAcronymError) as info:
        a.expand("accc")
    assert isinstance(info.value, NotFoundError)
    assert isinstance(info.value, LookupError)
    assert all(m in str(info.value) for m in meanings)


def test_misspellings_are_deprecated_variants_with_a_reason() -> None:
    for key, wrong in (("MKCF", "MKFC"), ("BKCF", "BMCF")):
        (variant,) = [v for v in a.acronym(key).variants if v.value == wrong]
        assert variant.rank is a.Rank.DEPRECATED
        assert variant.reason


def test_unknown_acronym_suggests_close_matches() -> None:
    with pytest.raises(NotFoundError, match=r"unknown acronym 'AKFC'; did you mean .*'AKCF'"):
        a.expand("AKFC")
    with pytest.raises(LookupError):
        a.expansions("NOPE")


@pytest.mark.parametrize("bad", [None, 5, b"KASI", ["KASI"]])
def test_expand_refuses_non_strings(bad: object) -> None:
    with pytest.raises(TypeError, match="must be a str"):
        a.expand(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("blank", ["", "   ", "\n"])
def test_expand_refuses_blank(blank: str) -> None:
    with pytest.raises(ValueError, match="empty or blank"):
        a.expand(blank)


def test_acronyms_listing() -> None:
    keys = [x.acronym for x in a.acronyms()]
    assert keys == sorted(keys, key=str.casefold)
    assert {"KASI", "AKCF", "MKCF", "BKCF", "ACCC", "AKFTA", "CSP"} <= set(keys)


def test_compact_index_agrees_with_the_records() -> None:
    from aseanrok.api.acronyms import _compact

    spellings, meanings, _ = _compact()
    assert set(meanings) == {r.acronym for r in a.acronyms()}
    for record in a.acronyms():
        assert meanings[record.acronym] == tuple(m.expansion for m in record.meanings)
        for spelling in (record.acronym, *(v.value for v in record.variants)):
            assert spellings[spelling.casefold()] == record.acronym


MEANING = {"expansion": "x", "citations": [{"source_id": "s", "locator": "p. 1"}]}


@pytest.mark.parametrize(
    ("document", "path"),
    [
        ({"acronym": "X"}, "$"),
        (["X"], "$[0]"),
        ([{"id": "a", "acronym": 5, "meanings": []}], "$[0].acronym"),
        ([{"id": "a", "acronym": "X", "meanings": "x"}], "$[0].meanings"),
        ([{"id": "a", "acronym": "X", "meanings": []}], "$[0].meanings"),
        (
            [{"id": "a", "acronym": "X", "meanings": [{"expansion": None}]}],
            "$[0].meanings[0].expansion",
        ),
        (
            [{"id": "a", "acronym": "X", "meanings": [MEANING], "variants": [{"value": 1}]}],
            "$[0].variants[0].value",
        ),
        (
            [
                {"id": "a", "acronym": "X", "meanings": [MEANING]},
                {"id": "b", "acronym": "x", "meanings": [MEANING]},
            ],
            "$[1].acronym",
        ),
    ],
)
def test_compact_index_refuses_malformed_documents(document: object, path: str) -> None:
    from aseanrok.api.acronyms import compact_index
    from aseanrok.errors import DataError

    with pytest.raises(DataError) as info:
        compact_index(document)
    assert (info.value.file, info.value.path) == ("acronyms.json", path)
