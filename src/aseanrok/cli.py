"""The command line: ``aseanrok`` and ``python -m aseanrok``.

A command for every collection, look-ups (``expand``, ``level``, ``show``, ``cite``), the
timeline, statistics series, ``search``, ``export`` and ``diff`` (the changes between data
versions). Text output is aligned columns;
``--json`` (before or after the command) prints the records in the bundled data's form.

It never prints a traceback. The exit status is 0 for an answer (an empty one too), 1 for a
fault in the data or in writing the output (one line on stderr; a closed pipe ends it quietly),
2 for bad usage (one line on stderr). Arguments are read as the API reads them: a date is
passed to the API as written, a year must be ASCII digits.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from .cli_args import PROG, _date, _one_line, _parser, _Usage, _utf8, _write

__all__ = ["main"]


def _text(rows: Sequence[object]) -> str:
    from .render.text import text_table

    if not rows:
        return ""
    return text_table(rows, last=True)


def _record_text(record: object) -> str:
    from .render.text import record_text

    return record_text(record)


def _run(args: argparse.Namespace) -> tuple[Any, str]:
    """The result to print as JSON, and as text."""
    import aseanrok as a

    command = args.command or "summary"
    # the commands that answer with a table: what each asks of the API
    tables: dict[str, Callable[[argparse.Namespace], Sequence[Any]]] = {
        "acronyms": lambda _: a.acronyms(),
        "partnership-levels": lambda _: a.partnership_levels(),
        "agreements": lambda _: a.agreements(),
        "institutions": lambda _: a.institutions(),
        "pledges": lambda _: a.pledges(),
        "events": lambda _: a.events(),
        "indicators": lambda _: a.indicators(),
        "offices": lambda _: a.offices(),
        "lines-of-effort": lambda _: a.lines_of_effort(),
        "priority-areas": lambda _: a.priority_areas(),
        "visions": lambda _: a.visions(),
        "sources": lambda _: a.sources(),
        "summits": lambda n: a.summits(
            commemorative=n.commemorative,
            year=n.year,
            series=None if n.series.strip().casefold() == "all" else n.series,
        ),
        "meetings": lambda n: a.meetings(series=n.series, year=n.year, level=n.level),
        "meeting-series": lambda n: a.meeting_series(level=n.level),
        "commitments": lambda n: a.commitments(kind=n.kind, year=n.year),
        "fund-volumes": lambda n: a.fund_volumes() if n.fund is None else a.fund_history(n.fund),
        "projects": lambda n: a.projects(
            active_in=n.active_in, fund=n.fund, line_of_effort=n.line_of_effort
        ),
        "timeline": lambda n: a.timeline(
            _date("--from", n.start), _date("--to", n.end), category=n.category, year=n.year
        ),
        "statistics": lambda n: a.statistics(n.indicator),
        "series": lambda n: a.series(n.indicator),
        "people": lambda n: a.people(as_of=n.as_of),
        "holders": lambda n: a.office_holders(n.office),
    }
    if command in tables:
        rows = tables[command](args)
        if rows and isinstance(rows[0], str):
            return list(rows), "\n".join(rows)
        return rows, _text(rows)
    if command == "summary":
        from .render.text import summary

        return {"data_version": a.DATA_VERSION, "counts": a.load().counts()}, summary()
    if command == "diff":
        rows = a.changes(since=args.old, until=args.new)
        return [_change(c) for c in rows], _text(rows)
    if command == "search":
        hits = a.search(" ".join(args.words), collection=args.collection, limit=args.limit)
        return [_hit(h) for h in hits], _text(hits)
    if command == "show":
        record = a.get(args.id)
        return record, _record_text(record)
    if command == "cite":
        text = a.cite(a.get(args.id), style=args.style)
        return (json.loads(text) if args.style.strip().casefold() == "csl-json" else text), text
    if command == "export":
        files = a.export(args.directory, args.format)
        return [str(f) for f in files], f"wrote {len(files)} files in {args.directory}"
    if command == "expand":
        meanings = a.expansions(args.acronym)
        if args.json:
            return {"acronym": a.acronym(args.acronym).acronym, "meanings": list(meanings)}, ""
        return None, a.expand(args.acronym) if len(meanings) == 1 else "\n".join(meanings)
    if command == "level":
        level = a.partnership_level(_date("level", args.date) or "")
        return level, f"{level.name} (since {level.since})"
    if command == "funds":
        if args.year is None:
            if args.kind is not None:
                raise _Usage("--kind goes with --year")
            rows = a.funds()
            return rows, _text(rows)
        volumes = dict(a.funds_by_year(args.year, kind=args.kind))
        lines = [[k, format(v)] for k, v in volumes.items()]
        if volumes and args.kind != "contribution":
            with contextlib.suppress(LookupError):  # no pledged volumes that year
                lines.append(["total pledged", format(a.pledged_annual_total(args.year))])
        width = max((len(k) for k, _ in lines), default=0)
        return volumes, "\n".join(f"{k:<{width}}  {v:>20}".rstrip() for k, v in lines)
    if command == "meeting":
        record = a.meeting(args.series, number=args.number, year=args.year)
        return record, _record_text(record)
    if command == "person":
        record = a.person(args.name)
        return record, _record_text(record)
    rows = a.load().collection(command.replace("-", "_"))  # a collection of its own
    return rows, _text(rows)


def _hit(hit: Any) -> dict[str, object]:
    return {
        "collection": hit.collection,
        "key": hit.key,
        "title": hit.title,
        "field": hit.field,
        "excerpt": hit.excerpt,
        "score": hit.score,
    }


def _change(change: Any) -> dict[str, object]:
    """A change in the history file's form: the old and new values as JSON, not JSON text."""
    from .convert import converter

    found: dict[str, object] = converter.unstructure(change)
    for side in ("old", "new"):
        if side in found:
            found[side] = json.loads(getattr(change, side))
    return found


def _jsonable(value: Any) -> Any:
    """A result as JSON takes it: records in the data's form, each quote as plain text."""
    from .convert import converter
    from .shown import shown_form

    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return shown_form(converter.unstructure(value))


def _quiet_stdout() -> None:
    """Point stdout at the null device, so that the interpreter's last flush of what could not
    be written raises nothing at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _fail(status: int, message: str) -> int:
    with contextlib.suppress(OSError, ValueError):  # stderr closed too: nothing to tell
        _write(sys.stderr, f"{PROG}: {_one_line(message)}\n")
    return status


def _output(args: argparse.Namespace, result: Any, text: str) -> str:
    if not getattr(args, "json", False):
        return f"{text}\n" if text else ""
    # ASCII-safe where the output cannot take UTF-8 (JSON escapes the rest, and stays valid)
    document = _jsonable(result)
    return json.dumps(document, indent=2, ensure_ascii=not _utf8(sys.stdout)) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return the exit status."""
    from .errors import DataError

    try:
        try:
            args = _parser().parse_args(argv)
        except SystemExit as exc:  # --help, --version, or a usage error already printed
            return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
        result, text = _run(args)
        out = _output(args, result, text)
    except DataError as exc:
        return _fail(1, f"fault in the bundled data: {exc}")
    except (_Usage, LookupError, TypeError, ValueError) as exc:
        return _fail(2, str(exc))
    except RecursionError:
        return _fail(1, "fault in the bundled data: it nests too deeply to read")
    except MemoryError:
        return _fail(1, "out of memory")
    except BrokenPipeError:  # --help or --version into a pipe whose reader went away
        _quiet_stdout()
        return 1
    except OSError as exc:  # export into a directory that cannot be written
        return _fail(1, f"cannot write: {exc}")
    except KeyboardInterrupt:
        return _fail(130, "interrupted")
    except Exception as exc:  # a fault of aseanrok itself: still one line, no traceback
        return _fail(1, f"internal error: {type(exc).__name__}: {exc}")
    if not out or (isinstance(result, (list, tuple, dict)) and not result):
        if isinstance(result, (list, tuple, dict)) and not result:
            _fail(0, "no records")  # on stderr: stdout stays empty for scripts
        if not out:
            return 0
    try:
        _write(sys.stdout, out)
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        _quiet_stdout()
        return 1
    except OSError as exc:  # a full disk, a closed descriptor
        _quiet_stdout()
        return _fail(1, f"cannot write the output: {exc}")
    return 0
