"""What a hostile review tried: files parsed again and again under concurrent first calls,
and arguments one function took and another refused."""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter
from collections.abc import Callable

import pytest
from hostile import BYTES, DOCS, NAMED, MemoryLoader, package_reads

import aseanrok as a
import aseanrok.loader
from aseanrok.api import acronyms as acronyms_api
from aseanrok.dataset import COLLECTIONS
from aseanrok.errors import NotFoundError
from aseanrok.registry import NAMES

# 7. loads once means once


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> tuple[MemoryLoader, list[str]]:
    """A loader of the bundled files, and the names of the files parsed, as they are parsed."""
    parses: list[str] = []
    parse = aseanrok.loader.parse
    monkeypatch.setattr(aseanrok.loader, "parse", lambda n, raw: parses.append(n) or parse(n, raw))
    return MemoryLoader(dict(BYTES)), parses


def test_concurrent_first_calls_read_and_parse_each_file_once(
    counted: tuple[MemoryLoader, list[str]],
) -> None:
    loader, parses = counted
    calls: list[Callable[[], object]] = [
        loader.dataset,
        lambda: loader.derive("acronyms", acronyms_api.validate_document, acronyms_api._build),
        *(lambda n=n: loader.records(n, COLLECTIONS[n]) for n in NAMES),
    ]
    _together(calls * 2)
    assert Counter(loader.reads) == Counter(NAMES)
    assert Counter(parses) == Counter(NAMES)


def test_concurrent_first_calls_of_the_package_read_each_file_once(
    counted: tuple[MemoryLoader, list[str]],
) -> None:
    loader, parses = counted
    key = DOCS["acronyms"][0]["acronym"]
    calls: list[Callable[[], object]] = [
        lambda: a.expansions(key),
        lambda: a.acronym(key),
        a.acronyms,
        a.summits,
        a.timeline,
        a.funds,
        a.load,
        a.statistics,
    ]
    with package_reads(loader):
        _together(calls * 3)
    assert Counter(loader.reads) == Counter(NAMES)
    assert Counter(parses) == Counter(NAMES)


def _together(calls: list[Callable[[], object]]) -> None:
    """Run every call at once, each in its own thread; re-raise the first failure."""
    start = threading.Barrier(len(calls))
    failures: list[BaseException] = []

    def run(call: Callable[[], object]) -> None:
        start.wait()
        try:
            call()
        except BaseException as exc:  # handed to the test thread
            failures.append(exc)

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if failures:
        raise failures[0]


# 8. consistent arguments


def test_a_datetime_or_a_timestamp_counts_as_its_day() -> None:
    day = a.partnership_levels()[-1].since.earliest()
    moment = dt.datetime.combine(day, dt.time(23, 59))
    assert a.partnership_level(moment) == a.partnership_level(day)
    assert a.timeline(moment, moment) == a.timeline(day, day)
    pd = pytest.importorskip("pandas")
    stamp = pd.Timestamp(moment)
    assert a.partnership_level(stamp) == a.partnership_level(day)
    assert a.timeline(stamp, stamp) == a.timeline(day, day)
    with pytest.raises(TypeError, match="names no date"):
        a.timeline(pd.NaT)


@pytest.mark.parametrize("label", sorted(NAMED))
@pytest.mark.parametrize("blank", ["", " ", "\t\n", "\u3000"])
def test_a_blank_name_is_a_value_error_everywhere(label: str, blank: str) -> None:
    with pytest.raises(ValueError, match=r"empty|blank|not a date") as info:
        NAMED[label](blank)
    assert not isinstance(info.value, NotFoundError)


def test_a_name_with_no_letter_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="letter"):
        a.person("-")


def test_ids_fold_case_like_every_other_look_up() -> None:
    source = a.sources()[0]
    assert a.source(f" {source.id.upper()} ") is source
    indicator = a.indicators()[0].id
    assert a.indicator(indicator.upper()) == a.indicator(indicator)
    assert a.series(indicator.upper()) == a.series(indicator)
    assert a.statistics(indicator.title()) == a.statistics(indicator)
    assert a.load().collection(" Summits ") is a.load().summits
