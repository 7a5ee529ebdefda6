"""An import-linter contract type that the built-in ones lack: no cycle of imports at all.

``acyclic`` (``pyproject.toml``, ``[tool.importlinter]``): no module of ``packages`` (the package
itself, its subpackages and every module under them) imports itself back, through any chain of
imports. grimp reads every import, those inside functions and under ``TYPE_CHECKING`` too.
The built-in ``acyclic_siblings`` looks at siblings only, so it misses a module that imports
the package that holds it, which its ``__init__`` imports back.

A broken contract names each cycle, shortest first, import by import with its line numbers.
"""

from __future__ import annotations

import itertools
from typing import Any

import grimp
from importlinter.application import output
from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck

__all__ = ["AcyclicContract", "cycles"]


def _components(graph: grimp.ImportGraph, modules: set[str]) -> list[set[str]]:
    """The strongly connected components of the imports among ``modules`` (Tarjan's, without
    recursion): each set of modules that reach one another."""
    imports = {m: sorted(graph.find_modules_directly_imported_by(m) & modules) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []
    for root in sorted(modules):
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            module, position = work.pop()
            if position == 0:
                index[module] = low[module] = len(index)
                stack.append(module)
                on_stack.add(module)
            targets = imports[module]
            if position < len(targets):
                work.append((module, position + 1))
                target = targets[position]
                if target not in index:
                    work.append((target, 0))
                elif target in on_stack:
                    low[module] = min(low[module], index[target])
                continue
            if low[module] == index[module]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == module:
                        break
                found.append(component)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[module])
    return found


def cycles(graph: grimp.ImportGraph, packages: list[str]) -> list[list[str]]:
    """One shortest cycle through each set of modules of ``packages`` that import one another,
    as the modules in import order (the first again at the end)."""
    modules = {d for p in packages for d in {p, *graph.find_descendants(p)}}
    found = []
    for component in _components(graph, modules):
        if len(component) < 2 and not graph.direct_import_exists(
            importer=next(iter(component)), imported=next(iter(component))
        ):
            continue
        first = min(component)
        back = [
            graph.find_shortest_chain(importer=target, imported=first) or (target,)
            for target in graph.find_modules_directly_imported_by(first) & component
        ]
        found.append([first, *min(back, key=len)])
    return sorted(found, key=len)


class AcyclicContract(Contract):
    """No module of ``packages`` imports itself back, through any chain."""

    type_name = "acyclic"

    packages = fields.ListField(subfield=fields.StringField())

    def check(self, graph: grimp.ImportGraph, verbose: bool) -> ContractCheck:
        found = cycles(graph, list(self.packages))  # type: ignore[call-overload]
        details = [
            [
                (importer, imported, _lines(graph, importer, imported))
                for importer, imported in itertools.pairwise(cycle)
            ]
            for cycle in found
        ]
        return ContractCheck(kept=not found, metadata={"cycles": details})

    def render_broken_contract(self, check: ContractCheck) -> None:
        cycles: list[list[tuple[str, str, str]]] = check.metadata["cycles"]
        for cycle in cycles:
            output.print_error(f"A cycle of {len(cycle)} modules:")
            output.new_line()
            for importer, imported, lines in cycle:
                output.print_error(f"-   {importer} -> {imported} ({lines})", bold=False)
            output.new_line()


def _lines(graph: grimp.ImportGraph, importer: str, imported: str) -> str:
    details: list[dict[str, Any]] = graph.get_import_details(importer=importer, imported=imported)
    return ", ".join(f"l.{d['line_number']}" for d in details) or "l.?"
