"""The conformance report an auditor reads (HTML, JSON, JUnit): its counts are pytest's, every
operation shows its verdict and evidence tier, a failure starts with its one-line reason and
request/answer with the framework traceback folded away, skips are words, findings about the
spec stand apart from failures, workflows list their steps, and no secret is in any of it.

Two runs of the suite as a user runs it (a separate pytest process): against an emulator
treated as an appliance (read-only tier) with deviations injected through its control API,
and against the embedded emulator; plus the parts that need no run."""

from __future__ import annotations

import html
import json
import logging
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import luna_spec
from luna_conformance.report import NOT_ON_APPLIANCE, OperationRecord, Recorder
from luna_conformance.report_failure import parse_failure, skip_words
from luna_conformance.report_steps import StepLog
from luna_emulator.control_client import ControlClient
from luna_emulator.server import RunningEmulator

from .suite_runs import ADMIN_PASSWORD, ROOT, _outputs, _run, _secret_forms

pytestmark = pytest.mark.timeout(900)

SPEC = luna_spec.load_spec()
_SUMMARY_LINE = re.compile(
    r"^=*\s*(\d+ (?:failed|passed|skipped|error|errors|deselected)\b.*?) in [\d.]+s"
)


def _gap_operation() -> tuple[str, str, str] | None:
    """(path, operationId, tag) of the first GET without path parameters whose evidence tier
    is structure or inferred; None while the spec has none."""
    for path, item in SPEC["paths"].items():
        op = item.get("get")
        if (
            isinstance(op, dict)
            and op.get("x-luna-evidence") in ("structure", "inferred")
            and "{" not in path
            and not op.get("x-luna-private-session")
        ):
            return path, op["operationId"], op["tags"][0]
    return None


GAP = _gap_operation()


def _pytest_line(console: str) -> str:
    """pytest's final summary line, without its duration ('2 failed, 14 passed, ...')."""
    for line in reversed(console.splitlines()):
        m = _SUMMARY_LINE.match(line.strip())
        if m:
            return m.group(1)
    raise AssertionError(f"no pytest summary line in the console: {console[-1500:]}")


def _html(out: Path) -> str:
    return (out / "report.html").read_text()


def _blob(page: str) -> dict[str, Any]:
    """pytest-html's test data (its results table is built from it in the browser)."""
    m = re.search(r'data-jsonblob="([^"]*)"', page)
    assert m, "no pytest-html data in the report"
    data: dict[str, Any] = json.loads(html.unescape(m.group(1)))
    return data


def _count_spans(page: str, css: str) -> dict[str, int]:
    m = re.search(rf'<p class="luna-counts {css}">(.*?)</p>', page, re.DOTALL)
    assert m, f"no {css} line in the report"
    return {w: int(n) for w, n in re.findall(r'data-count="([^"]+)">(\d+) ', m.group(1))}


def _rows(page: str) -> dict[str, tuple[str, str]]:
    """operationId -> (evidence, verdict) as the HTML verdict table shows them."""
    table = page.split('<table id="luna-operations">', 1)[1].split("</table>", 1)[0]
    rows = re.findall(
        r'<tr class="v-[^"]*" data-operation="([^"]+)">.*?<td class="luna-tier">([^<]*)</td>'
        r'<td class="luna-verdict">([^<]*)</td>',
        table,
        re.DOTALL,
    )
    return {oid: (html.unescape(tier), html.unescape(verdict)) for oid, tier, verdict in rows}


def _failure_div(page: str, operation_id: str) -> str:
    m = re.search(
        rf'<div class="luna-failure" id="[^"]*" data-operation="{operation_id}">(.*?)</div>',
        page,
        re.DOTALL,
    )
    assert m, f"no failure section for {operation_id}"
    return m.group(1)


# -- against an emulator treated as an appliance, with deviations ------------------------


@pytest.fixture(scope="module")
def appliance_run(
    appliance: RunningEmulator, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[int, str, Path]]:
    """Read-only tier; getHsm answers 201 (undocumented), getHsmFirmware a 500 whose body
    carries the admin password, and (when the spec has one) a structure or inferred
    operation answers 404 as if the appliance did not serve it."""
    faults: list[dict[str, Any]] = [
        {"pattern": r"^/api/lunasa/hsms/\d+$", "method": "GET", "status": 201},
        {
            "pattern": r"^/api/lunasa/hsms/\d+/firmware$",
            "method": "GET",
            "status": 500,
            "body": {"message": f"internal error for password {ADMIN_PASSWORD}"},
        },
    ]
    tags = ["hsms"]
    if GAP is not None:
        faults.append({"pattern": f"^{re.escape(GAP[0])}$", "method": "GET", "status": 404})
        tags.append(GAP[2])
    out = tmp_path_factory.mktemp("appliance-report")
    with ControlClient.for_running(appliance) as control:
        control.reset()
        control.set_faults(faults)
        try:
            code, console, _ = _run(appliance, out, "--luna-tags", ",".join(tags))
        finally:
            control.clear_faults()
    return code, console, out


def test_the_counts_are_pytests(appliance_run: tuple[int, str, Path]) -> None:
    code, console, out = appliance_run
    assert code == 1, console[-3000:]  # the injected deviations fail
    line = _pytest_line(console)
    terminal = {w: int(n) for n, w in re.findall(r"(\d+) (\w+)", line)}
    report = json.loads((out / "report.json").read_text())
    assert report["tests"]["line"] == line
    assert report["tests"]["counts"] == terminal
    page = _html(out)
    assert _count_spans(page, "luna-tests") == terminal
    # pytest-html's own filters count the same tests
    for word, label in (("passed", "Passed"), ("failed", "Failed"), ("skipped", "Skipped")):
        m = re.search(rf'<span class="{word}">(\d+) {label},</span>', page)
        assert m, f"pytest-html shows no {label} count"
        assert int(m.group(1)) == terminal.get(word, 0), (word, m.group(0))
    suite = ET.parse(out / "report.xml").getroot().find("testsuite")
    assert suite is not None
    assert int(suite.get("failures", "0")) == terminal.get("failed", 0)
    assert int(suite.get("skipped", "0")) == terminal.get("skipped", 0)
    ran = sum(n for w, n in terminal.items() if w not in ("deselected", "warning", "warnings"))
    assert int(suite.get("tests", "0")) == ran
    # verdicts count operations: one each, the same in the JSON and the HTML
    assert sum(report["summary"].values()) == len(report["operations"])
    assert _count_spans(page, "luna-verdicts") == report["summary"]
    assert f"{len(report['operations'])} operations:" in console


def test_every_operation_shows_its_evidence_tier(appliance_run: tuple[int, str, Path]) -> None:
    _, _, out = appliance_run
    report = json.loads((out / "report.json").read_text())
    rows = _rows(_html(out))
    assert len(rows) == len(report["operations"]) > 10
    for o in report["operations"]:
        tier = SPEC["paths"][o["path"]][o["method"].lower()]["x-luna-evidence"]
        assert o["evidence"] == tier, o["operationId"]
        assert rows[o["operationId"]] == (tier, o["verdict"]), o["operationId"]


def test_a_failure_starts_with_its_reason_and_folds_the_traceback(
    appliance_run: tuple[int, str, Path],
) -> None:
    _, _, out = appliance_run
    report = json.loads((out / "report.json").read_text())
    get_hsm = next(o for o in report["operations"] if o["operationId"] == "getHsm")
    assert get_hsm["verdict"] == "failed"
    failure = get_hsm["failure"]
    assert "Undocumented status code" in failure["reason"]
    assert "201" in failure["reason"]
    assert failure["status"] == 201
    assert failure["request"].startswith("curl -X GET")
    assert re.search(r"/api/lunasa/hsms/\d+", failure["request"])
    assert failure["answer"].startswith("[201]")
    assert "Documented: 200" in failure["expected"]
    assert "Traceback" in failure["traceback"]
    assert "Traceback" not in failure["reason"] + failure["expected"]

    page = _html(out)
    div = _failure_div(page, "getHsm")
    # what comes first is the reason, then request, answer, expected; the traceback folded
    first = re.search(r"</h3>\s*<p class=\"luna-reason\">([^<]+)</p>", div)
    assert first
    assert "Undocumented status code" in first.group(1)
    order = [div.index(f'class="luna-{part}"') for part in ("request", "response", "expected")]
    assert order == sorted(order)
    assert div.index("luna-reason") < order[0]
    folded = re.search(r'<details class="luna-traceback">(.*?)</details>', div, re.DOTALL)
    assert folded
    assert "Traceback" in folded.group(1)
    assert "<details open" not in div
    assert "Traceback" not in div[: div.index('<details class="luna-traceback">')]

    # pytest-html's own row for the test: the same, reason first, traceback folded
    tests = _blob(page)["tests"]
    node = "luna_conformance/test_operations.py::test_operation[GET /api/lunasa/hsms/{hsmid}]"
    log = tests[node][0]["log"]
    assert log.lstrip().startswith('<div class="luna-log"><p class="luna-reason">')
    head, _, folded_part = log.partition('<details class="luna-traceback">')
    assert "Traceback" not in head
    assert "Traceback" in folded_part


def test_skips_are_words(appliance_run: tuple[int, str, Path]) -> None:
    _, _, out = appliance_run
    report = json.loads((out / "report.json").read_text())
    skipped = [o for o in report["operations"] if o["verdict"] == "skipped"]
    assert skipped, "the read-only tier skips writes"
    for o in skipped:
        assert o["reason"], o
        assert not o["reason"].startswith(("(", "Skipped")), o
        assert "needs --allow" in o["reason"] or "never" in o["reason"], o
    for w in report["workflows"]:
        if w["outcome"] == "skipped":
            assert w["reason"], w
            assert not w["reason"].startswith("("), w
    tests = _blob(_html(out))["tests"]
    skipped_logs = [t[0]["log"] for t in tests.values() if t[0]["result"] == "Skipped"]
    assert skipped_logs
    for log in skipped_logs:
        assert log.startswith('<span class="luna-skip">Skipped: '), log[:200]
        for tuple_part in ("(&#x27;", "&#x27;, ", "('"):
            assert tuple_part not in log, log[:200]
    junit = (out / "report.xml").read_text()
    assert "needs --allow" in junit


def test_no_secret_in_any_output(appliance_run: tuple[int, str, Path]) -> None:
    _, _, out = appliance_run
    report = json.loads((out / "report.json").read_text())
    firmware = next(o for o in report["operations"] if o["operationId"] == "getHsmFirmware")
    # the answer the suite saw carried the admin password: the failure shows it masked
    assert firmware["verdict"] == "failed", firmware
    assert firmware["failure"]["status"] == 500
    assert "for password «redacted»" in firmware["failure"]["answer"], firmware["failure"]
    outputs = _outputs(out)
    assert {"report.html", "report.json", "report.xml", "console.txt"} <= set(outputs)
    for name, text in outputs.items():
        for form, secret in _secret_forms([]).items():
            assert secret not in text, f"{form} in {name}"


@pytest.mark.skipif(GAP is None, reason="the spec has no GET of tier structure or inferred yet")
def test_a_missing_weak_operation_is_a_finding_about_the_spec(
    appliance_run: tuple[int, str, Path],
) -> None:
    assert GAP is not None
    _, console, out = appliance_run
    report = json.loads((out / "report.json").read_text())
    gap = next(o for o in report["operations"] if o["operationId"] == GAP[1])
    assert gap["verdict"] == NOT_ON_APPLIANCE, gap
    assert gap["statuses"] == {"404": gap["cases"]}
    assert [f["operationId"] for f in report["specFindings"]] == [GAP[1]]
    assert report["summary"][NOT_ON_APPLIANCE] == 1
    page = _html(out)
    findings = page.split('id="luna-spec-findings"', 1)[1].split("<h2", 1)[0]
    assert f'data-operation="{GAP[1]}"' in findings
    failures = page.split('id="luna-failures"', 1)[1].split('id="luna-spec-findings"', 1)[0]
    assert GAP[1] not in failures
    assert "getHsm" in failures
    assert f"1 {NOT_ON_APPLIANCE}" in console


# -- against the embedded emulator ---------------------------------------------------------


@pytest.fixture(scope="module")
def embedded_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str, Path]:
    out = tmp_path_factory.mktemp("embedded-report")
    cmd = [
        sys.executable,
        "-m",
        "pytest",
        "luna_conformance",
        "-p",
        "no:cacheprovider",
        "-q",
        "--luna-tags",
        "ntls",
        f"--html={out / 'report.html'}",
        "--self-contained-html",
        f"--junitxml={out / 'report.xml'}",
        f"--luna-report-json={out / 'report.json'}",
    ]
    env = {
        **os.environ,
        "LUNA_EXAMPLES": "1",
        "LUNA_STATEFUL_RUNS": "1",
        "LUNA_STATEFUL_STEPS": "3",
    }
    env.pop("LUNA_URL", None)
    proc = subprocess.run(
        cmd, capture_output=True, text=True, timeout=900, cwd=ROOT, env=env, check=False
    )
    return proc.returncode, proc.stdout + proc.stderr, out


def test_embedded_counts_and_workflow_steps(embedded_run: tuple[int, str, Path]) -> None:
    code, console, out = embedded_run
    assert code == 0, console[-3000:]
    report = json.loads((out / "report.json").read_text())
    assert report["tests"]["line"] == _pytest_line(console)
    assert report["specFindings"] == []  # every operation exists on the emulator
    workflows = {w["name"]: w for w in report["workflows"]}
    connection = next(w for n, w in workflows.items() if n.startswith("NTLS client-partition"))
    assert connection["outcome"] == "passed"
    steps = connection["steps"]
    assert any(re.fullmatch(r"POST /api/lunasa/ntls/clients -> 20\d", s) for s in steps), steps
    assert any(re.fullmatch(r"POST /api/lunasa/ntls/clients/[^/]+/links -> 20\d", s) for s in steps)
    assert all(re.fullmatch(r"(GET|PUT|POST|PATCH|DELETE) /\S* -> \d{3}", s) for s in steps)
    page = _html(out)
    table = page.split('<table id="luna-workflows">', 1)[1].split("</table>", 1)[0]
    assert f"{len(steps)} requests" in table
    assert html.escape(steps[0]) in table


# -- the parts, without a run ---------------------------------------------------------------

_SCHEMATHESIS_FAILURE = """+ Exception Group Traceback (most recent call last):
  |   File "/x/schemathesis/generation/hypothesis/builder.py", line 270, in test_operation
  |     def test_wrapper(*args: Any, **kwargs: Any) -> Any:
  |   File "/x/conformance/test_operations.py", line 144, in test_operation
  |     case.validate_response(response, additional_checks=list(CHECKS))
  | schemathesis.core.failures.FailureGroup: Schemathesis found 2 distinct failures
  |
  | - ST108 Response violates schema
  |
  |     "url" is a required property
  |
  | - ST107 Missing required response headers
  |
  |     The following required headers are missing from the response:
  |     - `Location`
  |
  | [200] OK:
  |
  |     `{"hsms":[{"id":"1"}]}`
  |
  | Reproduce with:
  |
  |     curl -X GET -H 'Authorization: [Filtered]' https://h:8443/api/lunasa/hsms
  |
  |  (2 sub-exceptions)
  +-+---------------- 1 ----------------
    | schemathesis.openapi.checks.JsonSchemaError: Response violates schema
    +------------------------------------
"""


def test_a_schemathesis_failure_in_parts() -> None:
    d = parse_failure(_SCHEMATHESIS_FAILURE)
    assert d.checks == ["ST108 Response violates schema", "ST107 Missing required response headers"]
    assert d.reason == (
        "ST108 Response violates schema; ST107 Missing required response headers: "
        '"url" is a required property'
    )
    assert d.request == "curl -X GET -H 'Authorization: [Filtered]' https://h:8443/api/lunasa/hsms"
    assert d.status == 200
    assert d.response == '[200] OK:\n`{"hsms":[{"id":"1"}]}`'
    assert "- `Location`" in d.expected
    assert '"url" is a required property' in d.expected
    assert d.traceback.startswith("Exception Group Traceback")
    assert "sub-exception" not in d.expected + d.response + d.request


def test_a_plain_assertion_in_parts() -> None:
    text = (
        "target = <Target>\n\n    def test_probe():\n>       assert status == 401\n"
        "E       AssertionError: GET /users without credentials answered 200, not 401\n"
        "E       assert 200 == 401\n\nconformance/test_operations.py:197: AssertionError"
    )
    d = parse_failure(text)
    assert d.reason == "AssertionError: GET /users without credentials answered 200, not 401"
    assert d.expected == "assert 200 == 401"
    assert d.traceback == text
    assert not d.request


def test_skip_reasons_as_words() -> None:
    assert skip_words(("/x/test_operations.py", 114, "Skipped: needs --allow-writes")) == (
        "needs --allow-writes"
    )
    assert skip_words("('/x/test_workflows.py', 64, 'Skipped: destructive')") == "destructive"
    assert skip_words("Skipped: plain words") == "plain words"


def _record(
    recorder: Recorder, path: str, evidence: str, statuses: dict[int, int]
) -> OperationRecord:
    oid = f"op{len(recorder.operations)}"
    recorder.add_operation("GET", path, oid)
    rec = recorder.operations[oid]
    rec.evidence = evidence
    for status, n in statuses.items():
        for _ in range(n):
            recorder.saw(oid, status)
    recorder.finish(oid, "failed" if 405 in statuses else "passed")
    return rec


def test_which_answers_are_findings_about_the_spec() -> None:
    appliance = Recorder(target={"kind": "appliance"})
    found = _record(appliance, "/api/lunasa/x", "inferred", {404: 3})
    assert appliance.verdict(found) == NOT_ON_APPLIANCE
    assert "finding about the spec" in appliance.explanation(found)
    not_allowed = _record(appliance, "/api/lunasa/x/{xid}", "structure", {405: 1})
    assert appliance.verdict(not_allowed) == NOT_ON_APPLIANCE  # a method is not served
    documented = _record(appliance, "/api/lunasa/y", "doc", {404: 3})
    assert appliance.verdict(documented) == "errors only"  # documented: not the spec's doubt
    mixed = _record(appliance, "/api/lunasa/z", "inferred", {404: 2, 400: 1})
    assert appliance.verdict(mixed) == "errors only"
    # a 404 by id counts only when the resource the id names was discovered
    by_id = _record(appliance, "/api/lunasa/w/{wid}/things", "inferred", {404: 4})
    assert appliance.verdict(by_id) == "errors only"
    assert appliance.explanation(by_id) == (
        "not verified: no success answer seen (statuses 404): no /api/lunasa/w/{wid} was "
        "found on the target, so every case named a made-up id"
    )
    appliance.discovered["/api/lunasa/w/{wid}"] = 2
    assert appliance.verdict(by_id) == NOT_ON_APPLIANCE
    assert appliance.summary()[NOT_ON_APPLIANCE] == 3
    assert [r.operation_id for r in appliance.spec_findings()] == ["op0", "op1", "op4"]

    emulator = Recorder(target={"kind": "embedded emulator"})
    on_emulator = _record(emulator, "/api/lunasa/x", "inferred", {404: 3})
    assert emulator.verdict(on_emulator) == "errors only"
    assert emulator.spec_findings() == []


def test_workflow_steps_are_collected_without_changing_the_logs(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    name = "lrk-test-steps"
    log = logging.getLogger(name)
    steps = StepLog()
    steps.install(name)
    node = "luna_conformance/test_workflows.py::test_paging"
    monkeypatch.setenv("PYTEST_CURRENT_TEST", f"{node} (setup)")
    log.debug("%s %s -> %d", "POST", "/auth/session", 204)  # a fixture's request: no step
    monkeypatch.setenv("PYTEST_CURRENT_TEST", f"{node} (call)")
    log.debug("%s %s -> %d", "GET", "/api/lunasa/ntls/clients", 200)
    log.debug("not a request")
    log.warning("retrying GET /x")
    assert steps.of(node) == ["GET /api/lunasa/ntls/clients -> 200"]
    # nobody asked for DEBUG: those records are still not emitted; the warning is
    assert [r.getMessage() for r in caplog.records if r.name == name] == ["retrying GET /x"]
    caplog.set_level(logging.DEBUG)
    log.debug("%s %s -> %d", "DELETE", "/api/lunasa/ntls/clients/a", 204)
    assert "DELETE /api/lunasa/ntls/clients/a -> 204" in caplog.text
    assert len(steps.of(node)) == 2


def test_a_failure_with_a_cookie_keeps_its_parts_in_the_html() -> None:
    """Redaction runs over the rendered HTML too: a request's ``Cookie: '...'`` header must
    lose its value, not swallow the answer shown after it."""
    text = _SCHEMATHESIS_FAILURE.replace(
        "-H 'Authorization: [Filtered]'", "-H 'Cookie: SESSIONID=lrk-cookie-0123456789'"
    )
    rec = Recorder(target={"kind": "embedded emulator"})
    rec.add_operation("GET", "/api/lunasa/hsms", "listHsms")
    rec.saw("listHsms", 200)
    rec.finish("listHsms", "failed", text)
    page = "".join(rec.html_tables())
    div = _failure_div(page, "listHsms")
    assert "lrk-cookie-0123456789" not in page
    assert "<redacted>" not in page  # a browser would take it for a tag and show nothing
    request = re.search(r'<pre class="luna-request">([^<]*)</pre>', div)
    assert request, div
    assert request.group(1).startswith("curl -X GET -H 'Cookie: ")
    assert request.group(1).endswith("https://h:8443/api/lunasa/hsms")
    answer = re.search(r'<pre class="luna-response">([^<]*)</pre>', div)
    assert answer, div
    assert answer.group(1).startswith("[200] OK:")


def test_a_workflow_steps_failure_in_parts() -> None:
    """A workflow step's answer checked against the spec: the message that names the step
    comes first in the reason, and there is no framework traceback to fold."""
    group = _SCHEMATHESIS_FAILURE.split("schemathesis.core.failures.FailureGroup: ", 1)[1]
    group = "\n".join(line.removeprefix("  | ").removeprefix("  |") for line in group.splitlines())
    # str() of the group: its message, then " (N sub-exceptions)" on its last line
    group = group.split("\n\n (2 sub-exceptions)", 1)[0] + " (2 sub-exceptions)"
    text = (
        "listHsms (GET /api/lunasa/hsms) answered a workflow step with 200, not as the spec "
        f"says:\n{group}"
    )
    d = parse_failure(text)
    assert d.reason.startswith(
        "listHsms (GET /api/lunasa/hsms) answered a workflow step with 200, not as the spec "
        "says: ST108 Response violates schema; ST107"
    )
    assert d.traceback == ""
    assert d.status == 200
    assert d.request == "curl -X GET -H 'Authorization: [Filtered]' https://h:8443/api/lunasa/hsms"
