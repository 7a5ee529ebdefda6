"""Running the repository's dev tools from the tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def tool_check(script: str) -> tuple[int, str]:
    """Run ``tools/<script> --check``: its exit status and what it printed."""
    out = subprocess.run(
        [sys.executable, str(ROOT / "tools" / script), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    return out.returncode, out.stdout + out.stderr


def docs_hooks() -> Any:
    """``docs/hooks.py``, loaded as MkDocs loads it (by its path); skips without mkdocs."""
    import importlib.util

    import pytest

    pytest.importorskip("mkdocs")
    pytest.importorskip("griffe")
    spec = importlib.util.spec_from_file_location("docs_hooks", ROOT / "docs" / "hooks.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
