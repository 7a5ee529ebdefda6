"""Helpers for the hostile tests: data served from memory, the package pointed at it, every
public accessor with arguments taken from whatever data is bundled, and a raiser for pools.

A plain module (not a test file) so that a worker process can import what it runs.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import pkgutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import aseanrok
import aseanrok.api
import aseanrok.loader
from aseanrok.errors import DataError
from aseanrok.loader import Loader, files
from aseanrok.registry import NAMES

DATA = files("aseanrok") / "data"
_READS_BYTES = hasattr(aseanrok.loader, "parse")
#: The bytes of every bundled data file, and its parsed JSON.
BYTES = {name: (DATA / f"{name}.json").read_bytes() for name in NAMES}
DOCS = {name: json.loads(raw) for name, raw in BYTES.items()}


def with_document(name: str, document: object) -> dict[str, bytes]:
    """The bundled files, one of them replaced by ``document``."""
    return {**BYTES, name: json.dumps(document).encode()}


#: How many examples a property test draws: the deep profile draws twenty times as many.
DEEP = os.environ.get("HYPOTHESIS_PROFILE") == "deep"


def examples(default: int) -> int:
    return default * 20 if DEEP else default


def raise_error(error: BaseException) -> None:
    """Raise ``error`` (run in a worker process: the error crosses back pickled)."""
    raise error


class MemoryLoader(Loader):
    """A loader of data held in memory: ``files`` maps a collection to its bytes (a missing
    one cannot be read). ``reads`` lists the files read, in order."""

    def __init__(self, files: dict[str, bytes]) -> None:
        super().__init__(Path("/nonexistent/aseanrok-test-data"))
        self.files = files
        self.reads: list[str] = []

    def _read(self, name: str) -> bytes:
        self.reads.append(name)
        if name not in self.files:
            raise DataError(f"{name}.json", "$", "cannot read: not there")
        if not _READS_BYTES:  # a loader before 0.2 parsed in _read: so these tests run on it
            return json.loads(self.files[name])  # type: ignore[no-any-return]
        return self.files[name]


def clear_caches() -> None:
    """Forget every answer the API modules cached (they are tied to the default loader)."""
    for info in pkgutil.iter_modules(aseanrok.api.__path__, "aseanrok.api."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)) and getattr(
                value, "__module__", ""
            ).startswith("aseanrok."):
                value.cache_clear()


@contextlib.contextmanager
def package_reads(loader: Loader) -> Iterator[Loader]:
    """Point the package's functions at ``loader`` for the duration."""
    saved = aseanrok.loader._default
    clear_caches()
    aseanrok.loader._default = loader
    try:
        yield loader
    finally:
        aseanrok.loader._default = saved
        clear_caches()


@contextlib.contextmanager
def held_by_another_thread(context: contextlib.AbstractContextManager[object]) -> Iterator[None]:
    """For the duration, another thread is inside ``context`` (a lock, a pause) and stays there."""
    entered, leave = threading.Event(), threading.Event()

    def hold() -> None:
        with context:
            entered.set()
            leave.wait(30)

    other = threading.Thread(target=hold)
    other.start()
    try:
        assert entered.wait(30)
        yield
    finally:
        leave.set()
        other.join()


def _first(values: Any, default: Any = None) -> Any:
    return next(iter(values), default)


def accessors() -> dict[str, Callable[[], object]]:
    """Every public function that reads data, each with arguments that name something in the
    bundled data (taken from it, so that they hold for any data)."""
    a = aseanrok
    acronym = a.acronyms()[0].acronym
    fund = a.funds()[0]
    volume = _first(a.fund_volumes())
    year = volume.year if volume is not None else 2000
    person = a.people()[0]
    office = _first(a.offices(), "none")
    indicator = a.indicators()[0].id
    summit = _first(s for s in a.summits() if s.number is not None)
    line = a.lines_of_effort()[0].number
    level = a.partnership_levels()[0]
    source = a.sources()[0].id
    institution = a.institutions()[0].id
    pledged = _first(v.year for v in a.fund_volumes() if v.kind == "pledged")
    return {
        "acronyms()": a.acronyms,
        "acronym()": lambda: a.acronym(acronym),
        "expand()": lambda: a.expansions(acronym),
        "agreements()": a.agreements,
        "institutions()": a.institutions,
        "institution()": lambda: a.institution(institution),
        "lines_of_effort()": a.lines_of_effort,
        "line_of_effort()": lambda: a.line_of_effort(line),
        "priority_areas()": a.priority_areas,
        "visions()": a.visions,
        "sources()": a.sources,
        "source()": lambda: a.source(source),
        "cite()": lambda: a.cite(a.summit(summit.number)),
        "funds()": a.funds,
        "fund()": lambda: a.fund(fund.acronym),
        "fund_volumes()": a.fund_volumes,
        "fund_history()": lambda: a.fund_history(fund.acronym),
        "funds_by_year()": lambda: a.funds_by_year(year),
        "pledged_annual_total()": lambda: a.pledged_annual_total(pledged or year),
        "pledges()": a.pledges,
        "partnership_levels()": a.partnership_levels,
        "partnership_level()": lambda: a.partnership_level(level.since),
        "people()": a.people,
        "person()": lambda: a.person(person.id),
        "offices()": a.offices,
        "office_holders()": lambda: a.office_holders(office),
        "projects()": a.projects,
        "projects(line_of_effort=)": lambda: a.projects(line_of_effort=line),
        "indicators()": a.indicators,
        "series()": lambda: a.series(indicator),
        "statistics()": a.statistics,
        "summits()": a.summits,
        "summit()": lambda: a.summit(summit.number, summit.series),
        "events()": a.events,
        "timeline()": a.timeline,
        "load()": a.load,
        "get()": lambda: a.get(summit.id),
        "agreement()": lambda: a.agreement(a.agreements()[0].id),
        "project()": lambda: a.project(a.projects()[0].id),
        "event()": lambda: a.event(a.events()[0].id),
    }


#: The public functions that take a name or a key, each with one argument to vary.
NAMED: dict[str, Callable[[str], object]] = {
    "acronym": aseanrok.acronym,
    "expand": aseanrok.expand,
    "expansions": aseanrok.expansions,
    "expand(lang=)": lambda key: aseanrok.expand(aseanrok.acronyms()[0].acronym, lang=key),
    "fund": aseanrok.fund,
    "fund_history": aseanrok.fund_history,
    "institution": aseanrok.institution,
    "person": aseanrok.person,
    "source": aseanrok.source,
    "indicator": aseanrok.indicator,
    "series": aseanrok.series,
    "statistics": aseanrok.statistics,
    "office_holders": aseanrok.office_holders,
    "summit(series=)": lambda key: aseanrok.summit(1, key),
    "summits(series=)": lambda key: aseanrok.summits(series=key),
    "timeline(category=)": lambda key: aseanrok.timeline(category=key),
    "timeline(start=)": lambda key: aseanrok.timeline(key),
    "partnership_level": aseanrok.partnership_level,
    "partnership_levels(track=)": lambda key: aseanrok.partnership_levels(key),
    "funds_by_year(kind=)": lambda key: aseanrok.funds_by_year(2020, kind=key),
    "projects(fund=)": lambda key: aseanrok.projects(fund=key),
    "collection": lambda key: aseanrok.load().collection(key),
    "name_in": lambda key: aseanrok.summits()[0].name_in(key),
    "get": aseanrok.get,
    "agreement": aseanrok.agreement,
    "project": aseanrok.project,
    "event": aseanrok.event,
    "PartialDate.parse": aseanrok.PartialDate.parse,
}
