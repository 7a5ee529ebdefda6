"""What a hostile review tried, one case each: the faults ``load()`` used to miss or leave to
one accessor, the internal exceptions that escaped, the huge arguments echoed whole, the files
parsed again and again under concurrent first calls, the arguments one function took and
another refused, and the module tables and records anyone could change or build wrong."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hostile import BYTES, MemoryLoader, package_reads

import aseanrok as a
import aseanrok.loader
from aseanrok.api import acronyms as acronyms_api
from aseanrok.dataset import COLLECTIONS
from aseanrok.errors import DataError, NotFoundError
from aseanrok.model import Citation, Meaning, Role, Variant
from aseanrok.registry import MAY_BE_EMPTY, NAMES

DOCS = {name: json.loads(raw) for name, raw in BYTES.items()}


def _with(name: str, document: object) -> dict[str, bytes]:
    return {**BYTES, name: json.dumps(document).encode()}


def _refused(
    files: dict[str, bytes], name: str, call: Callable[[], object], *, first: bool = True
) -> DataError:
    """Check that load(), the collection's accessor and ``call`` (a public function) all
    refuse ``files``, with one and the same DataError about ``name``; return it.

    Unless ``first``, load() may find a fault in an earlier file first (one that names
    records of ``name``), and ``call`` may report either.
    """
    with pytest.raises(DataError) as whole:
        MemoryLoader(files).dataset()
    with pytest.raises(DataError) as alone:
        MemoryLoader(files).records(name, COLLECTIONS[name])
    assert alone.value.file == f"{name}.json"
    with package_reads(MemoryLoader(files)), pytest.raises(DataError) as public:
        call()
    if first:
        assert str(alone.value) == str(whole.value)
        assert str(public.value) == str(whole.value)
    return alone.value


# 4. one validation for every way in


def test_a_second_record_for_one_acronym_is_refused_everywhere() -> None:
    doc = DOCS["acronyms"]
    files = _with("acronyms", [*doc, {**doc[0], "id": "acronym-again"}])
    error = _refused(files, "acronyms", lambda: a.acronym(doc[0]["acronym"]))
    assert error.path == f"$[{len(doc)}].acronym"
    with package_reads(MemoryLoader(files)), pytest.raises(DataError) as compact:
        a.expand(doc[0]["acronym"])  # the compact index refuses it too
    assert compact.value.path == error.path


def test_two_summits_with_one_ordinal_are_refused_everywhere() -> None:
    doc = DOCS["summits"]
    numbered = next(s for s in doc if s.get("number") is not None)
    twin = {**numbered, "id": "a-second-summit"}
    twin.pop("raised_to", None)
    error = _refused(_with("summits", [*doc, twin]), "summits", lambda: a.summit(twin["number"]))
    assert error.path == f"$[{len(doc)}].number"


def test_a_duplicated_line_of_effort_is_refused_everywhere() -> None:
    doc = DOCS["lines_of_effort"]
    files = _with("lines_of_effort", [*doc, doc[0]])
    _refused(files, "lines_of_effort", lambda: a.line_of_effort(doc[0]["number"]))


def test_two_funds_with_one_acronym_are_refused_everywhere() -> None:
    doc = DOCS["funds"]
    twin = {**doc[0], "id": "another-fund"}
    _refused(_with("funds", [*doc, twin]), "funds", lambda: a.fund(doc[0]["acronym"]))


def test_a_project_that_ends_before_it_starts_is_refused_everywhere() -> None:
    doc = [dict(p) for p in DOCS["projects"]]
    doc[0].update(start_year=2020, end_year=2010)
    error = _refused(_with("projects", doc), "projects", a.projects)
    assert error.path == "$[0]"
    assert "end_year 2010 is before start_year 2020" in error.problem


def test_a_merge_into_no_fund_is_a_data_error_not_a_key_error() -> None:
    doc = [dict(f) for f in DOCS["funds"]]
    doc[0].update(merged_into="no-such-fund", merged="2019")
    error = _refused(_with("funds", doc), "funds", a.timeline)
    assert error.path == "$[0].merged_into"


@pytest.mark.parametrize("name", [n for n in NAMES if n not in MAY_BE_EMPTY])
def test_an_emptied_file_is_refused_by_every_way_in(name: str) -> None:
    error = _refused({**BYTES, name: b"[]"}, name, a.load, first=False)
    assert error.path == "$"


def test_an_empty_levels_file_is_a_data_error_not_an_index_error() -> None:
    _refused(
        {**BYTES, "partnership_levels": b"[]"},
        "partnership_levels",
        lambda: a.partnership_level(2000),
        first=False,
    )


def test_a_volume_for_one_year_fund_and_kind_twice_is_refused() -> None:
    volume = {**DOCS["fund_volumes"][0], "id": "volume-twice"}
    files = _with("fund_volumes", [*DOCS["fund_volumes"], volume])
    with pytest.raises(DataError) as info:
        MemoryLoader(files).records("fund_volumes", COLLECTIONS["fund_volumes"])
    assert info.value.file == "fund_volumes.json"
    assert "keep one" in info.value.problem


def test_a_pledge_that_names_a_contribution_is_refused() -> None:
    contribution = next(v["id"] for v in DOCS["fund_volumes"] if v.get("kind") == "contribution")
    pledges = [{**DOCS["pledges"][0], "volumes": [contribution]}, *DOCS["pledges"][1:]]
    error = _refused(_with("pledges", pledges), "pledges", a.pledges)
    assert (error.path, "not pledged" in error.problem) == ("$[0].volumes[0]", True)


def test_a_collection_read_alone_gets_the_checks_load_runs() -> None:
    """A summit that names a level which does not name it back: its accessor used to return
    it, since only load() compared the two files."""
    summits = [dict(s) for s in DOCS["summits"]]
    first = next(i for i, s in enumerate(summits) if s.get("raised_to") is None)
    summits[first]["raised_to"] = DOCS["partnership_levels"][0]["id"]
    error = _refused(_with("summits", summits), "summits", a.summits)
    assert error.path == f"$[{first}].raised_to"


# 5. no bare internal exception; messages about the data


@pytest.mark.parametrize("name", NAMES)
def test_a_deeply_nested_file_is_a_data_error(name: str) -> None:
    depth = 100_000
    files = {**BYTES, name: b"[" * depth + b"]" * depth}
    with pytest.raises(DataError) as info:
        MemoryLoader(files).records(name, COLLECTIONS[name])
    assert (info.value.file, info.value.path) == (f"{name}.json", "$")


def test_a_deeply_nested_value_in_a_record_is_a_data_error() -> None:
    doc = [dict(s) for s in DOCS["summits"]]
    nested: Any = []
    for _ in range(900):
        nested = [nested]
    doc[0]["documents"] = nested
    with pytest.raises(DataError) as info:
        MemoryLoader(_with("summits", doc)).records("summits", COLLECTIONS["summits"])
    assert info.value.path.startswith("$[0].documents")
    assert len(str(info.value)) < 300


INTERNALS = (
    "object has no attribute",
    "is not iterable",
    "is not a valid",
    "typing.",
    "NoneType",
    "Exceeds the limit",
    "subscriptable",
    "string indices",
)


@pytest.mark.parametrize(
    "value",
    [[1], "x", 5, None, True, 1.5, {}, [[[]]], 10**30, 10**5000],
    ids=lambda v: type(v).__name__ if not isinstance(v, int) or v < 10**40 else "huge",
)
@pytest.mark.parametrize("where", ["record", "citation", "claim", "variant", "money", "rank"])
def test_data_errors_speak_of_the_data(value: object, where: str) -> None:
    """Whatever stands where a record, a citation, money or a rank should, the message names
    what was expected and what was found, never a Python internal."""
    doc = [dict(s) for s in DOCS["statistics"]]
    record = doc[0]
    if where == "record":
        doc[0] = value  # type: ignore[call-overload]
    elif where == "citation":
        record["citations"] = [value]
    elif where == "claim":
        record["claims"] = [value]
    elif where == "variant":
        doc = [dict(f) for f in DOCS["funds"]]
        doc[0]["names"] = [value]
    elif where == "money":
        record["value"] = {"amount": value, "currency": "USD"}
    else:
        record["rank"] = value
    if where == "money" and type(value) is int:
        pytest.skip("any whole number is an amount")
    name = "funds" if where == "variant" else "statistics"
    text = json.dumps(doc).encode() if value != 10**5000 else _huge_json(doc)
    with pytest.raises(DataError) as info:
        MemoryLoader({**BYTES, name: text}).records(name, COLLECTIONS[name])
    message = str(info.value)
    assert not any(word in message for word in INTERNALS), message
    assert len(message) < 300


def _huge_json(doc: object) -> bytes:
    sys_limit = __import__("sys")
    saved = sys_limit.get_int_max_str_digits()
    sys_limit.set_int_max_str_digits(0)
    try:
        return json.dumps(doc).encode()
    finally:
        sys_limit.set_int_max_str_digits(saved)


def test_a_day_past_any_month_is_a_value_error_not_an_overflow() -> None:
    with pytest.raises(ValueError, match="day must be 1-31"):
        a.PartialDate(year=2000, month=1, day=2**31)
    with pytest.raises(ValueError, match="an int of 5001 digits"):
        a.PartialDate(year=10**5000)


HUGE = 10**5000


@pytest.mark.parametrize(
    "call",
    [
        lambda: a.summit(HUGE),
        lambda: a.line_of_effort(HUGE),
        lambda: a.pledged_annual_total(HUGE),
        lambda: a.projects(line_of_effort=HUGE),
        lambda: a.partnership_level(HUGE),
        lambda: a.funds_by_year(HUGE)["x"],
        lambda: a.timeline(HUGE),
    ],
    ids=[
        "summit",
        "line_of_effort",
        "pledged_annual_total",
        "projects",
        "partnership_level",
        "funds_by_year",
        "timeline",
    ],
)
def test_an_int_over_4300_digits_is_refused_in_a_short_message(call: Callable[[], object]) -> None:
    with pytest.raises((NotFoundError, ValueError, KeyError)) as info:
        call()
    if not isinstance(info.value, KeyError) or isinstance(info.value, NotFoundError):
        assert "Exceeds the limit" not in str(info.value)
        assert len(str(info.value)) < 300


def test_a_collection_name_that_cannot_be_hashed_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="must be a str, got Decimal"):
        a.load().collection(Decimal("sNaN"))  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="must be a str, got list"):
        a.load().collection([])  # type: ignore[call-overload]


# 6. bounded messages

BIG = "x" * 10_000_000
NAMED: dict[str, Callable[[str], object]] = {
    "acronym": a.acronym,
    "expand": a.expand,
    "expansions": a.expansions,
    "expand(lang=)": lambda key: a.expand(a.acronyms()[0].acronym, lang=key),
    "fund": a.fund,
    "fund_history": a.fund_history,
    "institution": a.institution,
    "person": a.person,
    "source": a.source,
    "indicator": a.indicator,
    "series": a.series,
    "statistics": a.statistics,
    "office_holders": a.office_holders,
    "summit(series=)": lambda key: a.summit(1, key),
    "summits(series=)": lambda key: a.summits(series=key),
    "timeline(category=)": lambda key: a.timeline(category=key),
    "timeline(start=)": lambda key: a.timeline(key),
    "partnership_level": a.partnership_level,
    "partnership_levels(track=)": lambda key: a.partnership_levels(key),
    "funds_by_year(kind=)": lambda key: a.funds_by_year(2020, kind=key),
    "projects(fund=)": lambda key: a.projects(fund=key),
    "collection": lambda key: a.load().collection(key),
    "name_in": lambda key: a.summits()[0].name_in(key),
    "get": a.get,
    "agreement": a.agreement,
    "project": a.project,
    "event": a.event,
    "PartialDate.parse": a.PartialDate.parse,
}


@pytest.mark.parametrize("label", sorted(NAMED))
def test_a_huge_argument_is_echoed_only_as_a_short_prefix(label: str) -> None:
    with pytest.raises((NotFoundError, ValueError)) as info:
        NAMED[label](BIG)
    assert len(str(info.value)) < 400


# 7. loads once means once


def test_concurrent_first_calls_read_and_parse_each_file_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    loader = MemoryLoader(dict(BYTES))
    parses: list[str] = []
    parse = aseanrok.loader.parse
    monkeypatch.setattr(aseanrok.loader, "parse", lambda n, raw: parses.append(n) or parse(n, raw))
    calls: list[Callable[[], object]] = [
        loader.dataset,
        lambda: loader.derive("acronyms", acronyms_api.validate_document, acronyms_api._build),
        *(lambda n=n: loader.records(n, COLLECTIONS[n]) for n in NAMES),
    ]
    _together(calls * 2)
    assert Counter(loader.reads) == Counter(NAMES)
    assert Counter(parses) == Counter(NAMES)


def test_concurrent_first_calls_of_the_package_read_each_file_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    loader = MemoryLoader(dict(BYTES))
    parses: list[str] = []
    parse = aseanrok.loader.parse
    monkeypatch.setattr(aseanrok.loader, "parse", lambda n, raw: parses.append(n) or parse(n, raw))
    key = DOCS["acronyms"][0]["acronym"]
    calls: list[Callable[[], object]] = [
        lambda: a.expansions(key),
        lambda: a.acronym(key),
        a.acronyms,
        a.summits,
        a.timeline,
        a.funds,
        a.load,
        a.statistics,
    ]
    with package_reads(loader):
        _together(calls * 3)
    assert Counter(loader.reads) == Counter(NAMES)
    assert Counter(parses) == Counter(NAMES)


def _together(calls: list[Callable[[], object]]) -> None:
    """Run every call at once, each in its own thread; re-raise the first failure."""
    start = threading.Barrier(len(calls))
    failures: list[BaseException] = []

    def run(call: Callable[[], object]) -> None:
        start.wait()
        try:
            call()
        except BaseException as exc:  # handed to the test thread
            failures.append(exc)

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if failures:
        raise failures[0]


# 8. consistent arguments


def test_a_datetime_or_a_timestamp_counts_as_its_day() -> None:
    day = a.partnership_levels()[-1].since.earliest()
    moment = dt.datetime.combine(day, dt.time(23, 59))
    assert a.partnership_level(moment) == a.partnership_level(day)
    assert a.timeline(moment, moment) == a.timeline(day, day)
    pd = pytest.importorskip("pandas")
    stamp = pd.Timestamp(moment)
    assert a.partnership_level(stamp) == a.partnership_level(day)
    assert a.timeline(stamp, stamp) == a.timeline(day, day)
    with pytest.raises(TypeError, match="names no date"):
        a.timeline(pd.NaT)


@pytest.mark.parametrize("label", sorted(NAMED))
@pytest.mark.parametrize("blank", ["", " ", "\t\n", "\u3000"])
def test_a_blank_name_is_a_value_error_everywhere(label: str, blank: str) -> None:
    with pytest.raises(ValueError, match=r"empty|blank|not a date") as info:
        NAMED[label](blank)
    assert not isinstance(info.value, NotFoundError)


def test_a_name_with_no_letter_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="letter"):
        a.person("-")


def test_ids_fold_case_like_every_other_look_up() -> None:
    source = a.sources()[0]
    assert a.source(f" {source.id.upper()} ") is source
    indicator = a.indicators()[0].id
    assert a.indicator(indicator.upper()) == a.indicator(indicator)
    assert a.series(indicator.upper()) == a.series(indicator)
    assert a.statistics(indicator.title()) == a.statistics(indicator)
    assert a.load().collection(" Summits ") is a.load().summits


# 9. nothing public is mutable; records built by hand are checked


def test_the_collections_table_is_read_only() -> None:
    with pytest.raises(TypeError):
        COLLECTIONS["summits"] = object  # type: ignore[index]
    with pytest.raises(TypeError):
        del COLLECTIONS["summits"]  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        COLLECTIONS.clear()  # type: ignore[attr-defined]
    assert list(COLLECTIONS) == list(NAMES)


def _my_modules() -> list[Any]:
    import importlib

    names = [
        "errors",
        "loader",
        "raw",
        "checks",
        "dataset",
        "registry",
        "dates",
        "_rules",
        "api.acronyms",
        "api.catalog",
        "api.funds",
        "api.partnership",
        "api.people",
        "api.projects",
        "api.statistics",
        "api.summits",
        "api.timeline",
        *(f"records.{n}" for n in ("base", "summits", "funds", "people", "acronyms", "kasi")),
    ]
    return [importlib.import_module(f"aseanrok.{n}") for n in names]


@pytest.mark.parametrize("module", _my_modules(), ids=lambda m: m.__name__)
def test_no_public_module_table_can_be_changed(module: Any) -> None:
    mutable = [
        name
        for name, value in vars(module).items()
        if not name.startswith("_")
        and isinstance(value, (dict, list, set, bytearray))
        and getattr(value, "__module__", None) is None
    ]
    assert mutable == []


def test_a_summit_built_by_hand_with_a_string_ordinal_is_refused() -> None:
    cite = (Citation(source_id="a-source", locator="para 1", quote="8th"),)
    with pytest.raises(TypeError, match="number must be an int"):
        a.Summit(id="summit-8", name="8th", number="8", when=a.Span.parse("2004"), citations=cite)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="when must be a Span"):
        a.Summit(id="summit-8", name="8th", number=8, when="2004", citations=cite)  # type: ignore[arg-type]


def _samples() -> dict[type, object]:
    """A record of every class, from the bundled data: each collection's first record and
    the nested records found in them."""
    found: dict[type, object] = {}

    def walk(value: object) -> None:
        if isinstance(value, tuple):
            for item in value:
                walk(item)
        elif attrs.has(type(value)) and type(value) not in found:
            found[type(value)] = value
            for field in attrs.fields(type(value)):
                walk(getattr(value, field.name))

    ds = a.load()
    for name in COLLECTIONS:
        for record in ds.collection(name)[:3]:
            walk(record)
    return found


SAMPLES = _samples()
FIELDS = [
    (cls, field.name)
    for cls, sample in SAMPLES.items()
    if cls.__module__.startswith("aseanrok.records")
    for field in attrs.fields(cls)  # type: ignore[arg-type]
]


def _wrong_for(value: object) -> list[object]:
    """Values of other types than ``value``: a near miss, and an object nothing accepts."""
    if isinstance(value, bool):
        near: object = 1
    elif isinstance(value, str):
        near = 8
    elif isinstance(value, tuple):
        near = list(value)
    elif value is None:
        near = b"x"
    else:
        near = "8"
    return [near, object()]


def test_records_of_every_class_are_sampled() -> None:
    assert set(COLLECTIONS.values()) <= set(SAMPLES)
    assert {Citation, Variant, Meaning, Role} <= set(SAMPLES)


@pytest.mark.parametrize(("cls", "field"), FIELDS, ids=lambda v: getattr(v, "__name__", v))
def test_every_field_of_a_record_built_by_hand_is_type_checked(cls: type, field: str) -> None:
    sample = SAMPLES[cls]
    for wrong in _wrong_for(getattr(sample, field)):
        with pytest.raises(TypeError):
            attrs.evolve(sample, **{field: wrong})


# the scans that stand in for parsing the other files


@pytest.mark.parametrize("name", NAMES)
def test_a_scan_of_the_bytes_finds_what_the_parse_finds(name: str) -> None:
    from aseanrok.ids import index, scan

    parsed = index(name, DOCS[name])
    for complete in (False, True):
        scanned = scan(name, BYTES[name], complete)
        if scanned is not None:
            assert scanned.ids == parsed.ids
            if scanned.complete:
                assert scanned.fields == parsed.fields


def _nested(cls: type) -> set[type]:
    """The record classes a record of ``cls`` holds (as JSON objects), at any depth."""
    import typing

    from aseanrok.dates import PartialDate, Span

    found: set[type] = set()
    for hint in typing.get_type_hints(cls).values():
        stack = [hint]
        while stack:
            tp = stack.pop()
            stack.extend(typing.get_args(tp))
            if attrs.has(tp) and tp not in (PartialDate, Span) and tp not in found:
                found.add(tp)
                found |= _nested(tp)
    return found


def test_no_record_nests_a_record_with_an_id() -> None:
    """The id scan counts every "id" key as a record's: true while no record nests another
    with an id (a pledge names its volumes by id instead)."""
    nesting = {
        name
        for name, cls in COLLECTIONS.items()
        if any("id" in attrs.fields_dict(c) for c in _nested(cls))
    }
    assert nesting == set()


def test_a_source_nests_no_record_so_its_kind_scan_holds() -> None:
    assert _nested(COLLECTIONS["sources"]) == set()


def test_a_scan_gives_way_to_the_parse_where_keys_could_hide() -> None:
    from aseanrok.ids import scan

    raw = BYTES["sources"]
    assert scan("sources", raw.replace(b'"id"', b'"\\u0069d"', 1), complete=True) is None
    swapped = json.dumps([{"kind": "web", **s} for s in DOCS["sources"][:2]]).encode()
    assert scan("sources", swapped, complete=True) is None  # kind before id: parsed
