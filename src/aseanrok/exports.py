"""``export()``: the whole dataset as CSV tables with a Frictionless data package, as one SQLite
file ready for Datasette, or as JSON tables.

Each collection is a table, keyed by its ``id`` (or its acronym, its number...). A value that
holds several (citations, name variants, claims, inferred fields, a pledge's volumes, an
acronym's meanings) is a linked table of its own, named after its parent and field
(``summits_citations``), whose ``parent`` column is the parent row's key; a nested value's own
lists link to it in turn (``acronyms_meanings_citations``). Dates are their EDTF text plus
``_start`` and ``_end`` days and a ``_precision``; money is ``_amount`` in whole units, plus
``_currency`` and ``_approximate``. A text field whose every value is an id of one collection
(``summits.chair``, ``citations.source_id``...) is a foreign key to it. Everything is read
from the record classes and the data, so new fields and collections export without a change.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from .export_args import FORMATS, export_collections, export_folder, export_format
from .export_files import DATABASE, dump, write_csv, write_json, write_sqlite, write_text
from .sheets import Sheet, sheets

__all__ = ["DATABASE", "FORMATS", "Sheet", "export", "sheets"]


def export(
    directory: str | os.PathLike[str],
    format: str = "csv",
    *,
    collections: Mapping[str, Sequence[object]] | None = None,
) -> tuple[Path, ...]:
    """Write the dataset into ``directory`` (made if missing); return the files written.

    ``format`` is ``"csv"`` (a ``.csv`` file per table, UTF-8, and a Frictionless
    ``datapackage.json`` with each table's columns, types, primary and foreign keys),
    ``"sqlite"`` (``aseanrok.db`` with primary and foreign keys and full-text search on names,
    titles and notes, and Datasette's ``metadata.json``) or ``"json"`` (a ``.json`` array of
    row objects per table). ``collections`` (collection name to records) exports other records
    than the bundled ones.

    All or nothing: the files are written beside the old ones under hidden names and swapped in
    only once all are written, so an interrupted export leaves the old one whole; files of the
    same names are replaced (a link in their place is replaced, never written through), other
    files are left alone. Exports into one folder at once take turns.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     files = aseanrok.export(folder, "sqlite")
    ...     [f.name for f in files]
    ['aseanrok.db', 'metadata.json']
    """
    from .export_staging import staged

    folder = export_folder(directory)
    fmt = export_format(format)
    chosen = export_collections(collections)
    tables = sheets(chosen)
    sources = _sources(chosen)
    with staged(folder) as staging:
        into = staging.path
        if fmt == "sqlite":
            written = [write_sqlite(tables, into), into / "metadata.json"]
            write_text(written[-1], dump(_metadata(tables, sources)))
        elif fmt == "json":
            written = [write_json(s, into) for s in tables]
        else:
            written = [write_csv(s, into) for s in tables]
            written.append(into / "datapackage.json")
            write_text(written[-1], dump(_package(tables, sources)))
        return staging.commit([f.name for f in written])


# -- what the metadata says ------------------------------------------------------------------


def _sources(collections: Mapping[str, Sequence[object]] | None) -> list[Any]:
    if collections is None:
        from .api.catalog import sources

        return list(sources())
    return list(collections.get("sources", ()))


_DESCRIPTION = (
    "Summits, partnership levels, agreements, funds and their annual volumes, pledges, "
    "projects, institutions, events, statistics, acronyms, people and office holders of "
    "ASEAN-Republic of Korea relations. Every record cites its sources (the citations tables), "
    "with a locator, and a verbatim quote for the five seed documents; where sources disagree, "
    "every attested value is kept (the claims tables)."
)


def _version() -> str:
    from ._version import DATA_VERSION

    return DATA_VERSION


def _package(tables: Sequence[Sheet], sources: list[Any]) -> dict[str, Any]:
    """A Frictionless (Data Package v1) descriptor of the CSV tables."""
    from .about import LICENSE, LICENSE_URL, REPOSITORY, TITLE

    return {
        "profile": "tabular-data-package",
        "name": "aseanrok",
        "title": TITLE,
        "description": _DESCRIPTION,
        "version": _version(),
        "homepage": REPOSITORY,
        "licenses": [{"name": LICENSE, "path": LICENSE_URL, "title": "MIT License"}],
        "sources": [
            {"title": s.title, **({"path": s.url} if getattr(s, "url", None) else {})}
            for s in sources
        ],
        "resources": [
            {
                "profile": "tabular-data-resource",
                "name": t.name,
                "title": t.title,
                "description": t.description,
                "path": f"{t.name}.csv",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {
                    "fields": [
                        {
                            "name": c.name,
                            "type": c.type,
                            **({"description": c.description} if c.description else {}),
                        }
                        for c in t.columns
                    ],
                    "primaryKey": [t.key],
                    "foreignKeys": [
                        {
                            "fields": [column],
                            # a table's reference to itself names no resource (the spec's "")
                            "reference": {
                                "resource": "" if table == t.name else table,
                                "fields": [other],
                            },
                        }
                        for column, table, other in t.foreign_keys
                    ],
                    "missingValues": [""],
                },
            }
            for t in tables
        ],
    }


def _metadata(tables: Sequence[Sheet], sources: list[Any]) -> dict[str, Any]:
    """Datasette's ``metadata.json``: titles, descriptions, licence, source, label columns."""
    from .about import DOCUMENTATION, LICENSE, LICENSE_URL, REPOSITORY, TITLE

    source = f"{len(sources)} documents and public web pages: the sources table"
    return {
        "title": TITLE,
        "description": _DESCRIPTION,
        "license": LICENSE,
        "license_url": LICENSE_URL,
        "source": source,
        "source_url": REPOSITORY,
        "about": "aseanrok documentation",
        "about_url": DOCUMENTATION,
        "databases": {
            Path(DATABASE).stem: {
                "title": f"{TITLE} (data {_version()})",
                "description": _DESCRIPTION,
                "source": source,
                "source_url": REPOSITORY,
                "license": LICENSE,
                "license_url": LICENSE_URL,
                "tables": {
                    t.name: {
                        "title": t.title,
                        "description": t.description,
                        **({"label_column": t.label} if t.label else {}),
                        **({"facets": list(t.facets)} if t.facets else {}),
                        "columns": {c.name: c.description for c in t.columns if c.description},
                    }
                    for t in tables
                },
            }
        },
    }
