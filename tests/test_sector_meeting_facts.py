"""Fact tests for the sectoral and officials' meetings and the agencies' agreements added in
data 2026.12.3 and 2026.12.4: each row names the page(s) a second reader confirmed it on, and
the record must still cite them; a value read rather than stated is asserted to be marked
inferred, and where pages disagree both values are asserted to be kept, ranked."""

from __future__ import annotations

import pytest
from test_page_facts import cites

import aseanrok as a

# (series, number, when, city, ROK head, pages)
MEETINGS = [
    (
        "asean-rok-telecommunications-ministers-meeting",
        5,
        "2011-01-14",
        "Kuala Lumpur",
        "choi-si-jung",
        ("newspim-5th-telmin-rok-2011", "newswire-5th-telmin-rok-2011"),
    ),
    (
        "asean-rok-transport-ministers-meeting",
        13,
        "2022-10-16",
        "Bali",
        "lee-seong-hae",
        ("zdnet-13th-transport-ministers-2022",),
    ),
    (
        "bimp-eaga-rok-senior-officials-meeting",
        6,
        "2025-11-20",
        None,
        "lee-dong-ki",
        ("news1-6th-som-2025",),
    ),
]


@pytest.mark.parametrize(("series", "number", "when", "city", "head", "pages"), MEETINGS)
def test_meeting_as_the_pages_state_it(
    series: str, number: int, when: str, city: str | None, head: str, pages: tuple[str, ...]
) -> None:
    m = a.meeting(series, number=number)
    assert (str(m.when), m.city, m.rok_head) == (when, city, head)
    assert cites(m, *pages)
    assert a.get(head).name  # the head is a person the data holds


def test_the_6th_bimp_eaga_meeting_was_by_video_with_two_co_chairs() -> None:
    # news1-6th-som-2025: by video, co-chaired by the ROK and Malaysia; the year from a caption
    m = a.meeting("bimp-eaga-rok-senior-officials-meeting", number=6)
    assert m.virtual is True
    assert [c.country for c in m.chairs] == ["Republic of Korea", "Malaysia"]
    assert "when" in m.inferred


def test_where_the_5th_culture_ministers_met_is_kept_as_the_pages_disagree() -> None:
    # vnp-10th-amca-2022 (written after): in Vientiane; news1-5th-amca-rok-2022 (a preview):
    # by video
    m = a.meeting("amca-rok", number=5)
    ranked = {(c.value, c.rank.value) for c in m.claims if c.field == "virtual"}
    assert ranked == {("false", "preferred"), ("true", "normal")}
    assert (m.virtual, m.city) == (False, "Vientiane")
    assert cites(m, "vnp-10th-amca-2022", "news1-5th-amca-rok-2022")


def test_the_1st_disaster_ministers_meeting_was_online() -> None:
    # ajunews-1st-ammdm-rok-2022, the day's report: online; an earlier preview said in person
    m = a.meeting("ammdm-rok", number=1)
    ranked = {(c.value, c.rank.value) for c in m.claims if c.field == "virtual"}
    assert ranked == {("true", "preferred"), ("false", "deprecated")}
    assert (m.virtual, m.city) == (True, None)
    assert cites(m, "ajunews-1st-ammdm-rok-2022")


def test_customs_heads_meet_since_2005() -> None:
    # four reports give 2005 as the first meeting; the customs service's 2022 release, 1997
    series = {s.id: s for s in a.meeting_series()}["asean-rok-heads-of-customs-meeting"]
    assert str(series.first_held) == "2005"
    ranked = {(c.value, c.rank.value) for c in series.claims if c.field == "first_held"}
    assert ranked == {("2005", "preferred"), ("1997", "deprecated")}
    assert cites(series, "asiae-21st-customs-2025")


def test_the_ip_offices_memorandum_of_2018() -> None:
    # ipos-asean-kipo-moc-2018: signed 27 March 2018 in Bandar Seri Begawan
    g = a.agreement("moc-asean-ip-offices-kipo-2018")
    assert (str(g.signed), g.place) == ("2018-03-27", "Bandar Seri Begawan")
    assert cites(g, "ipos-asean-kipo-moc-2018")


def test_nsp_stands_for_the_new_southern_policy() -> None:
    # scribd-lee-nsp-foip-2020, koreatimes-opinion-nsp: both write NSP for the policy
    assert a.expand("NSP") == "New Southern Policy"
    assert a.agreement("new-southern-policy").acronym == "NSP"


def test_the_4th_culture_ministers_meeting_was_by_video() -> None:
    # the culture ministry's page (mcst pSeq=5328): 22 October 2020, by video, 박양우 for the ROK
    m = a.meeting("amca-rok", number=4)
    assert (str(m.when), m.virtual, m.rok_head) == ("2020-10-22", True, "park-yang-woo")


def test_the_startup_policy_dialogues_days() -> None:
    # etoday 1971840 (the 9th, dated 9 December 2020); Newsis (the 5th, dated 5 November 2021):
    # the day is stated, the month and year are the reports' date lines, so marked
    second = a.meeting("asean-rok-startup-policy-dialogue", number=2)
    fourth = a.meeting("asean-rok-startup-policy-dialogue", number=4)
    assert (str(second.when), str(fourth.when)) == ("2020-12-09", "2021-11-05")
    assert "when" in second.inferred
    assert "when" in fourth.inferred


def test_a_co_chairs_hangul_name_is_joined_as_a_reading() -> None:
    # news1-3rd-ammdm-rok-2024: 이한경 co-chaired the 3rd disaster ministers' meeting, the one
    # the Indonesian and German reports give Lee Han-kyung for
    person = a.get("lee-han-kyung")
    assert "이한경" in [n.value for n in person.names]
    assert "names[0]" in person.inferred
    assert cites(person, "news1-3rd-ammdm-rok-2024")
