"""Versions as literals, so that ``import aseanrok`` reads no package metadata."""

__version__ = "0.1.0"

#: Version of the bundled data; bumped whenever any data file changes.
DATA_VERSION = "2026.12.4"
