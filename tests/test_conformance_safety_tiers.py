"""The conformance suite against an 'appliance' in use, in each safety tier (read-only,
safe-writes, destructive): none of the run's secrets, in any encoding, in any output, and
after the destructive tier the configuration is what it was."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from luna_emulator.control_client import ControlClient
from luna_emulator.server import RunningEmulator

from .suite_runs import (
    ADMIN_PASSWORD,
    SO_PASSWORD,
    _config,
    _outputs,
    _run,
    _secret_forms,
    _seed,
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "tier",
    [(), ("--allow-writes",), ("--allow-destructive",)],
    ids=["read-only", "safe-writes", "destructive"],
)
def test_no_secret_of_the_run_in_any_output(
    appliance: RunningEmulator,
    appliance_control: ControlClient,
    tmp_path: Path,
    tier: tuple[str, ...],
) -> None:
    _seed(appliance, appliance_control, serial=7001234)
    before = _config(appliance)
    # a deviation whose answer echoes the credentials (as careless servers do in errors), so
    # that failure texts carrying them are written in every output
    basic = base64.b64encode(f"admin:{ADMIN_PASSWORD}".encode()).decode()
    echo = {"echo": f"Authorization: Basic {basic}", "so": SO_PASSWORD, "pw": ADMIN_PASSWORD}
    appliance_control.set_faults(
        [{"pattern": r"^/api/lunasa/hsms$", "method": "GET", "status": 500, "body": echo}]
    )
    code, console, _ = _run(appliance, tmp_path, *tier)
    appliance_control.clear_faults()
    assert code == 1, console[-3000:]
    assert "listHsms" in console or "/api/lunasa/hsms]" in console
    outputs = _outputs(tmp_path)
    assert set(outputs) >= {"report.html", "report.xml", "report.json", "console.txt"}
    for name in ("report.html", "report.xml", "report.json", "console.txt"):
        assert "«redacted»" in outputs[name], f"{name}: the echoed credentials were not reported"
    leaks = [
        f"{what} in {name}"
        for what, secret in _secret_forms([]).items()
        for name, text in outputs.items()
        if secret in text
    ]
    assert leaks == []
    if "--allow-destructive" in tier:
        # configuration the suite did not create is left as it was, block list included
        after = _config(appliance)
        changed = sorted(k for k in before if before[k] != after.get(k))
        assert changed == []
