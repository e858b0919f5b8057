"""The pytest plugin of the conformance suite: options, the target, safety, the report."""

from __future__ import annotations

import contextlib
import datetime
import re
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import luna_spec
from luna_ext import LunaAuthenticationError, LunaError, install_redaction

from .redaction import SECRETS
from .report import Recorder
from .target import Target, target_from_options

RECORDER = Recorder()
_TARGET: list[Target] = []


def pytest_addoption(parser: pytest.Parser) -> None:
    g = parser.getgroup("luna", "luna-rest-kit conformance")
    g.addoption(
        "--luna-url",
        help="appliance URL (https://host:8443); none: the embedded emulator [LUNA_URL]",
    )
    g.addoption("--luna-user", help="appliance user (default admin) [LUNA_USER]")
    g.addoption("--luna-password", help="its password [LUNA_PASSWORD]")
    g.addoption("--luna-ca", help="CA file or the appliance's server.pem to trust [LUNA_CA]")
    g.addoption(
        "--luna-pin",
        help="SHA-256 fingerprint of the appliance certificate to trust, instead of a CA "
        "[LUNA_PIN]",
    )
    g.addoption(
        "--luna-cert", help="certificate for certificate login (with --luna-key) [LUNA_CERT]"
    )
    g.addoption("--luna-key", help="private key for certificate login [LUNA_KEY]")
    g.addoption(
        "--luna-so-password", help="HSM SO password, for workflows that need it [LUNA_SO_PASSWORD]"
    )
    g.addoption("--luna-co-password", help="partition CO password [LUNA_CO_PASSWORD]")
    g.addoption(
        "--luna-rate", help="requests per second against an appliance (default 5) [LUNA_RATE]"
    )
    g.addoption(
        "--luna-examples",
        type=int,
        default=None,
        help="generated cases per operation (default 10, env LUNA_EXAMPLES)",
    )
    g.addoption(
        "--allow-writes",
        action="store_true",
        default=False,
        help="safe-writes tier: also create, change and delete objects named lrk- that the "
        "suite creates itself (never anything else)",
    )
    g.addoption(
        "--allow-destructive",
        action="store_true",
        default=False,
        help="destructive tier: also operations that can destroy key material on a real "
        "appliance (zeroize, partition deletion...); implies --allow-writes",
    )
    g.addoption(
        "--allow-config-changes",
        action="store_true",
        default=False,
        help="also change configuration the suite did not create (users, roles, SNMP, "
        "syslog, NTLS, services...); protections that can lock the suite out (block list, "
        "ACL, login rules, network, web server) are never changed on an appliance",
    )
    g.addoption(
        "--luna-auth-probes",
        action="store_true",
        default=False,
        help="against an appliance, send one request without credentials per family and "
        "expect 401 (never a wrong credential); always on against the emulator",
    )
    g.addoption(
        "--luna-operations",
        default="",
        help="comma-separated operationIds: run the schema-driven layer for these only",
    )
    g.addoption(
        "--luna-report-json", default="reports/conformance.json", help="machine-readable report"
    )


def pytest_configure(config: pytest.Config) -> None:
    install_redaction()
    config.addinivalue_line(
        "markers", "workflow(name): one documented workflow of the REST API guide"
    )
    if not hasattr(config, "workerinput"):
        config.stash[_RUN_KEY] = datetime.datetime.now(datetime.UTC).strftime(
            "%Y-%m-%d %H:%M:%S UTC"
        )


_RUN_KEY = pytest.StashKey[str]()


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session: pytest.Session) -> None:
    """Preflight against an appliance, once, before any test (and before xdist workers
    start): one login with the given credentials. A refused login, an untrusted certificate
    or an unreachable target ends the run at once with one message, so that no second
    failed login is ever sent (the block list, role lockouts)."""
    config = session.config
    if hasattr(config, "workerinput") or config.option.collectonly or config.option.help:
        return
    t = target_from_options(config)
    if t.is_emulator:
        return
    if not t.password and not (t.cert_file and t.key_file):
        pytest.exit("conformance: give --luna-password (or --luna-cert and --luna-key)", 2)
    problem = preflight(t)
    t.close()
    if problem:
        pytest.exit(f"conformance: {problem}", 2)


def preflight(t: Target) -> str:
    """'' when the target answers a login with these credentials; otherwise why not."""
    try:
        with t.session() as luna:
            luna.get_json("/api/lunasa")
    except LunaAuthenticationError as err:
        return (
            f"{t.url} refused the login of {t.username!r} ({err.status} {err.error_id}): check "
            "--luna-user and --luna-password (or the certificate); nothing else was sent, "
            "no second login was tried"
        )
    except (ssl.SSLError, LunaError, httpx.HTTPError, OSError) as err:
        text = SECRETS.redact(str(err))
        if "CERTIFICATE_VERIFY_FAILED" in text or "certificate" in text.lower():
            return (
                f"{t.url}: its TLS certificate is not trusted ({text}); give --luna-ca with "
                "the appliance's server.pem (or your CA), or --luna-pin with its SHA-256"
            )
        return f"{t.url} cannot be reached ({type(err).__name__}: {text})"
    return ""


@pytest.fixture(scope="session")
def target(request: pytest.FixtureRequest) -> Iterator[Target]:
    """The system under test; the embedded emulator when no URL is given."""
    t = target_from_options(request.config)
    with contextlib.ExitStack() as stack:
        if t.is_emulator:
            from luna_emulator import DEFAULT_USERS
            from luna_emulator.control_client import ControlClient
            from luna_emulator.server import serve_in_thread

            running = stack.enter_context(serve_in_thread())
            t.url, t.ca_file, t.emulator = running.url, running.ca_file, running
            t.control = ControlClient.for_running(running)
            t.username, t.password = "admin", DEFAULT_USERS["admin"][0]
            t.so_password, t.co_password = "Sopass123!", "Copass123!"
            t.register_secrets()
        _TARGET.append(t)
        RECORDER.target.update(t.describe())
        RECORDER.target["run"] = request.config.stash.get(_RUN_KEY, "")
        with contextlib.suppress(LunaError, httpx.HTTPError, OSError), t.session() as s:
            root = s.get_json("/api/lunasa")
            RECORDER.target["appliance version"] = str(root.get("version", "?"))
            RECORDER.target["system status"] = str(root.get("systemStatus", "?"))
        RECORDER.target["API version (spec)"] = luna_spec.API_VERSION
        yield t
        _cleanup(t)
        t.close()


@pytest.fixture(scope="session")
def recorder() -> Recorder:
    return RECORDER


def _cleanup(t: Target) -> None:
    """Delete what the suite created, newest first; also after failures or an interrupt."""
    if not RECORDER.created:
        return
    with contextlib.suppress(LunaError, httpx.HTTPError, OSError), t.session() as s:
        for url in reversed(RECORDER.created):
            with contextlib.suppress(LunaError):
                s.request("DELETE", url)
    RECORDER.created.clear()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """No password, token, cookie or challenge response in any report: the failure text, the
    skip reason and the captured output are redacted by value (every secret the run holds,
    in its encodings) before the JUnit, HTML, JSON and console reporters see them."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if isinstance(report.longrepr, tuple) and len(report.longrepr) == 3:
        path, lineno, message = report.longrepr
        report.longrepr = (path, lineno, SECRETS.redact(str(message)))
    elif report.longrepr is not None:
        report.longrepr = SECRETS.redact(str(report.longrepr))
    report.sections = [(title, SECRETS.redact(content)) for title, content in report.sections]


_OP_IN_NAME = re.compile(r"\[(GET|PUT|POST|PATCH|DELETE) ([^\]]+)\]")


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if "test_workflows.py" in report.nodeid:
        _record_workflow(report)
        return
    m = _OP_IN_NAME.search(report.nodeid)
    if not m or not report.nodeid.split("::")[-1].startswith("test_operation"):
        return
    method, path = m.group(1), m.group(2)
    op = luna_spec.load_spec()["paths"].get(path, {}).get(method.lower())
    if op is None:
        return
    oid = op["operationId"]
    RECORDER.add_operation(method, path, oid)
    if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
        if report.skipped:
            reason = (
                report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
            )
            RECORDER.finish(oid, "skipped", reason.removeprefix("Skipped: "))
        elif report.failed:
            RECORDER.finish(oid, "failed", str(report.longrepr))
        else:
            RECORDER.finish(oid, "passed")


_WORKFLOW_NAMES: dict[str, str] = {}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    wanted = {
        o.strip() for o in str(config.getoption("--luna-operations") or "").split(",") if o.strip()
    }
    if wanted:
        paths = luna_spec.load_spec()["paths"]
        keep: list[pytest.Item] = []
        drop: list[pytest.Item] = []
        for item in items:
            m = _OP_IN_NAME.search(item.nodeid)
            op = paths.get(m.group(2), {}).get(m.group(1).lower(), {}) if m else {}
            (keep if not m or op.get("operationId") in wanted else drop).append(item)
        if drop:
            config.hook.pytest_deselected(items=drop)
            items[:] = keep
    for item in items:
        marker = item.get_closest_marker("workflow")
        if marker is not None:
            _WORKFLOW_NAMES[item.nodeid] = str(marker.args[0])


def _record_workflow(report: pytest.TestReport) -> None:
    name = _WORKFLOW_NAMES.get(report.nodeid, report.nodeid.split("::")[-1])
    if report.when == "call" or report.outcome != "passed":
        if report.skipped:
            detail = report.longrepr[2] if isinstance(report.longrepr, tuple) else ""
            RECORDER.workflows[name] = ("skipped", detail.removeprefix("Skipped: "))
        elif report.failed:
            RECORDER.workflows[name] = ("failed", SECRETS.redact(str(report.longrepr))[-3000:])
        elif report.when == "call":
            RECORDER.workflows[name] = ("passed", "")


def pytest_sessionfinish(session: pytest.Session) -> None:
    for t in _TARGET:
        _cleanup(t)
    if hasattr(session.config, "workeroutput"):
        # a pytest-xdist worker: hand what it saw (cases, statuses) to the controller
        session.config.workeroutput["luna"] = RECORDER.counts()
        return
    if RECORDER.operations:
        RECORDER.write_json(Path(session.config.getoption("--luna-report-json")))


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    """The verdicts (verified is not the same as passed) and where the reports are."""
    if hasattr(config, "workerinput") or not RECORDER.operations:
        return
    tr = terminalreporter
    tr.section("luna-rest-kit conformance")
    tr.write_line(
        f"{len(RECORDER.operations)} operations: "
        + ", ".join(f"{n} {k}" for k, n in RECORDER.summary().items())
    )
    for option in ("--html", "--junitxml", "--luna-report-json"):
        value = config.getoption(option, None)
        if value:
            tr.write_line(f"report: {Path(str(value)).resolve()}")


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: Any) -> None:
    """pytest-xdist controller: merge a worker's case counts into the report."""
    RECORDER.merge_counts(getattr(node, "workeroutput", {}).get("luna", {}))


def pytest_html_results_summary(prefix: list[str], summary: list[str], postfix: list[str]) -> None:
    postfix.extend(RECORDER.html_tables())


def pytest_html_results_table_row(report: Any, cells: list[str]) -> None:
    cells[:] = [SECRETS.redact(c) for c in cells]


def pytest_html_report_title(report: Any) -> None:
    report.title = "luna-rest-kit conformance report"


def pytest_html_results_table_html(report: Any, data: list[str]) -> None:
    data[:] = [SECRETS.redact(d) for d in data]
