"""Build-time helpers for the docs site (see mkdocs.yml; not copied into the site).

- ``on_files``, an MkDocs hook: draws the plots from the bundled data into ``images/*.png``
  of the site, so that the pages show what ``aseanrok.plot`` draws today; nothing is written
  into ``docs/``.
- ``DoctestFences``, a griffe extension for mkdocstrings: fences the ``>>>`` examples of the
  docstrings as ``pycon`` code, which Markdown would otherwise read as nested quotes.
"""

from __future__ import annotations

import io
import re
from typing import Any

import griffe
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

#: site path of each image -> the aseanrok.plot function that draws it
IMAGES = {"images/timeline.png": "timeline", "images/funds.png": "funds"}
DPI = 100


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    import matplotlib

    matplotlib.use("Agg")
    import aseanrok

    for path, name in IMAGES.items():
        buffer = io.BytesIO()
        getattr(aseanrok.plot, name)().savefig(buffer, format="png", dpi=DPI)
        files.append(File.generated(config, path, content=buffer.getvalue()))
    return files


_SESSION = re.compile(r"^(?:>>> .*|>>>)\n(?:(?!\s*$).*\n?)*", re.MULTILINE)


class DoctestFences(griffe.Extension):
    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        docstring = obj.docstring
        if docstring is not None and ">>>" in docstring.value:
            docstring.value = _SESSION.sub(_fence, docstring.value)


def _fence(match: re.Match[str]) -> str:
    return f"```pycon\n{match.group(0).rstrip()}\n```\n"
