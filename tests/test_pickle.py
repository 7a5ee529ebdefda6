"""Errors and answers cross processes: every public exception survives pickle, copy and
deepcopy with its class, message and attributes; a worker process that raises one hands it to
the parent (a multiprocessing pool used to hang for ever on an error it could not unpickle);
every public answer pickles and deep-copies to an equal value."""

from __future__ import annotations

import concurrent.futures
import copy
import multiprocessing
import pickle
import sys
from collections.abc import Callable
from typing import Any

import pytest
from hostile import accessors, raise_error

import aseanrok as a
from aseanrok.dataset import COLLECTIONS
from aseanrok.errors import (
    AmbiguousAcronymError,
    AmbiguousNameError,
    AseanrokError,
    DataError,
    NotFoundError,
)

ERRORS: list[AseanrokError] = [
    AseanrokError("something"),
    NotFoundError("AKFC", ["AKCF", "AKFTA"], what="acronym", hint="see acronyms()"),
    NotFoundError(10**5000, (), what="summit number"),
    AmbiguousAcronymError("ACCC", ["ASEAN Center for Climate Change", "Another"]),
    AmbiguousNameError("Kim", ["Kim A", "Kim B"]),
    DataError("summits.json", "$[3].number", "expected an integer, got str '8'"),
]
ATTRIBUTES = ("key", "suggestions", "meanings", "names", "file", "path", "problem", "args")


def _same(twin: BaseException, error: BaseException) -> None:
    assert type(twin) is type(error)
    assert str(twin) == str(error)
    for name in ATTRIBUTES:
        assert getattr(twin, name, None) == getattr(error, name, None), name


def _copies(error: BaseException) -> list[BaseException]:
    # protocols 0 and 1 write an int as text, which Python refuses past 4,300 digits
    pickled = [
        pickle.loads(pickle.dumps(error, protocol))
        for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1)
    ]
    return [*pickled, copy.copy(error), copy.deepcopy(error)]


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
def test_errors_survive_pickle_copy_and_deepcopy(error: AseanrokError) -> None:
    for twin in _copies(error):
        _same(twin, error)


def test_every_public_error_class_is_covered() -> None:
    public = {getattr(a, name) for name in a.__all__ if name.endswith("Error")}
    assert public == {type(e) for e in ERRORS}


def test_an_error_raised_by_the_api_survives_pickle() -> None:
    with pytest.raises(NotFoundError) as info:
        a.expand("no such acronym at all")
    for twin in _copies(info.value):
        _same(twin, info.value)


def _fork() -> Any:
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork on this platform")
    return multiprocessing.get_context("fork")


@pytest.mark.filterwarnings("ignore:.*fork.*:DeprecationWarning")
def test_a_pool_worker_that_raises_hands_the_error_back() -> None:
    """multiprocessing.Pool used to hang for ever: its result thread died unpickling the error."""
    with _fork().Pool(2) as pool:
        pending = [pool.apply_async(raise_error, (error,)) for error in ERRORS]
        for error, result in zip(ERRORS, pending, strict=True):
            with pytest.raises(type(error)) as info:
                result.get(timeout=60)
            _same(info.value, error)


@pytest.mark.filterwarnings("ignore:.*fork.*:DeprecationWarning")
def test_a_process_pool_executor_hands_the_error_back() -> None:
    """ProcessPoolExecutor used to break (BrokenProcessPool) on the same errors."""
    with concurrent.futures.ProcessPoolExecutor(2, mp_context=_fork()) as pool:
        futures = [pool.submit(raise_error, error) for error in ERRORS]
        for error, future in zip(ERRORS, futures, strict=True):
            with pytest.raises(type(error)) as info:
                future.result(timeout=60)
            _same(info.value, error)


def _answers() -> dict[str, Callable[[], object]]:
    found = dict(accessors())
    ds = a.load()
    record = a.summits()[0]
    found.update(
        {
            "Dataset.counts()": ds.counts,
            "Dataset.collection()": lambda: ds.collection(next(iter(COLLECTIONS))),
            "indicator()": lambda: a.indicator(a.indicators()[0].id),
            "expand()": lambda: a.expansions(a.acronyms()[0].acronym),
            "name_in()": lambda: record.name_in("en"),
            "COLLECTIONS": lambda: COLLECTIONS,
            "PartialDate": lambda: a.PartialDate.parse("2024-10"),
            "Money": lambda: a.Money.parse("5 million USD"),
        }
    )
    if "pandas" in sys.modules or _has_pandas():
        found["to_pandas()"] = lambda: a.to_pandas("summits")
    return found


def _has_pandas() -> bool:
    try:
        import pandas  # noqa: F401
    except ImportError:
        return False
    return True


ANSWERS = _answers()


@pytest.mark.parametrize("name", sorted(ANSWERS))
def test_every_public_answer_pickles_and_deep_copies(name: str) -> None:
    try:
        answer = ANSWERS[name]()
    except NotFoundError:  # a look-up the bundled data cannot answer (no pledged year...)
        pytest.skip(f"{name} has nothing to answer in this data")
    for twin in (pickle.loads(pickle.dumps(answer)), copy.deepcopy(answer), copy.copy(answer)):
        assert type(twin) is type(answer)
        if name == "to_pandas()":
            assert twin.equals(answer)  # type: ignore[attr-defined]
        else:
            assert twin == answer


def test_funds_by_year_is_read_only_and_pickles() -> None:
    year = next((v.year for v in a.fund_volumes()), 2027)
    volumes = a.funds_by_year(year)
    with pytest.raises(TypeError):
        volumes["X"] = a.Money.parse("1 USD")  # type: ignore[index]
    assert pickle.loads(pickle.dumps(volumes)) == volumes == dict(volumes)
    assert copy.deepcopy(a.funds_by_year(1)) == {}
