"""The command line end to end, in a subprocess, as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import aseanrok as a


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "aseanrok", *args], capture_output=True, text=True, check=False
    )


def test_summary_by_default() -> None:
    out = run()
    assert out.returncode == 0
    assert "data version" in out.stdout
    for word in ("summits", "acronyms", "mofa-kasi-2022", "bernama-thesun-2024-05"):
        assert word in out.stdout


def test_expand() -> None:
    out = run("expand", "mkfc")
    assert (out.returncode, out.stdout) == (0, "Mekong-Korea Cooperation Fund\n")


def test_expand_lists_every_meaning_of_an_ambiguous_acronym() -> None:
    out = run("--json", "expand", "ACCC")
    assert out.returncode == 0
    assert json.loads(out.stdout)["meanings"] == [
        "ASEAN Center for Climate Change",
        "ASEAN Connectivity Coordinating Committee",
    ]


def test_summits_json_is_the_data_form() -> None:
    out = run("--json", "summits", "--commemorative")
    rows = json.loads(out.stdout)
    assert [r["when"] for r in rows] == [
        "2009-06-01/2009-06-02",
        "2014-12-11/2014-12-12",
        "2019-11-25/2019-11-26",
    ]
    assert all(r["citations"] for r in rows)


def test_funds_year() -> None:
    out = run("funds", "--year", "2027")
    assert out.stdout.split("\n")[:4] == [
        "AKCF   32000000 USD",
        "BKCF   6000000 USD",
        "MKCF   10000000 USD",
        "total  48000000 USD",
    ]
    assert json.loads(run("--json", "funds", "--year", "2027").stdout)["AKCF"] == {
        "amount": 32000000,
        "currency": "USD",
    }
    assert "no annual volumes recorded for 2025" in run("funds", "--year", "2025").stdout
    assert "MKCF" in run("funds").stdout


def test_projects_active_in() -> None:
    out = run("projects", "--active-in", "2025", "--line", "3")
    assert out.returncode == 0
    assert "ASEAN Cyber Shield Project" in out.stdout
    assert "10000000 USD" in out.stdout


def test_timeline_range() -> None:
    out = run("timeline", "--from", "2004-11-30", "--to", "2004-11-30")
    assert "8th ASEAN-ROK Summit, Vientiane" in out.stdout
    assert len(json.loads(run("--json", "timeline", "--from", "2004", "--to", "2004").stdout)) >= 3


def test_level_and_sources() -> None:
    assert run("level", "2010-12").stdout == "Strategic Partnership (since 2010-10-29)\n"
    assert run("level", "2024").stdout.startswith("Comprehensive Strategic Partnership")
    assert len(run("sources").stdout.strip().split("\n")) == len(a.sources())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("expand", "ZZZQ"), "unknown acronym 'ZZZQ'"),
        (("expand", "  "), "must not be empty"),
        (("level", "1980"), "dialogue relations began in 1989-11-02"),
        (("level", "sometime"), "not a date"),
        (("summits", "--year", "abc"), "invalid int value"),
        (("timeline", "--category", "sumit"), "did you mean 'summit'"),
        (("nonsense",), "invalid choice"),
        (("expand",), "required"),
    ],
)
def test_errors_print_one_line_and_exit_2(args: tuple[str, ...], message: str) -> None:
    out = run(*args)
    assert out.returncode == 2
    assert out.stdout == ""
    assert out.stderr.count("\n") == 1
    assert out.stderr.startswith("aseanrok: ")
    assert message in out.stderr
    assert "Traceback" not in out.stderr


def test_console_script_is_installed() -> None:
    import shutil

    exe = shutil.which("aseanrok")
    if exe is None:
        pytest.skip("console script not on PATH in this environment")
    out = subprocess.run([exe, "expand", "KASI"], capture_output=True, text=True, check=False)
    assert out.stdout == "Korea-ASEAN Solidarity Initiative\n"
