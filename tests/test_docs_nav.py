"""Every page in docs/ is in the site's navigation, and every page the navigation names exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "mkdocs.yml"


@pytest.mark.skipif(not CONFIG.exists(), reason="no mkdocs.yml beside the tests")
def test_nav_lists_every_page() -> None:
    nav = CONFIG.read_text(encoding="utf-8").split("\nnav:\n", 1)[1]
    listed = set(re.findall(r":\s*(\S+\.md)\s*$", nav, flags=re.MULTILINE))
    pages = {p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md")}
    assert pages - listed == set(), "pages missing from the nav of mkdocs.yml"
    assert listed - pages == set(), "the nav of mkdocs.yml names pages that do not exist"
