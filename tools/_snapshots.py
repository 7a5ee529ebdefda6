"""The data of a data version, read from a git revision, a built wheel or a folder; and the
data versions the git history published.

A data version is published by the commit that sets ``DATA_VERSION`` to it, and its data is
what the last commit carrying that version holds (the commit before the next bump): the state
the next version's change list starts from. Where the history says otherwise (a version bumped
after its data was made, the next version's data committed under its label), a tag
``data-<version>`` marks the commit that holds it, and the history file records it.
"""

from __future__ import annotations

import json
import re
import subprocess
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
VERSION_FILE = "src/aseanrok/_version.py"
DATA = "src/aseanrok/data"
_VERSION = re.compile(r'^DATA_VERSION = "([^"]+)"', re.MULTILINE)
# JSON files of the data folder that are not collections
_NOT_COLLECTIONS = {"datapackage.json"}

#: A data version's collections: file name without ``.json`` -> its records, as parsed.
Snapshot = dict[str, list[dict[str, Any]]]


def git(*args: str) -> str:
    out = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise RuntimeError(f"git {' '.join(args)}: {out.stderr.strip()}")
    return out.stdout


def version_key(version: str) -> tuple[int, ...]:
    """A calendar version ``YYYY.MM.N`` as numbers, for ordering."""
    return tuple(int(part) for part in version.split("."))


def data_version(text: str) -> str:
    found = _VERSION.search(text)
    if found is None:
        raise ValueError("no DATA_VERSION in the version file")
    return found.group(1)


def current_version() -> str:
    return data_version((ROOT / VERSION_FILE).read_text(encoding="utf-8"))


def published() -> list[tuple[str, str, str]]:
    """``(version, first commit, last commit)`` of every data version the history holds
    before the working tree's, oldest first: the commit that set it and the last that carried
    it."""
    try:
        shallow = git("rev-parse", "--is-shallow-repository").strip() == "true"
        commits = git("log", "--first-parent", "--reverse", "--format=%H", "--", VERSION_FILE)
    except RuntimeError as exc:
        raise SystemExit(f"cannot read the git history ({exc}): pass --base") from None
    if shallow:
        raise SystemExit("the clone is shallow: fetch the whole history, or pass --base")
    bumps: list[tuple[str, str]] = []
    for commit in commits.split():
        version = data_version(git("show", f"{commit}:{VERSION_FILE}"))
        if not bumps or bumps[-1][0] != version:
            bumps.append((version, commit))
    current = current_version()
    found = []
    for i, (version, first) in enumerate(bumps):
        if version == current:
            break
        last = git("rev-parse", f"{bumps[i + 1][1]}^").strip() if i + 1 < len(bumps) else "HEAD"
        found.append((version, first, last))
    return found


def _parsed(files: dict[str, bytes]) -> Snapshot:
    """The collections among ``files``, in aseanrok's display order (then any others)."""
    from aseanrok.registry import NAMES

    order = {f"{name}.json": i for i, name in enumerate(NAMES)}
    snapshot: Snapshot = {}
    for name, raw in sorted(files.items(), key=lambda i: (order.get(i[0], len(order)), i[0])):
        document = json.loads(raw)
        if isinstance(document, list):
            snapshot[name.removesuffix(".json")] = document
    return snapshot


def at_revision(revision: str) -> Snapshot:
    """The collections a git revision holds."""
    names = git("ls-tree", "--name-only", f"{revision}:{DATA}").split()
    wanted = [n for n in names if n.endswith(".json") and n not in _NOT_COLLECTIONS]
    return _parsed({n: git("show", f"{revision}:{DATA}/{n}").encode() for n in wanted})


def in_wheel(path: Path) -> Snapshot:
    """The collections a built wheel of aseanrok holds."""
    with zipfile.ZipFile(path) as wheel:
        files = {
            name.rpartition("/")[2]: wheel.read(name)
            for name in wheel.namelist()
            if re.fullmatch(r"aseanrok/data/[^/]+\.json", name)
        }
    return _parsed({n: raw for n, raw in files.items() if n not in _NOT_COLLECTIONS})


def in_folder(folder: Path) -> Snapshot:
    """The collections of a data folder (``src/aseanrok/data``, or an installed package's)."""
    return _parsed(
        {p.name: p.read_bytes() for p in folder.glob("*.json") if p.name not in _NOT_COLLECTIONS}
    )


def base(spec: str) -> tuple[str, Snapshot]:
    """The data version and collections of ``spec``: a wheel (``.whl``), an installed package
    or a clone's folder, or a git revision (a tag such as ``data-2026.11.4``, a commit)."""
    path = Path(spec)
    if spec.endswith(".whl"):
        with zipfile.ZipFile(path) as wheel:
            version = data_version(wheel.read("aseanrok/_version.py").decode())
        return version, in_wheel(path)
    if path.is_dir():
        package = path / "src" / "aseanrok" if (path / "src").is_dir() else path
        version = data_version((package / "_version.py").read_text(encoding="utf-8"))
        return version, in_folder(package / "data")
    return data_version(git("show", f"{spec}:{VERSION_FILE}")), at_revision(spec)
