"""The checks on whole collections, on the parsed JSON of a file whose records are well formed.

``check_file`` holds a file to itself: it is not empty, its ids are unique, a summit ordinal,
an acronym, a fund acronym, a line of effort, a fund's volume for a year appear once.
``check_links`` holds it to the others: its ids are used by no file before it (in display
order: the later of two files that share an id is the one refused), its references resolve,
its citations name a listed source and fit its kind (a page's carry no quote, a document's
do), a level and the summit that raised it name each other, a volume stored on its own is not
also inside a pledge.

Both run on the parsed JSON rather than on records, so that every way in applies the same
checks: the loader (after structuring a file), and the first ``expand()`` (which reads
``acronyms.json`` without attrs). Of the other files they read only those they need, and of
those only an ``Index``: the ids, and for a few files a field or two. No attrs here.
"""

from __future__ import annotations

import re

from ._readonly import ReadOnlyDict
from .errors import DataError, shown
from .registry import NAMES

TYPE_CHECKING = False
if TYPE_CHECKING:  # not imported at run time: the first expand() runs these checks
    from collections.abc import Callable, Iterator, Mapping
    from typing import Any

    #: A parsed file whose records are well formed.
    Document = list[dict[str, Any]]
    #: The ``Index`` of a file: ``index_of(name, complete)``, where ``complete`` asks for more
    #: than the ids.
    IndexOf = Callable[[str, bool], "Index"]

__all__ = [
    "REFERENCES",
    "Index",
    "check_file",
    "check_links",
    "check_references",
    "index",
    "scan",
]

#: The fields that name a record of another collection: per collection, (path, targets), where
#: a path is a field, ``field[]`` for each item of a list, ``field[].key`` for a key of each;
#: targets ``None`` means a record of any collection.
REFERENCES: Mapping[str, tuple[tuple[str, tuple[str, ...] | None], ...]] = ReadOnlyDict(
    {
        "summits": (
            ("documents[]", ("agreements",)),
            ("chair", ("people",)),
            ("rok_leader", ("people",)),
            ("raised_to", ("partnership_levels",)),
        ),
        "partnership_levels": (("summit", ("summits",)),),
        "funds": (("merged_into", ("funds",)),),
        "fund_volumes": (("fund", ("funds",)),),
        "pledges": (
            ("pledged_by", ("people",)),
            ("summit", ("summits",)),
            ("volumes[].fund", ("funds",)),
        ),
        "projects": (("fund", ("funds",)),),
        "events": (("refs[]", None),),
        "acronyms": (("meanings[].refers_to", None),),
        "tenures": (("person", ("people",)),),
    }
)

# the files whose Index carries more than ids, and what
_SOURCE_KINDS = "sources"
_FIELDS = {"summits": "raised_to", "partnership_levels": "summit"}
_NUMBERED = "lines_of_effort"
_VOLUMES = ("fund_volumes", "pledges")
# the files whose records nest records that may have an id (a pledge's volumes): parsed
_NESTED_IDS = frozenset({"pledges"})
# the files whose full Index (more than the ids) a collection's checks ask for, besides
# the sources (for every citation)
_NEEDS = {
    "summits": ("partnership_levels",),
    "partnership_levels": ("summits",),
    "projects": (_NUMBERED,),
    "fund_volumes": ("pledges",),
    "pledges": ("fund_volumes",),
}


class Index:
    """What the checks of other files read of one file: its ids (with the position of each),
    and for a few files a field: a source's kind, a summit's ``raised_to``, a level's summit,
    the line-of-effort numbers, the fund volumes (year, fund, kind).

    Built leniently from any parsed document: what is malformed is left out (that file's own
    checks report it when it is read). One ``scan`` made of the ids alone is not ``complete``:
    it holds the ids only.
    """

    __slots__ = ("complete", "fields", "ids", "numbers", "volumes")

    def __init__(self, ids: frozenset[str], *, complete: bool = True) -> None:
        self.ids = ids
        self.complete = complete
        self.fields: dict[str, object] = {}
        self.numbers: frozenset[object] = frozenset()
        self.volumes: dict[tuple[object, object, object], str] = {}


def _ids(document: object) -> frozenset[str]:
    return frozenset(
        rid for _, record in _records(document) if type(rid := record.get("id")) is str
    )


def _records(document: object) -> Iterator[tuple[int, dict[str, Any]]]:
    if type(document) is list:
        for i, record in enumerate(document):
            if type(record) is dict:
                yield i, record


def _volumes(name: str, document: object) -> dict[tuple[object, object, object], str]:
    """(year, fund, kind) of each volume of a file, to its JSON path."""
    found: dict[tuple[object, object, object], str] = {}
    for i, record in _records(document):
        if name == "fund_volumes":
            places = [(f"$[{i}]", record)]
        else:
            listed = record.get("volumes")
            places = [
                (f"$[{i}].volumes[{j}]", v)
                for j, v in enumerate(listed if type(listed) is list else ())
                if type(v) is dict
            ]
        for path, v in places:
            key = (v.get("year"), v.get("fund"), v.get("kind", "pledged"))
            try:
                found.setdefault(key, path)
            except TypeError:  # an unhashable value: malformed, reported by its own file
                continue
    return found


def index(name: str, document: object) -> Index:
    """The ``Index`` of a parsed file."""
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
    elif name in _VOLUMES:
        found.volumes = _volumes(name, document)
    return found


# an "id" key and its string value, written without escapes. A quote that opens a key is never
# preceded by a backslash, and a quote inside a string always is: skipping the matches after a
# backslash, this finds in valid JSON exactly the keys named id (see scan)
_ID_KEY = re.compile(rb'"id"\s*:\s*"([^"\\]*)"')


# an "id" or a "kind" key and its value, as _ID_KEY finds an id (one pass over the sources)
_ID_OR_KIND_KEY = re.compile(rb'"(id|kind)"\s*:\s*"([^"\\]*)"')


def scan(name: str, raw: bytes, complete: bool) -> Index | None:
    """The ``Index`` of a file from its bytes, without parsing it: its ids, and where
    ``complete`` the sources' kinds too. ``None`` where a scan cannot stand in for the parse
    (escapes that could hide a key or a value, a file not in UTF-8, a file whose records nest
    others with ids, one whose full Index needs the parse).

    In a valid file whose objects repeat no key, it finds what ``index()`` finds.
    """
    if name in _NESTED_IDS or b"\\u" in raw or b"\x00" in raw:
        return None
    if complete:
        return _scan_kinds(raw) if name == _SOURCE_KINDS else None
    if b'\\"id"' in raw:  # a quote after a backslash: which matches are keys takes a look
        found = [
            m.group(1)
            for m in _ID_KEY.finditer(raw)
            if m.start() == 0 or raw[m.start() - 1] != 0x5C
        ]
    else:
        found = _ID_KEY.findall(raw)
    ids = _decoded(found)
    return None if ids is None else Index(frozenset(ids), complete=False)


def _scan_kinds(raw: bytes) -> Index | None:
    """The sources' ids and kinds, from the bytes of ``sources.json``. A source nests no
    record, so each of its ``id`` and ``kind`` keys is its own; written in declaration order,
    each id comes before its kind and the kind before the next id. Any other order, or a key
    missing, and the file is parsed instead."""
    if b'\\"id"' in raw or b'\\"kind"' in raw:
        return None
    keys = _ID_OR_KIND_KEY.findall(raw)  # in file order: id, kind, id, kind...
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


def check_file(name: str, document: Document) -> None:
    """Raise ``DataError`` unless the file holds records, each id once, and each of the keys
    that must be unique in it once."""
    file = f"{name}.json"
    if not document:
        raise DataError(file, "$", "no records: a collection is never empty")
    seen: dict[str, int] = {}
    for i, record in enumerate(document):
        rid = record.get("id")
        if rid is not None and seen.setdefault(rid, i) != i:
            raise DataError(file, f"$[{i}].id", f"id {rid!r} is also $[{seen[rid]}]")
    unique = _UNIQUE.get(name)
    if unique is not None:
        unique(file, document)


def _once(file: str, keys: Iterator[tuple[object, str, str]]) -> None:
    """Each key once: ``keys`` gives (key, path, what it is) in file order."""
    seen: dict[object, str] = {}
    for key, path, what in keys:
        other = seen.setdefault(key, path)
        if other != path:
            raise DataError(file, path, f"{what} is also {other}")


def _summit_numbers(file: str, document: Document) -> None:
    _once(
        file,
        (
            (
                (r.get("series", "asean-rok"), r["number"]),
                f"$[{i}].number",
                f"{r.get('series', 'asean-rok')} summit {r['number']}",
            )
            for i, r in enumerate(document)
            if r.get("number") is not None
        ),
    )


def _spellings(file: str, document: Document, key: str) -> Iterator[tuple[object, str, str]]:
    """Each record's ``key`` (an acronym) and its variants' values, case-folded."""
    for i, r in enumerate(document):
        yield r[key].casefold(), f"$[{i}].{key}", f"the spelling {shown(r[key])}"
        for j, v in enumerate(r.get("variants", ())):
            yield (
                v["value"].casefold(),
                f"$[{i}].variants[{j}].value",
                f"the spelling {shown(v['value'])}",
            )


def _acronyms(file: str, document: Document) -> None:
    # one record per acronym, and a spelling names one acronym: expand() could not choose
    _once(file, _spellings(file, document, "acronym"))


def _fund_acronyms(file: str, document: Document) -> None:
    # fund() looks a fund up by any spelling of its acronym
    _once(file, _spellings(file, document, "acronym"))


def _line_numbers(file: str, document: Document) -> None:
    _once(
        file,
        (
            (r["number"], f"$[{i}].number", f"line of effort {r['number']}")
            for i, r in enumerate(document)
        ),
    )


def _stored_volumes(file: str, document: Document) -> None:
    for i, r in enumerate(document):
        if r.get("id") is None:
            raise DataError(file, f"$[{i}].id", "a stored volume needs an id")
    _volumes_once(file, document, "fund_volumes")


def _volumes_once(file: str, document: Document, name: str) -> None:
    seen: dict[tuple[object, object, object], str] = {}
    for key, path in _volume_paths(name, document):
        other = seen.setdefault(key, path)
        if other != path:
            raise DataError(file, path, f"{_volume(key)} is also {other}: keep one, with claims")


def _volume_paths(
    name: str, document: Document
) -> Iterator[tuple[tuple[object, object, object], str]]:
    for i, r in enumerate(document):
        places = (
            [(f"$[{i}]", r)]
            if name == "fund_volumes"
            else [(f"$[{i}].volumes[{j}]", v) for j, v in enumerate(r.get("volumes", ()))]
        )
        for path, v in places:
            yield (v["year"], v["fund"], v.get("kind", "pledged")), path


def _volume(key: tuple[object, object, object]) -> str:
    year, fund, kind = key
    return f"the {kind} volume of {fund} for {year}"


def _pledged_volumes(file: str, document: Document) -> None:
    _volumes_once(file, document, "pledges")


_UNIQUE: dict[str, Callable[[str, Document], None]] = {
    "summits": _summit_numbers,
    "acronyms": _acronyms,
    "funds": _fund_acronyms,
    "lines_of_effort": _line_numbers,
    "fund_volumes": _stored_volumes,
    "pledges": _pledged_volumes,
}


def check_links(name: str, document: Document, index_of: IndexOf) -> None:
    """Raise ``DataError`` unless the file's ids are its own, its references resolve, its
    citations fit their sources, and what it shares with another file agrees with it.

    ``index_of(name, complete)`` gives the ``Index`` of any file.
    """
    file = f"{name}.json"
    # the full indexes first: a file asked for its ids only is scanned, not parsed
    pages = index_of(_SOURCE_KINDS, True).fields if name != _SOURCE_KINDS else {}
    for other in _NEEDS.get(name, ()):
        index_of(other, True)
    # an id two files use is the later file's fault (in display order), as load() meets it
    earlier = [(other, index_of(other, False).ids) for other in NAMES[: NAMES.index(name)]]
    for i, record in enumerate(document):
        rid = record.get("id")
        if rid is not None:
            for other, ids in earlier:
                if rid in ids:
                    raise DataError(
                        file, f"$[{i}].id", f"id {rid!r} is already used in {other}.json"
                    )
    _check_citations(file, document, pages)
    for path, targets in REFERENCES.get(name, ()):
        known = [index_of(t, False).ids for t in (NAMES if targets is None else targets)]
        for where, ref in _references(document, path):
            if ref is not None and not any(ref in ids for ids in known):
                what = "any collection" if targets is None else " or ".join(targets)
                raise DataError(file, where, f"{shown(ref)} names no record in {what}")
    special = _LINKS.get(name)
    if special is not None:
        special(file, document, index_of)


def _references(document: Document, path: str) -> Iterator[tuple[str, object]]:
    """(JSON path, value) of each reference at ``path`` in each record."""
    field, listed, rest = path.partition("[]")
    key = rest.removeprefix(".")
    for i, record in enumerate(document):
        value = record.get(field)
        if not listed:
            yield f"$[{i}].{field}", value
            continue
        for j, item in enumerate(value or ()):
            if key:
                yield f"$[{i}].{field}[{j}].{key}", item.get(key)
            else:
                yield f"$[{i}].{field}[{j}]", item


def _check_citations(file: str, document: Document, pages: dict[str, Any]) -> None:
    """Every citation names a listed source; a page's carries no quote, a document's does."""
    for i, record in enumerate(document):
        if _cited_well(record, pages):
            continue
        for steps, citation in _citations(record, ()):
            source_id = citation["source_id"]
            is_page = pages.get(source_id)
            if is_page is None:
                problem = f"unknown source {shown(source_id)}"
            elif is_page and citation.get("quote") is not None:
                problem = "a citation of a web page carries no quote"
            elif not is_page and citation.get("quote") is None:
                problem = f"a citation of {source_id!r} needs a verbatim quote"
            else:
                continue
            raise DataError(file, f"$[{i}]{''.join(steps)}.source_id", problem)


def _cited_well(node: dict[str, Any], pages: dict[str, Any]) -> bool:
    """Whether every citation under a record fits its source (``pages`` maps a source to
    whether it is a page): the quick pass, with no paths; ``_citations`` finds the fault."""
    for key, value in node.items():
        if type(value) is list:
            if key == "citations":
                for citation in value:
                    if pages.get(citation["source_id"]) is not (citation.get("quote") is None):
                        return False
            else:
                for item in value:
                    if type(item) is dict and not _cited_well(item, pages):
                        return False
        elif type(value) is dict and not _cited_well(value, pages):
            return False
    return True


def _citations(
    node: dict[str, Any], steps: tuple[str, ...]
) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Each citation under a record, with the steps of its path."""
    for key, value in node.items():
        if type(value) is list:
            if key == "citations":
                for j, citation in enumerate(value):
                    yield (*steps, f".citations[{j}]"), citation
            else:
                for j, item in enumerate(value):
                    if type(item) is dict:
                        yield from _citations(item, (*steps, f".{key}[{j}]"))
        elif type(value) is dict:
            yield from _citations(value, (*steps, f".{key}"))


def _summit_levels(file: str, document: Document, index_of: IndexOf) -> None:
    levels = index_of("partnership_levels", True).fields
    for i, s in enumerate(document):
        level = s.get("raised_to")
        if level is not None and levels.get(level) != s["id"]:
            raise DataError(
                file,
                f"$[{i}].raised_to",
                f"the level {level!r} does not name {s['id']!r} as its summit",
            )


def _level_summits(file: str, document: Document, index_of: IndexOf) -> None:
    raised = index_of("summits", True).fields
    for i, level in enumerate(document):
        summit = level.get("summit")
        if summit is not None and raised.get(summit) != level["id"]:
            raise DataError(
                file,
                f"$[{i}].summit",
                f"the summit {summit!r} does not name {level['id']!r} in raised_to",
            )


def _line_numbers_exist(file: str, document: Document, index_of: IndexOf) -> None:
    lines = index_of(_NUMBERED, True).numbers
    for i, project in enumerate(document):
        line = project.get("line_of_effort")
        if line is not None and line not in lines:
            raise DataError(
                file, f"$[{i}].line_of_effort", f"no line of effort number {shown(line)}"
            )


def _volumes_apart(
    name: str,
) -> Callable[[str, Document, IndexOf], None]:
    other = _VOLUMES[1] if name == _VOLUMES[0] else _VOLUMES[0]

    def check(file: str, document: Document, index_of: IndexOf) -> None:
        theirs = index_of(other, True).volumes
        for key, path in _volume_paths(name, document):
            if key in theirs:
                raise DataError(
                    file,
                    path,
                    f"{_volume(key)} is also in {other}.json at {theirs[key]}: keep one, "
                    "with claims",
                )

    return check


_LINKS: dict[str, Callable[[str, Document, IndexOf], None]] = {
    "summits": _summit_levels,
    "partnership_levels": _level_summits,
    "projects": _line_numbers_exist,
    "fund_volumes": _volumes_apart("fund_volumes"),
    "pledges": _volumes_apart("pledges"),
}


def check_references(collections: dict[str, tuple[Any, ...]]) -> None:
    """Run every collection check on records rather than on JSON: ``DataError`` for the first
    collection, in display order, that fails (as ``load()`` would report it)."""
    from .convert import converter

    documents = {name: converter.unstructure(collections[name]) for name in NAMES}
    indexes = {name: index(name, document) for name, document in documents.items()}
    for name in NAMES:
        check_file(name, documents[name])
        check_links(name, documents[name], lambda other, _: indexes[other])
