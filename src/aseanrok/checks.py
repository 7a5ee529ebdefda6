"""The checks that hold a collection's file to the others, on the parsed JSON of a file whose
records are well formed (``file_checks.check_file`` holds a file to itself first).

``check_links``: its ids are used by no file before it (in display
order: the later of two files that share an id is the one refused), its references resolve,
its citations name a listed source and fit its kind (a page's carry no quote, a document's
do), a level and the summit that raised it name each other, a pledge's volumes are pledged
ones.

Both checks run on the parsed JSON rather than on records, so that every way in applies the same
checks: the loader (after structuring a file), and the first ``expand()`` (which reads
``acronyms.json`` without attrs). Of the other files they read only those they need, and of
those only an ``Index``: the ids, and for a few files a field or two. No attrs here.
"""

from __future__ import annotations

from ._readonly import ReadOnlyDict
from .errors import DataError, shown
from .file_checks import check_file
from .ids import (
    _ADOPTING,
    _NEEDS,
    _NUMBERED,
    _SOURCE_KINDS,
    index,
)
from .registry import NAMES

TYPE_CHECKING = False
if TYPE_CHECKING:  # not imported at run time: the first expand() runs these checks
    from collections.abc import Callable, Iterator, Mapping, Sequence
    from typing import Any

    from .ids import Document, IndexOf

__all__ = ["REFERENCES", "check_links", "check_references"]

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
        "meeting_series": (("parent", ("meeting_series",)),),
        "meetings": (
            ("series", ("meeting_series",)),
            ("chairs[].person", ("people",)),
            ("rok_head", ("people",)),
            ("documents[]", ("agreements",)),
        ),
        "agreements": (
            ("meeting", ("summits", "meetings")),
            ("under", ("agreements",)),
            ("amends[]", ("agreements",)),
            ("accedes_to", ("agreements",)),
        ),
        "funds": (("merged_into", ("funds",)),),
        "fund_volumes": (("fund", ("funds",)),),
        "pledges": (
            ("pledged_by", ("people",)),
            ("summit", ("summits",)),
            ("volumes[]", ("fund_volumes",)),
        ),
        "projects": (("fund", ("funds",)), ("budget_in", ("projects",))),
        "events": (("refs[]", None),),
        "acronyms": (("meanings[].refers_to", None),),
        "tenures": (("person", ("people",)),),
        "commitments": (
            ("made_at", ("summits", "meetings")),
            ("made_by", ("people",)),
        ),
        # a merged id names a record kept, never another merged id
        "merges": (("merged_into", tuple(n for n in NAMES if n != "merges")),),
    }
)


def check_links(
    name: str, document: Document, index_of: IndexOf, citations: Sequence[Any] | None = None
) -> None:
    """Raise ``DataError`` unless the file's ids are its own, its references resolve, its
    citations fit their sources, and what it shares with another file agrees with it.

    ``index_of(name, complete)`` gives the ``Index`` of any file. ``citations``, where given,
    are the file's distinct citations as records (``source_id``, ``quote``), every one of them:
    those are held to their sources rather than each citation found in the JSON, which is
    searched only to name the one at fault.
    """
    file = f"{name}.json"
    # the full indexes first: a file asked for its ids only is scanned, not parsed
    pages = index_of(_SOURCE_KINDS, True).fields if name != _SOURCE_KINDS else {}
    for other in _NEEDS.get(name, ()):
        index_of(other, True)
    # an id two files use is the later file's fault (in display order), as load() meets it
    earlier = [(other, index_of(other, False).ids) for other in NAMES[: NAMES.index(name)]]
    rids = [record.get("id") for record in document]
    if not all(ids.isdisjoint(rids) for _, ids in earlier):  # else, which one first
        for i, rid in enumerate(rids):
            for other, ids in earlier:
                if rid in ids:
                    raise DataError(
                        file, f"$[{i}].id", f"id {rid!r} is already used in {other}.json"
                    )
    if citations is None or not _fit(citations, pages):
        _check_citations(file, document, pages)
    for path, targets in REFERENCES.get(name, ()):
        known = [index_of(t, False).ids for t in (NAMES if targets is None else targets)]
        for ref, i, j in _references(document, path):
            for ids in known:
                if ref in ids:
                    break
            else:
                what = "any collection" if targets is None else " or ".join(targets)
                where = _where(path, i, j)
                raise DataError(file, where, f"{shown(ref)} names no record in {what}")
    special = _LINKS.get(name)
    if special is not None:
        special(file, document, index_of)


def _references(document: Document, path: str) -> Iterator[tuple[object, int, int]]:
    """(value, record, item) of each reference at ``path`` that is set, the item -1 for a field
    that is no list: the JSON path is written (``_where``) only for a fault."""
    field, listed, rest = path.partition("[]")
    key = rest.removeprefix(".")
    for i, record in enumerate(document):
        value = record.get(field)
        if value is None:
            continue
        if not listed:
            yield value, i, -1
            continue
        for j, item in enumerate(value):
            ref = item.get(key) if key else item
            if ref is not None:
                yield ref, i, j


def _where(path: str, i: int, j: int) -> str:
    """The JSON path of reference ``j`` (-1: the field itself) at ``path`` in record ``i``."""
    field, _, rest = path.partition("[]")
    return f"$[{i}].{field}" + ("" if j < 0 else f"[{j}]{rest}")


def _fit(citations: Sequence[Any], pages: dict[str, Any]) -> bool:
    """Whether each citation names a listed source and fits its kind (as ``_cited_well``)."""
    return all(pages.get(cited.source_id) is (cited.quote is None) for cited in citations)


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


def _named_back(
    other: str, field: str, noun: str, how: str
) -> Callable[[str, Document, IndexOf], None]:
    """A check that the record of ``other`` which ``field`` names names this one back (a
    summit's level and the level's summit)."""

    def check(file: str, document: Document, index_of: IndexOf) -> None:
        back = index_of(other, True).fields
        for i, record in enumerate(document):
            target = record.get(field)
            if target is not None and back.get(target) != record["id"]:
                raise DataError(
                    file,
                    f"$[{i}].{field}",
                    f"the {noun} {target!r} does not name {record['id']!r} {how}",
                )

    return check


def _line_numbers_exist(file: str, document: Document, index_of: IndexOf) -> None:
    lines = index_of(_NUMBERED, True).numbers
    for i, project in enumerate(document):
        line = project.get("line_of_effort")
        if line is not None and line not in lines:
            raise DataError(
                file, f"$[{i}].line_of_effort", f"no line of effort number {shown(line)}"
            )


def _pledged_kinds(file: str, document: Document, index_of: IndexOf) -> None:
    """The volumes a pledge names are pledged ones, not contributions (a volume's kind left
    out is "pledged")."""
    kinds = index_of("fund_volumes", True).fields
    for i, record in enumerate(document):
        for j, volume in enumerate(record.get("volumes", ())):
            if kinds.get(volume) not in (None, "pledged"):
                raise DataError(
                    file, f"$[{i}].volumes[{j}]", f"{volume!r} is a {kinds[volume]}, not pledged"
                )


def _adopted_where_listed(file: str, document: Document, index_of: IndexOf) -> None:
    """An agreement's ``meeting`` and the ``documents`` of summits and meetings name each
    other: a document is listed by the one summit or meeting its record names, and only there."""
    listed: dict[object, list[str]] = {}
    for name in _ADOPTING:
        for doc, owners in index_of(name, True).documents.items():
            listed.setdefault(doc, []).extend(owners)
    for i, record in enumerate(document):
        rid, meeting = record["id"], record.get("meeting")
        owners = listed.get(rid, [])
        if len(owners) > 1:
            problem = f"{', '.join(owners)} all list it in documents: it was adopted at one"
        elif meeting is not None and owners != [meeting]:
            problem = f"{meeting!r} does not list it in documents"
        elif meeting is None and owners:
            problem = f"{owners[0]!r} lists it in documents, but its meeting is not set"
        else:
            continue
        raise DataError(file, f"$[{i}].meeting", problem)


_LINKS: dict[str, Callable[[str, Document, IndexOf], None]] = {
    "agreements": _adopted_where_listed,
    "summits": _named_back("partnership_levels", "raised_to", "level", "as its summit"),
    "partnership_levels": _named_back("summits", "summit", "summit", "in raised_to"),
    "projects": _line_numbers_exist,
    "pledges": _pledged_kinds,
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
