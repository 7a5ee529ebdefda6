"""Tables a person can read: print() aligns, Jupyter shows compact columns and a record its own
HTML; slicing, filter() and + keep a Table."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given, reject, settings
from hypothesis import strategies as st
from strategies import generated

import aseanrok as a
from aseanrok.dataset import COLLECTIONS
from aseanrok.table import Table


def test_slicing_filtering_and_adding_give_a_table() -> None:
    t = a.summits()
    assert isinstance(t[1:3], Table)
    assert t[1:3] == tuple(t)[1:3]
    assert isinstance(t[::-1], Table)
    assert not isinstance(t[0], Table)
    held = t.filter(lambda s: s.number is not None and s.number < 10)
    assert isinstance(held, Table)
    assert all(s.number is not None and s.number < 10 for s in held)
    city = t[1].city
    assert t.filter(city=city) == tuple(s for s in t if s.city == city)
    assert isinstance(t[:1] + t[1:2], Table)
    assert t[:1] + t[1:2] == t[:2]
    with pytest.raises(AttributeError, match="no field"):
        t.filter(town="x")


def test_print_gives_aligned_columns() -> None:
    t = a.summits()
    text = str(t)
    lines = text.splitlines()
    assert len(lines) == len(t) + 1  # a header, then a line a record
    header = lines[0].split()
    assert header == ["id", "when", "city", "name"]  # the summary columns of a summit
    # every column starts where its header does
    starts = [m.start() for m in re.finditer(r"\S+", lines[0])]
    for line in lines[1:]:
        for start in starts[1:]:
            assert line[start - 2 : start] == "  " or start > len(line)
    assert str(Table()) == "(no records)"


def test_notebook_table_is_compact() -> None:
    t = a.summits()
    page = t._repr_html_()
    cells = re.findall(r"<td[^>]*>(.*?)</td>", page, flags=re.DOTALL)
    # no cell of more than a line: a long note is cut, its whole text on hover
    assert max(len(html.unescape(re.sub(r"<[^>]+>", "", c))) for c in cells) <= 100
    longest = max((s for s in t if s.note), key=lambda s: len(s.note or ""))
    assert longest.note is not None
    assert f'title="{html.escape(longest.note)}"' in page
    # sources are linked to their pages
    urls = {a.source(c.source_id).url for s in t for c in s.citations} - {None}
    assert any(f'href="{html.escape(u)}"' in page for u in urls if u)
    # an inferred field is marked
    if any(s.inferred for s in t):
        assert "inferred, not stated" in page


def test_a_record_has_its_own_html() -> None:
    s = next(x for x in a.load().summits if x.inferred)
    page = s._repr_html_()
    assert html.escape(s.name) in page
    assert "Inferred, not stated" in page
    for field in s.inferred:
        assert field in page
    for c in s.citations:
        assert html.escape(c.source_id) in page
        url = a.source(c.source_id).url
        if url:
            assert f'href="{html.escape(url)}"' in page
    if s.claims:
        assert "Where sources disagree" in page


@pytest.mark.parametrize("name", list(COLLECTIONS))
def test_every_collection_prints_and_renders(name: str) -> None:
    rows = Table(a.load().collection(name))
    assert isinstance(str(rows), str)
    assert rows._repr_html_().count("<tr>") == min(len(rows), 200) + 1 or not rows
    for record in rows[:3]:
        assert "<table>" in record._repr_html_()


@st.composite
def _any_records(draw: st.DrawFn) -> Table[object]:
    cls = draw(st.sampled_from(list(COLLECTIONS.values())))
    try:
        return Table(draw(st.lists(generated(cls), min_size=1, max_size=4)))
    except (TypeError, ValueError):
        reject()


@settings(max_examples=max(20, settings.default.max_examples // 5))  # deep: 400
@given(_any_records())
def test_any_records_print_and_render(rows: Table[object]) -> None:
    text = str(rows)
    assert len(text.splitlines()) == len(rows) + 1
    page = rows._repr_html_()
    assert page.count("<tr>") == len(rows) + 1
    assert "<script" not in page.lower() or "&lt;script" in page.lower()
