"""Every error id the emulator can answer for an operation is declared for it in the spec.

Which ids an operation can answer is read from the code, not listed by hand: the rules
function registered for the operation and every function of the emulator it calls (a
call graph over the emulator's modules), plus what the request pipeline and the dispatch
raise for every operation and ``requires.check`` for those with ``x-luna-requires``. Each
catalog class the code names (``E.InvalidHsm``) is an error id.

What the spec declares for an operation: its ``x-luna-errors``, those of its path
parameters (``components/parameters/HsmId`` declares ``HSMPLUGIN_INVALID_HSM``), and the
error of its required login (``info/x-luna-requires-errors``). The catalog (``errors.py``)
marks, in one place, the emulator's own ids (``documented=False``) and the ids the
framework answers for any operation (``ANY_OPERATION``).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import luna_spec
from luna_emulator import errors as E
from luna_emulator.control_client import ControlClient
from luna_emulator.server import RunningEmulator

ROOT = Path(E.__file__).parent
SPEC = luna_spec.load_spec()
OPERATIONS = {op["operationId"]: op for _, _, op in luna_spec.iter_operations(SPEC)}
PATHS = {op["operationId"]: path for _, path, op in luna_spec.iter_operations(SPEC)}
OWN = frozenset(i for i, cls in E.ERRORS.items() if not cls.documented)
# the request pipeline and the dispatch, run for every operation
PIPELINE = [("http.layer", "HttpLayer"), ("backend", "Backend")]


class _Module:
    """The functions of one module: the catalog names each one raises or names, the
    functions it calls, and the operation ids it is registered for."""

    def __init__(self, path: Path) -> None:
        # "http", "handlers.tasks": the dotted name inside luna_emulator
        self.name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        package = self.name.rsplit(".", 1)[0] if "." in self.name else ""
        tree = ast.parse(path.read_text())
        self.imported: dict[str, tuple[str, str]] = {}  # local name -> (module stem, name)
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module and node.level:
                for alias in node.names:
                    base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    dotted = ".".join([*(p for p in base if p), node.module])
                    self.imported[alias.asname or alias.name] = (dotted, alias.name)
        self.aliases: dict[str, str] = {}  # module-level: _BadName = E.FilenameNotValid
        for node in tree.body:
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Attribute)
                and isinstance(node.value.value, ast.Name)
                and node.value.value.id == "E"
            ):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        self.aliases[target.id] = node.value.attr
        self.errors: dict[str, set[str]] = {}
        self.calls: dict[str, set[str]] = {}
        self.registered: dict[str, str] = {}  # operation id -> function
        for fn in ast.walk(tree):
            if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
                self._function(fn)
        self.classes = {
            cls.name: [
                f.name for f in cls.body if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
            ]
            for cls in tree.body
            if isinstance(cls, ast.ClassDef)
        }

    def _function(self, fn: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        errors: set[str] = set()
        calls: set[str] = set()
        for node in ast.walk(fn):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                if node.value.id == "E" and node.attr in E.__all__:
                    errors.add(node.attr)
                elif node.value.id == "self":  # a method of the same class
                    calls.add(node.attr)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
                calls.add(node.id)
        self.errors[fn.name] = errors
        self.calls[fn.name] = calls
        for deco in fn.decorator_list:
            if (  # @RULES.handles("operationId", ...)
                isinstance(deco, ast.Call)
                and isinstance(deco.func, ast.Attribute)
                and deco.func.attr == "handles"
            ):
                for arg in deco.args:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        self.registered[arg.value] = fn.name


# the appliance's modules (the emulated CCKM, luna_emulator/cckm/, has its own catalog and
# operation ids: its registrations are not the appliance's)
MODULES = {
    m.name: m
    for m in (
        _Module(p)
        for p in sorted([*ROOT.glob("*.py"), *ROOT.glob("*/*.py")])
        if p.parent.name != "cckm"
    )
}
_ERROR_NAMES = {
    name: getattr(E, name).error_id
    for name in E.__all__
    if isinstance(getattr(E, name), type) and issubclass(getattr(E, name), E.LunaError)
}


def _reachable(module: str, function: str) -> Iterator[tuple[str, str]]:
    seen: set[tuple[str, str]] = set()
    stack = [(module, function)]
    while stack:
        key = stack.pop()
        if key in seen or key[0] not in MODULES or key[1] not in MODULES[key[0]].calls:
            continue
        seen.add(key)
        yield key
        m = MODULES[key[0]]
        for name in m.calls[key[1]]:
            if name in m.calls:
                stack.append((m.name, name))
            elif name in m.imported:
                stack.append(m.imported[name])


def _ids(start: list[tuple[str, str]]) -> set[str]:
    ids: set[str] = set()
    for begin in start:
        for mod, fn in _reachable(*begin):
            module = MODULES[mod]
            names = module.errors[fn] | {
                module.aliases[c] for c in module.calls[fn] if c in module.aliases
            }
            ids |= {_ERROR_NAMES[n] for n in names if n in _ERROR_NAMES}
    return ids


def _pipeline() -> set[str]:
    return _ids([(m, fn) for m, cls in PIPELINE for fn in MODULES[m].classes[cls]])


PIPELINE_IDS = _pipeline()


def raised_by(operation_id: str) -> set[str]:
    """The error ids the emulator can answer for ``operation_id`` (by the call graph)."""
    owners = [m for m in MODULES.values() if operation_id in m.registered]
    ids = _ids([(m.name, m.registered[operation_id]) for m in owners])
    op = OPERATIONS[operation_id]
    if op.get("x-luna-requires"):
        # the target look-up raises a path parameter's error only where the path has it
        absent = {
            i
            for param in SPEC["components"]["parameters"].values()
            if f"{{{param['name']}}}" not in PATHS[operation_id]
            for ids in param.get("x-luna-errors", {}).values()
            for i in ids
        }
        ids |= _ids([("requires", "check")]) - absent
        declared = op["x-luna-requires"]
        first = declared if isinstance(declared, str) else declared[0]
        ids.add(SPEC["info"]["x-luna-requires-errors"][first]["id"])
    return ids | PIPELINE_IDS


def _declared(operation_id: str) -> set[str]:
    op = OPERATIONS[operation_id]
    ids = {i for ids in op.get("x-luna-errors", {}).values() for i in ids}
    item = SPEC["paths"][PATHS[operation_id]]
    for param in item.get("parameters", []) + op.get("parameters", []):
        param = _deref(param)
        ids |= {i for ids in param.get("x-luna-errors", {}).values() for i in ids}
    declared = op.get("x-luna-requires", [])
    for requirement in [declared] if isinstance(declared, str) else declared:
        ids.add(SPEC["info"]["x-luna-requires-errors"][requirement]["id"])
    return ids


def _deref(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def test_the_call_graph_sees_every_rules_function(served: RunningEmulator) -> None:
    """Every operation the running emulator implements (all of them: each has its rules
    module) is found in the code, in the module the emulator names for it."""
    with ControlClient.for_running(served) as control:
        report = {r["operationId"]: r["implementation"] for r in control.implementation()}
    found = {oid: name for name, m in MODULES.items() for oid in m.registered}
    assert len(report) == 237
    assert {oid: name.rsplit(".", 1)[-1] for oid, name in found.items()} == report


def test_the_call_graph_finds_errors() -> None:
    """The analysis has teeth: known raises are found."""
    assert "HSMPLUGIN_INVALID_HSM" in raised_by("getHsm")
    assert "APPLIANCE_REQUIRE_SO_LOGIN" in raised_by("performHsmAction")
    assert "HSMPLUGIN_INCORRECT_PASSWORD" in raised_by("loginHsm")
    assert "FRAMEWORK_NO_ACL_RULE" in PIPELINE_IDS
    assert "SERVER_FILE_UPLOAD_LIMIT_EXCEED" in PIPELINE_IDS  # http/body.py, via _run
    assert "HSMPLUGIN_INVALID_HSM" in _declared("getHsm")
    assert "APPLIANCE_REQUIRE_SO_LOGIN" in _declared("performHsmAction")


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_every_error_an_operation_can_raise_is_declared(operation_id: str) -> None:
    undeclared = raised_by(operation_id) - _declared(operation_id) - OWN - E.ANY_OPERATION
    assert not undeclared, f"{operation_id} can answer {sorted(undeclared)}: add to x-luna-errors"
