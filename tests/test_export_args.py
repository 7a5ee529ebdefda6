"""export()'s arguments: a bad one is a TypeError, a ValueError or (an unknown name) a
NotFoundError, raised by aseanrok in its own words, before anything is written."""

from __future__ import annotations

import os
import tempfile
import traceback
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import aseanrok as a
from aseanrok.dataset import COLLECTIONS
from aseanrok.errors import NotFoundError

PACKAGE = Path(a.__file__).parent


def _raised_by_aseanrok(exc: BaseException) -> bool:
    """Raised on purpose by aseanrok's code, not by a library or the interpreter under it."""
    last = traceback.extract_tb(exc.__traceback__)[-1]
    return Path(last.filename).resolve().is_relative_to(PACKAGE.resolve())


@pytest.mark.parametrize("blank", ["", " ", "\t"])
def test_a_blank_folder_is_refused_and_nothing_is_written(
    blank: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ValueError, match="must be named"):
        a.export(blank, "json")
    assert list(tmp_path.iterdir()) == []


def test_wrong_collections_in_the_librarys_words(tmp_path: Path) -> None:
    summit = a.summit(8)
    cases: list[tuple[object, type[Exception], str]] = [
        (1, TypeError, "must be a mapping"),
        ({"summitz": []}, NotFoundError, "did you mean 'summits'"),
        ({1: []}, TypeError, "collection name must be a str"),
        ({"summits": 5}, TypeError, "list or tuple of records"),
        ({"summits": "abc"}, TypeError, "list or tuple of records"),
        ({"summits": [1]}, TypeError, r"collections\['summits'\]\[0\] must be a Summit"),
        ({"sources": [summit]}, TypeError, "must be a Source, got Summit"),
    ]
    for collections, error, words in cases:
        with pytest.raises(error, match=words) as caught:
            a.export(tmp_path, "csv", collections=collections)  # type: ignore[arg-type]
        assert _raised_by_aseanrok(caught.value)
    assert list(tmp_path.iterdir()) == []


_RECORDS = [next(iter(a.load().collection(name)), None) for name in COLLECTIONS]
_ANYTHING = st.one_of(
    st.none(),
    st.integers(),
    st.text(max_size=5),
    st.binary(max_size=3),
    st.floats(),
    st.sampled_from([r for r in _RECORDS if r is not None]),
)
_VALUES = st.one_of(_ANYTHING, st.lists(_ANYTHING, max_size=3), st.tuples(_ANYTHING))
_NAMES = st.one_of(st.sampled_from(sorted(COLLECTIONS)), st.text(max_size=8), st.integers())


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(
    directory=st.one_of(st.just("out"), st.text(max_size=3), st.integers(), st.none()),
    format=st.one_of(st.sampled_from(["csv", "sqlite", "json"]), st.text(max_size=6), _ANYTHING),
    collections=st.one_of(
        st.none(),
        _ANYTHING,
        st.lists(_ANYTHING, max_size=2),
        st.dictionaries(_NAMES, _VALUES, max_size=3),
    ),
)
def test_fuzzed_arguments(directory: object, format: object, collections: object) -> None:
    with tempfile.TemporaryDirectory() as root:
        cwd = os.getcwd()
        os.chdir(root)  # a relative folder lands in the scratch folder
        try:
            raised = _export(directory, format, collections)
        finally:
            os.chdir(cwd)
    if isinstance(raised, OSError):
        assert isinstance(directory, str)  # a name the file system refuses
    elif raised is not None:
        assert _raised_by_aseanrok(raised), "".join(traceback.format_exception(raised))
        assert "NotAnAttrsClass" not in str(raised)


def _export(directory: object, format: object, collections: object) -> BaseException | None:
    """What ``export()`` raised of the errors it may raise (any other fails the test)."""
    if collections is None:
        collections = {}  # the bundled data is tested elsewhere; keep this quick
    try:
        a.export(directory, format, collections=collections)  # type: ignore[arg-type]
    except (TypeError, ValueError, NotFoundError, OSError) as exc:
        return exc
    return None
