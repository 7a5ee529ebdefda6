"""Every code example in docs/ runs, against whatever aseanrok is installed.

The pages hold three kinds of fenced code block, and nothing else:

- ``pycon`` (or ``python``): a doctest session; the blocks of a page run in order, sharing
  their names, like the README's quickstart;
- ``console``: ``$ aseanrok ...`` (or ``$ python -m aseanrok ...``) lines, each followed by
  its output, run through the command line's ``main`` and compared as a doctest would;
- ``sh``: setup commands (``pip``, ``pytest``, ``mkdocs``...), which are not run here.
"""

from __future__ import annotations

import contextlib
import doctest
import io
import re
import shlex
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs"
PAGES = sorted(DOCS.rglob("*.md")) if DOCS.is_dir() else []
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE

FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```\s*$", re.MULTILINE | re.DOTALL)
SETUP = (
    "pip ",
    "pytest",
    "python -m pytest",
    "python3 -m venv ",
    ". .venv/bin/activate",
    "mkdocs ",
    "jupyter ",
    "cd ",
    "git ",
    "datasette ",
    "frictionless ",
)

pytestmark = pytest.mark.skipif(not PAGES, reason="no docs/ beside the tests")


def blocks(page: Path) -> list[tuple[str, int, str]]:
    """The fenced blocks of a page: language, line number of the first line, content."""
    text = page.read_text(encoding="utf-8")
    return [(m.group(1), text.count("\n", 0, m.start(2)), m.group(2)) for m in FENCE.finditer(text)]


def with_blocks(*languages: str) -> list[Path]:
    return [p for p in PAGES if any(b[0] in languages for b in blocks(p))]


def name(page: Path) -> str:
    return page.relative_to(DOCS).as_posix()


def needs(page: Path) -> None:
    """Skip a page whose examples need an optional extra that is not installed."""
    text = page.read_text(encoding="utf-8")
    if "to_pandas" in text:
        pytest.importorskip("pandas")
    if "aseanrok.plot" in text:
        matplotlib = pytest.importorskip("matplotlib")
        matplotlib.use("Agg")


@pytest.mark.parametrize("page", PAGES, ids=name)
def test_only_known_kinds_of_block(page: Path) -> None:
    for language, line, content in blocks(page):
        where = f"{name(page)}:{line + 1}"
        assert language in {"pycon", "python", "console", "sh"}, f"{where}: ```{language}"
        if language in {"pycon", "python"}:
            assert ">>> " in content, f"{where}: python without >>> would never run"
        if language == "sh":
            for command in filter(None, content.splitlines()):
                assert command.startswith(SETUP), f"{where}: {command!r} is not a setup step"


@pytest.mark.parametrize("page", with_blocks("pycon", "python"), ids=name)
def test_python_examples(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    needs(page)
    monkeypatch.chdir(tmp_path)  # where the examples' savefig("...png") write
    lines = page.read_text(encoding="utf-8").count("\n") + 1
    # only the sessions, each line where it stands, so that a failure names the right line
    text = [""] * lines
    for language, line, content in blocks(page):
        if language in {"pycon", "python"}:
            for i, code in enumerate(content.splitlines()):
                text[line + i] = code
    test = doctest.DocTestParser().get_doctest("\n".join(text), {}, name(page), str(page), 0)
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    runner.run(test)
    assert runner.tries > 0
    assert runner.failures == 0, f"{runner.failures} failing example(s) in {name(page)}"


def run_command(command: str) -> str:
    """What the command prints (stdout, then stderr), run in this process."""
    from aseanrok.cli import main

    words = shlex.split(command)
    if words[:3] == ["python", "-m", "aseanrok"]:
        words = words[2:]
    assert words[0] == "aseanrok", f"not an aseanrok command: {command!r}"
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        main(words[1:])
    return out.getvalue() + err.getvalue()


@pytest.mark.parametrize("page", with_blocks("console"), ids=name)
def test_command_line_examples(page: Path) -> None:
    checker = doctest.OutputChecker()
    ran = 0
    for language, line, content in blocks(page):
        if language != "console":
            continue
        sessions = re.split(r"^\$ ", content, flags=re.MULTILINE)
        assert not sessions[0].strip(), f"{name(page)}:{line + 1}: output before a command"
        for session in sessions[1:]:
            command, _, expected = session.partition("\n")
            got = run_command(command)
            assert checker.check_output(expected, got, FLAGS), (
                f"{name(page)}: $ {command}\nexpected:\n{expected}\ngot:\n{got}"
            )
            ran += 1
    assert ran
