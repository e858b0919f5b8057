"""The pytest plugin of the conformance suite: options, the target, safety, the report."""

from __future__ import annotations

import contextlib
import datetime
import os
import re
import ssl
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import luna_spec
from luna_ext import LunaApiError, LunaAuthenticationError, LunaError, install_redaction

from .policy import AGAINST_APPLIANCE
from .redaction import SECRETS
from .report import Recorder
from .report_html import redacted_log
from .target import Target, target_from_options

# its own companions, wherever the plugin is loaded from (entry point or conftest)
pytest_plugins = ["luna_conformance.recording", "luna_conformance.cckm.plugin"]

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
        "--luna-tags",
        default="",
        help="comma-separated spec tags (families, e.g. hsms,ntls,snmp): run only their "
        "operations, and the workflows and stateful sequences that touch them",
    )
    g.addoption(
        "--luna-report-json", default="reports/conformance.json", help="machine-readable report"
    )


def pytest_configure(config: pytest.Config) -> None:
    install_redaction()
    AGAINST_APPLIANCE[0] = bool(config.getoption("--luna-url") or os.environ.get("LUNA_URL"))
    if config.getoption("--luna-pin") or os.environ.get("LUNA_PIN"):
        # the pin is checked on every connection (_pinning.py); urllib3 still calls such a
        # connection unverified, because no CA was involved
        config.addinivalue_line(
            "filterwarnings", "ignore::urllib3.exceptions.InsecureRequestWarning"
        )
    config.addinivalue_line(
        "markers",
        "workflow(name, tags=()): one documented workflow of the REST API guide, and the "
        "spec tags (families) it exercises",
    )
    config.addinivalue_line("markers", "families(*tags): the spec tags a test exercises")
    if not hasattr(config, "workerinput"):
        config.stash[_RUN_KEY] = datetime.datetime.now(datetime.UTC).strftime(
            "%Y-%m-%d %H:%M:%S UTC"
        )


_RUN_KEY = pytest.StashKey[str]()


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """``-n auto``: against the embedded emulator one worker per core, up to 4 (each worker
    serves and seeds an emulator of its own); against an appliance one, so that its
    requests stay one paced stream and its SO-login guard (``so_guard.py``) sees every SO
    login of the run."""
    if config.getoption("--luna-url") or os.environ.get("LUNA_URL"):
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(4, cores or 1))


def _redact_the_console(session: pytest.Session) -> None:
    """The console is an output too: everything pytest writes to it is redacted by value at
    the writer, whichever plugin formatted it."""
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    tw = getattr(reporter, "_tw", None)
    if tw is None or getattr(tw, "_luna_redacting", False):
        return
    write = tw.write

    def redacting_write(msg: str, **markup: bool) -> None:
        write(SECRETS.redact(msg), **markup)

    tw.write = redacting_write
    tw._luna_redacting = True


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config: pytest.Config) -> int | None:
    """Preflight against an appliance, once, before anything else (collection, xdist
    workers): one login with the given credentials. A refused login, an untrusted
    certificate or an unreachable target ends the run at once with one message and exit
    status 2, so that no second failed login is ever sent (the block list, role lockouts)."""
    if hasattr(config, "workerinput") or config.option.help or config.option.version:
        return None
    if config.option.collectonly:
        return None
    t = target_from_options(config)
    if t.is_emulator:
        return None
    problem = ""
    workers = getattr(config.option, "numprocesses", None)
    if t.so_password and isinstance(workers, int) and workers > 1:
        # each worker would keep its own guard: a wrong SO password could then be tried
        # once per worker, each attempt costing one of the HSM's soLoginsLeft
        problem = (
            f"with --luna-so-password, run one worker (-n auto, -n 1 or none), not -n "
            f"{workers}: the guard that allows at most one failed SO login per run "
            "(so_guard.py) sees only its own worker's logins"
        )
    elif not t.password and not (t.cert_file and t.key_file):
        problem = "give --luna-password (or --luna-cert and --luna-key)"
    else:
        problem = preflight(t)
        t.close()
    if problem:
        sys.stderr.write(f"conformance: {problem}\n")
        return 2
    return None


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session: pytest.Session) -> None:
    _redact_the_console(session)


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
    except LunaApiError:
        return ""  # logged in; the appliance's answer to the root resource is the suite's to judge
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


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """No password, token, cookie or challenge response in any report: the failure text, the
    skip reason and the captured output are redacted by value (every secret the run holds,
    in its encodings) before the JUnit, HTML, JSON and console reporters see them."""
    outcome = yield
    _redact_report(outcome.get_result())  # type: ignore[attr-defined]


def _redact_report(report: pytest.TestReport) -> None:
    """Outermost wrapper (tryfirst): runs after every other plugin (schemathesis rewrites
    the failure text of its tests) has had its say."""
    if isinstance(report.longrepr, tuple) and len(report.longrepr) == 3:
        path, lineno, message = report.longrepr
        report.longrepr = (path, lineno, SECRETS.redact(str(message)))
    elif report.longrepr is not None:
        report.longrepr = SECRETS.redact(str(report.longrepr))
    report.sections = [(title, SECRETS.redact(content)) for title, content in report.sections]


_OP_IN_NAME = re.compile(r"\[(GET|PUT|POST|PATCH|DELETE) ([^\]]+)\]")


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    _redact_report(report)  # again: before the terminal, JUnit and HTML reporters keep it
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
        if getattr(report, "wasxfail", ""):
            # not on this appliance (test_operations.py): its verdict is the report's finding
            RECORDER.finish(oid, "passed")
        elif report.skipped:
            reason = (
                report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
            )
            RECORDER.finish(oid, "skipped", reason.removeprefix("Skipped: "))
        elif report.failed:
            RECORDER.finish(oid, "failed", str(report.longrepr))
        else:
            RECORDER.finish(oid, "passed")


_WORKFLOW_NAMES: dict[str, str] = {}


def _csv(config: pytest.Config, option: str) -> set[str]:
    return {o.strip() for o in str(config.getoption(option) or "").split(",") if o.strip()}


def _item_families(item: pytest.Item, paths: dict[str, Any]) -> tuple[set[str], str]:
    """(the spec tags an item exercises, its operationId or '')."""
    m = _OP_IN_NAME.search(item.nodeid)
    if m:
        op = paths.get(m.group(2), {}).get(m.group(1).lower(), {})
        return set(op.get("tags", ())), str(op.get("operationId", ""))
    probe = item.get_closest_marker("parametrize") and getattr(item, "callspec", None)
    if probe is not None and "tag" in probe.params:
        return {str(probe.params["tag"])}, str(probe.params.get("operation_id", ""))
    for name in ("workflow", "families"):
        marker = item.get_closest_marker(name)
        if marker is not None:
            tags = marker.kwargs.get("tags", marker.args if name == "families" else ())
            return set(tags), ""
    return set(), ""


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """--luna-operations and --luna-tags select operations; workflows, probes and stateful
    sequences follow the families selected."""
    wanted_ops, wanted_tags = _csv(config, "--luna-operations"), _csv(config, "--luna-tags")
    if wanted_ops or wanted_tags:
        paths = luna_spec.load_spec()["paths"]
        families = set(wanted_tags)
        for path_ops in paths.values():
            for op in path_ops.values():
                if isinstance(op, dict) and op.get("operationId") in wanted_ops:
                    families |= set(op.get("tags", ()))
        keep: list[pytest.Item] = []
        drop: list[pytest.Item] = []
        for item in items:
            tags, oid = _item_families(item, paths)
            if _OP_IN_NAME.search(item.nodeid):
                selected = (not wanted_ops or oid in wanted_ops) and (
                    not wanted_tags or bool(tags & wanted_tags)
                )
            else:
                selected = bool(tags & families)
            (keep if selected else drop).append(item)
        if drop:
            config.hook.pytest_deselected(items=drop)
            items[:] = keep
    for item in items:
        marker = item.get_closest_marker("workflow")
        if marker is not None:
            _WORKFLOW_NAMES[item.nodeid] = str(marker.args[0])


def _record_workflow(report: pytest.TestReport) -> None:
    name = _WORKFLOW_NAMES.get(report.nodeid, report.nodeid.split("::")[-1])
    RECORDER.workflow_node(name, report.nodeid)  # its steps, for the report
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
    RECORDER.record_run(session.config)  # pytest's counts, for the report's summary
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
    data[:] = redacted_log(report, data)  # skips as words, failures folded, redacted
