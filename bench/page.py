"""The page ``bench/run.py`` writes: docs/performance.md, from the figures it measured."""

from __future__ import annotations

import os
import platform
from pathlib import Path
from typing import Any

# The millisecond budgets were set on a machine where `python -c pass` took 9.9 ms (the page of
# November 2026, data 2026.11.0). On a slower machine every figure grows alike, so they are
# scaled by how much slower bare start-up is here (never below 1); the page shows both.
REFERENCE_BARE_MS = 9.9


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    from importlib.metadata import version

    return {
        "cpu": f"{cpu}, {os.cpu_count()} cores",
        "os": platform.platform(),
        "python": platform.python_version(),
        "aseanrok": version("aseanrok"),
        "attrs": version("attrs"),
        "cattrs": version("cattrs"),
        "pycountry": version("pycountry"),
    }


def render(
    cases: dict[str, str],
    proc: dict[str, float],
    load: dict[str, float],
    warm: dict[str, float],
    rss: float,
    rss_bare: float,
    rss_pycountry: float,
    scale: dict[int, dict[str, Any]],
    checks: list[tuple[str, bool, str, str]],
    runs: int,
) -> str:
    bare, pyc = proc["bare"], proc["pycountry"]
    m = machine()
    lines = [
        "# Performance",
        "",
        "<!-- written by bench/run.py; run it again rather than editing by hand -->",
        "",
        "How much aseanrok costs to import and to ask, measured by `python bench/run.py` "
        "(`pip install -e '.[bench]'` first), which byte-compiles the package first, as a "
        "wheel is installed. New-process figures are medians of "
        f"{runs} runs, the commands interleaved round by round.",
        "",
        f"Machine: {m['cpu']}; {m['os']}. Python {m['python']}, aseanrok {m['aseanrok']}, "
        f"attrs {m['attrs']}, cattrs {m['cattrs']}, pycountry {m['pycountry']}.",
        "",
        "## Budgets",
        "",
        "The budgets in milliseconds were set on a machine where bare `python -c pass` took "
        f"{REFERENCE_BARE_MS} ms. Here it takes {bare:.1f} ms, so those budgets are scaled by "
        f"{max(1.0, bare / REFERENCE_BARE_MS):.2f} (never by less than 1) and the figure at the "
        "reference speed is shown beside the one measured. The budgets relative to pycountry "
        "and in nanoseconds are not scaled.",
        "",
        "| budget | measured | holds |",
        "|---|---|---|",
    ]
    lines += [f"| {n} | {f} | {'yes' if ok else '**no**'} |" for n, ok, f, _ in checks]
    misses = [(n, why) for n, ok, _, why in checks if not ok]
    if misses:
        lines += ["", "Where a budget does not hold, this is the cost behind it:", ""]
        lines += [f"- {n}: {why or 'see the figures below'}." for n, why in misses]
    lines += [
        "",
        "## A new process",
        "",
        "| command | median | over bare Python | vs pycountry's first answer |",
        "|---|---|---|---|",
    ]
    for name, code in cases.items():
        lines.append(
            f"| `{code}` | {proc[name]:.1f} ms | {proc[name] - bare:+.1f} ms | "
            f"{proc[name] / pyc:.2f}x |"
        )
    lines += [
        "",
        "`expand()` answers from a compact index read straight from `acronyms.json`, so its "
        "first answer imports neither attrs nor cattrs. `summit()` and `fund()` return attrs "
        "records: they import attrs (cattrs only to name the fault in a file that has one), "
        "create only their topic's record classes, and read only their own file.",
        "",
        "## Loading everything, after the imports",
        "",
        "| part | median |",
        "|---|---|",
        f"| creating the record classes | {load['classes']:.1f} ms |",
        f"| making the structuring plans (no code generated) | {load['hooks']:.1f} ms |",
        f"| reading, structuring and cross-checking every file | "
        f"{load['read_structure_check']:.1f} ms |",
        f"| total | {load['total']:.1f} ms |",
        f"| for scale: `json.loads` of the same files, same process | "
        f"{load['json_loads']:.1f} ms |",
        "",
        "## Warm calls",
        "",
        "| call | ns per call |",
        "|---|---|",
    ]
    lines += [f"| `{name}` | {ns:.0f} |" for name, ns in warm.items()]
    lines += [
        "",
        "## Memory",
        "",
        f"Max RSS after loading every collection: {rss:.1f} MiB (bare Python {rss_bare:.1f} "
        f"MiB; pycountry after one look-up {rss_pycountry:.1f} MiB).",
        "",
        "## Scaling",
        "",
        "Synthetic data of 10x and 100x the real records (same schema, ids suffixed, dates "
        "moved back 70 years, before the real ones, so a range of the real years holds the same "
        "events at every size), read "
        "through the same loader from a temporary directory. Load time excludes the one-time "
        "making of the classes and structuring plans.",
        "",
        "| size | JSON | load | " + " | ".join(f"`{k}` ns" for k in scale[1]["warm"]) + " |",
        "|---|---|---|" + "---|" * len(scale[1]["warm"]),
    ]
    for factor, result in scale.items():
        cells = " | ".join(f"{result['warm'][k]:.0f}" for k in scale[1]["warm"])
        lines.append(
            f"| {factor}x | {result['bytes'] / 1e6:.1f} MB | {result['load_ms']:.0f} ms | {cells} |"
        )
    return "\n".join(lines) + "\n"
