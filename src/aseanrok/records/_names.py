"""``name_in(lang)``: a record's name in a language, from its ranked name variants."""

from __future__ import annotations

from typing import Any

from .._args import require_text
from ..errors import NotFoundError
from ._validate import Checked, check_facts

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .base import Variant

_ORDER = {"preferred": 0, "normal": 1}


def _forms(record: object) -> list[Variant]:
    return list(getattr(record, "names", ()))


def languages(record: object) -> tuple[str, ...]:
    """The languages a record has a (not deprecated) name in, English first."""
    found = {"en"} if isinstance(getattr(record, "name", None), str) else set()
    found |= {v.lang for v in _forms(record) if v.rank.value in _ORDER}
    return tuple(sorted(found, key=lambda lang: (lang != "en", lang)))


def name_in(record: object, lang: str) -> str:
    """The preferred name of ``record`` in ``lang`` (a BCP 47 tag, any case).

    English falls back to the record's ``name``; deprecated forms (misspellings) never answer.
    ``NotFoundError`` names the languages that exist.
    """
    wanted = require_text(lang, "a language tag").casefold()
    forms = [v for v in _forms(record) if v.lang.casefold() == wanted and v.rank.value in _ORDER]
    if forms:
        return min(forms, key=lambda v: _ORDER[v.rank.value]).value
    name = getattr(record, "name", None)
    if wanted == "en" and isinstance(name, str):
        return name
    have = languages(record)
    raise NotFoundError(
        lang, (), what="language", hint=f"names are known in {', '.join(have) or 'no language'}"
    )


def repr_html(record: object) -> str:
    """The record as Jupyter shows it: fields, inferred ones, claims, citations with links."""
    from ..table import record_html

    return record_html(record)


class Fact(Checked):
    """Base of the fact records: checks ``inferred`` and ``claims`` when a record is made, and
    prints only the fields that differ from their defaults (notes and citations never)."""

    __slots__ = ()

    _repr_html_ = repr_html

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        check_facts(self)

    def __repr__(self) -> str:
        import attrs

        cls: Any = type(self)
        shown = (
            f"{f.name}={getattr(self, f.name)!r}"
            for f in attrs.fields(cls)
            if f.repr and getattr(self, f.name) != f.default
        )
        return f"{cls.__name__}({', '.join(shown)})"


class Named(Fact):
    """Base of the records with names in several languages."""

    __slots__ = ()

    def name_in(self, lang: str) -> str:
        """The preferred name in a language (a BCP 47 tag such as ``"en"`` or ``"ko"``).

        >>> aseanrok.partnership_levels()[0].name_in("en")
        'Sectoral dialogue relations'
        """
        return name_in(self, lang)
