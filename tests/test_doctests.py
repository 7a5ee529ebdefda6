"""Every docstring example in the package runs (against whatever aseanrok is installed)."""

from __future__ import annotations

import datetime
import doctest
import importlib
import pkgutil
from types import ModuleType

import pytest

import aseanrok

MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(aseanrok.__path__, "aseanrok.")
    if not m.name.endswith("__main__")
)


@pytest.mark.parametrize("name", ["aseanrok", *MODULES])
def test_docstring_examples(name: str) -> None:
    if name == "aseanrok.frames":
        pytest.importorskip("pandas")
    if name.startswith("aseanrok.plot"):
        pytest.importorskip("matplotlib")
    module: ModuleType = importlib.import_module(name)
    result = doctest.testmod(
        module,
        extraglobs={"aseanrok": aseanrok, "datetime": datetime},
        optionflags=doctest.ELLIPSIS,
        report=True,
    )
    assert result.failed == 0
