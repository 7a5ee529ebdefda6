"""expand(acronym, lang=...) answers from the record the acronym refers to when the acronym's
own meanings have no wording in that language; acronyms the pages state that the data lacked
(JPRC, AKJCC) resolve; an institution that became a meeting series says where it is now."""

from __future__ import annotations

import pytest

import aseanrok as a
from aseanrok.records._facts import languages, name_in


def _own_forms(acronym: a.Acronym, lang: str) -> list[str]:
    return [
        v.value
        for v in acronym.meanings[0].alternatives
        if v.lang == lang and v.rank is not a.Rank.DEPRECATED
    ]


def _single() -> list[a.Acronym]:
    return [x for x in a.acronyms() if len(x.meanings) == 1]


def test_the_korean_name_of_what_an_acronym_refers_to() -> None:
    answered = 0
    for acronym in _single():
        target = acronym.meanings[0].refers_to
        if target is None or _own_forms(acronym, "ko"):
            continue
        record = a.get(target)
        if "ko" in languages(record):
            assert a.expand(acronym.acronym, lang="ko") == name_in(record, "ko")
            answered += 1
        else:
            with pytest.raises(a.NotFoundError, match="known: "):
                a.expand(acronym.acronym, lang="ko")
    assert answered >= 10  # the AKC, the AKCF, the MKCF, the BKCF, the AKFTA, the CSP...


def test_akc_in_korean() -> None:
    assert a.expand("AKC", lang="ko") == a.institution("AKC").name_in("ko")
    assert a.expand(" akc ", lang="KO") == a.expand("AKC", lang="ko")
    assert a.expand("AKCF", lang="ko") == a.fund("AKCF").name_in("ko")


def test_the_acronyms_own_wording_comes_first() -> None:
    for acronym in _single():
        own = _own_forms(acronym, "ko")
        if own:
            assert a.expand(acronym.acronym, lang="ko") in own


def test_an_unknown_language_names_every_language_known() -> None:
    csp = a.get(a.acronym("CSP").meanings[0].refers_to or "")
    with pytest.raises(a.NotFoundError) as caught:
        a.expand("CSP", lang="ja")
    for lang in languages(csp):
        assert lang in str(caught.value)
    with pytest.raises(a.NotFoundError, match=r"known: en\)"):
        a.expand("ROK", lang="ko")  # it refers to no record, and has no Korean wording
    with pytest.raises(a.AmbiguousAcronymError):
        a.expand("ACCC", lang="ko")


def test_english_needs_no_records() -> None:
    """The first English look-up still imports neither attrs nor cattrs."""
    import subprocess
    import sys

    code = (
        "import sys, aseanrok; aseanrok.expand('AKC'); "
        "print(sorted(m for m in ('attrs', 'cattrs') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("acronym", "expansion", "refers_to", "page"),
    [
        # the page writes the name and the acronym together: "... Committee: JPRC"
        (
            "JPRC",
            "Joint Planning and Review Committee",
            "asean-rok-joint-planning-and-review-committee",
            "sisakorea-15th-jprc",
        ),
        # the reports of the 7th and 9th meetings write both, in their first paragraph
        (
            "AKJCC",
            "ASEAN-Korea Joint Cooperation Committee",
            "asean-rok-joint-cooperation-committee",
            "vietnamplus-9th-akjcc-2022",
        ),
    ],
)
def test_acronyms_the_pages_state(acronym: str, expansion: str, refers_to: str, page: str) -> None:
    assert a.expand(acronym.lower()) == expansion
    (meaning,) = a.acronym(acronym).meanings
    assert meaning.refers_to == refers_to
    assert page in {c.source_id for c in meaning.citations}
    assert a.expand(acronym, lang="ko") == name_in(a.get(refers_to), "ko")


def test_an_institution_that_became_a_meeting_series_says_where_it_is() -> None:
    with pytest.raises(a.NotFoundError) as caught:
        a.institution("aem-rok-consultations")
    message = str(caught.value)
    assert "meeting series" in message
    assert "aseanrok.get('aem-rok-consultations')" in message
    assert "meeting_series()" in message
    assert isinstance(a.get("aem-rok-consultations"), a.MeetingSeries)
    with pytest.raises(a.NotFoundError, match="meeting series"):
        a.institution("AEM-ROK")  # by the series' acronym, too
    with pytest.raises(a.NotFoundError, match=r"Fund record: aseanrok\.get\('akcf'\)"):
        a.institution("akcf")
    with pytest.raises(a.NotFoundError) as unknown:
        a.institution("no-such-thing-anywhere")
    assert "aseanrok.get" not in str(unknown.value)


def test_every_moved_institution_says_where_it_is() -> None:
    moved = [c.key for c in a.changes() if c.kind == "moved" and c.collection == "meeting_series"]
    assert moved
    for key in moved:
        with pytest.raises(a.NotFoundError, match="is a meeting series"):
            a.institution(key)
