"""The conformance suite itself: it has teeth (injected deviations are reported as failures
of the right operation) and it is safe (pointed at an 'appliance' it runs nothing
destructive and sends no wrong SO password)."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import luna_spec

from .conftest import ADMIN

ROOT = Path(__file__).resolve().parent.parent


def _run_suite(
    served, tmp_path: Path, *args: str, paths: tuple[str, ...] = ("luna_conformance",)
) -> tuple[int, dict[str, str], str]:  # type: ignore[no-untyped-def]
    """Run the conformance suite against the served emulator as if it were an appliance;
    returns (exit code, {test name: failure text or 'passed'/'skipped'}, output)."""
    junit = tmp_path / "junit.xml"
    cmd = [
        sys.executable,
        "-m",
        "pytest",
        *paths,
        "-p",
        "no:cacheprovider",
        "-q",
        "--luna-url",
        served.url,
        "--luna-ca",
        str(served.ca_file),
        "--luna-password",
        ADMIN[1],
        "--luna-rate",
        "0",
        f"--junitxml={junit}",
        f"--luna-report-json={tmp_path / 'r.json'}",
        *args,
    ]
    proc = subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        timeout=900,
        cwd=ROOT,
        env={**__import__("os").environ, "LUNA_EXAMPLES": "3"},
        check=False,
    )
    results: dict[str, str] = {}
    for case in ET.parse(junit).iter("testcase"):
        failure = case.find("failure")
        if failure is None:
            failure = case.find("error")
        skipped = case.find("skipped")
        results[case.get("name", "")] = (
            (failure.get("message", "") + (failure.text or ""))
            if failure is not None
            else "skipped"
            if skipped is not None
            else "passed"
        )
    return proc.returncode, results, proc.stdout + proc.stderr


DEVIATIONS = [
    # (fault, the operation that must fail, words its failure must contain)
    (
        {"pattern": r"^/api/lunasa/hsms/\d+$", "method": "GET", "status": 201},
        "test_operation[GET /api/lunasa/hsms/{hsmid}]",
        "status code",
    ),
    (
        {"pattern": r"^/api/lunasa/hsms$", "method": "GET", "body": {"hsms": [{"id": "1"}]}},
        "test_operation[GET /api/lunasa/hsms]",
        "url",
    ),
    (
        {
            "pattern": r"^/api/lunasa/ntls/clients$",
            "method": "GET",
            "contentType": "application/vnd.safenetinc.lunasa+json;version=16",
        },
        "test_operation[GET /api/lunasa/ntls/clients]",
        "version=16",
    ),
    (
        {"pattern": r"^/users$", "method": "POST", "dropHeaders": ["Location"]},
        "test_operation[POST /users]",
        "Location",
    ),
    (
        {"pattern": r"^/api/lunasa$", "method": "GET", "status": 500},
        "test_operation[GET /api/lunasa]",
        "500",
    ),
]


def test_injected_deviations_fail_the_right_operations(served, https, tmp_path) -> None:  # type: ignore[no-untyped-def]
    faults = [fault for fault, _, _ in DEVIATIONS]
    assert https.put("/_emulator/faults", json=faults).status_code == 204
    wanted = "getHsm,listHsms,listNtlsClients,createUser,getAppliance,listHsmRoles"
    code, results, output = _run_suite(
        served,
        tmp_path,
        "--allow-destructive",
        "--allow-config-changes",
        "--luna-operations",
        wanted,
        paths=("luna_conformance/test_operations.py",),
    )
    untouched = "test_operation[GET /api/lunasa/hsms/{hsmid}/roles]"
    assert code == 1, output[-3000:]
    for _, test, words in DEVIATIONS:
        assert test in results, f"{test} did not run: {sorted(results)[:20]}"
        assert results[test] not in ("passed", "skipped"), f"{test} passed despite the deviation"
        assert words.lower() in results[test].lower(), f"{test}: {results[test][:600]}"
    assert results.get(untouched) == "passed", results.get(untouched)


def test_against_an_appliance_nothing_destructive_runs(served, https, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert https.delete("/_emulator/requests").status_code == 204
    code, results, output = _run_suite(served, tmp_path)
    assert code == 0, output[-3000:]
    log = https.get("/_emulator/requests").json()
    ops = {op["operationId"]: (m, op) for m, _, op in luna_spec.iter_operations()}
    destructive = [
        row
        for row in log
        if row["operationId"] and ops[row["operationId"]][1]["x-luna-destructive"]
    ]
    assert destructive == []
    assert not [
        row for row in log if row["operationId"] == "loginHsm"
    ]  # no SO password sent at all
    state = https.get("/_emulator/state").json()
    assert state["hsm"]["soLoginsLeft"] == 3
    skipped = {k for k, v in results.items() if v == "skipped"}
    assert "test_operation[POST /api/lunasa/hsms/{hsmid}/actions/{actionid}]" in skipped
    assert "test_tasks_and_protected_zeroize" in skipped
    report = json.loads((tmp_path / "r.json").read_text())
    outcomes = {o["operationId"]: o for o in report["operations"]}
    assert outcomes["listHsms"]["outcome"] == "passed"  # read operations do run
    assert outcomes["listHsms"]["cases"] > 0
    reasons = {
        o["operationId"]: o["reason"] for o in report["operations"] if o["outcome"] == "skipped"
    }
    assert "destructive" in reasons["performHsmAction"]
    text = (tmp_path / "junit.xml").read_text() + output
    assert ADMIN[1] not in text


def test_several_targets_in_parallel_one_report_each(served, https, tmp_path) -> None:  # type: ignore[no-untyped-def]
    reports = tmp_path / "reports"
    cmd = [
        sys.executable,
        "-m",
        "luna_conformance",
        "--target",
        "emulator",
        "--target",
        served.url,
        "--reports",
        str(reports),
        "--luna-ca",
        str(served.ca_file),
        "--luna-password",
        ADMIN[1],
        "--luna-rate",
        "0",
        "--luna-operations",
        "getHsm,listHsms,getAppliance",
        "-k",
        "test_operation",
        "-n",
        "2",
    ]
    proc = subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        timeout=900,
        cwd=ROOT,
        check=False,
        env={**__import__("os").environ, "LUNA_EXAMPLES": "2"},
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    slug = served.url.split("://")[1].replace(".", "_").replace(":", "_")
    # each target announced with its log at the start, its reports' absolute paths at the end
    assert f"{served.url}: started, log {reports.resolve() / slug}.log" in proc.stdout
    assert f"{served.url}: passed -> {reports.resolve() / slug}.html" in proc.stdout
    for name in ("emulator_1", slug):
        assert (reports / f"{name}.html").stat().st_size > 1000
        cases = [
            c
            for c in ET.parse(reports / f"{name}.xml").iter("testcase")
            if c.get("name", "").startswith("test_operation[")
        ]
        assert len(cases) == 3
        assert all(c.find("failure") is None for c in cases)
        report = json.loads((reports / f"{name}.json").read_text())
        ran = {o["operationId"]: o for o in report["operations"] if o["outcome"] == "passed"}
        assert set(ran) == {"getHsm", "listHsms", "getAppliance"}
        assert all(o["cases"] > 0 for o in ran.values())  # counted by the xdist workers
