"""The test matrix: the suite on every CPython from the declared floor to the newest here, and
once with the lowest allowed version of every direct dependency, on the lowest Python.

    nox                  # both, as .ci/run does
    nox -s tests-3.12    # one interpreter
    nox -s floors        # the floors run alone
    nox -l               # the sessions, after the interpreters found

Interpreters are looked for on PATH and under `pyenv root`, where they are often installed
without being on PATH; the directories of those found go first on PATH, so nox takes them.
The floor of `requires-python` is always a session, found or not: a floor that is missing
fails the run instead of being skipped, and so does the newest found when it fails.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import nox
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.version import InvalidVersion, Version

nox.options.sessions = ["tests", "floors"]
nox.options.error_on_missing_interpreters = True
nox.options.download_python = "never"  # this machine's interpreters only
os.environ["UV_PYTHON_DOWNLOADS"] = "never"

PROJECT = nox.project.load_toml("pyproject.toml")["project"]
REQUIRES_PYTHON = SpecifierSet(PROJECT["requires-python"])
# what the floors run installs: the runtime, the test extra, and the extras users install alone
FLOORS_EXTRAS = ("test", "pandas", "plot")


def _pyenv_root() -> Path | None:
    if shutil.which("pyenv"):
        out = subprocess.run(["pyenv", "root"], capture_output=True, text=True, check=False)
        if out.returncode == 0 and out.stdout.strip():
            return Path(out.stdout.strip())
    root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    return root if root.is_dir() else None


def _version_key(path: Path) -> Version:
    try:
        return Version(path.parent.name)
    except InvalidVersion:
        return Version("0")


def _search_dirs() -> list[Path]:
    """PATH (without pyenv's shims, which run only the selected version), then pyenv's
    versions, newest patch release first."""
    dirs = [Path(d) for d in os.environ.get("PATH", "").split(os.pathsep) if d]
    dirs = [d for d in dirs if d.name != "shims"]
    root = _pyenv_root()
    if root is not None:
        dirs += sorted(root.glob("versions/*/bin"), key=_version_key, reverse=True)
    return dirs


PROBE = (
    "import sys, sysconfig, ensurepip, venv; print(sys.implementation.name,"
    " '%d.%d.%d' % sys.version_info[:3], bool(sysconfig.get_config_var('Py_GIL_DISABLED')),"
    " sys.prefix != sys.base_prefix)"
)


def _find_interpreters() -> dict[int, tuple[Path, str]]:
    """CPython 3 minor version -> (executable, full version) of the newest patch release found,
    for the minor versions that requires-python allows: each a base interpreter, not a venv's,
    with the GIL, that can make a venv with pip."""
    found: dict[int, tuple[Path, str]] = {}
    seen: set[Path] = set()
    for directory in _search_dirs():
        for exe in sorted(directory.glob("python3.*")):
            match = re.fullmatch(r"python3\.(\d+)", exe.name)
            if not match or f"3.{match[1]}.99" not in REQUIRES_PYTHON or exe.resolve() in seen:
                continue
            try:
                out = subprocess.run(
                    [exe, "-c", PROBE], capture_output=True, text=True, timeout=30, check=True
                ).stdout.split()
            except (OSError, subprocess.SubprocessError):
                continue  # not runnable, or no venv/ensurepip: not one the sessions can use
            implementation, full, free_threaded, in_a_venv = out
            if implementation != "cpython" or "True" in (free_threaded, in_a_venv):
                continue
            seen.add(exe.resolve())
            minor = int(match[1])
            if minor not in found or Version(full) > Version(found[minor][1]):
                found[minor] = (exe, full)
    return found


FOUND = _find_interpreters()
FLOOR = next(m for m in range(100) if f"3.{m}.99" in REQUIRES_PYTHON)
NEWEST = max(FOUND, default=FLOOR)
WANTED = [f"3.{m}" for m in range(FLOOR, NEWEST + 1)]
MISSING = [v for v in WANTED if int(v[2:]) not in FOUND]
PYTHONS = [v for v in WANTED if int(v[2:]) in FOUND or v == f"3.{FLOOR}"]
os.environ["PATH"] = os.pathsep.join(
    [*dict.fromkeys(str(exe.parent) for exe, _ in FOUND.values()), os.environ["PATH"]]
)

print(f"CPython {WANTED[0]} to {WANTED[-1]} (requires-python {REQUIRES_PYTHON}):", file=sys.stderr)
for minor, (exe, full) in sorted(FOUND.items()):
    print(f"  3.{minor:<3} {full:<8} {exe}", file=sys.stderr)
print(f"  missing: {', '.join(MISSING) or 'none'}", file=sys.stderr)


def _readme_commands(session: nox.Session) -> None:
    """The README's commands, as a user types them: `python -m aseanrok`, then every
    `aseanrok ...` line of its shell blocks, through the installed console script."""
    session.run("python", "-m", "aseanrok", silent=True)
    readme = Path("README.md").read_text(encoding="utf-8")
    for block in re.findall(r"^```sh\n(.*?)^```", readme, flags=re.MULTILINE | re.DOTALL):
        for line in block.splitlines():
            if line.startswith("aseanrok "):
                session.run(*shlex.split(line), silent=True)


@nox.session(python=PYTHONS, venv_backend="uv")
def tests(session: nox.Session) -> None:
    """The README's commands in a fresh venv: install '.[test]', the commands, pytest.

    uv installs, as pip would but in seconds rather than minutes (CI's first step and its wheel
    step install with pip itself)."""
    classifier = f"Programming Language :: Python :: {session.python}"
    if classifier not in PROJECT["classifiers"]:
        session.warn(f"the suite runs on {session.python}, but no classifier says so")
    session.install(".[test]")
    _readme_commands(session)
    session.run("python", "-m", "pytest", "-q", *session.posargs)


INSTALLED = (
    "import json, importlib.metadata as m;"
    " print(json.dumps({d.name: d.version for d in m.distributions()}))"
)


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _floor(requirement: Requirement) -> Version | None:
    bounds = [Version(s.version) for s in requirement.specifier if s.operator in (">=", "==", "~=")]
    return max(bounds, default=None)


@nox.session(python=f"3.{FLOOR}", venv_backend="uv")
def floors(session: nox.Session) -> None:
    """The lowest allowed version of every direct dependency (from pyproject.toml, by uv's
    lowest-direct resolution), checked to be what was installed, then the suite on it."""
    session.install("--resolution", "lowest-direct", f".[{','.join(FLOORS_EXTRAS)}]")
    output = session.run("python", "-c", INSTALLED, silent=True)
    dists = json.loads(str(output).strip().splitlines()[-1])
    installed = {_norm(name): version for name, version in dists.items()}
    marker_env = {"python_version": str(session.python)}
    declared = [("dependencies", r) for r in PROJECT["dependencies"]]
    declared += [(f"[{e}]", r) for e in FLOORS_EXTRAS for r in PROJECT["optional-dependencies"][e]]
    faults = []
    session.log(f"declared floors, and what got installed on Python {session.python}:")
    for where, text in declared:
        requirement = Requirement(text)
        if requirement.marker and not requirement.marker.evaluate(marker_env):
            continue
        floor = _floor(requirement)
        got = installed.get(_norm(requirement.name))
        session.log(f"  {where:<14} {str(requirement.name) + str(requirement.specifier):<26} {got}")
        if floor is None:
            faults.append(f"{requirement} ({where}) declares no lower bound")
        elif got is None or Version(got).release[: len(floor.release)] != floor.release:
            faults.append(f"{requirement} ({where}): the floor is not what got installed ({got})")
    if faults:
        session.error("floors not proven:\n  " + "\n  ".join(faults))
    _readme_commands(session)  # fails at once where a floor cannot load the data
    session.run("python", "-m", "pytest", "-q", "-p", "no:cacheprovider", *session.posargs)
