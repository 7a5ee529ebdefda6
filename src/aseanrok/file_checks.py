"""``check_file``: a file held to itself. It is not empty, its ids are unique, and a summit
ordinal, an acronym, a fund acronym, a line of effort, an office's term number, a fund's
volume for a year and a project's budget appear once in it; no fund is merged into itself,
even through others; the volumes pledged for a year share one currency. Runs on the parsed
JSON of a file whose records are well formed."""

from __future__ import annotations

from .errors import DataError, shown
from .ids import _volume, _volume_paths
from .registry import MAY_BE_EMPTY

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from .ids import Document

__all__ = ["check_file"]


def check_file(name: str, document: Document) -> None:
    """Raise ``DataError`` unless the file holds records, each id once, and each of the keys
    that must be unique in it once."""
    file = f"{name}.json"
    if not document and name not in MAY_BE_EMPTY:
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


def _meeting_numbers(file: str, document: Document) -> None:
    _once(
        file,
        (
            (
                (r["series"], r["number"]),
                f"$[{i}].number",
                f"meeting {r['number']} of {r['series']}",
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


def _volumes_once(file: str, document: Document) -> None:
    seen: dict[tuple[object, object, object], str] = {}
    for key, path in _volume_paths(document):
        other = seen.setdefault(key, path)
        if other != path:
            raise DataError(file, path, f"{_volume(key)} is also {other}: keep one, with claims")


def _one_currency_a_year(file: str, document: Document) -> None:
    """The volumes pledged for a year are summed (``pledged_annual_total``): one currency."""
    first: dict[object, tuple[str, str]] = {}
    for i, v in enumerate(document):
        if v.get("kind", "pledged") != "pledged":
            continue
        path, currency = f"$[{i}]", v["annual"]["currency"]
        seen, where = first.setdefault(v["year"], (currency, path))
        if seen != currency:
            raise DataError(
                file,
                f"{path}.annual.currency",
                f"a volume pledged for {v['year']} in {currency}, where {where} is in {seen}: "
                "the volumes of a year are summed, in one currency",
            )


def _stored_volumes(file: str, document: Document) -> None:
    _volumes_once(file, document)
    _one_currency_a_year(file, document)


def _term_numbers(file: str, document: Document) -> None:
    _once(
        file,
        (
            ((r["office"], r["number"]), f"$[{i}].number", f"term {r['number']} of {r['office']}")
            for i, r in enumerate(document)
            if r.get("number") is not None
        ),
    )


def _merges(file: str, document: Document) -> None:
    """A fund merged into another that is kept: not into itself, not round a cycle."""
    into = {r["id"]: r.get("merged_into") for r in document}
    for i, r in enumerate(document):
        chain = [r["id"]]
        target = into.get(r["id"])
        while target is not None and target in into:
            if target in chain:
                what = "itself" if target == r["id"] and len(chain) == 1 else "a cycle"
                raise DataError(
                    file,
                    f"$[{i}].merged_into",
                    f"a fund merged into {what}: {' -> '.join([*chain, target])}",
                )
            chain.append(target)
            target = into[target]


def _funds(file: str, document: Document) -> None:
    _fund_acronyms(file, document)
    _merges(file, document)


def _budgets_once(file: str, document: Document) -> None:
    """A sum two projects share is held by one: the other names it in ``budget_in`` and holds
    no budget, and the one it names holds a budget of its own."""
    held = {r.get("id"): r for r in document}
    for i, r in enumerate(document):
        holder = r.get("budget_in")
        if holder is None:
            continue
        if r.get("budget") is not None:
            raise DataError(
                file, f"$[{i}].budget", f"a budget of its own and budget_in {holder!r}: one"
            )
        target = held.get(holder)
        if target is not None and (
            target.get("budget") is None or target.get("budget_in") is not None
        ):
            raise DataError(file, f"$[{i}].budget_in", f"{holder!r} holds no budget of its own")


_UNIQUE: dict[str, Callable[[str, Document], None]] = {
    "summits": _summit_numbers,
    "meetings": _meeting_numbers,
    "acronyms": _acronyms,
    "funds": _funds,
    "lines_of_effort": _line_numbers,
    "fund_volumes": _stored_volumes,
    "tenures": _term_numbers,
    "projects": _budgets_once,
}
