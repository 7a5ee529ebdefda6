"""The deprecated public names: each still answers, with a ``DeprecationWarning``, for the time
docs/stability.md promises, before a release that says so removes it. No imports: ``import
aseanrok`` reads this table."""

#: Qualified public name (``"aseanrok.old_name"``, ``"aseanrok.Summit.old_field"``) -> (the
#: version of aseanrok that deprecated it, what to use instead). A deprecated module-level
#: name leaves ``aseanrok.__all__`` and warns on each use; a deprecated field or method is
#: kept as a property or method that warns.
DEPRECATED: dict[str, tuple[str, str]] = {}


def message(name: str) -> str:
    """What the warning for a deprecated name says."""
    since, instead = DEPRECATED[name]
    return f"{name} is deprecated since aseanrok {since}: use {instead}"
