"""The brief's functions, tested on aseanrok's real data with aseanrok.testing's strategies."""

from __future__ import annotations

import datetime as dt
import re

import aseanrok
import pytest
from aseanrok import PartialDate, Summit, testing
from hypothesis import given
from hypothesis import strategies as st

from asean_rok_brief import current_id, level_on, ordinal, spell_out, summit_line

LEVELS = {level.name for level in aseanrok.partnership_levels()}


@given(st.integers(1, 10_000))
def test_an_ordinal_ends_as_english_says(n: int) -> None:
    text = ordinal(n)
    assert text.startswith(str(n))
    assert text[-2:] in {"st", "nd", "rd", "th"}
    if n % 100 in (11, 12, 13):
        assert text.endswith("th")


@given(testing.summits(series=None))
def test_every_summit_has_a_line_with_its_place_and_a_level(summit: Summit) -> None:
    line = summit_line(summit)
    assert summit.name in line
    assert str(summit.when) in line
    assert (summit.city or summit.country or "place not recorded") in line
    assert line.endswith(")")
    assert line.rsplit(" (", 1)[1][:-1] in LEVELS


@given(testing.dates_in_record())
def test_a_date_in_the_record_has_a_level(day: PartialDate) -> None:
    assert level_on(day) in LEVELS | {"before the dialogue"}
    assert level_on(str(day)) == level_on(day)


@given(testing.date_arguments())
def test_every_form_of_a_date_gives_a_level(day: PartialDate | dt.date | int | str) -> None:
    assert level_on(day) in LEVELS | {"before the dialogue"}


@given(testing.known_acronyms())
def test_an_acronym_with_one_meaning_is_spelled_out_once(word: str) -> None:
    meanings = aseanrok.expansions(word)
    text = spell_out(f"{word} and {word}")
    assert text.endswith(f" and {word}")  # a second mention stays as written
    # the brief spells out single words in capitals; the data also has "AMMTC + ROK", "ASEAN IPR"
    if len(meanings) == 1 and re.fullmatch(r"[A-Z][A-Z0-9]{1,7}", word):
        assert text == f"{word} ({meanings[0]}) and {word}"


@given(testing.unknown_acronyms())
def test_an_unknown_acronym_is_left_as_it_is(word: str) -> None:
    assert spell_out(f"the {word} said") == f"the {word} said"


@given(testing.ids())
def test_a_current_id_is_its_own(record_id: str) -> None:
    assert current_id(record_id) == record_id


@given(testing.merged_ids())
def test_a_merged_id_gives_the_id_of_the_record_kept(record_id: str) -> None:
    kept = current_id(record_id)
    assert kept != record_id
    assert current_id(kept) == kept
    with pytest.warns(DeprecationWarning, match=kept):
        aseanrok.get(record_id)


@given(testing.unknown_ids())
def test_an_unknown_id_is_a_lookup_error(record_id: str) -> None:
    with pytest.raises(LookupError):
        current_id(record_id)


@given(testing.records(aseanrok.Fund))
def test_every_fund_is_found_by_its_acronym(fund: aseanrok.Fund) -> None:
    assert aseanrok.fund(fund.acronym) is fund
