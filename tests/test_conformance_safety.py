"""The conformance suite against an 'appliance' it has never seen (a served emulator seeded
with a non-example HSM serial, an initialized partition, a linked NTLS client, an SNMP user
and a file), no block-list trip, ids from the
target rather than the spec's examples, configuration left as it was, certificate pinning
alone, and a preflight that stops at once on a wrong password, an untrusted certificate or
an unreachable target."""

from __future__ import annotations

import hashlib
import re
import ssl
import subprocess
import sys
import time
from pathlib import Path

import pytest

import luna_spec
from luna_emulator.control_client import ControlClient
from luna_emulator.server import RunningEmulator, free_port
from luna_ext import LunaSession

from .suite_runs import (
    ADMIN_PASSWORD,
    GUIDE_BLOCKLIST,
    ROOT,
    _report,
    _run,
    _seed,
    _verified_reads,
)


@pytest.mark.slow
def test_read_only_run_with_the_guides_block_list_is_never_blocked(
    appliance: RunningEmulator, appliance_control: ControlClient, tmp_path: Path
) -> None:
    _seed(appliance, appliance_control, serial=7001234, blocklist=GUIDE_BLOCKLIST)
    code, console, _ = _run(appliance, tmp_path)
    assert code == 0, console[-3000:]
    log = appliance_control.requests()
    assert log, "the run reached the appliance"
    failed_logins = [r for r in log if r["status"] == 401 and r["operationId"] == "createSession"]
    assert failed_logins == []
    with LunaSession(
        appliance.url, username="admin", password=ADMIN_PASSWORD, ca_file=appliance.ca_file
    ) as luna:
        # still answered (a blocked client's connection is dropped), and the appliance's
        # own log says nobody was blocklisted
        assert luna.get_json("/api/lunasa/webServer/blocklist")["maxInfractionCount"] == 5
    report = _report(tmp_path)
    assert report["unauthenticatedProbes"] == []


@pytest.mark.slow
def test_ids_come_from_the_target_not_from_the_spec_examples(
    appliance: RunningEmulator, appliance_control: ControlClient, tmp_path: Path
) -> None:
    example = luna_spec.load_spec()["paths"]["/api/lunasa/hsms/{hsmid}"]["get"]
    shares = {}
    for serial in (151256, 7001234):
        _seed(appliance, appliance_control, serial=serial)
        code, console, _ = _run(appliance, tmp_path / str(serial), "-k", "test_operation")
        assert code == 0, console[-3000:]
        report = _report(tmp_path / str(serial))
        reads = [o for o in report["operations"] if o["method"] == "GET"]
        shares[serial] = _verified_reads(report)
        assert len(reads) > 100
        assert "getHsm" in shares[serial], example["operationId"]
        assert "getPartition" in shares[serial]
        assert "getNtlsClient" in shares[serial]
    assert shares[7001234] == shares[151256]


@pytest.mark.slow
def test_a_pin_alone_is_trust_enough_for_every_layer(
    appliance: RunningEmulator, appliance_control: ControlClient, tmp_path: Path
) -> None:
    _seed(appliance, appliance_control, serial=7001234)
    der = ssl.PEM_cert_to_DER_cert(appliance.ca_file.read_text())  # type: ignore[union-attr]
    pin = hashlib.sha256(der).hexdigest()
    code, console, _ = _run(
        appliance,
        tmp_path,
        "--luna-pin",
        pin,
        "--allow-writes",
        "--allow-config-changes",
        "--luna-operations",
        "listHsms,getHsm,listNtlsClients",
        "-k",
        "test_operation or test_stateful or test_paging or test_ntls_client",
        ca=False,
    )
    assert code == 0, console[-3000:]
    report = _report(tmp_path)
    verdicts = {o["operationId"]: o["verdict"] for o in report["operations"]}
    assert verdicts["listHsms"] == verdicts["getHsm"] == "verified"
    outcomes = {w["name"]: w["outcome"] for w in report["workflows"]}
    assert set(outcomes.values()) == {"passed"}, outcomes


@pytest.mark.parametrize("problem", ["wrong password", "unreachable", "untrusted"])
def test_preflight_ends_the_run_at_once_with_one_message(
    appliance: RunningEmulator, appliance_control: ControlClient, tmp_path: Path, problem: str
) -> None:
    appliance_control.reset()
    url, password, ca = appliance.url, ADMIN_PASSWORD, True
    if problem == "wrong password":
        password = "Not-the-password-1"
    elif problem == "unreachable":
        url = f"https://127.0.0.1:{free_port()}"
    else:
        ca = False
    cmd = [
        sys.executable,
        "-m",
        "pytest",
        "luna_conformance",
        "-p",
        "no:cacheprovider",
        "-q",
        "--luna-url",
        url,
        "--luna-password",
        password,
        "--luna-rate",
        "0",
        f"--luna-report-json={tmp_path / 'r.json'}",
        *(["--luna-ca", str(appliance.ca_file)] if ca else []),
    ]
    start = time.monotonic()
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=ROOT, check=False)
    elapsed = time.monotonic() - start
    console = proc.stdout + proc.stderr
    assert proc.returncode == 2, console[-2000:]
    # it stops before collecting anything: the time is pytest's own start-up (about 5 s on
    # an idle 2-core machine; a bound here only catches a hang or a retry storm, since
    # wall time on a shared machine is no unit test's to judge)
    assert elapsed < 60, f"{elapsed:.1f} s"
    assert "collected" not in console
    assert not re.search(r"\d+ (passed|failed|skipped|errors?|deselected) in [\d.]+s", console)
    lines = [line for line in console.splitlines() if "conformance:" in line]
    assert len(lines) == 1, console[-2000:]
    expected = {
        "wrong password": "refused the login",
        "unreachable": "cannot be reached",
        "untrusted": "not trusted",
    }[problem]
    assert expected in lines[0]
    assert password not in console
    failed = [r for r in appliance_control.requests() if r["status"] == 401]
    assert len(failed) <= 1


def test_workers_against_an_appliance_with_the_so_password_are_refused_before_any_request(
    appliance: RunningEmulator, appliance_control: ControlClient, tmp_path: Path
) -> None:
    """Each pytest-xdist worker keeps its own SO-login guard, so a wrong SO password could
    be tried once per worker: -n 2 with --luna-so-password ends the run before the
    preflight, with one message, and the appliance sees no request at all."""
    appliance_control.reset()
    before = len(appliance_control.requests())
    cmd = [
        sys.executable,
        "-m",
        "pytest",
        "luna_conformance",
        "-p",
        "no:cacheprovider",
        "-q",
        "-n",
        "2",
        "--luna-url",
        appliance.url,
        "--luna-ca",
        str(appliance.ca_file),
        "--luna-password",
        ADMIN_PASSWORD,
        "--luna-so-password",
        "Not-the-SO-password-1",
        f"--luna-report-json={tmp_path / 'r.json'}",
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=ROOT, check=False)
    console = proc.stdout + proc.stderr
    assert proc.returncode == 2, console[-2000:]
    lines = [line for line in console.splitlines() if "conformance:" in line]
    assert len(lines) == 1, console[-2000:]
    assert "run one worker" in lines[0]
    assert "Not-the-SO-password-1" not in console
    assert len(appliance_control.requests()) == before
