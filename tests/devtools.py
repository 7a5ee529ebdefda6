"""Running the repository's dev tools from the tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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
