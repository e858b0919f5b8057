"""The CCKM conformance suite itself: pointed at a served emulator's CCKM as if it were a
real CipherTrust Manager (``--cckm-url``), it passes when nothing deviates, injected
deviations in CCKM answers (through ``CckmControlClient``'s faults) fail the right
operation, it is read-only by default and deletes nothing it did not create, and no secret
reaches its outputs."""

from __future__ import annotations

import hashlib
import json
import os
import ssl
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from luna_emulator.cckm import DEFAULT_CCKM_PASSWORD, EMULATED_CONNECTION
from luna_emulator.cckm.control_client import CckmControlClient
from luna_emulator.control_client import ControlClient
from luna_emulator.server import RunningEmulator, serve_in_thread
from luna_ext import CckmSession, LunaSession
from luna_ext.workflows import create_partition, first_hsm, initialize_hsm, so_login

from .conftest import ADMIN

ROOT = Path(__file__).resolve().parent.parent
KEYS = "/api/v1/cckm/hsm/luna/keys"
JWT_HEADER = "eyJhbGciOi"  # every JWT's base64url header starts so: none may be printed


@pytest.fixture(scope="module")
def served() -> Iterator[RunningEmulator]:
    with serve_in_thread(cckm=True) as running:
        yield running


@pytest.fixture
def cckm(served: RunningEmulator) -> Iterator[CckmControlClient]:
    with CckmControlClient.for_running(served) as control:
        yield control
        control.clear_faults()


@pytest.fixture
def in_use(served: RunningEmulator, cckm: CckmControlClient) -> dict[str, Any]:
    """A CipherTrust Manager in use: a partition of the appliance added to CCKM, an RSA
    pair and an AES key of its users, a finished refresh job. Returns their ids."""
    with ControlClient.for_running(served) as appliance:
        appliance.reset()
    with LunaSession(
        served.url, username=ADMIN[0], password=ADMIN[1], ca_file=served.ca_file
    ) as luna:
        hsm = first_hsm(luna)
        initialize_hsm(luna, hsm, label="prod", so_password="Sopass123!", domain="proddomain")
        so_login(luna, hsm, "Sopass123!")
        create_partition(
            luna, hsm, "payments", so_password="Partso123!", domain="d", co_password="Co123456!"
        )
    cckm.reset(key_operation_delay=0, job_duration=0)
    assert served.cckm_url is not None
    with CckmSession(
        served.cckm_url, username="admin", password=DEFAULT_CCKM_PASSWORD, ca_file=served.ca_file
    ) as cm:
        part = cm.request(
            "POST", "/api/v1/cckm/hsm/luna/add-partition", json={"connection": EMULATED_CONNECTION}
        )
        keys = []
        for body in (
            {"label": "payments-rsa", "size": 2048, "mechanism": "CKM_RSA_PKCS_KEY_PAIR_GEN"},
            {"label": "payments-aes", "size": 256, "mechanism": "CKM_AES_KEY_GEN"},
        ):
            key = cm.request(
                "POST",
                KEYS,
                json={**body, "partition_id": part["id"], "attributes": ["CKA_MODIFIABLE"]},
            )
            keys.append(key["id"])
            if key.get("links"):
                keys.append(key["links"]["id"])
        cm.wait_for_job(
            cm.request("POST", "/api/v1/cckm/hsm/luna/refresh", json={"partitions": [part["id"]]})[
                "id"
            ]
        )
        for key_id in keys:
            cm.wait_for_key(key_id)
    cckm.set_timing(key_operation_delay=1, job_duration=2)
    cckm.clear_requests()
    return {"partition": part["id"], "keys": keys}


def _run_suite(
    served: RunningEmulator, out: Path, *args: str, pin: bool = False
) -> tuple[int, dict[str, str], str, dict[str, Any]]:
    """The CCKM suite in its own process against the served CCKM as a CipherTrust Manager,
    trusting its CA file (or, with ``pin``, only its certificate's SHA-256):
    (exit code, {test name: failure text or 'passed'/'skipped'}, console, JSON report)."""
    assert served.cckm_url is not None
    assert served.ca_file is not None
    junit = out / "junit.xml"
    if pin:
        der = ssl.PEM_cert_to_DER_cert(served.ca_file.read_text())
        trust = ["--cckm-pin", hashlib.sha256(der).hexdigest()]
    else:
        trust = ["--cckm-ca", str(served.ca_file)]
    cmd = [
        sys.executable,
        "-m",
        "pytest",
        "luna_conformance/cckm",
        "-p",
        "no:cacheprovider",
        "-q",
        "--cckm-url",
        served.cckm_url,
        *trust,
        "--cckm-rate",
        "0",
        f"--junitxml={junit}",
        f"--luna-report-json={out / 'r.json'}",
        *args,
    ]
    env = {**os.environ, "LUNA_EXAMPLES": "3", "LUNA_CCKM_PASSWORD": DEFAULT_CCKM_PASSWORD}
    proc = subprocess.run(
        cmd, capture_output=True, text=True, timeout=900, cwd=ROOT, env=env, check=False
    )
    results: dict[str, str] = {}
    for case in ET.parse(junit).iter("testcase"):
        failure = case.find("failure")
        if failure is None:
            failure = case.find("error")
        results[case.get("name", "")] = (
            (failure.get("message", "") + (failure.text or ""))
            if failure is not None
            else "skipped"
            if case.find("skipped") is not None
            else "passed"
        )
    console = proc.stdout + proc.stderr
    report: dict[str, Any] = json.loads((out / "r.json").read_text())
    for name in ("junit.xml", "r.json"):
        text = (out / name).read_text()
        assert DEFAULT_CCKM_PASSWORD not in text, f"the password is in {name}"
        assert JWT_HEADER not in text, f"a JWT is in {name}"
    assert DEFAULT_CCKM_PASSWORD not in console
    assert JWT_HEADER not in console
    return proc.returncode, results, console, report


NOT_SENT_TO_A_CIPHERTRUST_MANAGER = {
    "cckm:createLunaConnection",
    "cckm:updateLunaConnection",
    "cckm:deleteLunaConnection",
    "cckm:addLunaPartition",
    "cckm:updateLunaPartition",
    "cckm:deleteLunaPartition",
    "cckm:updateLunaPartitionAcls",
}


def _verdicts(report: dict[str, Any]) -> dict[str, str]:
    return {o["operationId"]: o["verdict"] for o in report["operations"]}


@pytest.mark.parametrize("pin", [False, True], ids=["ca-file", "pinned-sha256"])
def test_clean_run_passes_with_every_operation_verified(
    served: RunningEmulator,
    cckm: CckmControlClient,
    in_use: dict[str, Any],
    tmp_path: Path,
    pin: bool,
) -> None:
    code, results, console, report = _run_suite(
        served, tmp_path, "--allow-destructive", "--cckm-partition", in_use["partition"], pin=pin
    )
    assert code == 0, console[-4000:]
    verdicts = _verdicts(report)
    assert verdicts, "no CCKM operation in the report"
    assert all(o.startswith("cckm:") for o in verdicts)
    # GETs schema-driven; key and job writes by the workflows on their own lrk- keys and
    # jobs; the connection and partition writes no workflow makes on a CipherTrust Manager
    skipped = {o for o, v in verdicts.items() if v == "skipped"}
    assert skipped == NOT_SENT_TO_A_CIPHERTRUST_MANAGER, verdicts
    assert {v for o, v in verdicts.items() if o not in skipped} == {"verified"}, verdicts
    assert len(verdicts) == 30, sorted(verdicts)
    workflows = {w["name"]: w["outcome"] for w in report["workflows"]}
    assert set(workflows.values()) == {"passed"}, workflows
    assert len(workflows) == 5, workflows
    steps = {w["name"]: w["steps"] for w in report["workflows"]}
    assert all(steps.values()), steps  # the requests of each workflow, for the report
    assert any(
        s.startswith("POST /api/v1/cckm/hsm/luna/keys -> 2") for v in steps.values() for s in v
    )
    assert results["test_cckm_stateful_links"] == "skipped"
    # nothing deleted that the suite did not create: the users' keys are all still there
    log = cckm.requests()
    for key_id in in_use["keys"]:
        assert not [r for r in log if key_id in r["path"] and r["method"] != "GET"], key_id
    assert cckm.state()["keys"][in_use["keys"][0]] == "AVAILABLE"


def test_read_only_by_default(
    served: RunningEmulator, cckm: CckmControlClient, in_use: dict[str, Any], tmp_path: Path
) -> None:
    code, results, console, report = _run_suite(served, tmp_path)
    assert code == 0, console[-4000:]
    writes = [r for r in cckm.requests() if r["method"] != "GET"]
    assert {(r["method"], r["path"]) for r in writes} == {("POST", "/api/v1/auth/tokens/")}
    assert results["test_cckm_key_lifecycle"] == "skipped"
    assert results["test_cckm_jobs[refresh]"] == "skipped"
    skipped = {o["operationId"]: o["reason"] for o in report["operations"]}
    assert "destructive" in skipped["cckm:deleteLunaKeyFromHsm"]
    assert "never sent to a CipherTrust Manager" in skipped["cckm:createLunaKey"]
    assert _verdicts(report)["cckm:getLunaKey"] == "verified"
    state = cckm.state()
    assert all(state["keys"][k] == "AVAILABLE" for k in in_use["keys"])


DEVIATIONS: list[tuple[dict[str, Any], str, str]] = [
    # (fault, the test that must fail, words its failure must contain)
    (
        {"pattern": r"^/api/v1/cckm/hsm/luna/partitions$", "method": "GET", "status": 302},
        "test_cckm_operation[GET /api/v1/cckm/hsm/luna/partitions]",
        "status code",
    ),
    (
        {
            "pattern": r"^/api/v1/cckm/hsm/luna/synchronize$",
            "method": "GET",
            "body": {"skip": 0, "limit": 10, "total": 1, "resources": [{"id": "j1"}]},
        },
        "test_cckm_operation[GET /api/v1/cckm/hsm/luna/synchronize]",
        '"overall_status" is a required property',
    ),
    (
        {
            "pattern": "^/api/v1/cckm/hsm/luna/keys/{key}$",  # a key of the target's
            "method": "GET",
            "body": {"id": "k1", "status": "AVAILABLE", "size": "2048"},
        },
        "test_cckm_operation[GET /api/v1/cckm/hsm/luna/keys/{keyId}]",
        '"2048" is not of type "integer"',
    ),
    (
        {
            "pattern": r"^/api/v1/connectionmgmt/services/luna-network/connections$",
            "method": "GET",
            "contentType": "text/plain",
        },
        "test_cckm_operation[GET /api/v1/connectionmgmt/services/luna-network/connections]",
        "content-type",
    ),
    (
        {
            "pattern": r"^/api/v1/cckm/hsm/luna/keys$",
            "method": "POST",
            "body": {"id": "k2", "status": "ready"},
        },
        "test_cckm_key_lifecycle",
        "cckm:createLunaKey",
    ),
]


def test_injected_deviations_fail_the_right_operations(
    served: RunningEmulator, cckm: CckmControlClient, in_use: dict[str, Any], tmp_path: Path
) -> None:
    key = in_use["keys"][0]
    cckm.set_faults(
        [
            {**fault, "pattern": str(fault["pattern"]).replace("{key}", key), "count": -1}
            for fault, _, _ in DEVIATIONS
        ]
    )
    code, results, console, report = _run_suite(
        served, tmp_path, "--allow-destructive", "--cckm-partition", in_use["partition"]
    )
    assert code == 1, console[-4000:]
    for _, test, words in DEVIATIONS:
        assert test in results, f"{test} did not run: {sorted(results)}"
        assert results[test] not in ("passed", "skipped"), f"{test} passed despite the deviation"
        assert words.lower() in results[test].lower(), f"{test}: {results[test][:1500]}"
    untouched = (
        "test_cckm_operation[GET /api/v1/cckm/hsm/luna/refresh]",
        "test_cckm_operation[GET /api/v1/cckm/hsm/luna/partitions/{partitionId}]",
        "test_cckm_jobs[refresh]",
    )
    for test in untouched:
        assert results.get(test) == "passed", (test, results.get(test, "")[:1500])
    verdicts = _verdicts(report)
    assert verdicts["cckm:listLunaPartitions"] == "failed"
    assert verdicts["cckm:createLunaKey"] == "failed"
    assert verdicts["cckm:listLunaRefreshJobs"] == "verified"


def test_no_cckm_target_when_only_an_appliance_is_named(
    served: RunningEmulator, tmp_path: Path
) -> None:
    """--luna-url without --cckm-url: every CCKM test skips, saying why (the appliance's
    preflight logs in once; nothing is sent to CCKM), and the report stays the
    appliance's."""
    cmd = [
        sys.executable,
        "-m",
        "pytest",
        "luna_conformance/cckm",
        "-p",
        "no:cacheprovider",
        "-q",
        "-rs",
        "--luna-url",
        served.url,
        "--luna-ca",
        str(served.ca_file),
        "--luna-password",
        ADMIN[1],
        f"--luna-report-json={tmp_path / 'r.json'}",
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300, cwd=ROOT, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert " skipped" in proc.stdout, proc.stdout
    assert " passed" not in proc.stdout, proc.stdout
    assert " failed" not in proc.stdout, proc.stdout
    assert "no CipherTrust Manager to verify" in proc.stdout
    # the report is the appliance's: no CCKM operation in it (none was verified or tried)
    report = tmp_path / "r.json"
    assert not report.exists() or "cckm:" not in report.read_text()


def test_embedded_cckm_is_green(tmp_path: Path) -> None:
    """`pytest luna_conformance/cckm` with no URL at all: the embedded emulator's CCKM, every
    layer, negative data and undeclared methods included."""
    cmd = [
        sys.executable,
        "-m",
        "pytest",
        "luna_conformance/cckm",
        "-p",
        "no:cacheprovider",
        "-q",
        f"--luna-report-json={tmp_path / 'r.json'}",
    ]
    env = {**os.environ, "LUNA_EXAMPLES": "3", "LUNA_STATEFUL_RUNS": "2"}
    proc = subprocess.run(
        cmd, capture_output=True, text=True, timeout=900, cwd=ROOT, env=env, check=False
    )
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-3000:]
    report = json.loads((tmp_path / "r.json").read_text())
    assert set(_verdicts(report).values()) == {"verified"}, _verdicts(report)


def test_a_refused_token_ends_the_run_at_once(
    served: RunningEmulator, cckm: CckmControlClient, tmp_path: Path
) -> None:
    """Preflight: one token request with the given credentials; refused, the run ends with
    exit status 2 and one message, and nothing else reaches CCKM."""
    assert served.cckm_url is not None
    cckm.clear_requests()
    wrong = "Not-the-Password-1"
    cmd = [
        sys.executable,
        "-m",
        "pytest",
        "luna_conformance/cckm",
        "-p",
        "no:cacheprovider",
        "-q",
        "--cckm-url",
        served.cckm_url,
        "--cckm-ca",
        str(served.ca_file),
        "--cckm-password",
        wrong,
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300, cwd=ROOT, check=False)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "refused a token for 'admin'" in proc.stderr
    assert wrong not in proc.stdout + proc.stderr
    assert cckm.requests() == [{"method": "POST", "path": "/api/v1/auth/tokens/", "status": 401}]


def test_one_run_one_report_for_both_apis(tmp_path: Path) -> None:
    """The embedded emulators of both APIs in one run: one report with the appliance's
    operations and CCKM's (``cckm:``), both targets described, the CCKM workflow listed."""
    cmd = [
        sys.executable,
        "-m",
        "pytest",
        "luna_conformance/test_operations.py::test_operation[GET /api/lunasa]",
        "luna_conformance/cckm/test_workflows.py::test_cckm_tokens",
        "-p",
        "no:cacheprovider",
        "-q",
        f"--luna-report-json={tmp_path / 'r.json'}",
    ]
    env = {**os.environ, "LUNA_EXAMPLES": "2"}
    proc = subprocess.run(
        cmd, capture_output=True, text=True, timeout=600, cwd=ROOT, env=env, check=False
    )
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-3000:]
    report = json.loads((tmp_path / "r.json").read_text())
    verdicts = _verdicts(report)
    assert verdicts["getAppliance"] == "verified"
    assert verdicts["cckm:issueToken"] == "verified"
    assert report["target"]["kind"] == "embedded emulator"
    assert report["target"]["CCKM kind"] == "embedded emulator (CCKM)"
    names = {w["name"]: w["outcome"] for w in report["workflows"]}
    assert names == {"CCKM: API tokens (password and refresh-token grants)": "passed"}
