"""Acronym expansion: case- and blank-insensitive, attested variants included.

``expand`` and ``expansions`` answer from a compact index read straight from the JSON, so a
first look-up imports neither attrs nor cattrs; ``acronym`` and ``acronyms`` return records.
"""

from __future__ import annotations

from functools import cache

from .._args import require_text
from ..errors import AmbiguousAcronymError, DataError, NotFoundError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..records.acronyms import Acronym
    from ..table import Table

__all__ = ["acronym", "acronyms", "expand", "expansions"]

_FILE = "acronyms.json"


def _text_at(node: object, key: str, path: str) -> str:
    value = node.get(key) if isinstance(node, dict) else None
    if not isinstance(value, str):
        raise DataError(_FILE, f"{path}.{key}", "expected a string")
    return value


def _list_at(node: dict[str, object], key: str, path: str) -> list[object]:
    value = node.get(key, [])
    if not isinstance(value, list):
        raise DataError(_FILE, f"{path}.{key}", "expected a list")
    return value


@cache
def _compact() -> tuple[dict[str, str], dict[str, tuple[str, ...]], dict[str, dict[str, str]]]:
    from ..raw import data_root, read_json

    return compact_index(read_json(data_root(), "acronyms"))


def _forms_in(meaning: dict[str, object], path: str) -> dict[str, str]:
    """A meaning's preferred wording in each language other than English."""
    found: dict[str, tuple[int, str]] = {}
    for j, v in enumerate(_list_at(meaning, "alternatives", path)):
        where = f"{path}.alternatives[{j}]"
        if not isinstance(v, dict):
            raise DataError(_FILE, where, "expected an object")
        lang, rank_name = v.get("lang", "en"), v.get("rank", "normal")
        if not isinstance(lang, str) or not isinstance(rank_name, str):
            raise DataError(_FILE, where, "expected lang and rank as strings")
        rank = {"preferred": 0, "normal": 1}.get(rank_name, 2)
        if lang != "en" and rank < 2:
            value = _text_at(v, "value", where)
            if lang not in found or rank < found[lang][0]:
                found[lang] = (rank, value)
    return {lang: value for lang, (_, value) in found.items()}


def compact_index(
    document: object,
) -> tuple[dict[str, str], dict[str, tuple[str, ...]], dict[str, dict[str, str]]]:
    """From the parsed ``acronyms.json``: every spelling, case-folded, to its acronym; every
    acronym to its meanings; and every acronym of one meaning to its wording in each other
    language. Faults in the document's shape raise ``DataError`` with a path."""
    if not isinstance(document, list):
        raise DataError(_FILE, "$", "expected a list of records")
    spellings: dict[str, str] = {}
    meanings: dict[str, tuple[str, ...]] = {}
    languages: dict[str, dict[str, str]] = {}
    for i, record in enumerate(document):
        path = f"$[{i}]"
        if not isinstance(record, dict):
            raise DataError(_FILE, path, "expected an object")
        key = _text_at(record, "acronym", path)
        listed = _list_at(record, "meanings", path)
        expansions = tuple(
            _text_at(m, "expansion", f"{path}.meanings[{j}]") for j, m in enumerate(listed)
        )
        if not expansions:
            raise DataError(_FILE, f"{path}.meanings", "an acronym needs a meaning")
        meanings[key] = expansions
        if len(listed) == 1 and isinstance(listed[0], dict):
            languages[key] = _forms_in(listed[0], f"{path}.meanings[0]")
        variants = _list_at(record, "variants", path)
        for spelling in (
            key,
            *(_text_at(v, "value", f"{path}.variants[{j}]") for j, v in enumerate(variants)),
        ):
            other = spellings.setdefault(spelling.casefold(), key)
            if other != key:
                raise DataError(
                    _FILE, path, f"{spelling!r} is also a spelling of {other!r}: merge the two"
                )
    return spellings, meanings, languages


def _key(text: object) -> str:
    """The acronym a spelling names; ``NotFoundError`` with close matches if none."""
    spelling = require_text(text, "an acronym")
    spellings, meanings, _ = _compact()
    found = spellings.get(spelling.casefold())
    if found is None:
        raise NotFoundError(spelling, meanings, what="acronym")
    return found


def expansions(text: str) -> tuple[str, ...]:
    """Every meaning of an acronym, preferred first.

    >>> aseanrok.expansions("ACCC")
    ('ASEAN Center for Climate Change', 'ASEAN Connectivity Coordinating Committee')
    """
    return _compact()[1][_key(text)]


def expand(text: str, lang: str = "en") -> str:
    """The meaning of an acronym; ``AmbiguousAcronymError`` when it has several.

    ``lang`` (a BCP 47 tag) asks for the meaning in another language where a source gives it;
    ``NotFoundError`` names the languages known for that acronym.

    >>> aseanrok.expand("KASI")
    'Korea-ASEAN Solidarity Initiative'
    >>> aseanrok.expand(" mkfc ") == aseanrok.expand("MKCF")
    True
    """
    key = _key(text)
    found = _compact()[1][key]
    if len(found) > 1:
        raise AmbiguousAcronymError(key, found)
    wanted = require_text(lang, "a language tag").casefold()
    if wanted == "en":
        return found[0]
    forms = {k.casefold(): v for k, v in _compact()[2].get(key, {}).items()}
    if wanted not in forms:
        have = ", ".join(["en", *sorted(_compact()[2].get(key, {}))])
        raise NotFoundError(lang, (), what=f"language for {key}", hint=f"known: {have}")
    return forms[wanted]


@cache
def _records() -> dict[str, Acronym]:
    from ..records.acronyms import Acronym
    from ._common import records

    return {a.acronym: a for a in records("acronyms", Acronym)}


def acronyms() -> Table[Acronym]:
    """Every acronym the sources define, alphabetically.

    >>> len(aseanrok.acronyms()) > 50
    True
    """
    from ..table import Table

    return Table(_records().values())


def acronym(text: str) -> Acronym:
    """The record of an acronym or of one of its attested spellings.

    >>> aseanrok.acronym("bmcf").acronym
    'BKCF'
    """
    return _records()[_key(text)]
