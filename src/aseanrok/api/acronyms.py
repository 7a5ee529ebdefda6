"""Acronym expansion: case- and blank-insensitive, attested variants included.

``expand`` and ``expansions`` answer from a compact index read straight from the JSON, so a
first look-up imports neither attrs nor cattrs; ``acronym`` and ``acronyms`` return records.
"""

from __future__ import annotations

from functools import cache

from .._args import require_text
from .._readonly import ReadOnlyDict
from .._rules import LANG, QUOTE_MAX, RANKS, SLUG, is_text
from ..errors import AmbiguousAcronymError, DataError, NotFoundError, shown

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from ..records.acronyms import Acronym
    from ..table import Table

    Compact = tuple[dict[str, str], dict[str, tuple[str, ...]], dict[str, dict[str, str]]]
    #: A record's fields: name -> (required, the check of a value at a JSON path).
    Fields = Mapping[str, tuple[bool, Callable[[object, str], None]]]

__all__ = ["acronym", "acronyms", "expand", "expansions"]

_FILE = "acronyms.json"


# The records of acronyms.json as the strict converter and the record classes take them, for
# the JSON itself: field -> (required, check of a value at a path). test_hostile holds these to
# the attrs classes, field by field.


def _fault(path: str, problem: str) -> DataError:
    return DataError(_FILE, path, problem)


def _str(value: object, path: str) -> str:
    if not isinstance(value, str):
        raise _fault(path, f"expected a string, got {type(value).__name__} {shown(value)}")
    return value


def _text(value: object, path: str) -> None:
    if not is_text(_str(value, path)):
        raise _fault(path, f"must be non-blank text, got {shown(value)}")


def _slug(value: object, path: str) -> None:
    if SLUG.fullmatch(_str(value, path)) is None:
        raise _fault(path, f"must be a lowercase slug like 'summit-25', got {shown(value)}")


def _lang(value: object, path: str) -> None:
    if LANG.fullmatch(_str(value, path)) is None:
        raise _fault(path, f"must be a BCP 47 tag like 'en' or 'ko', got {shown(value)}")


def _rank(value: object, path: str) -> None:
    if value not in RANKS or not isinstance(value, str):
        raise _fault(path, f"expected one of {', '.join(RANKS)}, got {shown(value)}")


def _quote(value: object, path: str) -> None:
    _text(value, path)
    if len(value) > QUOTE_MAX:  # type: ignore[arg-type]  # a str by now
        raise _fault(path, f"a quote is at most {QUOTE_MAX} characters")


def _optional(check: Callable[[object, str], None]) -> Callable[[object, str], None]:
    return lambda value, path: None if value is None else check(value, path)


def _records_of(fields: Fields, non_empty: bool = False) -> Callable[[object, str], None]:
    """A check of a list of records with ``fields``."""

    def check(value: object, path: str) -> None:
        if type(value) is not list:
            raise _fault(path, f"expected a list, got {type(value).__name__}")
        if non_empty and not value:
            raise _fault(path, "must not be empty")
        for j, item in enumerate(value):
            _record(item, fields, f"{path}[{j}]")

    return check


def _record(node: object, fields: Fields, path: str) -> None:
    if type(node) is not dict:
        raise _fault(path, f"expected an object, got {type(node).__name__}")
    extra = [key for key in node if key not in fields]
    if extra:
        raise _fault(path, f"extra fields found ({', '.join(shown(k) for k in extra[:5])})")
    for key, (required, check) in fields.items():
        if key in node:
            check(node[key], f"{path}.{key}")
        elif required:
            raise _fault(f"{path}.{key}", "required field missing")


CITATION: Fields = ReadOnlyDict(
    {
        "source_id": (True, _slug),
        "locator": (True, _text),
        "quote": (False, _optional(_quote)),
    }
)
VARIANT: Fields = ReadOnlyDict(
    {
        "value": (True, _text),
        "lang": (False, _lang),
        "rank": (False, _rank),
        "reason": (False, _optional(_text)),
        "citations": (True, _records_of(CITATION, non_empty=True)),
    }
)
MEANING: Fields = ReadOnlyDict(
    {
        "expansion": (True, _text),
        "alternatives": (False, _records_of(VARIANT)),
        "refers_to": (False, _optional(_slug)),
        "citations": (True, _records_of(CITATION, non_empty=True)),
    }
)
ACRONYM: Fields = ReadOnlyDict(
    {
        "id": (True, _slug),
        "acronym": (True, _text),
        "meanings": (True, _records_of(MEANING, non_empty=True)),
        "variants": (False, _records_of(VARIANT)),
        "note": (False, _optional(_text)),
    }
)


def validate_document(document: object) -> None:
    """``DataError`` with a path wherever the parsed ``acronyms.json`` holds what the record
    classes would refuse (without creating them)."""
    if type(document) is not list:
        raise _fault("$", f"expected a list of records, got {type(document).__name__}")
    for i, record in enumerate(document):
        _record(record, ACRONYM, f"$[{i}]")


@cache
def _compact() -> Compact:
    from ..loader import default_loader

    return default_loader().derive("acronyms", validate_document, _build)


def _forms_in(meaning: dict[str, object]) -> dict[str, str]:
    """A meaning's preferred wording in each language other than English."""
    found: dict[str, tuple[int, str]] = {}
    for v in meaning.get("alternatives", ()):  # type: ignore[attr-defined]
        lang, rank_name = v.get("lang", "en"), v.get("rank", "normal")
        rank = {"preferred": 0, "normal": 1}.get(rank_name, 2)
        if lang != "en" and rank < 2 and (lang not in found or rank < found[lang][0]):
            found[lang] = (rank, v["value"])
    return {lang: value for lang, (_, value) in found.items()}


def compact_index(document: object) -> Compact:
    """From the parsed ``acronyms.json``: every spelling, case-folded, to its acronym; every
    acronym to its meanings; and every acronym of one meaning to its wording in each other
    language. A document the records would refuse raises ``DataError`` with a path (the
    checks against the other files run where the loader reads it)."""
    from ..file_checks import check_file

    validate_document(document)
    check_file("acronyms", document)  # type: ignore[arg-type]  # validated: a list
    return _build(document)  # type: ignore[arg-type]


def _build(document: list[dict[str, object]]) -> Compact:
    """The compact index of a checked document."""
    spellings: dict[str, str] = {}
    meanings: dict[str, tuple[str, ...]] = {}
    languages: dict[str, dict[str, str]] = {}
    for record in document:
        key: str = record["acronym"]  # type: ignore[assignment]
        listed: list[dict[str, object]] = record["meanings"]  # type: ignore[assignment]
        meanings[key] = tuple(m["expansion"] for m in listed)  # type: ignore[misc]
        if len(listed) == 1:
            languages[key] = _forms_in(listed[0])
        for spelling in (key, *(v["value"] for v in record.get("variants", ()))):  # type: ignore[attr-defined]
            spellings[spelling.casefold()] = key
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

    ``lang`` (a BCP 47 tag) asks for the meaning in another language: the acronym's own
    wording in it where a source gives one, else the preferred name in it of the record the
    acronym refers to (an institution, a fund, an agreement...). ``NotFoundError`` names the
    languages known for that acronym.

    >>> aseanrok.expand("KASI")
    'Korea-ASEAN Solidarity Initiative'
    >>> aseanrok.expand(" mkfc ") == aseanrok.expand("MKCF")
    True
    >>> aseanrok.expand("AKC", lang="ko")  # the name of the institution it refers to
    '한-아세안센터'
    """
    spelling = text.strip() if type(text) is str else ""
    if spelling and type(lang) is str and lang == "en":  # the usual call
        spellings, meanings, _ = _compact()
        key = spellings.get(spelling.casefold())
        if key is not None and len(meanings[key]) == 1:
            return meanings[key][0]
    key = _key(text)
    found = _compact()[1][key]
    if len(found) > 1:
        raise AmbiguousAcronymError(key, found)
    wanted = require_text(lang, "a language tag").casefold()
    if wanted == "en":
        return found[0]
    forms = {k.casefold(): v for k, v in _compact()[2].get(key, {}).items()}
    if wanted in forms:
        return forms[wanted]
    from ..records._facts import languages, name_in  # the records: only now, not for English

    named = _referred(key)
    if wanted in {lang.casefold() for lang in languages(named)}:
        return name_in(named, wanted)
    have = ", ".join(sorted({"en", *_compact()[2].get(key, {}), *languages(named)}))
    raise NotFoundError(lang, (), what=f"language for {key}", hint=f"known: {have}")


def _referred(key: str) -> object:
    """The record the one meaning of an acronym refers to, if any (``None`` has no names)."""
    from .lookups import get

    target = _records()[key].meanings[0].refers_to
    return None if target is None else get(target)


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
