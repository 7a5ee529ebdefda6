"""The command line keeps its word: every example its --help prints and every `aseanrok ...`
line of the README and the docs runs and answers; an empty answer says so; a closed stdout or
stderr is an exit status, never a traceback."""

from __future__ import annotations

import contextlib
import io
import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from aseanrok.cli import main
from aseanrok.cli_args import _COMMANDS, _example, _parser

ROOT = Path(__file__).resolve().parent.parent


def _run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(argv)
    return status, out.getvalue(), err.getvalue()


def _help_examples() -> list[str]:
    _parser()  # fills _COMMANDS, new collections' commands too
    return [_example(name, example) for name, (_, example) in _COMMANDS.items()]


def _documented_command_lines() -> list[str]:
    """Every `aseanrok ...` line in a sh block of the README and the docs."""
    found = []
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]:
        text = page.read_text(encoding="utf-8")
        for block in re.findall(r"^```sh\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL):
            found += [line for line in block.splitlines() if line.startswith("aseanrok ")]
    return found


@pytest.mark.parametrize("example", _help_examples())
def test_every_help_example_answers(
    example: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`aseanrok series asean-rok-trade`, --help's own example, exited 2."""
    monkeypatch.chdir(tmp_path)  # the export example writes where it runs
    status, out, err = _run(shlex.split(example))
    assert status == 0, f"aseanrok {example}: {err}"
    assert out.strip(), f"aseanrok {example} printed nothing"


def test_the_docs_show_command_lines() -> None:
    assert len(_documented_command_lines()) >= 5


@pytest.mark.parametrize("line", _documented_command_lines())
def test_every_documented_command_line_answers(
    line: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    status, out, err = _run(shlex.split(line)[1:])
    assert status == 0, f"{line}: {err}"
    assert out.strip(), f"{line} printed nothing"


@pytest.mark.parametrize("argv", [["funds", "--year", "0"], ["--json", "funds", "--year", "0"]])
def test_an_empty_answer_says_so(argv: list[str]) -> None:
    """`funds --year 0` exited 0 with nothing on stdout or stderr."""
    status, out, err = _run(argv)
    assert status == 0
    assert "no records" in err
    if "--json" in argv:
        assert json.loads(out) == {}


# every example run with stdout closed, then usage errors with stderr closed, in one process
_CLOSED = """
import json, os, sys
from aseanrok.cli import main
examples = json.loads(sys.argv[1])
report = open(sys.argv[2], "w")
os.close(1)
sys.stdout = None
results = {"closed stdout": {e: main(e.split()) for e in examples}}
sys.stderr = None
results["closed stderr"] = {
    "summits --bogus": main(["summits", "--bogus"]),
    "nosuch": main(["nosuch"]),
    "summit --year x": main(["summits", "--year", "x"]),
}
json.dump(results, report)
"""


def test_closed_streams_are_an_exit_status(tmp_path: Path) -> None:
    """With stdout closed all 33 commands ended in a traceback ('NoneType' object has no
    attribute 'write'); with stderr closed a usage error exited 1, not 2."""
    examples = [e for e in _help_examples() if "'" not in e]
    report = tmp_path / "report.json"
    done = subprocess.run(
        [sys.executable, "-c", _CLOSED, json.dumps(examples), str(report)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    results = json.loads(report.read_text())
    # every command has something to print, and cannot: one line, status 1
    assert results["closed stdout"] == dict.fromkeys(examples, 1)
    lines = [line for line in done.stderr.splitlines() if line]
    assert all(line.startswith("aseanrok: cannot write the output") for line in lines), lines
    assert set(results["closed stderr"].values()) == {2}
