"""search() does bounded work: a query of many Hangul or CJK words no longer scans every entry
once per word, and the index of the bundled data is built once however many threads search
first. Work is counted (entries looked at, indexes built), never timed."""

from __future__ import annotations

import random
import threading

import pytest

import aseanrok as a
import aseanrok.textsearch as textsearch
from aseanrok.folding import fold
from aseanrok.textsearch import MAX_WORDS, SearchIndex


def _index() -> SearchIndex:
    dataset = a.load()
    return SearchIndex({n: dataset.collection(n) for n in ("people", "sources", "funds")})


def _hangul_words(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(chr(rng.randrange(0xAC00, 0xD7A4)) for _ in range(3)) for _ in range(count)]


@pytest.mark.parametrize("script", ["hangul", "cjk"])
def test_many_distinct_unspaced_words_look_at_few_entries(script: str) -> None:
    """Each Hangul or CJK word scanned every entry (26.6 s for a 1 MB query)."""
    index = _index()
    if script == "hangul":
        words = _hangul_words(MAX_WORDS, 1)
    else:
        rng = random.Random(2)
        words = ["".join(chr(rng.randrange(0x4E00, 0x9FFF)) for _ in range(2)) for _ in range(32)]
    index.examined = 0
    assert index.search(" ".join(words)) == []
    # far fewer than one pass over the entries, let alone one pass per word
    assert index.examined < len(index.entries)


def test_korean_words_in_the_data_are_still_found_anywhere_in_a_word() -> None:
    index = _index()
    korean = [v.value for p in a.people() for v in p.names if v.lang == "ko"]
    if not korean:
        pytest.skip("no name in Korean in the data")
    for name in korean[:20]:
        folded = fold(name)
        inside = folded[1:] if len(folded) > 2 else folded  # a part of the word, not its start
        index.examined = 0
        hits = index.search(inside, collection="people")
        assert any(name in [v.value for v in h.record.names] for h in hits), name
        assert index.examined <= 3 * len(index.entries)


def test_a_query_of_more_words_than_a_search_takes_is_refused_at_once() -> None:
    index = _index()
    index.examined = 0
    with pytest.raises(ValueError, match=f"at most {MAX_WORDS} different words"):
        index.search(" ".join(_hangul_words(50_000, 3)))  # about 1 MB of UTF-8
    assert index.examined == 0


def test_a_word_longer_than_any_in_the_index_costs_nothing() -> None:
    index = _index()
    index.examined = 0
    assert index.search("가" * 200_000) == []
    assert index.examined == 0


def test_latin_words_stop_once_no_record_has_them_all() -> None:
    index = _index()
    index.examined = 0
    index.search("zzzzqx " + " ".join(f"summit{i}" for i in range(MAX_WORDS - 1)))
    assert index.examined == 0  # the first word is in no entry: the others are not looked up


def test_64_threads_searching_first_build_the_index_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The index was built 6 to 32 times when 64 threads searched first at once."""
    built = []
    real = SearchIndex.__init__

    def counted(self: SearchIndex, *args: object, **kwargs: object) -> None:
        built.append(threading.get_ident())
        real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(SearchIndex, "__init__", counted)
    monkeypatch.setattr(textsearch, "_built", [])
    a.load()  # the data read first: what is counted is the index
    start = threading.Barrier(64)
    answers: list[int] = []

    def first_search() -> None:
        start.wait()
        answers.append(len(a.search("summit")))

    threads = [threading.Thread(target=first_search) for _ in range(64)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(built) == 1
    assert len(answers) == 64
    assert len(set(answers)) == 1
