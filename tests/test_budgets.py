"""One sum, one record: KASI III.6 writes "(19 million USD / 2023-26)" after both PARMA and
its inaugural project, the AKCMM, so the sum is held once (PARMA's budget, the AKCMM pointing
to it); budgets added up count it once, and an unknown total is None, never 0."""

from __future__ import annotations

import json

import attrs
import pytest

import aseanrok as a
import aseanrok.api.projects as projects_api
from aseanrok import Money
from aseanrok.errors import DataError
from aseanrok.file_checks import check_file

USD = "USD"


def _citing(fragment: str) -> list[a.Project]:
    return [p for p in a.projects() if any(fragment in (c.quote or "") for c in p.citations)]


def test_the_sum_kasi_gives_two_projects_is_held_once() -> None:
    sharing = _citing("(19 million USD / 2023-26)")
    assert {p.acronym for p in sharing} == {"PARMA", "AKCMM"}
    budgets = [p.budget for p in sharing if p.budget is not None]
    assert budgets == [Money(amount=19_000_000, currency=USD)]
    holder = next(p for p in sharing if p.budget is not None)
    inside = next(p for p in sharing if p.budget is None)
    assert inside.budget_in == holder.id
    assert "budget_in" in inside.inferred  # KASI does not say whose the sum is: a reading


def test_every_budget_in_names_a_project_that_holds_one() -> None:
    for p in a.projects():
        if p.budget_in is not None:
            assert p.budget is None
            holder = a.get(p.budget_in)
            assert isinstance(holder, a.Project)
            assert holder.budget is not None
            assert holder.budget_in is None


def test_budget_total_counts_a_shared_sum_once() -> None:
    """KASI III.6: infectious disease 5 million, PARMA and the AKCMM 19 million, CASA 11."""
    total = a.budget_total(line_of_effort=6)
    assert total == Money(amount=(5 + 19 + 11) * 1_000_000, currency=USD)
    assert str(total) == "35,000,000 USD"
    assert total is not None
    assert "project-akcmm" not in total.derived_from
    assert {"project-parma", "project-casa"} <= set(total.derived_from)


@pytest.mark.parametrize("line", range(1, 9))
def test_budget_total_by_line_is_the_sum_of_the_budgets_given_else_none(line: int) -> None:
    chosen = a.projects(line_of_effort=line)
    budgets = [p.budget for p in chosen if p.budget is not None]
    total = a.budget_total(line_of_effort=line)
    if not budgets:
        assert total is None  # unknown, not Money(0)
        return
    assert total == sum(budgets[1:], budgets[0])
    assert total is not None
    assert total.derived_from == tuple(p.id for p in chosen if p.budget is not None)


def test_a_line_without_any_budget_is_unknown() -> None:
    empty = [n for n in range(1, 9) if not any(p.budget for p in a.projects(line_of_effort=n))]
    assert empty  # KASI's lines 1 and 8 name no project with a budget
    for line in empty:
        assert a.budget_total(line_of_effort=line) is None


def test_budget_total_takes_the_filters_of_projects() -> None:
    active = a.projects(active_in=2026)
    expected = [p.budget for p in active if p.budget is not None]
    assert a.budget_total(active_in=2026) == sum(expected[1:], expected[0])
    assert a.budget_total(fund="AKCF") == Money(amount=20_000_000, currency=USD)  # KASI III.2
    assert a.budget_total(active_in=1990) is None
    with pytest.raises(a.NotFoundError):
        a.budget_total(line_of_effort=9)
    with pytest.raises(TypeError):
        a.budget_total(line_of_effort="6")  # type: ignore[arg-type]


def test_budget_total_is_cited_by_the_projects_it_adds() -> None:
    total = a.budget_total(line_of_effort=3)
    assert total is not None
    text = a.cite(total)
    for pid in total.derived_from:
        assert f"{pid}:" in text.splitlines()
        for c in a.project(pid).citations:
            assert c.locator in text


def _projects_document() -> list[dict[str, object]]:
    from aseanrok.convert import converter

    return [converter.unstructure(p) for p in a.projects()]


def test_the_data_cannot_hold_a_shared_sum_twice() -> None:
    document = _projects_document()
    akcmm = next(r for r in document if r["id"] == "project-akcmm")
    akcmm["budget"] = {"amount": 19_000_000, "currency": USD}
    with pytest.raises(DataError, match="budget_in"):
        check_file("projects", json.loads(json.dumps(document)))
    document = _projects_document()
    casa = next(r for r in document if r["id"] == "project-casa")
    casa["budget_in"] = "project-akcmm"
    del casa["budget"]
    with pytest.raises(DataError, match="holds no budget of its own"):
        check_file("projects", document)


def test_the_plot_draws_the_sum_once() -> None:
    pytest.importorskip("matplotlib")
    ax = a.plot.projects().axes[0]
    texts = [t.get_text() for t in ax.texts]
    assert texts.count("19M USD") == 1
    assert "in PARMA's budget" in texts
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert "AKCMM" in labels
    assert "PARMA" in labels


def test_the_plot_marks_a_budget_that_is_a_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("matplotlib")
    casa = a.project("CASA")
    read = attrs.evolve(casa, inferred=("budget",))
    others = [p for p in a.projects() if p.id != casa.id]
    # the plot asks the API's module (the layer below it), not the package
    monkeypatch.setattr(projects_api, "projects", lambda: a.Table([*others, read]))
    texts = {t.get_text() for t in a.plot.projects().axes[0].texts}
    assert "11M USD (inferred)" in texts
