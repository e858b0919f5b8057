"""Verified coverage against an appliance in use: pointed at a served emulator seeded with
every kind of resource (``luna_conformance/seed.py``) and tested as if it were an appliance, in
the read-only tier, the suite verifies (sees a documented success answer and checks it) at
least 90% of the read operations, from the ids it discovers on the target itself."""

from __future__ import annotations

import ssl
from pathlib import Path

import pytest

from luna_conformance.seed import build_seed
from luna_emulator.control_client import ControlClient
from luna_emulator.server import RunningEmulator

from .suite_runs import ADMIN_PASSWORD, CO_PASSWORD, SO_PASSWORD, _report, _run


@pytest.mark.slow
def test_read_only_verifies_nine_in_ten_read_operations(
    appliance: RunningEmulator, appliance_control: ControlClient, tmp_path: Path
) -> None:
    appliance_control.reset(hsm_serial=7009999)
    build_seed(
        appliance.url,
        username="admin",
        password=ADMIN_PASSWORD,
        verify=ssl.create_default_context(cafile=str(appliance.ca_file)),
        so_password=SO_PASSWORD,
        co_password=CO_PASSWORD,
    )
    code, console, _ = _run(appliance, tmp_path, "-k", "test_operation")
    assert code == 0, console[-3000:]
    reads = [
        o
        for o in _report(tmp_path)["operations"]
        if o["method"] == "GET" and not o["operationId"].startswith("cckm:")
    ]
    verified = [o["operationId"] for o in reads if o["verdict"] == "verified"]
    missing = sorted(o["operationId"] for o in reads if o["verdict"] != "verified")
    assert len(reads) > 100
    assert len(verified) >= 0.9 * len(reads), (len(verified), len(reads), missing)
