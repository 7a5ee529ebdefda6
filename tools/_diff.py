"""What changed in the facts from one data version to the next, record by record and field by
field: the entries of a version in ``src/aseanrok/data/history/changes.json``.

- ``added``: a record new in this version;
- ``changed``: a field's value, old -> new, with the citations that back the new one (the
  field's claims where the record keeps them, else the record's own);
- ``deprecated``: a field's value replaced, the old one kept in ``claims`` ranked deprecated;
- ``merged``: an id merged into another record (it keeps resolving, to ``merged_into``);
- ``moved``: an id now held by another collection (old -> new collection), its fields'
  changes listed after it;
- ``removed``: an id gone without a merge, which the policy forbids (the tests catch it).
"""

from __future__ import annotations

from typing import Any

from _snapshots import Snapshot

# the field that keys the records of a collection that has no ids
_KEYS = {"acronyms": "acronym", "lines_of_effort": "number"}
MERGES = "merges"
# fields whose values carry their own citations: a change to them cites nothing else
_CITED = {"citations", "claims", "names", "meanings", "variants", "alternatives"}


def _key(collection: str, record: dict[str, Any]) -> str | None:
    value = record.get(_KEYS.get(collection, "id"))
    return None if value is None else str(value)


def _keyed(collection: str, records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for record in records:
        key = _key(collection, record)
        if key is not None:
            found.setdefault(key, record)
    return found


def _backing(record: dict[str, Any], field: str) -> list[Any]:
    """The citations behind a field's value: its preferred claim's, else the record's."""
    for claim in record.get("claims", ()):
        if claim.get("field") == field and claim.get("rank") == "preferred":
            return list(claim.get("citations", ()))
    return list(record.get("citations", ()))


def _deprecated(record: dict[str, Any], field: str, old: Any) -> bool:
    """Whether the record keeps ``old`` as a deprecated claim on ``field``."""
    return any(
        c.get("field") == field and c.get("rank") == "deprecated" and c.get("value") == old
        for c in record.get("claims", ())
    )


def _fields(collection: str, key: str, old: dict[str, Any], new: dict[str, Any]) -> list[Any]:
    changes = []
    for field in [*new, *(f for f in old if f not in new)]:
        before, after = old.get(field), new.get(field)
        if before == after:
            continue
        kind = "deprecated" if before is not None and _deprecated(new, field, before) else "changed"
        entry: dict[str, Any] = {"kind": kind, "collection": collection, "key": key}
        entry["field"] = field
        if before is not None:
            entry["old"] = before
        if after is not None:
            entry["new"] = after
        if field not in _CITED:
            entry["citations"] = _backing(new, field)
        changes.append(entry)
    return changes


def _owners(snapshot: Snapshot) -> dict[str, tuple[str, dict[str, Any]]]:
    """Each key of a collection other than the merges: its collection and record."""
    return {
        key: (name, record)
        for name, records in snapshot.items()
        if name != MERGES
        for key, record in _keyed(name, records).items()
    }


def diff(old: Snapshot, new: Snapshot) -> list[dict[str, Any]]:
    """The changes from ``old`` to ``new``: collection by collection in the new data's order,
    records in their file's order, fields in the record's."""
    before, after = _owners(old), _owners(new)
    old_merges = _keyed(MERGES, old.get(MERGES, []))
    merged = {k: m for k, m in _keyed(MERGES, new.get(MERGES, [])).items() if k not in old_merges}
    changes: list[dict[str, Any]] = []
    for key, (name, record) in after.items():
        if key not in before:
            changes.append({"kind": "added", "collection": name, "key": key})
            continue
        was, old_record = before[key]
        if was != name:
            changes.append(
                {"kind": "moved", "collection": name, "key": key, "old": was, "new": name}
            )
        changes += _fields(name, key, old_record, record)
    for key, (name, _) in before.items():
        if key not in after and key not in merged:
            changes.append({"kind": "removed", "collection": name, "key": key})
    for key, merge in merged.items():
        kept = after.get(merge.get("merged_into", ""), (MERGES, {}))[0]
        entry = {"kind": "merged", "collection": kept, "key": key}
        entry["merged_into"] = merge.get("merged_into")
        if merge.get("note"):
            entry["note"] = merge["note"]
        changes.append(entry)
    return changes
