"""Benchmark aseanrok against bare Python and pycountry; write docs/performance.md.

    pip install -e '.[bench]' && python bench/run.py [--runs 21] [--no-write]

Everything is measured in one run, after byte-compiling the imported aseanrok package
(``compileall``, quietly), as a wheel installs it: where ``PYTHONDONTWRITEBYTECODE`` is set, an
editable install would otherwise compile its modules from source on every import. New-process
timings interleave the commands round by round
(so a slow spell of the machine hits all of them alike) and report medians. Nothing here is
part of the test suite: no test times anything. The synthetic data of the scaling figures is
made by ``synthetic.py``, the page written by ``page.py``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from page import REFERENCE_BARE_MS, render
from synthetic import synthetic

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable

PROCESS_CASES = {
    "bare": "pass",
    "import attrs": "import attrs",
    "import attrs, cattrs": "import attrs, cattrs",
    "import aseanrok": "import aseanrok",
    "expand": "import aseanrok; aseanrok.expand('KASI')",
    "summit": "import aseanrok; aseanrok.summit(25)",
    "fund": "import aseanrok; aseanrok.fund('AKCF')",
    "timeline": "import aseanrok; aseanrok.timeline()",
    "pycountry": "import pycountry; pycountry.countries.get(alpha_2='KR')",
}

# run in a child: imports first, then the load split into its parts (milliseconds)
LOAD_PARTS = r"""
import json, time, aseanrok, attrs
from aseanrok._plans import plan
from aseanrok.registry import NAMES, record_class
t0 = time.perf_counter()
classes = [record_class(n) for n in NAMES]
t1 = time.perf_counter()
for cls in classes:
    plan(cls)
t2 = time.perf_counter()
aseanrok.load()
t3 = time.perf_counter()
from importlib.resources import files
texts = [f.read_bytes() for f in files("aseanrok.data").iterdir() if f.name.endswith(".json")]
t4 = time.perf_counter()
for text in texts:
    json.loads(text)
t5 = time.perf_counter()
print(json.dumps({"classes": (t1 - t0) * 1e3, "hooks": (t2 - t1) * 1e3,
                  "read_structure_check": (t3 - t2) * 1e3, "total": (t3 - t0) * 1e3,
                  "json_loads": (t5 - t4) * 1e3}))
"""

RSS = r"""
import json, resource, sys
{setup}
print(json.dumps(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))
"""

# warm calls in ns per call; {setup} may point the package at another data directory
WARM = r"""
import datetime as dt, json, timeit
{setup}
import aseanrok as a
cases = {{
    "expand": lambda: a.expand("KASI"),
    "summit": lambda: a.summit(25),
    "fund": lambda: a.fund("AKCF"),
    "partnership_level(date)": lambda: a.partnership_level(dt.date(2015, 6, 1)),
    "partnership_level(year)": lambda: a.partnership_level(2015),
    "timeline(2019, 2019)": lambda: a.timeline(2019, 2019),
    "projects(active_in=2025)": lambda: a.projects(active_in=2025),
}}
out = {{}}
for name, call in cases.items():
    call()
    runs = timeit.repeat(call, number=2000, repeat=7)
    out[name] = min(runs) / 2000 * 1e9
print(json.dumps(out))
"""

SCALED_SETUP = r"""
import aseanrok.loader, aseanrok.raw
from pathlib import Path
root = Path({root!r})
aseanrok.raw.data_root = lambda: root
aseanrok.loader._default = aseanrok.loader.Loader(root)
"""

SCALED_LOAD = r"""
import json, time, aseanrok
from aseanrok._plans import plan
from aseanrok.loader import Loader
from aseanrok.registry import NAMES, record_class
from pathlib import Path
for name in NAMES:
    plan(record_class(name))
t0 = time.perf_counter()
Loader(Path({root!r})).dataset()
print(json.dumps((time.perf_counter() - t0) * 1e3))
"""

BUDGET_NOTES = {
    "summit": "most of it is importing attrs, which every record-returning call needs (see "
    "`import attrs` below: that alone is {attrs:.2f}x pycountry's whole first answer); the "
    "rest is creating the summits' record classes (attrs compiles each one's __init__) and "
    "reading summits.json, which is all that is read. Answering without attrs would mean "
    "records that are not attrs classes",
    "fund": "the same as for summit(25): attrs, then the funds' classes and funds.json",
    "load": "about a third is creating the record classes, where attrs compiles each class's "
    "__init__ from source; the rest is parsing the JSON and calling those __init__s, with "
    "every field's validator, for each record, citation, name and date (no structuring code "
    "is generated: see the parts below)",
}


def byte_compile() -> None:
    """Write the .pyc files of the aseanrok package that is imported, as pip does for a wheel."""
    import compileall

    import aseanrok

    compileall.compile_dir(Path(aseanrok.__file__).parent, quiet=2)


def child(code: str) -> Any:
    out = subprocess.run([PY, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def process_times(runs: int) -> dict[str, float]:
    """Median wall time (ms) of each command in a new process, rounds interleaved."""
    samples: dict[str, list[float]] = {name: [] for name in PROCESS_CASES}
    for _ in range(runs):
        for name, code in PROCESS_CASES.items():
            start = time.perf_counter()
            subprocess.run([PY, "-c", code], check=True)
            samples[name].append((time.perf_counter() - start) * 1e3)
    return {name: statistics.median(values) for name, values in samples.items()}


def scaling(factors: tuple[int, ...], rounds: int = 3) -> dict[int, dict[str, Any]]:
    """Load time and warm calls at each size. The warm calls of the sizes are measured in
    turn, ``rounds`` times, and the fastest of each kept: the machine's speed drifts by
    seconds-long spells, which would otherwise land on one size and not on another."""
    results: dict[int, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        roots = {}
        for factor in factors:
            root = roots[factor] = Path(tmp) / f"x{factor}"
            root.mkdir()
            synthetic(factor, root)
            loads = [child(SCALED_LOAD.format(root=str(root))) for _ in range(5)]
            size = sum(p.stat().st_size for p in root.glob("*.json"))
            results[factor] = {"load_ms": statistics.median(loads), "warm": {}, "bytes": size}
        for _ in range(rounds):
            for factor, root in roots.items():
                # copy 0 is the real data, so the same keys answer at every size
                warm = child(WARM.format(setup=SCALED_SETUP.format(root=str(root))))
                best = results[factor]["warm"]
                for call, ns in warm.items():
                    best[call] = min(ns, best.get(call, ns))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21, help="new processes per command")
    parser.add_argument("--no-write", action="store_true", help="do not write the docs page")
    args = parser.parse_args()

    byte_compile()
    print(f"new processes: {args.runs} rounds of {len(PROCESS_CASES)} commands ...")
    proc = process_times(args.runs)
    load_parts = [child(LOAD_PARTS) for _ in range(args.runs)]
    load = {k: statistics.median(p[k] for p in load_parts) for k in load_parts[0]}
    # the fastest of three processes: a slow spell of the machine hits one, not all
    warms = [child(WARM.format(setup="")) for _ in range(3)]
    warm = {call: min(w[call] for w in warms) for call in warms[0]}
    rss = statistics.median(
        child(RSS.format(setup="import aseanrok; aseanrok.load()")) for _ in range(5)
    )
    rss_bare = statistics.median(child(RSS.format(setup="")) for _ in range(5))
    rss_pycountry = statistics.median(
        child(RSS.format(setup="import pycountry; pycountry.countries.get(alpha_2='KR')"))
        for _ in range(5)
    )
    print("scaling: 1x, 10x, 100x synthetic data ...")
    scale = scaling((1, 10, 100))

    bare, pyc = proc["bare"], proc["pycountry"]
    range_call = "timeline(2019, 2019)"
    timeline_ratio = scale[100]["warm"][range_call] / scale[1]["warm"][range_call]
    ratio = proc["import attrs"] / pyc
    notes = {k: v.format(attrs=ratio) for k, v in BUDGET_NOTES.items()}
    worst_scaling = max(scale[100]["warm"][k] / scale[1]["warm"][k] for k in scale[1]["warm"])
    speed = max(1.0, bare / REFERENCE_BARE_MS)
    scaled = f", scaled {speed:.2f}x to this machine" if speed > 1 else ""
    checks = [
        (
            "import aseanrok ≤ 5 ms beyond python -c pass" + scaled,
            proc["import aseanrok"] - bare <= 5 * speed,
            f"{proc['import aseanrok'] - bare:.1f} ms",
            "",
        ),
        (
            "cold expand('KASI') ≤ 1.0x pycountry (stretch 0.8x)",
            proc["expand"] <= pyc,
            f"{proc['expand'] / pyc:.2f}x",
            "",
        ),
        (
            "cold summit(25) ≤ 1.1x pycountry",
            proc["summit"] <= 1.1 * pyc,
            f"{proc['summit'] / pyc:.2f}x",
            notes["summit"],
        ),
        (
            "cold fund('AKCF') ≤ 1.1x pycountry",
            proc["fund"] <= 1.1 * pyc,
            f"{proc['fund'] / pyc:.2f}x",
            notes["fund"],
        ),
        (
            "loading every collection ≤ 50 ms after imports" + scaled,
            load["total"] <= 50 * speed,
            f"{load['total']:.1f} ms ({load['total'] / speed:.1f} ms at the reference speed)",
            notes["load"],
        ),
        (
            "loading every collection ≤ 8x json.loads of the same files",
            load["total"] <= 8 * load["json_loads"],
            f"{load['total'] / load['json_loads']:.1f}x ({load['json_loads']:.1f} ms to parse)",
            notes["load"],
        ),
        (
            "warm expand, summit, fund ≤ 1 µs",
            max(warm["expand"], warm["summit"], warm["fund"]) <= 1000,
            f"{max(warm['expand'], warm['summit'], warm['fund']):.0f} ns",
            "",
        ),
        (
            "warm partnership_level ≤ 2 µs",
            max(warm["partnership_level(date)"], warm["partnership_level(year)"]) <= 2000,
            f"{max(warm['partnership_level(date)'], warm['partnership_level(year)']):.0f} ns",
            "",
        ),
        (
            "timeline over a range: O(log n + k)",
            timeline_ratio <= 1.5,
            f"{timeline_ratio:.2f}x at 100x data, same k",
            "",
        ),
        ("max RSS after loading everything ≤ 20 MiB", rss <= 20, f"{rss:.1f} MiB", ""),
        (
            "load time at 100x ≤ 110x the 1x time",
            scale[100]["load_ms"] <= 110 * scale[1]["load_ms"],
            f"{scale[100]['load_ms'] / scale[1]['load_ms']:.1f}x",
            "",
        ),
        (
            "warm lookups at 100x within 1.5x of 1x",
            worst_scaling <= 1.5,
            f"worst {worst_scaling:.2f}x",
            "",
        ),
    ]
    for name, ok, figure, _ in checks:
        print(f"{'HOLDS' if ok else 'MISSED':6}  {name}: {figure}")
    if not args.no_write:
        figures = (proc, load, warm, rss, rss_bare, rss_pycountry, scale, checks, args.runs)
        page = render(PROCESS_CASES, *figures)
        (ROOT / "docs" / "performance.md").write_text(page, encoding="utf-8")
        print("wrote docs/performance.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
