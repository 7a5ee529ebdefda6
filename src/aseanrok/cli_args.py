"""The command line's grammar: the commands and their arguments, read as the API reads them
(a date passed on as written, a year in ASCII digits), with an example each in ``--help``; and
writing a message whatever stdout's and stderr's encodings (``cli`` runs the commands)."""

from __future__ import annotations

import argparse
import contextlib
import errno
import re
import sys
from collections.abc import Sequence
from typing import IO, Any, NoReturn

PROG = "aseanrok"


class _Usage(Exception):
    """Bad usage found after parsing (exit status 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{PROG}: {_one_line(message)} (see {self.prog} --help)\n")

    def _print_message(self, message: str, file: Any = None) -> None:
        if message:
            # a closed stream: the exit status still says what happened
            with contextlib.suppress(OSError, ValueError):
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

    c = _command(
        sub, "diff", "what changed in the facts between two data versions", "2026.11.4 2026.12.1"
    )
    c.add_argument("old", metavar="OLD", help="the data version to compare from")
    c.add_argument("new", metavar="NEW", nargs="?", help="the one to compare to (the bundled)")
    c = _command(sub, "expand", "expand an acronym (every meaning when several)", "BMCF")
    c.add_argument("acronym")
    _command(sub, "acronyms", "every acronym with its meanings", "acronyms")
    c = _command(sub, "summits", "the summits, chronologically", "summits --year 2004")
    c.add_argument("--commemorative", action=argparse.BooleanOptionalAction, default=None)
    c.add_argument("--year", type=_integer)
    c.add_argument(
        "--series", default="asean-rok", help="asean-rok (default), commemorative, mekong-rok, all"
    )
    c = _command(
        sub, "meetings", "meetings below the leaders, chronologically", "meetings --year 2023"
    )
    c.add_argument("--series", help="a series' id, acronym or name (see meeting-series)")
    c.add_argument("--year", type=_integer)
    c.add_argument("--level", help="ministerial, senior-officials or officials")
    c = _command(
        sub,
        "meeting",
        "one meeting of a series, by number or year",
        "asean-rok-transport-ministers-meeting --number 14",
    )
    c.add_argument("series")
    c.add_argument("--number", type=_integer)
    c.add_argument("--year", type=_integer)
    c = _command(sub, "meeting-series", "the series of meetings below the leaders", "")
    c.add_argument("--level", help="ministerial, senior-officials or officials")
    c = _command(sub, "commitments", "targets and pledges, as they were made", "")
    c.add_argument("--kind", help="target or pledge")
    c.add_argument("--year", type=_integer)
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
    c = _command(
        sub, "series", "one indicator's statistics over time", "asean-rok-trade-korea-basis"
    )
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
        if command not in sub.choices:  # not _COMMANDS: it outlives a parser built before
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


# -- writing: never a traceback --------------------------------------------------------------


def _utf8(stream: IO[str]) -> bool:
    encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("_", "-")
    return encoding in ("utf-8", "utf8", "utf-8-sig")


def _write(stream: IO[str], text: str) -> None:
    """Write ``text`` whatever the stream's encoding: a character it cannot encode becomes
    ``?`` on stdout and an escape on stderr."""
    if stream is None:  # started with the descriptor closed (`aseanrok summits >&-`)
        raise OSError(errno.EBADF, "the stream is closed")
    encoding = getattr(stream, "encoding", None) or "utf-8"
    errors = "backslashreplace" if stream is sys.stderr else "replace"
    buffer = getattr(stream, "buffer", None)
    if buffer is None:  # a StringIO, as in the tests
        stream.write(text)
        return
    stream.flush()
    buffer.write(text.encode(encoding, errors=errors))
    buffer.flush()
