"""No deviation, no failure: a conforming emulator, seeded as an appliance in use and tested
as if it were one, passes cleanly in every safety tier, twice in a row (the first run must
leave nothing behind that makes the second fail)."""

from __future__ import annotations

from pathlib import Path

import pytest

from luna_emulator.control_client import ControlClient
from luna_emulator.server import RunningEmulator

from .suite_runs import _report, _run, _seed


@pytest.mark.slow
@pytest.mark.parametrize(
    "tier",
    [(), ("--allow-writes",), ("--allow-destructive",)],
    ids=["read-only", "safe-writes", "destructive"],
)
def test_a_conforming_appliance_passes_every_tier_twice_in_a_row(
    appliance: RunningEmulator,
    appliance_control: ControlClient,
    tmp_path: Path,
    tier: tuple[str, ...],
) -> None:
    _seed(appliance, appliance_control, serial=7005678)
    for run in ("first", "second"):
        out = tmp_path / run
        code, console, _ = _run(appliance, out, *tier)
        assert code == 0, f"{run} run: {console[-4000:]}"
        report = _report(out)
        failed = [o["operationId"] for o in report["operations"] if o["verdict"] == "failed"]
        assert failed == [], f"{run} run: {failed}"
        assert all(w["outcome"] != "failed" for w in report["workflows"]), report["workflows"]


@pytest.mark.slow
def test_a_wrong_so_password_costs_at_most_one_so_login(
    appliance: RunningEmulator, appliance_control: ControlClient, tmp_path: Path
) -> None:
    """Every workflow that needs the HSM SO would try it: after the first failure the suite
    sends no other SO login (each costs one of soLoginsLeft; at none the HSM zeroizes)."""
    _seed(appliance, appliance_control, serial=7005679)
    appliance_control.clear_requests()
    code, console, _ = _run(
        appliance, tmp_path, "--allow-destructive", "--luna-so-password", "Wrong-so-Secret-1"
    )
    assert code == 1, console[-3000:]
    so_logins = [
        row
        for row in appliance_control.requests()
        if row.get("operationId") == "loginHsm" and row.get("method") == "POST"
    ]
    failed = [row for row in so_logins if int(row.get("status", 0)) >= 400]
    assert len(failed) == 1, so_logins
    assert "an HSM SO login already failed in this run" in console
