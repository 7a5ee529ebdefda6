"""The command line under hostile use: closed pipes, full disks, stdouts that are not UTF-8,
broken data, strange arguments. Never a traceback; exit 0 for an answer, 1 for a fault in the
data or the output (one line), 2 for bad usage (one line)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import aseanrok as a
from aseanrok.dataset import COLLECTIONS

SRC = Path(a.__file__).resolve().parent


def run(
    *args: str, env: dict[str, str] | None = None, code: str | None = None
) -> subprocess.CompletedProcess[bytes]:
    """The CLI in a subprocess; ``code`` runs first (to break the data), then ``main``."""
    command = [sys.executable, "-m", "aseanrok", *args]
    if code is not None:
        script = (
            f"{code}\nimport sys\nfrom aseanrok.cli import main\nsys.exit(main({list(args)!r}))"
        )
        command = [sys.executable, "-c", script]
    return subprocess.run(
        command, capture_output=True, env={**os.environ, **(env or {})}, check=False
    )


def one_line(stderr: bytes) -> str:
    text = stderr.decode("utf-8", "replace")
    assert "Traceback" not in text
    assert text.count("\n") == 1, text
    assert text.startswith("aseanrok: ")
    return text


def test_a_closed_pipe_ends_quietly() -> None:
    """The reader closes the pipe before aseanrok writes: no BrokenPipeError, no traceback."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "aseanrok", "--json", "timeline"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    assert proc.stderr is not None
    proc.stdout.close()  # as `| head -1` does once it has its line
    stderr = proc.stderr.read()
    assert proc.wait(timeout=60) == 1
    assert stderr == b""


def test_head_reads_the_first_line() -> None:
    shell = f"{sys.executable} -m aseanrok --json timeline | head -1"
    out = subprocess.run(["sh", "-c", shell], capture_output=True, check=False)
    assert out.stdout == b"[\n"
    assert b"Traceback" not in out.stderr
    assert b"Error" not in out.stderr


@pytest.mark.parametrize("args", [("--help",), ("summits", "--help"), ("--version",)])
def test_help_into_a_closed_pipe_ends_quietly(args: tuple[str, ...]) -> None:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import time; time.sleep(0.3); import aseanrok.cli as c; "
            f"raise SystemExit(c.main({list(args)!r}))",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    assert proc.stderr is not None
    proc.stdout.close()
    stderr = proc.stderr.read()
    assert proc.wait(timeout=60) in (0, 1)
    assert stderr == b""  # no traceback, no "Exception ignored", no message: a pipe closed


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_a_full_disk_is_one_line_and_status_1() -> None:
    with open("/dev/full", "w") as full:
        out = subprocess.run(
            [sys.executable, "-m", "aseanrok", "--json", "timeline"],
            stdout=full,
            stderr=subprocess.PIPE,
            check=False,
        )
    assert out.returncode == 1
    assert "No space left" in one_line(out.stderr)


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_json_on_a_stdout_that_is_not_utf8(encoding: str) -> None:
    """Names in Hangul come out as JSON escapes: still valid JSON, and the same data."""
    person = next(p for p in a.people() if any(not v.value.isascii() for v in p.names))
    out = run("--json", "show", person.id, env={"PYTHONIOENCODING": encoding})
    assert out.returncode == 0, out.stderr
    assert out.stdout.isascii()
    document = json.loads(out.stdout)
    assert [n["value"] for n in document["names"]] == [v.value for v in person.names]


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_text_on_a_stdout_that_is_not_utf8(encoding: str) -> None:
    person = next(p for p in a.people() if any(not v.value.isascii() for v in p.names))
    out = run("show", person.id, env={"PYTHONIOENCODING": encoding})
    assert out.returncode == 0, out.stderr
    assert person.name in out.stdout.decode(encoding)
    out = run("search", person.names[0].value, env={"PYTHONIOENCODING": encoding})
    assert out.returncode == 0, out.stderr


def test_an_error_about_a_non_ascii_argument_on_an_ascii_stderr() -> None:
    out = run("expand", "김치", env={"PYTHONIOENCODING": "ascii"})
    assert out.returncode == 2
    one_line(out.stderr)


def test_a_deeply_nested_data_file_is_a_data_fault() -> None:
    """A file nested deeper than Python recurses (RecursionError while parsing it)."""
    code = (
        "import pathlib, shutil, tempfile\n"
        "from aseanrok import loader\n"
        "from aseanrok.raw import data_root\n"
        "folder = pathlib.Path(tempfile.mkdtemp())\n"
        "for f in data_root().iterdir():\n"
        "    if f.name.endswith('.json'): (folder / f.name).write_bytes(f.read_bytes())\n"
        "(folder / 'summits.json').write_text('[' * 200000 + ']' * 200000)\n"
        "loader._default = loader.Loader(folder)\n"
    )
    out = run("summits", code=code)
    assert out.returncode == 1
    assert "data" in one_line(out.stderr)


def test_a_data_error_is_one_line_and_status_1() -> None:
    code = (
        "import pathlib, tempfile\n"
        "from aseanrok import loader\n"
        "from aseanrok.raw import data_root\n"
        "folder = pathlib.Path(tempfile.mkdtemp())\n"
        "for f in data_root().iterdir():\n"
        "    if f.name.endswith('.json'): (folder / f.name).write_bytes(f.read_bytes())\n"
        "(folder / 'summits.json').write_text('[{\"id\": 5}]')\n"
        "loader._default = loader.Loader(folder)\n"
    )
    out = run("summits", code=code)
    assert out.returncode == 1
    assert "summits.json" in one_line(out.stderr)


def test_an_unexpected_fault_is_still_one_line() -> None:
    code = (
        "import aseanrok.api.summits as s\n"
        "def broken(**kwargs): raise KeyError('boom')\n"
        "s.summits = broken\n"
        "import aseanrok\n"
        "aseanrok.summits = broken\n"
    )
    out = run("summits", code=code)
    assert out.returncode != 0
    one_line(out.stderr)


def test_version() -> None:
    out = run("--version")
    assert out.returncode == 0
    assert out.stdout.decode() == f"aseanrok {a.__version__} (data {a.DATA_VERSION})\n"


def test_level_0000_names_the_input() -> None:
    out = run("level", "0000")
    assert out.returncode == 2
    assert "'0000'" in one_line(out.stderr)


@pytest.mark.parametrize(
    "args",
    [
        ("summits", "--year", "\uff12\uff10\uff10\uff14"),  # fullwidth 2004
        ("summits", "--year", "2_004"),
        ("summits", "--year", " 2004"),
        ("funds", "--year", "\u0662\u0660\u0662\u0667"),  # Arabic-Indic 2027
        ("level", "\uff12\uff10\uff12\uff14"),
        ("timeline", "--from", "\uff12\uff10\uff11\uff19"),
        ("projects", "--active-in", "9" * 5000),
    ],
)
def test_the_cli_accepts_what_the_api_accepts_and_nothing_else(args: tuple[str, ...]) -> None:
    out = run(*args)
    assert out.returncode == 2, out.stdout
    one_line(out.stderr)


def test_what_the_api_accepts_the_cli_accepts() -> None:
    """The API strips a date string and reads an ASCII year; so does the CLI."""
    assert run("level", " 2015-06 ").returncode == 0
    assert run("summits", "--year", "2004").returncode == 0
    assert run("timeline", "--year", "-5").returncode == 2  # the API refuses year -5 too


@pytest.mark.parametrize(
    "args",
    [
        ("expand", "AB\nCD"),
        ("level", "2024\n-01"),
        ("nonsense\ncommand",),
        ("timeline", "--category", "sum\nmit"),
        ("search", "\n"),
        ("show", "x\r\ny"),
        ("timeline", "--from", "2024", "--to", "2023\n"),  # the API's message holds the text
    ],
)
def test_a_newline_in_an_argument_stays_on_one_line(args: tuple[str, ...]) -> None:
    out = run(*args)
    assert out.returncode == 2
    one_line(out.stderr)


def test_a_huge_argument_gives_a_short_message() -> None:
    out = run("show", "x" * 100_000)
    assert out.returncode == 2
    assert len(one_line(out.stderr)) <= 500


@pytest.mark.parametrize("place", ["before", "after"])
def test_json_before_or_after_the_command(place: str) -> None:
    args = ["--json", "expand", "KASI"] if place == "before" else ["expand", "KASI", "--json"]
    out = run(*args)
    assert out.returncode == 0
    assert json.loads(out.stdout)["meanings"] == [a.expand("KASI")]


def test_help_has_an_example_for_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    from aseanrok.cli import main

    out = run("--help")
    assert out.returncode == 0
    text = out.stdout.decode()
    commands = re.findall(r"^    (\S+)", text.split("examples")[0], flags=re.MULTILINE)
    assert len(commands) > 20
    examples = text.split("examples", 1)[1]
    for command in commands:
        assert re.search(rf"^  aseanrok {re.escape(command)}\b", examples, re.MULTILINE), command
        assert main([command, "--help"]) == 0
        assert f"example:\n  aseanrok {command}" in capsys.readouterr().out


def test_every_collection_has_a_command(capsys: pytest.CaptureFixture[str]) -> None:
    from aseanrok.cli import main

    for name in COLLECTIONS:
        status = main([name.replace("_", "-"), "--json"])
        out, err = capsys.readouterr()
        assert status in (0, 1), err  # 1: a fault in the data (as it is being replaced)
        if status == 0:
            assert isinstance(json.loads(out), list)
        else:
            assert err.count("\n") == 1


def test_empty_answer_is_status_0_with_a_note_on_stderr() -> None:
    out = run("summits", "--year", "1900")
    assert (out.returncode, out.stdout) == (0, b"")
    assert out.stderr == b"aseanrok: no records\n"
