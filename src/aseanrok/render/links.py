"""Links, as HTML: a cited source to its page (its title on hover), and the ids a field holds
to what they name (``chair: lee-hsien-loong`` is Lee Hsien Loong)."""

from __future__ import annotations

from ..columns import title_of
from ..errors import AseanrokError, NotFoundError

__all__ = ["escape", "source_link", "titles"]


def escape(text: str) -> str:
    """``html.escape(text)``, without importing ``html`` (and its table of entities)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;").replace("'", "&#x27;")


def source_link(source_id: str, locator: str | None = None) -> str:
    """A source id linked to its page where it has one (the title on hover); the id alone where
    it names no source of the bundled data."""
    from ..api.catalog import source

    try:
        found = source(source_id)
    except NotFoundError:
        return escape(source_id)
    label = escape(source_id + (f", {locator}" if locator else ""))
    title = escape(f"{found.title} ({found.publisher}, {found.published or 'n.d.'})")
    if found.url:
        return f'<a href="{escape(found.url)}" title="{title}" target="_blank">{label}</a>'
    return f'<span title="{title}">{label}</span>'


def titles(value: object) -> str:
    """What the ids a field holds name, as HTML; nothing for a value that is no id of the
    bundled data (or whose ids are what they would be called)."""
    from ..api.lookups import by_id

    ids = value if isinstance(value, tuple) else (value,)
    if not ids or not all(isinstance(i, str) for i in ids):
        return ""
    try:
        known = by_id()
    except AseanrokError:
        return ""
    names = [title_of(known[i]) for i in ids if i in known]
    if len(names) != len(ids) or names == list(ids):
        return ""
    return f' <span style="color:gray">({escape("; ".join(names))})</span>'
