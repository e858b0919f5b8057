"""The emulator's rules follow the spec's tags: one rules module per tag, named for it.

Every operation of ``openapi/luna.yaml`` has exactly one tag (its resource family). Its
rules function lives in ``luna_emulator/handlers/<tag in snake_case>.py``
(``hsmPolicies``: ``hsm_policies.py``) and is registered in that module's ``RULES`` table,
which ``handlers.RULES`` lists for ``app.py`` to wire. A module without a ``RULES`` table
holds what several families share (``common.py``, ``certificates.py``, ...) and no rules.

Read through public means only: the spec, ``handlers.RULES`` (``dispatch.Rules`` tables:
operation id -> function) and the module each function is defined in.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from types import ModuleType

import pytest

import luna_spec
from luna_emulator import handlers
from luna_emulator.dispatch import Rules, wire
from luna_emulator.spec_index import SpecError, SpecIndex

SPEC = luna_spec.load_spec()
TAG = {op["operationId"]: op["tags"] for _, _, op in luna_spec.iter_operations(SPEC)}
TAGS = sorted({t for tags in TAG.values() for t in tags})
PACKAGE = handlers.__name__
MODULES: dict[str, ModuleType] = {
    info.name: importlib.import_module(f"{PACKAGE}.{info.name}")
    for info in pkgutil.iter_modules(handlers.__path__)
}
# the modules that declare rules (a RULES table), by name
RULES_MODULES = {
    name: m for name, m in MODULES.items() if isinstance(getattr(m, "RULES", None), Rules)
}
WIRED = {oid: fn for table in handlers.RULES for oid, fn in table.functions.items()}


def snake(tag: str) -> str:
    """The module name of a tag: ``partitionPolicyTemplates`` -> ``partition_policy_templates``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", tag).lower()


def module_of(oid: str) -> str:
    """The handlers module the rules function of ``oid`` is defined in."""
    module = WIRED[oid].__module__
    assert module.startswith(f"{PACKAGE}."), f"{oid}: rules in {module}, outside handlers/"
    return module.removeprefix(f"{PACKAGE}.")


def test_every_operation_has_one_tag_and_rules() -> None:
    assert len(TAG) == 237
    assert all(len(tags) == 1 for tags in TAG.values()), "an operation with several tags"
    assert sorted(WIRED) == sorted(TAG), "operations without rules (or rules without one)"


def test_the_wired_tables_are_the_rules_modules_tables() -> None:
    """``handlers.RULES`` lists each rules module's own table, and no other."""
    assert sorted(map(id, handlers.RULES)) == sorted(id(m.RULES) for m in RULES_MODULES.values())
    for name, m in RULES_MODULES.items():
        for oid, fn in m.RULES.functions.items():
            assert fn.__module__ == m.__name__, f"{name}.RULES registers {oid} from {fn.__module__}"


@pytest.mark.parametrize("tag", TAGS)
def test_the_rules_of_a_tag_live_in_its_module(tag: str) -> None:
    modules = {module_of(oid) for oid, tags in TAG.items() if tags == [tag]}
    assert modules == {snake(tag)}, f"{tag}: rules in {sorted(modules)}, expected {snake(tag)}.py"


@pytest.mark.parametrize("module", sorted(RULES_MODULES))
def test_a_rules_module_holds_the_operations_of_its_tag_only(module: str) -> None:
    held = sorted({TAG[oid][0] for oid in RULES_MODULES[module].RULES.functions})
    assert held, f"{module}.py has a RULES table but no operation"
    assert [snake(t) for t in held] == [module], f"{module}.py holds operations of {held}"


def test_shared_modules_hold_no_rules() -> None:
    """A module without a RULES table defines no wired rules function."""
    shared = set(MODULES) - set(RULES_MODULES)
    assert {"common", "certificates"} <= shared
    assert not {module_of(oid) for oid in WIRED} & shared


def test_snake_case() -> None:
    assert snake("hsms") == "hsms"
    assert snake("webServer") == "web_server"
    assert snake("partitionPolicyTemplates") == "partition_policy_templates"


def _tables_without(oid: str) -> list[Rules[object]]:
    """The wired tables, with ``oid`` left out."""
    kept: Rules[object] = Rules()
    kept.functions.update({k: fn for k, fn in WIRED.items() if k != oid})
    return [kept]


def test_wiring_refuses_an_operation_of_the_spec_without_rules() -> None:
    """The start-up check of ``dispatch.wire``: no operation is served by a fallback."""
    index = SpecIndex.shared()
    assert sorted(wire(index, handlers.RULES)) == sorted(TAG)
    with pytest.raises(SpecError, match="getHsm"):
        wire(index, _tables_without("getHsm"))


def test_wiring_refuses_an_id_the_spec_does_not_have_and_one_wired_twice() -> None:
    index = SpecIndex.shared()
    stray: Rules[object] = Rules()
    stray.functions["getWidget"] = WIRED["getHsm"]
    with pytest.raises(SpecError, match=r"getWidget.*not in the spec"):
        wire(index, [*handlers.RULES, stray])
    twice: Rules[object] = Rules()
    twice.functions["getHsm"] = WIRED["getHsm"]
    with pytest.raises(SpecError, match="getHsm is handled by two"):
        wire(index, [*handlers.RULES, twice])
