"""The README's quickstart runs as written, and the versions it states are the package's."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"


@pytest.mark.skipif(not README.exists(), reason="no README.md beside the tests")
def test_readme_examples() -> None:
    result = doctest.testfile(str(README), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 5
    assert result.failed == 0


def _requires() -> dict[str, set[str]]:
    """The installed package's requirements, by extra ("" for the runtime), without markers
    other than the extra."""
    from importlib.metadata import requires

    by_extra: dict[str, set[str]] = {}
    for line in requires("aseanrok") or []:
        requirement, _, marker = line.partition(";")
        extra = re.search(r"extra == ['\"]([\w-]+)['\"]", marker)
        by_extra.setdefault(extra[1] if extra else "", set()).add(requirement.strip())
    return by_extra


@pytest.mark.skipif(not README.exists(), reason="no README.md beside the tests")
def test_readme_states_the_declared_pythons_and_requirements() -> None:
    """The README's supported Pythons are the classifiers', and its dependencies and table of
    extras are the package metadata's, bound for bound."""
    from importlib.metadata import metadata

    text = README.read_text(encoding="utf-8")
    classified = {
        c.rsplit(" ", 1)[1]
        for c in metadata("aseanrok").get_all("Classifier") or []
        if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)
    }
    stated = re.search(r"runs on CPython ([\d., and]+)", text)
    assert stated, "the README names no supported Pythons"
    assert set(re.findall(r"\d+\.\d+", stated[1])) == classified

    by_extra = _requires()
    for requirement in by_extra.pop(""):
        assert f"`{requirement}`" in text, f"the README does not state {requirement}"
    rows = dict(re.findall(r"^\| `([\w-]+)` \|[^|]*\| (.*) \|$", text, flags=re.MULTILINE))
    assert {extra: set(re.findall(r"`([^`]+)`", needs)) for extra, needs in rows.items()} == (
        by_extra
    )
