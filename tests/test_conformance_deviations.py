"""The suite has teeth where ids must be discovered first and where only writes reach: a
served emulator, seeded as an appliance in use (``luna_conformance/seed.py``), is tested as if
it were an appliance while its control API corrupts chosen answers; each deviation must
fail the right operation (read-only tier and safe-writes tier)."""

from __future__ import annotations

import json
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from luna_conformance.seed import Seed, build_seed
from luna_emulator.control_client import ControlClient
from luna_emulator.server import RunningEmulator, serve_in_thread

from .suite_runs import ADMIN_PASSWORD, CO_PASSWORD, SO_PASSWORD, _report, _run

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seeded() -> Iterator[tuple[RunningEmulator, ControlClient, Seed]]:
    with serve_in_thread() as appliance, ControlClient.for_running(appliance) as control:
        control.reset(hsm_serial=7101234, blocklist={"severity": 0})
        seed = build_seed(
            appliance.url,
            username="admin",
            password=ADMIN_PASSWORD,
            verify=ssl.create_default_context(cafile=str(appliance.ca_file)),
            so_password=SO_PASSWORD,
            co_password=CO_PASSWORD,
        )
        yield appliance, control, seed


def _get(appliance: RunningEmulator, path: str) -> dict[str, Any]:
    verify = ssl.create_default_context(cafile=str(appliance.ca_file))
    with httpx.Client(base_url=appliance.url, verify=verify, auth=("admin", ADMIN_PASSWORD)) as c:
        r = c.get(path)
        assert r.status_code == 200, r.text
        body: dict[str, Any] = r.json()
        return body


def _finished_task(appliance: RunningEmulator, control: ControlClient, hsm: int) -> int:
    """A task that has finished and was not polled yet: its GET answers 303."""
    verify = ssl.create_default_context(cafile=str(appliance.ca_file))
    control.set_task_progress("manual", usually_tasked=True)
    try:
        with httpx.Client(
            base_url=appliance.url, verify=verify, auth=("admin", ADMIN_PASSWORD)
        ) as c:
            r = c.post(
                f"/api/lunasa/hsms/{hsm}/partitions",
                json={"name": "lrk-deviation", "hasPso": True, "size": 4096},
                headers={"Content-Type": "application/vnd.safenetinc.lunasa+json;version=17"},
            )
            assert r.status_code == 202, r.text
            task = int(r.headers["Location"].rsplit("/", 1)[-1])
    finally:
        control.set_task_progress()
    control.complete_task(task)
    return task


def _verdicts(out: Path) -> dict[str, dict[str, Any]]:
    return {o["operationId"]: o for o in _report(out)["operations"]}


def _failure_text(op: dict[str, Any]) -> str:
    return json.dumps(op.get("failures", [])) + json.dumps(op.get("details", []))


def test_deviations_reachable_only_through_discovered_ids_are_caught(
    seeded: tuple[RunningEmulator, ControlClient, Seed], tmp_path: Path
) -> None:
    appliance, control, seed = seeded
    part = seed.partitions[0]
    partition = _get(appliance, part.url)
    client = _get(appliance, "/api/lunasa/ntls/clients/lrk-seed-client-1")
    hsm = _get(appliance, f"/api/lunasa/hsms/{seed.hsm}")
    task = _finished_task(appliance, control, seed.hsm)
    deviations = {
        # operation -> (fault, words its failure must contain)
        "getPartition": (
            {
                "pattern": rf"^/api/lunasa/hsms/{seed.hsm}/partitions/{part.id}$",
                "method": "GET",
                "body": {k: v for k, v in partition.items() if k != "state"},
            },
            "state",
        ),
        "getNtlsClient": (
            {
                "pattern": r"^/api/lunasa/ntls/clients/lrk-seed-client-1$",
                "method": "GET",
                "body": {**client, "ip": 1920210},
            },
            "ip",
        ),
        "getHsm": (  # a field the appliance always sends, dropped
            {
                "pattern": rf"^/api/lunasa/hsms/{seed.hsm}$",
                "method": "GET",
                "body": {k: v for k, v in hsm.items() if k != "soLoginsLeft"},
            },
            "soLoginsLeft",
        ),
        "getTask": (  # a finished task's 303 pointing at another task's result
            {
                "pattern": rf"^/tasks/{task}$",
                "method": "GET",
                "headers": {"Location": f"/tasks/{task + 40}/response"},
            },
            "Location",
        ),
    }
    control.set_faults([fault for fault, _ in deviations.values()])
    try:
        code, console, _ = _run(
            appliance,
            tmp_path,
            "--luna-operations",
            ",".join([*deviations, "listNtlsClients", "listPartitions"]),
            examples=3,
        )
    finally:
        control.clear_faults()
    verdicts = _verdicts(tmp_path)
    assert code == 1, console[-3000:]
    for operation, (_, words) in deviations.items():
        op = verdicts.get(operation)
        assert op is not None, f"{operation} did not run: {sorted(verdicts)}"
        assert op["verdict"] == "failed", f"{operation}: {op['verdict']} despite the deviation"
        assert words.lower() in _failure_text(op).lower(), _failure_text(op)[:800]
    for untouched in ("listNtlsClients", "listPartitions"):
        assert verdicts[untouched]["verdict"] == "verified", verdicts[untouched]


def test_a_type_changed_on_an_initialized_hsm_is_caught(
    seeded: tuple[RunningEmulator, ControlClient, Seed], tmp_path: Path
) -> None:
    appliance, control, seed = seeded
    hsm = _get(appliance, f"/api/lunasa/hsms/{seed.hsm}")
    assert hsm.get("state") == "initialized"
    fault = {
        "pattern": rf"^/api/lunasa/hsms/{seed.hsm}$",
        "method": "GET",
        "body": {**hsm, "soLoginsLeft": str(hsm["soLoginsLeft"])},
    }
    control.set_faults([fault])
    try:
        code, console, _ = _run(appliance, tmp_path, "--luna-operations", "getHsm", examples=3)
    finally:
        control.clear_faults()
    op = _verdicts(tmp_path)["getHsm"]
    assert code == 1, console[-3000:]
    assert op["verdict"] == "failed"
    assert "soLoginsLeft" in _failure_text(op) or "integer" in _failure_text(op)


def test_safe_writes_catch_a_wrong_delete_status_and_a_missing_location(
    seeded: tuple[RunningEmulator, ControlClient, Seed], tmp_path: Path
) -> None:
    appliance, control, _ = seeded
    faults = [
        {
            "pattern": r"^/api/lunasa/ntls/clients/lrk-client-[0-9a-f]+$",
            "method": "DELETE",
            "status": 200,
        },
        {"pattern": r"^/api/lunasa/ntls/clients$", "method": "POST", "dropHeaders": ["Location"]},
    ]
    for expected in faults:  # one at a time: the first deviation ends the workflow
        control.set_faults([expected])
        out = tmp_path / expected["method"].lower()
        try:
            code, console, _ = _run(
                appliance, out, "--allow-writes", "--luna-tags", "ntls", examples=1
            )
        finally:
            control.clear_faults()
        operation = "deleteNtlsClient" if expected["method"] == "DELETE" else "registerNtlsClient"
        op = _verdicts(out)[operation]
        assert code == 1, console[-3000:]
        assert op["verdict"] == "failed", (operation, op)
        text = _failure_text(op)
        assert ("200" in text) if expected["method"] == "DELETE" else ("Location" in text), text


def test_a_405_on_an_inferred_operation_is_a_finding_about_the_spec(
    seeded: tuple[RunningEmulator, ControlClient, Seed], tmp_path: Path
) -> None:
    """An operation the spec only infers (x-luna-evidence: inferred) that the appliance does
    not serve at all is reported as "not on this appliance", apart from failures: the run
    still passes."""
    appliance, control, _ = seeded
    fault = {"pattern": r"^/api/lunasa/syslog/remoteHosts/[^/]+$", "method": "GET", "status": 405}
    control.set_faults([fault])
    try:
        code, console, _ = _run(
            appliance,
            tmp_path,
            "--luna-operations",
            "getSyslogRemoteHost,listSyslogRemoteHosts",
            examples=3,
        )
    finally:
        control.clear_faults()
    verdicts = _verdicts(tmp_path)
    assert code == 0, console[-3000:]
    assert verdicts["getSyslogRemoteHost"]["verdict"] == "not on this appliance"
    assert verdicts["listSyslogRemoteHosts"]["verdict"] == "verified"
    assert "xfailed" in console
