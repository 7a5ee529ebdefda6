"""The public API (docs/stability.md) does not shrink unannounced: every name in
tests/public_api.txt (the names of ``__all__`` of aseanrok, aseanrok.plot and aseanrok.testing,
and the public fields, methods and members of the classes among them) is still public, or is
deprecated and still answers with a DeprecationWarning."""

from __future__ import annotations

import inspect
import warnings
from pathlib import Path
from types import ModuleType

import pytest

import aseanrok
from aseanrok import _deprecated, plot, testing

LISTED = Path(__file__).with_name("public_api.txt")
MODULES: dict[str, ModuleType] = {
    "aseanrok": aseanrok,
    "aseanrok.plot": plot,
    "aseanrok.testing": testing,
}


def _members(cls: type) -> list[str]:
    """The public names of a class: its fields, methods and members, not those of the
    builtins, enum or typing classes it derives from."""
    inherited: set[str] = set()
    for base in cls.__mro__[1:]:
        if not base.__module__.startswith("aseanrok"):
            inherited |= set(dir(base))
    names = set(dir(cls))
    for base in cls.__mro__:
        if base.__module__.startswith("aseanrok"):
            names |= set(getattr(base, "__annotations__", {}))
    return sorted(n for n in names - inherited if not n.startswith("_"))


def public_names() -> list[str]:
    found = []
    for prefix, module in MODULES.items():
        for name in module.__all__:
            found.append(f"{prefix}.{name}")
            value = getattr(module, name)
            if inspect.isclass(value):
                found += [f"{prefix}.{name}.{m}" for m in _members(value)]
    return sorted(found)


def _listed() -> list[str]:
    lines = LISTED.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def test_no_public_name_disappears_without_a_deprecation() -> None:
    current = set(public_names())
    gone = [n for n in _listed() if n not in current and n not in _deprecated.DEPRECATED]
    assert not gone, (
        f"public names removed without a deprecation: {gone}. Deprecate them first "
        "(aseanrok/_deprecated.py), as docs/stability.md says"
    )


def test_every_public_name_is_listed() -> None:
    """So that a name added now is held to the policy too."""
    new = sorted(set(public_names()) - set(_listed()))
    assert not new, "add these lines to tests/public_api.txt:\n" + "\n".join(new)


def test_the_list_is_sorted_and_has_no_repeats() -> None:
    assert _listed() == sorted(set(_listed()))


@pytest.mark.parametrize("name", sorted(_deprecated.DEPRECATED))
def test_a_deprecated_name_still_answers_with_a_warning(name: str) -> None:
    module, _, attribute = name.rpartition(".")
    owner: object = MODULES.get(module)
    if owner is None:  # a field or method: the class keeps it
        prefix, _, cls = module.rpartition(".")
        owner = getattr(MODULES[prefix], cls)
    if isinstance(owner, ModuleType):
        with pytest.warns(DeprecationWarning, match="deprecated since"):
            getattr(owner, attribute)
    else:
        assert hasattr(owner, attribute), name


def test_a_deprecated_module_level_name_warns_and_leaves_all(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The mechanism, on a name deprecated for the test: it still answers, with a warning
    naming what to use instead, on every use."""
    monkeypatch.setitem(_deprecated.DEPRECATED, "aseanrok.expansions", ("0.2.0", "expand"))
    monkeypatch.delitem(vars(aseanrok), "expansions", raising=False)
    for _ in range(2):
        with pytest.warns(DeprecationWarning, match=r"aseanrok\.expansions .* use expand"):
            assert aseanrok.expansions("KASI") == ("Korea-ASEAN Solidarity Initiative",)
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        assert aseanrok.expand("KASI")  # the others do not warn
