"""The command line: ``aseanrok`` and ``python -m aseanrok``.

A command for every collection, look-ups (``expand``, ``level``, ``show``, ``cite``), the
timeline, statistics series, ``search`` and ``export``. Text output is aligned columns;
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
import re
import sys
from collections.abc import Callable, Sequence
from typing import IO, Any, NoReturn

__all__ = ["main"]

PROG = "aseanrok"


class _Usage(Exception):
    """Bad usage found after parsing (exit status 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{PROG}: {_one_line(message)} (see {self.prog} --help)\n")

    def _print_message(self, message: str, file: Any = None) -> None:
        if message:
            _write(file or sys.stderr, message)


def _one_line(text: str, limit: int = 400) -> str:
    """``text`` on one line (control characters escaped), cut to ``limit`` characters."""
    line = re.sub(r"[\x00-\x1f\x7f\u2028\u2029]", lambda m: repr(m.group(0))[1:-1], text)
    return line if len(line) <= limit else line[: limit - 3] + "..."


# -- argument types: what the API accepts, written as text ----------------------------------


def _integer(text: str) -> int:
    """An int in ASCII digits (no fullwidth digits, underscores or blanks: the API takes
    ints, and these are what an int is written as)."""
    if re.fullmatch(r"-?[0-9]{1,18}", text) is None:
        raise argparse.ArgumentTypeError(f"not a whole number in digits 0-9: {text!r}")
    return int(text)


def _date(option: str, text: str | None) -> str | None:
    """A date argument, checked by the API's own reading of it (so an error names it)."""
    if text is None:
        return None
    from .dates import as_partial_date

    try:
        as_partial_date(text)
    except (TypeError, ValueError) as exc:
        raise _Usage(f"{option} {text!r}: {exc}") from None
    return text


# -- the commands ----------------------------------------------------------------------------

#: command -> (help, example arguments)
_COMMANDS: dict[str, tuple[str, str]] = {}


def _command(
    sub: Any, name: str, help: str, example: str, aliases: Sequence[str] = ()
) -> argparse.ArgumentParser:
    _COMMANDS[name] = (help, example)
    parser: argparse.ArgumentParser = sub.add_parser(
        name,
        help=help,
        description=help[0].upper() + help[1:] + ".",
        epilog=f"example:\n  {PROG} {_example(name, example)}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        aliases=list(aliases),
    )
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help=_JSON)
    return parser


_JSON = "print JSON (the bundled data's form) instead of text"


def _parser() -> argparse.ArgumentParser:
    from ._version import DATA_VERSION, __version__

    p = _Parser(
        prog=PROG,
        description="Cited facts on ASEAN-Republic of Korea relations.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--json", action="store_true", default=False, help=_JSON)
    p.add_argument(
        "--version", action="version", version=f"{PROG} {__version__} (data {DATA_VERSION})"
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    _command(sub, "summary", "collections, counts, sources and data version (the default)", "")
    c = _command(sub, "search", "records that mention all the words, best first", "methane")
    c.add_argument("words", nargs="+", metavar="WORD")
    c.add_argument("--in", dest="collection", metavar="COLLECTION", help="one collection only")
    c.add_argument("--limit", type=_integer, help="the best N hits only")
    c = _command(sub, "show", "one record by its id, with its sources", "summit-8")
    c.add_argument("id")
    c = _command(sub, "cite", "the citations of a record by its id", "summit-8 --style apa")
    c.add_argument("id")
    c.add_argument("--style", default="text", help="text (default), apa, bibtex or csl-json")
    c = _command(sub, "export", "write every table as CSV, SQLite or JSON", "out --format sqlite")
    c.add_argument("directory", metavar="DIR")
    c.add_argument("--format", default="csv", choices=("csv", "sqlite", "json"))

    c = _command(sub, "expand", "expand an acronym (every meaning when several)", "BMCF")
    c.add_argument("acronym")
    _command(sub, "acronyms", "every acronym with its meanings", "acronyms")
    c = _command(sub, "summits", "the summits, chronologically", "summits --year 2004")
    c.add_argument("--commemorative", action=argparse.BooleanOptionalAction, default=None)
    c.add_argument("--year", type=_integer)
    c.add_argument(
        "--series", default="asean-rok", help="asean-rok (default), commemorative, mekong-rok, all"
    )
    c = _command(sub, "level", "the partnership level on a date (YYYY[-MM[-DD]])", "2015-06")
    c.add_argument("date")
    _command(sub, "partnership-levels", "every level the partnership reached", "")
    _command(sub, "agreements", "agreements, declarations, plans of action", "")
    _command(sub, "institutions", "institutions, mechanisms and dialogues", "")
    c = _command(sub, "funds", "the funds, or their annual volumes in a year", "funds --year 2027")
    c.add_argument("--year", type=_integer)
    c.add_argument("--kind", help="contribution or pledged (with --year)")
    c = _command(sub, "fund-volumes", "annual volumes, of every fund or of one", "AKCF")
    c.add_argument("fund", nargs="?")
    _command(sub, "pledges", "pledges of money", "")
    c = _command(
        sub, "projects", "projects, optionally active in a year", "projects --active-in 2025"
    )
    c.add_argument("--active-in", type=_integer)
    c.add_argument("--fund")
    c.add_argument("--line", type=_integer, dest="line_of_effort")
    c = _command(sub, "timeline", "dated happenings, in a range or a year", "timeline --year 2019")
    c.add_argument("--from", dest="start", metavar="DATE")
    c.add_argument("--to", dest="end", metavar="DATE")
    c.add_argument("--year", type=_integer)
    c.add_argument("--category")
    _command(sub, "events", "the events stored as such", "")
    c = _command(sub, "statistics", "statistics, of every indicator or of one", "")
    c.add_argument("--indicator")
    _command(sub, "indicators", "what the statistics measure", "")
    c = _command(sub, "series", "one indicator's statistics over time", "asean-rok-trade")
    c.add_argument("indicator")
    c = _command(sub, "people", "the people the sources name", "people --as-of 2023")
    c.add_argument("--as-of", type=_integer)
    c = _command(sub, "person", "a person by name or part of one", "'Park Jin'")
    c.add_argument("name")
    _command(sub, "offices", "the offices whose holders are recorded", "")
    c = _command(sub, "holders", "the holders of an office in order", "akc-secretary-general")
    c.add_argument("office")
    _command(sub, "tenures", "every recorded term of office", "")
    _command(sub, "lines-of-effort", "KASI's lines of effort", "")
    _command(sub, "priority-areas", "KASI's priority areas", "")
    _command(sub, "visions", "the visions of the ROK's Indo-Pacific Strategy", "")
    _command(sub, "sources", "the documents and pages every fact comes from", "")
    # a collection that has no command above still gets one (the data grows)
    from .dataset import COLLECTIONS

    for name in COLLECTIONS:
        command = name.replace("_", "-")
        if command not in _COMMANDS:
            _command(sub, command, f"the {name.replace('_', ' ')}", "")

    examples = {name: _example(name, example) for name, (_, example) in _COMMANDS.items()}
    width = max(len(e) for e in examples.values())
    lines = [
        f"  {PROG} {examples[name]:<{width}}  {help_}" for name, (help_, _) in _COMMANDS.items()
    ]
    p.epilog = (
        "examples (each command has --help, and takes --json):\n"
        + "\n".join(lines)
        + "\n\nexit status: 0 an answer, 1 a fault in the data or the output, 2 bad usage"
    )
    return p


def _example(name: str, example: str) -> str:
    """The example command line of a command: ``example`` is its arguments, or a whole command
    line when it starts with the command's name."""
    if not example:
        return name
    return example if example.split()[0] == name else f"{name} {example}"


def _text(rows: Sequence[object]) -> str:
    from .table import text_table

    if not rows:
        return ""
    return text_table(rows, last=True)


def _record_text(record: object) -> str:
    """One record as ``field: value`` lines (the empty ones left out), then its sources."""
    import attrs

    from .api.cite import cite
    from .table import cell

    cls: Any = type(record)
    lines = []
    for f in attrs.fields(cls):
        value = getattr(record, f.name)
        if f.name in ("citations", "claims", "inferred") or value in (None, (), f.default):
            continue
        lines.append(f"{f.name}: {' '.join(cell(value).split())}")
    for claim in getattr(record, "claims", ()):
        why = f": {claim.reason}" if claim.reason else ""
        lines.append(f"claim: {claim.field} = {claim.value} ({claim.rank.value}{why})")
    if getattr(record, "citations", None):
        lines += ["", cite(record)]
    return "\n".join(lines)


def _run(args: argparse.Namespace) -> tuple[Any, str]:
    """The result to print as JSON, and as text."""
    import aseanrok as a

    command = args.command or "summary"
    simple: dict[str, Callable[[], Any]] = {
        "acronyms": a.acronyms,
        "partnership-levels": a.partnership_levels,
        "agreements": a.agreements,
        "institutions": a.institutions,
        "pledges": a.pledges,
        "events": a.events,
        "indicators": a.indicators,
        "offices": a.offices,
        "lines-of-effort": a.lines_of_effort,
        "priority-areas": a.priority_areas,
        "visions": a.visions,
        "sources": a.sources,
    }
    if command in simple:
        rows = simple[command]()
        if rows and isinstance(rows[0], str):
            return list(rows), "\n".join(rows)
        return rows, _text(rows)
    if command == "summary":
        from .summary import summary

        return {"data_version": a.DATA_VERSION, "counts": a.load().counts()}, summary()
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
    if command == "summits":
        series = None if args.series.strip().casefold() == "all" else args.series
        rows = a.summits(commemorative=args.commemorative, year=args.year, series=series)
        return rows, _text(rows)
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
    if command == "fund-volumes":
        rows = a.fund_volumes() if args.fund is None else a.fund_history(args.fund)
        return rows, _text(rows)
    if command == "projects":
        rows = a.projects(
            active_in=args.active_in, fund=args.fund, line_of_effort=args.line_of_effort
        )
        return rows, _text(rows)
    if command == "timeline":
        start, end = _date("--from", args.start), _date("--to", args.end)
        rows = a.timeline(start, end, category=args.category, year=args.year)
        return rows, _text(rows)
    if command == "statistics":
        rows = a.statistics(args.indicator)
        return rows, _text(rows)
    if command == "series":
        rows = a.series(args.indicator)
        return rows, _text(rows)
    if command == "people":
        rows = a.people(as_of=args.as_of)
        return rows, _text(rows)
    if command == "person":
        record = a.person(args.name)
        return record, _record_text(record)
    if command == "holders":
        rows = a.office_holders(args.office)
        return rows, _text(rows)
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


def _jsonable(value: Any) -> Any:
    from .convert import converter

    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return converter.unstructure(value)


# -- writing: never a traceback --------------------------------------------------------------


def _utf8(stream: IO[str]) -> bool:
    encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("_", "-")
    return encoding in ("utf-8", "utf8", "utf-8-sig")


def _write(stream: IO[str], text: str) -> None:
    """Write ``text`` whatever the stream's encoding: a character it cannot encode becomes
    ``?`` on stdout and an escape on stderr."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    errors = "backslashreplace" if stream is sys.stderr else "replace"
    buffer = getattr(stream, "buffer", None)
    if buffer is None:  # a StringIO, as in the tests
        stream.write(text)
        return
    stream.flush()
    buffer.write(text.encode(encoding, errors=errors))
    buffer.flush()


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
    if not out:
        if isinstance(result, (list, tuple)) and not result:
            _fail(0, "no records")  # on stderr: stdout stays empty for scripts
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
