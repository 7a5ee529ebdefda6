"""Rewrite the data files in canonical form (what the test suite expects).

    python tools/canonical.py

Loads each collection through the package's converter and writes back what unstructuring
gives: fields in model order, defaults left out, two-space indent, UTF-8, one final newline.
"""

from __future__ import annotations

import json
from pathlib import Path

from aseanrok.convert import converter
from aseanrok.dataset import COLLECTIONS
from aseanrok.loader import Loader

DATA = Path(__file__).resolve().parent.parent / "src" / "aseanrok" / "data"

if __name__ == "__main__":
    loader = Loader(DATA)
    for name, cls in COLLECTIONS.items():
        records = loader.records(name, cls)
        text = json.dumps(converter.unstructure(records), indent=2, ensure_ascii=False) + "\n"
        (DATA / f"{name}.json").write_text(text, encoding="utf-8")
