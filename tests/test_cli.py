"""The command line end to end, in a subprocess, as a user runs it; its answers are the API's."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import aseanrok as a


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "aseanrok", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def test_summary_by_default() -> None:
    out = run()
    assert out.returncode == 0
    assert "data version" in out.stdout
    for name in a.load().counts():
        assert name in out.stdout
    assert "mofa-kasi-2022" in out.stdout


def test_expand() -> None:
    out = run("expand", "mkfc")
    assert (out.returncode, out.stdout) == (0, "Mekong-Korea Cooperation Fund\n")


def test_expand_lists_every_meaning_of_an_ambiguous_acronym() -> None:
    out = run("--json", "expand", "ACCC")
    assert out.returncode == 0
    assert json.loads(out.stdout)["meanings"] == list(a.expansions("ACCC"))


def test_summits_json_is_the_data_form() -> None:
    out = run("--json", "summits", "--commemorative")
    rows = json.loads(out.stdout)
    assert [r["when"] for r in rows] == [str(s.when) for s in a.summits(commemorative=True)]
    assert all(r["citations"] for r in rows)


def test_funds_year_lists_each_fund_and_the_total() -> None:
    year = 2027
    out = run("funds", "--year", str(year))
    try:
        volumes = a.funds_by_year(year)
    except a.DataError:  # the data being replaced may be inconsistent: the CLI says so
        assert (out.returncode, out.stdout) == (1, "")
        assert out.stderr.count("\n") == 1
        return
    assert out.returncode == 0
    lines = out.stdout.splitlines()
    for acronym, amount in volumes.items():
        assert any(line.split()[0] == acronym and line.endswith(str(amount)) for line in lines)
    document = json.loads(run("--json", "funds", "--year", str(year)).stdout)
    assert document == {k: {"amount": v.amount, "currency": v.currency} for k, v in volumes.items()}
    assert "AKCF" in run("funds").stdout


def test_projects_active_in() -> None:
    out = run("projects", "--active-in", "2025", "--line", "3")
    assert out.returncode == 0
    for p in a.projects(active_in=2025, line_of_effort=3):
        assert p.id in out.stdout
        assert p.budget is None or str(p.budget) in out.stdout


def test_timeline_range() -> None:
    out = run("timeline", "--from", "2004-11-30", "--to", "2004-11-30")
    assert "8th ASEAN-ROK Summit, Vientiane" in out.stdout
    got = json.loads(run("--json", "timeline", "--from", "2004", "--to", "2004").stdout)
    assert [e["id"] for e in got] == [e.id for e in a.timeline(2004, 2004)]


def test_level_and_sources() -> None:
    level = a.partnership_level("2010-12")
    assert run("level", "2010-12").stdout == f"{level.name} (since {level.since})\n"
    # a header line, then a line per source
    assert len(run("sources").stdout.strip().split("\n")) == len(a.sources()) + 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("expand", "ZZZQ"), "unknown acronym 'ZZZQ'"),
        (("expand", "  "), "must not be empty"),
        (("level", "1980"), "dialogue relations began in"),
        (("level", "sometime"), "not a date"),
        (("summits", "--year", "abc"), "not a whole number"),
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


def test_diff_prints_the_changes_between_two_versions() -> None:
    old = a.data_versions()[-2]
    current = a.changes(since=old)
    out = run("diff", old, a.DATA_VERSION)
    assert out.returncode == 0
    lines = out.stdout.splitlines()
    assert lines[0].split()[:4] == ["version", "kind", "collection", "key"]
    assert len(lines) == 1 + len(current)
    for change, line in zip(current, lines[1:], strict=True):
        version, kind, collection, key = line.split()[:4]
        assert [version, kind, collection] == [change.version, change.kind, change.collection]
        assert change.key.startswith(key.removesuffix("…"))  # a long id is cut in a column


def test_diff_json_has_the_values_as_json() -> None:
    current = a.changes(since=a.data_versions()[-2])
    out = run("diff", a.data_versions()[-2], "--json")
    assert out.returncode == 0
    rows = json.loads(out.stdout)
    assert [(r["kind"], r["key"]) for r in rows] == [(c.kind, c.key) for c in current]
    for row, change in zip(rows, current, strict=True):
        for side in ("old", "new"):
            value = getattr(change, side)
            assert row.get(side) == (None if value is None else json.loads(value))


def test_diff_refuses_an_unknown_version() -> None:
    out = run("diff", "2026.13.1")
    assert out.returncode == 2
    assert "unknown data version" in out.stderr
