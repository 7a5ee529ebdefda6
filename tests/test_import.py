"""What importing aseanrok and a first answer cost: no data read on import, no attrs or cattrs
for ``expand()``, only the record classes and the files a call needs; and the data read from
a zip."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from aseanrok.loader import files

DATA = files("aseanrok") / "data"


def _run(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return out.stdout.strip()


def test_import_reads_no_data_and_imports_no_heavy_modules() -> None:
    code = (
        "import sys, aseanrok\n"
        "heavy = ('attr', 'attrs', 'cattrs', 'hypothesis', 'importlib.metadata', 'json',"
        " 'aseanrok.loader', 'aseanrok.testing', 'typing')\n"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    assert _run(code) == "[]"


def test_first_use_loads_only_what_it_needs() -> None:
    code = (
        "import aseanrok\n"
        "from aseanrok.loader import default_loader\n"
        "from aseanrok.model import Source\n"
        "default_loader().records('sources', Source)\n"
        "print(sorted(default_loader().loaded()))"
    )
    assert _run(code) == "['sources']"


def test_works_from_a_zip(tmp_path: Path) -> None:
    """The data is read through importlib.resources, so a zipped package answers too."""
    import zipfile

    from aseanrok.loader import files

    package = Path(str(files("aseanrok")))
    archive = tmp_path / "aseanrok.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for path in package.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                z.write(path, Path("aseanrok") / path.relative_to(package))
    code = (
        f"import sys; sys.path.insert(0, {str(archive)!r})\n"
        "import aseanrok\n"
        "assert aseanrok.__file__.startswith(sys.path[0]), aseanrok.__file__\n"
        "print(aseanrok.expand('KASI'), aseanrok.summit(8).city, len(aseanrok.load().acronyms))"
    )
    out = _run(code)
    assert out.startswith("Korea-ASEAN Solidarity Initiative Vientiane ")


def test_expand_answers_without_attrs_or_cattrs() -> None:
    """The first expand() reads a compact index straight from the JSON."""
    code = (
        "import sys, aseanrok\n"
        "assert aseanrok.expand('KASI') == 'Korea-ASEAN Solidarity Initiative'\n"
        "assert aseanrok.expansions('accc')[1] == 'ASEAN Connectivity Coordinating Committee'\n"
        "print(sorted(m for m in ('attr', 'attrs', 'cattrs') if m in sys.modules))"
    )
    assert _run(code) == "[]"


def test_summit_creates_only_the_classes_it_needs() -> None:
    code = (
        "import sys, aseanrok\n"
        "aseanrok.summit(25)\n"
        "names = [m for m in sys.modules if m.startswith('aseanrok.records.')]\n"
        "print(sorted(m.rsplit('.', 1)[1] for m in names))"
    )
    assert _run(code) == "['_facts', '_validate', 'base', 'summits']"
