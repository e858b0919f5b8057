"""The CCKM part of the conformance plugin: options, the CipherTrust Manager under test
(``cckm_target``), the preflight, and the report hooks that put CCKM operations into the
run's report (operation ids prefixed ``cckm:`` so that they never collide with the
appliance's).

Without ``--cckm-url`` the suite serves an embedded emulator with CCKM (its own appliance
behind it, seeded through the appliance API), unless ``--luna-url`` names an appliance: then
there is no CipherTrust Manager to verify and the CCKM tests skip, saying so."""

from __future__ import annotations

import contextlib
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
from luna_ext import CckmAuthenticationError, LunaError

from ..plugin import RECORDER
from ..redaction import SECRETS
from ..target import Tier
from .target import CckmTarget

__all__ = ["OPERATION_PREFIX", "cckm_operation", "cckm_target_from_options"]

OPERATION_PREFIX = "cckm:"
_NO_TARGET = (
    "no CipherTrust Manager to verify: --luna-url names an appliance and no --cckm-url was "
    "given (without either, the embedded emulator serves both APIs)"
)


def pytest_addoption(parser: pytest.Parser) -> None:
    g = parser.getgroup("cckm", "luna-rest-kit conformance: CipherTrust Manager (CCKM)")
    g.addoption(
        "--cckm-url",
        help="CipherTrust Manager URL (https://cm.example); none: the embedded emulator's "
        "CCKM, unless --luna-url is given [LUNA_CCKM_URL]",
    )
    g.addoption("--cckm-user", help="CCKM user (default admin) [LUNA_CCKM_USER]")
    g.addoption("--cckm-password", help="its password [LUNA_CCKM_PASSWORD, CCKM_PASSWORD]")
    g.addoption("--cckm-ca", help="CA file to trust for the CipherTrust Manager [LUNA_CCKM_CA]")
    g.addoption(
        "--cckm-pin",
        help="SHA-256 fingerprint of the CipherTrust Manager's certificate [LUNA_CCKM_PIN]",
    )
    g.addoption(
        "--cckm-rate",
        help="requests per second against a CipherTrust Manager (default 5) [LUNA_CCKM_RATE]",
    )
    g.addoption(
        "--cckm-partition",
        help="id of the CCKM partition the writing workflows may use (against a "
        "CipherTrust Manager; they create only lrk- keys there) [LUNA_CCKM_PARTITION]",
    )
    g.addoption(
        "--cckm-operations",
        default="",
        help="comma-separated operationIds of cckm.yaml: run the CCKM schema-driven layer "
        "for these only (the other CCKM tests are deselected)",
    )


def _opt(config: pytest.Config, name: str, *envs: str, default: str = "") -> str:
    value = config.getoption(name)
    if value not in (None, ""):
        return str(value)
    return next((os.environ[e] for e in envs if os.environ.get(e)), default)


def _luna_url(config: pytest.Config) -> str:
    return str(config.getoption("--luna-url") or os.environ.get("LUNA_URL", ""))


def cckm_target_from_options(config: pytest.Config) -> CckmTarget:
    url = _opt(config, "--cckm-url", "LUNA_CCKM_URL")
    ca = _opt(config, "--cckm-ca", "LUNA_CCKM_CA")
    if config.getoption("--allow-destructive"):
        tier = Tier.DESTRUCTIVE
    elif config.getoption("--allow-writes"):
        tier = Tier.WRITES
    else:
        tier = Tier.READ_ONLY
    return CckmTarget(
        url=url.rstrip("/"),
        username=_opt(config, "--cckm-user", "LUNA_CCKM_USER", default="admin"),
        password=_opt(config, "--cckm-password", "LUNA_CCKM_PASSWORD", "CCKM_PASSWORD"),
        ca_file=Path(ca) if ca else None,
        pinned_sha256=_opt(config, "--cckm-pin", "LUNA_CCKM_PIN") or None,
        is_emulator=not url,
        tier=tier if url else Tier.DESTRUCTIVE,
        rate=float(_opt(config, "--cckm-rate", "LUNA_CCKM_RATE", default="5" if url else "0")),
        auth_probes=bool(config.getoption("--luna-auth-probes")) or not url,
        partition=_opt(config, "--cckm-partition", "LUNA_CCKM_PARTITION"),
        skip_reason=_NO_TARGET if not url and _luna_url(config) else "",
    )


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config: pytest.Config) -> int | None:
    """Against a CipherTrust Manager, once, before anything else: one token request with
    the given credentials. A refusal, an untrusted certificate or an unreachable target ends
    the run at once with one message and exit status 2 (no second login is tried)."""
    if hasattr(config, "workerinput") or config.option.help or config.option.version:
        return None
    if config.option.collectonly:
        return None
    t = cckm_target_from_options(config)
    if t.is_emulator:
        return None
    problem = "give --cckm-password (or LUNA_CCKM_PASSWORD)" if not t.password else preflight(t)
    t.close()
    if problem:
        sys.stderr.write(f"conformance: {problem}\n")
        return 2
    return None


def preflight(t: CckmTarget) -> str:
    """'' when the CipherTrust Manager issues a token for these credentials; else why not."""
    try:
        with t.session():
            pass
    except CckmAuthenticationError as err:
        return (
            f"{t.url} refused a token for {t.username!r} ({err.status}): check --cckm-user "
            "and --cckm-password; nothing else was sent, no second login was tried"
        )
    except (ssl.SSLError, LunaError, httpx.HTTPError, OSError) as err:
        text = SECRETS.redact(str(err))
        if "certificate" in text.lower():
            return (
                f"{t.url}: its TLS certificate is not trusted ({text}); give --cckm-ca or "
                "--cckm-pin"
            )
        return f"{t.url} cannot be reached ({type(err).__name__}: {text})"
    return ""


@pytest.fixture(scope="session")
def cckm_target(request: pytest.FixtureRequest) -> Iterator[CckmTarget]:
    """The CipherTrust Manager under test; the embedded emulator's CCKM when no URL is
    given (and no appliance either)."""
    t = cckm_target_from_options(request.config)
    if t.skip_reason:
        pytest.skip(t.skip_reason)
    with contextlib.ExitStack() as stack:
        if t.is_emulator:
            from luna_emulator import DEFAULT_USERS
            from luna_emulator.cckm import DEFAULT_CCKM_PASSWORD, DEFAULT_CCKM_USER
            from luna_emulator.cckm.control_client import CckmControlClient
            from luna_emulator.server import serve_in_thread

            from .seed import seed_appliance

            running = stack.enter_context(serve_in_thread(cckm=True))
            assert running.cckm_url is not None
            t.url, t.ca_file, t.appliance_url = running.cckm_url, running.ca_file, running.url
            t.username, t.password = DEFAULT_CCKM_USER, DEFAULT_CCKM_PASSWORD
            t.register_secrets()
            t.control = CckmControlClient.for_running(running)
            admin = DEFAULT_USERS["admin"][0]
            SECRETS.add_basic("admin", admin)
            seed_appliance(running.url, username="admin", password=admin, verify=t.ssl_context)
        RECORDER.target.update(t.describe())
        RECORDER.target["CCKM API version (spec)"] = str(
            luna_spec.load_cckm_spec()["info"]["version"]
        )
        yield t
        t.close()


def cckm_operation(method: str, path: str) -> dict[str, Any] | None:
    op = luna_spec.load_cckm_spec()["paths"].get(path, {}).get(method.lower())
    return op if isinstance(op, dict) else None


def record_operation(method: str, path: str) -> str:
    """The operation in the run's report (``cckm:<operationId>``, its evidence tier)."""
    op = cckm_operation(method, path)
    assert op is not None, f"{method} {path} is not an operation of cckm.yaml"
    oid = OPERATION_PREFIX + str(op["operationId"])
    RECORDER.add_operation(method.upper(), path, oid)
    RECORDER.operations[oid].evidence = str(op.get("x-cckm-evidence", ""))
    return oid


_OP_IN_NAME = re.compile(r"::test_cckm_operation\[(GET|PUT|POST|PATCH|DELETE) ([^\]]+)\]")


@pytest.hookimpl(trylast=True)
def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """The verdict of a CCKM operation's schema-driven test (the report is redacted by the
    appliance plugin's hook, which runs first)."""
    m = _OP_IN_NAME.search(report.nodeid)
    if not m or cckm_operation(m.group(1), m.group(2)) is None:
        return
    if not (report.when == "call" or (report.when == "setup" and report.outcome != "passed")):
        return
    reason = ""
    if report.skipped:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        if _NO_TARGET in reason:
            return  # no CipherTrust Manager in this run: the report is the appliance's
    oid = record_operation(m.group(1), m.group(2))
    if report.skipped:
        RECORDER.finish(oid, "skipped", reason.removeprefix("Skipped: "))
    elif report.failed:
        RECORDER.finish(oid, "failed", str(report.longrepr))
    else:
        RECORDER.finish(oid, "passed")


def _in_cckm(item: pytest.Item) -> bool:
    return "luna_conformance/cckm/" in item.nodeid.replace(os.sep, "/")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """--cckm-operations keeps the schema-driven tests of those operations, and no other
    CCKM test."""
    wanted = {o.strip() for o in str(config.getoption("--cckm-operations")).split(",")}
    wanted.discard("")
    if not wanted:
        return
    keep: list[pytest.Item] = []
    drop: list[pytest.Item] = []
    for item in items:
        m = _OP_IN_NAME.search("::" + item.nodeid.split("::", 1)[-1])
        op = cckm_operation(m.group(1), m.group(2)) if m else None
        selected = not _in_cckm(item) or (op is not None and op["operationId"] in wanted)
        (keep if selected else drop).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep
