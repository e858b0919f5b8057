"""The conformance report in a real browser: Debian's chromium, headless, driven by playwright
(``scripts/check_report_browser.py``). What a human sees: the counts pytest printed, a verdict
table with a row and an evidence tier per operation, a failure's traceback folded away that
opens on a click, no horizontal scrolling; a screenshot of the whole page is written.

Skipped, with the reason, where /usr/bin/chromium is missing (``.ci/run`` installs it)."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from luna_emulator.control_client import ControlClient
from luna_emulator.server import RunningEmulator

from .suite_runs import ROOT, _run

CHROMIUM = Path("/usr/bin/chromium")

pytestmark = [
    pytest.mark.timeout(600),
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="no /usr/bin/chromium (apt-get install chromium chromium-driver; .ci/run does)",
    ),
]


def _checker() -> ModuleType:
    path = ROOT / "scripts" / "check_report_browser.py"
    spec = importlib.util.spec_from_file_location("check_report_browser", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def report(
    appliance: RunningEmulator, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, str, dict[str, Any]]:
    """A report with a failure in it: getHsm answers an undocumented 201."""
    out = tmp_path_factory.mktemp("browser-report")
    with ControlClient.for_running(appliance) as control:
        control.reset()
        control.set_faults([{"pattern": r"^/api/lunasa/hsms/\d+$", "method": "GET", "status": 201}])
        try:
            code, console, _ = _run(appliance, out, "--luna-tags", "hsms")
        finally:
            control.clear_faults()
    assert code == 1, console[-3000:]
    line = next(
        m.group(1)
        for ln in reversed(console.splitlines())
        if (m := re.match(r"^=*\s*(\d+ (?:failed|passed)\b.*?) in [\d.]+s", ln.strip()))
    )
    return out / "report.html", line, json.loads((out / "report.json").read_text())


@pytest.mark.parametrize("width", [1280, 900])
def test_the_report_as_a_human_sees_it(
    report: tuple[Path, str, dict[str, Any]], width: int, tmp_path: Path
) -> None:
    page, pytest_line, data = report
    png = tmp_path / f"conformance-{width}.png"
    view = _checker().look_at_report(page, png, expect_tests=pytest_line, width=width)
    assert view.ok, view.problems
    # the counts pytest printed, as words on the page
    assert pytest_line in view.tests_text
    assert "failed" in view.tests_text
    assert view.filter_counts["Failed"] == data["tests"]["counts"]["failed"]
    assert view.filter_counts["Passed"] == data["tests"]["counts"]["passed"]
    # one row per operation, each with its verdict and evidence tier
    assert view.operation_rows == len(data["operations"]) > 10
    assert view.tiers == {o["operationId"]: o["evidence"] for o in data["operations"]}
    assert view.verdicts["getHsm"] == "failed"
    # the failure: its reason shown, its traceback folded until clicked
    assert "Undocumented status code" in view.failure_reason
    assert view.traceback_hidden_before
    assert view.traceback_visible_after
    assert view.page_width <= view.viewport_width == width
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 20_000


def test_the_check_sees_a_page_that_overflows(tmp_path: Path) -> None:
    """The browser check itself can fail: a page wider than the window, with no counts and
    no table, is reported as such."""
    page = tmp_path / "wide.html"
    page.write_text(
        '<html><body><table id="results-table"><tbody><tr><td>x</td></tr></tbody></table>'
        '<div style="width:3000px">wide</div></body></html>'
    )
    view = _checker().look_at_report(page, tmp_path / "wide.png", expect_tests="1 passed")
    assert not view.ok
    text = "\n".join(view.problems)
    assert "horizontal overflow" in text
    assert "counts are not visible" in text
    assert "no rows" in text
    assert "pytest said '1 passed'" in text
