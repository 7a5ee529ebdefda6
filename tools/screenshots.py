"""Screenshots of the docs site and of the executed quickstart notebook, as a reader sees them.

    pip install -e '.[docs,test]'
    python tools/screenshots.py                 # into build/screenshots/
    python tools/screenshots.py --out shots --page guide/pandas/ --page browse/summits/

It builds the site (``mkdocs build``) into a temporary folder, serves it on localhost, executes
``examples/quickstart.ipynb`` (nbclient, which the test extra installs) into an HTML page beside
it, and has headless Chromium take a PNG of each page at a reader's width (1280 pixels). Look at
the PNGs: a table too tall, a plot too small to read, a code block running out of the page.

It needs Chromium (Debian: ``apt-get install chromium``). Without it, it says so and exits 0:
the screenshots are a check for a person, not a test CI must pass. Chromium runs with a fresh
profile and no network beside localhost (``--no-first-run --disable-background-networking
--disable-component-update --disable-sync``, and ``--no-sandbox`` for running as root in a
container).
"""

from __future__ import annotations

import argparse
import functools
import html
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: the pages shown by default: site path -> window height in pixels
PAGES = {
    "": 2600,
    "getting-started/": 2400,
    "guide/pandas/": 2600,
    "guide/plots/": 3200,
    "guide/funds/": 2600,
    "guide/cli/": 3000,
    "guide/export/": 2600,
    "guide/search/": 2000,
    "browse/": 1600,
    "browse/summits/": 2400,
    "browse/sources/": 1600,
    "reference/": 3000,
}
NOTEBOOK = "quickstart.html"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
    "--virtual-time-budget=8000",
]


def find_chromium(name: str | None) -> str | None:
    for candidate in [name] if name else ["chromium", "chromium-browser", "google-chrome"]:
        found = shutil.which(candidate) if candidate else None
        if found:
            return found
    return None


def build_site(target: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(target)],
        cwd=ROOT,
        check=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


def notebook_html(notebook: Path) -> str:
    """The notebook executed, as a page: Markdown cells rendered, each code cell with its
    outputs (HTML tables, images, text) as Jupyter shows them."""
    import markdown
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(notebook, as_version=4)
    NotebookClient(
        nb, timeout=300, resources={"metadata": {"path": str(notebook.parent)}}
    ).execute()
    parts = []
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            parts.append(f'<div class="md">{markdown.markdown(cell.source)}</div>')
            continue
        parts.append(f'<pre class="in">{html.escape(cell.source)}</pre>')
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "text/html" in data:
                parts.append(f'<div class="out">{data["text/html"]}</div>')
            elif "image/png" in data:
                png = data["image/png"].replace("\n", "")
                parts.append(f'<img class="out" src="data:image/png;base64,{png}">')
            elif "text/plain" in data:
                parts.append(f'<pre class="out">{html.escape(data["text/plain"])}</pre>')
            elif output.get("output_type") == "stream":
                parts.append(f'<pre class="out">{html.escape(output.get("text", ""))}</pre>')
    style = (
        "body{font-family:sans-serif;max-width:1100px;margin:2em auto;font-size:14px}"
        "pre.in{background:#f5f5f5;padding:.6em;border-left:3px solid #3f51b5}"
        "pre.out{padding:.3em .6em;white-space:pre-wrap}.out{margin:.3em 0 1.2em}"
        "table{border-collapse:collapse;font-size:12px}td,th{padding:2px 6px;"
        "border-bottom:1px solid #ddd}img{max-width:100%}"
    )
    return f"<!doctype html><meta charset=utf-8><style>{style}</style>" + "\n".join(parts)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(folder: Path) -> tuple[http.server.ThreadingHTTPServer, int]:
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_address[1]


def shoot(chromium: str, url: str, out: Path, height: int, profile: Path) -> None:
    subprocess.run(
        [
            chromium,
            *FLAGS,
            f"--user-data-dir={profile}",
            f"--window-size=1280,{height}",
            f"--screenshot={out}",
            url,
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "screenshots")
    parser.add_argument("--page", action="append", help="a site path such as guide/pandas/")
    parser.add_argument("--height", type=int, default=2400, help="window height of --page")
    parser.add_argument("--chromium", help="the browser to run (default: chromium on PATH)")
    parser.add_argument("--no-notebook", action="store_true", help="skip the notebook")
    args = parser.parse_args(argv)
    chromium = find_chromium(args.chromium)
    if chromium is None:
        print("screenshots: no Chromium found (Debian: apt-get install chromium); skipped")
        return 0
    pages = dict.fromkeys(args.page, args.height) if args.page else dict(PAGES)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build_site(site)
        if not args.no_notebook:
            page = notebook_html(ROOT / "examples" / "quickstart.ipynb")
            (site / NOTEBOOK).write_text(page, encoding="utf-8")
            pages[NOTEBOOK] = 9000
        server, port = serve(site)
        try:
            for path, height in pages.items():
                name = (path.strip("/").replace("/", "-") or "home").removesuffix(".html")
                out = args.out / f"{name}.png"
                profile = Path(tempfile.mkdtemp(dir=tmp))  # a fresh profile each time
                shoot(chromium, f"http://127.0.0.1:{port}/{path}", out, height, profile)
                print(f"{out.relative_to(Path.cwd()) if out.is_relative_to(Path.cwd()) else out}")
        finally:
            server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
