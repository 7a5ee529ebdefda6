"""``load()`` and the plain-text summary of the bundled data."""

from __future__ import annotations

from .dataset import Dataset
from .loader import default_loader

__all__ = ["load", "summary"]


def load() -> Dataset:
    """Every collection of the bundled data, read once and cross-checked.

    >>> ds = aseanrok.load()
    >>> ds.sources[0].id
    'mofa-kasi-2022'
    """
    return default_loader().dataset()


def summary() -> str:
    """A short text: each collection with its count, the sources, the data version."""
    from ._version import DATA_VERSION, __version__

    ds = load()
    lines = [f"aseanrok {__version__}, data version {DATA_VERSION}", "", "Collections:"]
    lines += [f"  {name:<20} {count:>4}" for name, count in ds.counts().items()]
    documents = [s for s in ds.sources if not s.is_page]
    pages = len(ds.sources) - len(documents)
    lines += ["", f"Sources: the {len(documents)} documents below and {pages} public pages"]
    lines += [f"  {s.id:<28} {s.published!s:<10} {s.title} ({s.publisher})" for s in documents]
    return "\n".join(lines)
