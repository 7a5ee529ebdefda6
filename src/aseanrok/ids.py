"""What the checks know of a file without its records: its ids and, for a few files, a field
or two (an ``Index``), from the parsed JSON or from a scan of its bytes. No attrs here: the
first ``expand()`` runs the checks too."""

from __future__ import annotations

import re

TYPE_CHECKING = False
if TYPE_CHECKING:  # not imported at run time: the first expand() runs these checks
    from collections.abc import Callable, Iterator
    from typing import Any

    #: A parsed file whose records are well formed.
    Document = list[dict[str, Any]]
    #: The ``Index`` of a file: ``index_of(name, complete)``, where ``complete`` asks for more
    #: than the ids.
    IndexOf = Callable[[str, bool], "Index"]


# the files whose Index carries more than ids, and what
_SOURCE_KINDS = "sources"
_FIELDS = {"summits": "raised_to", "partnership_levels": "summit", "fund_volumes": "kind"}
_NUMBERED = "lines_of_effort"
# the files whose records list the documents adopted at them
_ADOPTING = ("summits", "meetings")
# the files whose full Index (more than the ids) a collection's checks ask for, besides
# the sources (for every citation)
_NEEDS = {
    "summits": ("partnership_levels",),
    "partnership_levels": ("summits",),
    "projects": (_NUMBERED,),
    "pledges": ("fund_volumes",),
    "agreements": _ADOPTING,
}


class Index:
    """What the checks of other files read of one file: its ids (with the position of each),
    and for a few files a field: a source's kind, a summit's ``raised_to``, a level's summit,
    the line-of-effort numbers, a fund volume's kind, the documents a summit or a meeting
    lists (document id to the records that list it).

    Built leniently from any parsed document: what is malformed is left out (that file's own
    checks report it when it is read). One ``scan`` made of the ids alone is not ``complete``:
    it holds the ids only.
    """

    __slots__ = ("complete", "documents", "fields", "ids", "numbers")

    def __init__(self, ids: frozenset[str], *, complete: bool = True) -> None:
        self.ids: frozenset[str] = ids
        self.complete: bool = complete
        self.fields: dict[str, object] = {}
        self.numbers: frozenset[object] = frozenset()
        self.documents: dict[object, list[str]] = {}


def _ids(document: object) -> frozenset[str]:
    return frozenset(
        rid for _, record in _records(document) if type(rid := record.get("id")) is str
    )


def _records(document: object) -> Iterator[tuple[int, dict[str, Any]]]:
    if type(document) is list:
        for i, record in enumerate(document):
            if type(record) is dict:
                yield i, record


def _documents(document: object) -> dict[object, list[str]]:
    """Each document id a file's records list, to the ids of the records that list it."""
    found: dict[object, list[str]] = {}
    for _, record in _records(document):
        rid, listed = record.get("id"), record.get("documents")
        if type(rid) is str and type(listed) is list:
            for doc in listed:
                if type(doc) is str:
                    found.setdefault(doc, []).append(rid)
    return found


def index(name: str, document: object) -> Index:
    """The ``Index`` of a parsed file."""
    found = _index(name, document)
    if name in _ADOPTING:
        found.documents = _documents(document)
    return found


def _index(name: str, document: object) -> Index:
    if name == _SOURCE_KINDS or name in _FIELDS:
        field = "kind" if name == _SOURCE_KINDS else _FIELDS[name]
        fields = {
            rid: r.get(field) for _, r in _records(document) if type(rid := r.get("id")) is str
        }
        found = Index(frozenset(fields))
        if name == _SOURCE_KINDS:
            found.fields = {rid: kind == "web" for rid, kind in fields.items()}
        else:
            found.fields = fields
        return found
    found = Index(_ids(document))
    if name == _NUMBERED:
        numbers = (r.get("number") for _, r in _records(document))
        found.numbers = frozenset(n for n in numbers if type(n) is int)
    return found


# an "id" key and its string value, written without escapes. A quote that opens a key is never
# preceded by a backslash, and a quote inside a string always is: skipping the matches after a
# backslash, this finds in valid JSON exactly the keys named id (see scan)
_ID_KEY = re.compile(rb'"id"\s*:\s*"([^"\\]*)"')


# an "id" or a "kind" key and its value, as _ID_KEY finds an id (one pass over the sources; the
# pattern compiled on first use, by re's cache: only a file that cites before the sources are
# read needs it)
_ID_OR_KIND_KEY = rb'"(id|kind)"\s*:\s*"([^"\\]*)"'


def scan(name: str, raw: bytes, complete: bool) -> Index | None:
    """The ``Index`` of a file from its bytes, without parsing it: its ids, and where
    ``complete`` the sources' kinds too. ``None`` where a scan cannot stand in for the parse
    (escapes that could hide a key or a value, a file not in UTF-8, one whose full Index needs
    the parse).

    In a valid file whose objects repeat no key, it finds what ``index()`` finds.
    """
    # a backslash is looked for first: one byte is found at memory speed, where a search for
    # two is slower than the scan itself, and most files hold no escape at all
    escaped = b"\\" in raw
    if (escaped and b"\\u" in raw) or b"\x00" in raw:
        return None
    if complete:
        return _scan_kinds(raw, escaped) if name == _SOURCE_KINDS else None
    if escaped and b'\\"id"' in raw:  # after a backslash: which matches are keys takes a look
        found = [
            m.group(1)
            for m in _ID_KEY.finditer(raw)
            if m.start() == 0 or raw[m.start() - 1] != 0x5C
        ]
    else:
        found = _ID_KEY.findall(raw)
    ids = _decoded(found)
    return None if ids is None else Index(frozenset(ids), complete=False)


def _scan_kinds(raw: bytes, escaped: bool) -> Index | None:
    """The sources' ids and kinds, from the bytes of ``sources.json``. A source nests no
    record, so each of its ``id`` and ``kind`` keys is its own; written in declaration order,
    each id comes before its kind and the kind before the next id. Any other order, or a key
    missing, and the file is parsed instead."""
    if escaped and (b'\\"id"' in raw or b'\\"kind"' in raw):
        return None
    keys = re.findall(_ID_OR_KIND_KEY, raw)  # in file order: id, kind, id, kind...
    if [key for key, _ in keys] != [b"id", b"kind"] * (len(keys) // 2) or len(keys) % 2:
        return None
    names = _decoded([value for _, value in keys[0::2]])
    if names is None:
        return None
    found = Index(frozenset(names))
    kinds = [kind for _, kind in keys[1::2]]
    found.fields = {rid: kind == b"web" for rid, kind in zip(names, kinds, strict=True)}
    return found


def _decoded(values: list[bytes]) -> list[str] | None:
    """The values as text (one decode for them all); ``None`` if they are not UTF-8."""
    try:
        return b"\n".join(values).decode("utf-8").split("\n") if values else []
    except UnicodeDecodeError:
        return None


def _volume_paths(document: Document) -> Iterator[tuple[tuple[object, object, object], str]]:
    """(year, fund, kind) of each volume of ``fund_volumes.json``, with its path."""
    for i, v in enumerate(document):
        yield (v["year"], v["fund"], v.get("kind", "pledged")), f"$[{i}]"


def _volume(key: tuple[object, object, object]) -> str:
    year, fund, kind = key
    return f"the {kind} volume of {fund} for {year}"
