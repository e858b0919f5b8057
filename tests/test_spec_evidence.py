"""Evidence tiers (``x-luna-evidence``): every operation has one, the lint rejects an
operation without one (or an ``inferred`` source under a stronger tier), and the emulator's
implementation report shows each operation's tier."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

import luna_spec
from luna_emulator.control_client import ControlClient
from luna_spec.lint import EVIDENCE, lint


def _ops(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {op["operationId"]: op for _, _, op in luna_spec.iter_operations(spec)}


def test_the_tiers_are_the_five_documented_ones() -> None:
    assert EVIDENCE == ("doc", "ovw", "code", "structure", "inferred")
    readme = (Path(__file__).parents[1] / "openapi" / "README.md").read_text()
    for tier in EVIDENCE:
        assert f"`{tier}`" in readme


def test_every_operation_has_a_tier_and_inferred_sources_are_marked_inferred() -> None:
    spec = luna_spec.load_spec()
    ops = _ops(spec)
    assert all(op.get("x-luna-evidence") in EVIDENCE for op in ops.values())
    said_inferred = {
        oid
        for oid, op in ops.items()
        if any(str(s).startswith("inferred") for s in op["x-luna-source"])
    }
    tier_inferred = {oid for oid, op in ops.items() if op["x-luna-evidence"] == "inferred"}
    assert said_inferred == tier_inferred
    # the audit's list of operations with no public evidence at all (18)
    assert len(tier_inferred) >= 18
    assert {"getRole", "deleteRole", "getNtlsCertificate", "listConfigBackups"} <= tier_inferred
    # implied by a documented parent or child only
    structure = {oid for oid, op in ops.items() if op["x-luna-evidence"] == "structure"}
    assert {"listServiceActions", "listHsmPeds", "getConfigBackup"} <= structure


@pytest.fixture(scope="module")
def spec_copy() -> dict[str, Any]:
    return copy.deepcopy(luna_spec.load_spec())


def test_the_lint_accepts_the_spec() -> None:
    assert lint() == []


def test_the_lint_rejects_a_copy_with_a_tier_removed(spec_copy: dict[str, Any]) -> None:
    spec = copy.deepcopy(spec_copy)
    assert lint(spec) == []
    del spec["paths"]["/api/lunasa/ssh"]["get"]["x-luna-evidence"]
    problems = lint(spec)
    assert len(problems) == 1
    assert problems[0].startswith("GET /api/lunasa/ssh: no evidence tier")


def test_the_lint_rejects_an_unknown_tier(spec_copy: dict[str, Any]) -> None:
    spec = copy.deepcopy(spec_copy)
    spec["paths"]["/api/lunasa/ssh"]["get"]["x-luna-evidence"] = "hearsay"
    assert lint(spec) == [
        "GET /api/lunasa/ssh: x-luna-evidence 'hearsay' not in " + ", ".join(EVIDENCE)
    ]


def test_the_lint_rejects_an_inferred_source_under_a_stronger_tier(
    spec_copy: dict[str, Any],
) -> None:
    spec = copy.deepcopy(spec_copy)
    op = spec["paths"]["/roles/{roleid}"]["delete"]
    assert op["x-luna-evidence"] == "inferred"
    op["x-luna-evidence"] = "code"
    assert lint(spec) == [
        "DELETE /roles/{roleid}: its x-luna-source says inferred, so x-luna-evidence is inferred"
    ]


def test_the_implementation_report_shows_each_operations_tier(control: ControlClient) -> None:
    ops = _ops(luna_spec.load_spec())
    rows = control.implementation()
    assert {r["operationId"]: r["evidence"] for r in rows} == {
        oid: op["x-luna-evidence"] for oid, op in ops.items()
    }
    assert all(r["implementation"] for r in rows)  # the rules module of each


# spec-audit-2026-12, "Documented but missing from the spec (17)": method, path
AUDIT_MISSING = [
    ("PUT", "/api/lunasa/hsms/{hsmid}/roles/{roleid}"),
    ("GET", "/api/lunasa/hsms/{hsmid}/tamper/actions"),
    ("POST", "/api/lunasa/hsms/{hsmid}/partitions/{partitionid}/indirect/key"),
    ("POST", "/api/lunasa/network/devices/{deviceid}/actions/{actionid}"),
    ("DELETE", "/api/lunasa/network/devices/{deviceid}/routes/{routeid}"),
    ("PUT", "/api/lunasa/network/devices/{deviceid}/classes/{classid}"),
    ("POST", "/api/lunasa/ntls/csr"),
    ("GET", "/api/lunasa/ntls/clients/{clientid}/actions"),
    ("PUT", "/api/lunasa/ntp/servers/{serverid}"),
    ("POST", "/api/lunasa/snmp/traps/actions/{actionid}"),
    ("GET", "/api/lunasa/snmp/traps/actions"),
    ("PUT", "/api/lunasa/snmp/trap"),
    ("PATCH", "/api/lunasa/snmp/trap"),
    ("POST", "/api/lunasa/ssh/actions/{actionid}"),
    ("GET", "/api/lunasa/user/config/login/actions"),
    ("GET", "/api/lunasa/user/config/password/actions"),
    ("POST", "/api/lunasa/webServer/csr"),
]


def test_every_endpoint_the_audit_found_missing_is_in_the_spec_or_explained() -> None:
    spec = luna_spec.load_spec()
    present = {(m.upper(), p) for m, p, _ in luna_spec.iter_operations(spec)}
    absent = spec["info"]["x-luna-absent"]
    explained = {(a["method"], a["path"]) for a in absent}
    assert len(AUDIT_MISSING) == 17
    for endpoint in AUDIT_MISSING:
        assert (endpoint in present) != (endpoint in explained), endpoint
    for entry in absent:  # an explanation names its page and says why
        assert (entry["method"], entry["path"]) not in present
        assert entry["source"].endswith(")")
        assert len(entry["reason"]) > 40
