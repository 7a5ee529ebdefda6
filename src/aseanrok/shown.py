"""A record's fields as a reader is shown them: a citation's quote as plain text.

The data keeps a quote with the characters of its document, markup of the text extraction
included (``8<sup>th</sup>``); the exports, ``to_pandas``, search, the tables and the command
line show it through here, as ``Citation.quote_text``.
"""

from __future__ import annotations

from typing import Any

from ._markup import plain_text
from .records.base import Citation

__all__ = ["SHOWN_AS", "shown_form", "shown_value"]

#: What a column holds where it shows a field otherwise than the data stores it.
SHOWN_AS: dict[tuple[type, str], str] = {
    (Citation, "quote"): (
        "the quote as plain text: the document's words, the markup of its text extraction "
        "(<sup>th</sup>) taken out"
    ),
}


def shown_value(record: object, name: str) -> Any:
    """The value of a record's field as a reader is shown it: a citation's ``quote`` as its
    plain text (``quote_text``), every other field as it is."""
    if name == "quote" and isinstance(record, Citation):
        return record.quote_text
    return getattr(record, name)


def shown_form(document: Any) -> Any:
    """A record in the data's form (dicts and lists, as the converter unstructures it) as a
    reader is shown it: the quote of each citation in it as plain text."""
    if isinstance(document, list):
        return [shown_form(v) for v in document]
    if not isinstance(document, dict):
        return document
    found = {k: shown_form(v) for k, v in document.items()}
    if isinstance(found.get("quote"), str) and "source_id" in found:
        found["quote"] = plain_text(found["quote"])
    return found
