"""An import-linter contract type for ``lint-imports`` (``tox -e lint``); never imported
at run time.

``private_names``: no module among ``modules`` imports a private name (``_x``) from
another of them. The rules modules share helpers only through public names (most of them
in ``handlers/common.py``), so a family can change its private helpers freely.
Configured in ``pyproject.toml`` under ``[tool.importlinter]``.
"""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

from grimp import ImportGraph
from importlinter.application import output
from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck
from importlinter.domain.helpers import module_expressions_to_modules

__all__ = ["PrivateNamesContract"]


def _imported_names(module: str, line_number: int) -> list[str]:
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        return []
    tree = ast.parse(Path(spec.origin).read_text())
    return [
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.lineno == line_number
        for alias in node.names
    ]


class PrivateNamesContract(Contract):
    type_name = "private_names"

    modules = fields.SetField(subfield=fields.ModuleExpressionField())

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:
        members = {m.name for m in module_expressions_to_modules(graph, self.modules)}  # type: ignore[arg-type]
        violations: list[str] = []
        for importer in sorted(members):
            for imported in sorted(graph.find_modules_directly_imported_by(importer) & members):
                for detail in graph.get_import_details(importer=importer, imported=imported):
                    names = _imported_names(importer, detail["line_number"])
                    violations += [
                        f"{importer}:{detail['line_number']} imports {imported}.{name}"
                        for name in names
                        if name.startswith("_")
                    ]
        return ContractCheck(kept=not violations, metadata={"violations": violations})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for line in check.metadata["violations"]:
            output.print_error(f"- {line}")
            output.new_line()
