"""Where the project lives and under which licence: for the exports' metadata and citations.

``CITATION.cff``, ``pyproject.toml`` and ``mkdocs.yml`` carry the same addresses (a test checks).
"""

from __future__ import annotations

__all__ = ["DOCUMENTATION", "LICENSE", "LICENSE_URL", "REPOSITORY", "TITLE"]

TITLE = "aseanrok: cited facts on ASEAN-Republic of Korea relations"
REPOSITORY = "https://github.com/aseanrok/aseanrok"
DOCUMENTATION = "https://aseanrok.github.io/aseanrok/"
LICENSE = "MIT"
LICENSE_URL = "https://opensource.org/licenses/MIT"
