"""The command line: ``aseanrok`` and ``python -m aseanrok``.

Errors print one line on stderr and exit with status 2. ``--json`` prints machine-readable
records (the same form as the bundled data).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

__all__ = ["main"]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"aseanrok: {message} (see aseanrok --help)\n")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="aseanrok", description="Cited facts on ASEAN-Republic of Korea relations.")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("summary", help="collections, counts, sources and data version (default)")
    e = sub.add_parser("expand", help="expand an acronym (every meaning when several)")
    e.add_argument("acronym")
    s = sub.add_parser("summits", help="the summits, chronologically")
    s.add_argument("--commemorative", action=argparse.BooleanOptionalAction, default=None)
    s.add_argument("--year", type=int)
    f = sub.add_parser("funds", help="the funds, or their annual volumes in a year")
    f.add_argument("--year", type=int)
    pr = sub.add_parser("projects", help="projects, optionally active in a year")
    pr.add_argument("--active-in", type=int)
    pr.add_argument("--fund")
    pr.add_argument("--line", type=int, dest="line_of_effort")
    t = sub.add_parser("timeline", help="dated happenings, optionally within a range")
    t.add_argument("--from", dest="start", metavar="DATE")
    t.add_argument("--to", dest="end", metavar="DATE")
    t.add_argument("--category")
    lv = sub.add_parser("level", help="the partnership level on a date (YYYY[-MM[-DD]])")
    lv.add_argument("date")
    sub.add_parser("sources", help="the source documents")
    return p


def _date_arg(text: str | None) -> int | str | None:
    return int(text) if text is not None and text.isdigit() and len(text) == 4 else text


def _run(args: argparse.Namespace) -> tuple[Any, str]:
    """The result to print as JSON, and as text."""
    import aseanrok as a

    command = args.command or "summary"
    if command == "summary":
        from .summary import summary

        return {"data_version": a.DATA_VERSION, "counts": a.load().counts()}, summary()
    if command == "expand":
        meanings = a.expansions(args.acronym)
        if args.json:
            return {"acronym": a.acronym(args.acronym).acronym, "meanings": list(meanings)}, ""
        return None, a.expand(args.acronym) if len(meanings) == 1 else "\n".join(meanings)
    if command == "summits":
        summits = a.summits(commemorative=args.commemorative, year=args.year)
        text = [
            f"{s.number or '-':>3}  {s.when!s:<22} {s.city or '?':<13} {s.name}" for s in summits
        ]
        return summits, "\n".join(text)
    if command == "funds":
        if args.year is None:
            funds = a.funds()
            return funds, "\n".join(f"{f.acronym:<6} {f.name}" for f in funds)
        volumes = dict(a.funds_by_year(args.year))
        text = [f"{k:<6} {v}" for k, v in volumes.items()]
        if volumes:
            text.append(f"{'total':<6} {a.pledged_annual_total(args.year)}")
        return volumes, "\n".join(text) or f"no annual volumes recorded for {args.year}"
    if command == "projects":
        rows = a.projects(
            active_in=args.active_in, fund=args.fund, line_of_effort=args.line_of_effort
        )
        text = [
            f"{p.start_year or '?'}-{p.end_year or '?'}  {p.budget or '':<14} {p.name}"
            for p in rows
        ]
        return rows, "\n".join(text)
    if command == "timeline":
        events = a.timeline(_date_arg(args.start), _date_arg(args.end), category=args.category)
        text = [f"{e.when!s:<22} {e.category.value:<16} {e.title}" for e in events]
        return events, "\n".join(text)
    if command == "level":
        level = a.partnership_level(_date_arg(args.date) or "")
        return level, f"{level.name} (since {level.since})"
    sources = a.sources()
    return sources, "\n".join(f"{s.id:<28} {s.published!s:<10} {s.title}" for s in sources)


def _jsonable(value: Any) -> Any:
    from .convert import converter

    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    return converter.unstructure(value)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return the exit status."""
    args = _parser().parse_args(argv)
    try:
        result, text = _run(args)
    except (LookupError, TypeError, ValueError) as exc:
        print(f"aseanrok: {exc}", file=sys.stderr)
        return 2
    if args.json:
        if isinstance(result, tuple):
            result = list(result)
        print(json.dumps(_jsonable(result), indent=2, ensure_ascii=False))
    elif text:
        print(text)
    return 0
