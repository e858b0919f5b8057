"""``luna-emulator``: serve an emulated Luna Network HSM 7 appliance on loopback."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import secrets
import shutil
import signal
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import uvicorn

from .app import Emulator, create_app
from .backend import DEFAULT_USERS
from .cckm import DEFAULT_CCKM_PASSWORD, DEFAULT_CCKM_USER, EMULATED_CONNECTION, create_cckm_app
from .cckm.serving import serve_together
from .control import implementation_report
from .http.protocol import server_options
from .persistence import StateFileError
from .server import request_timeout_hook
from .tls import make_server_certificate

__all__ = ["main", "new_token", "print_report", "stop_on_signals"]

EXIT_STATE_FILE = 2  # the state file cannot be used (as argparse's exit code for bad usage)


EVIDENCE_TIERS = ("doc", "ovw", "code", "structure", "inferred")  # openapi/README.md


def print_report() -> None:
    """Every operation of the spec: the rules module that implements it
    (``handlers/<tag>.py``) and its evidence tier (``x-luna-evidence``), with totals."""
    rows = implementation_report(Emulator().backend)
    width = max(len(r["operationId"]) for r in rows)
    rules = max(len(r["implementation"]) for r in rows)
    print(f"{'rules':{rules}} {'evidence':9} {'operationId':{width}} {'method':7} path")
    for r in rows:
        print(
            f"{r['implementation']:{rules}} {r['evidence']:9} {r['operationId']:{width}} "
            f"{r['method']:7} {r['path']}"
        )
    tiers = Counter(r["evidence"] for r in rows)
    print("evidence: " + ", ".join(f"{tiers[k]} {k}" for k in EVIDENCE_TIERS))
    modules = len({r["implementation"] for r in rows})
    print(f"total: {len(rows)} operations, each with its rules, in {modules} modules")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="luna-emulator", description=__doc__)
    ap.add_argument("--host", default="127.0.0.1", help="address to listen on (default: loopback)")
    ap.add_argument(
        "--port", type=int, default=8443, help="port (default: 8443, like the appliance)"
    )
    ap.add_argument("--http", action="store_true", help="serve plain HTTP instead of HTTPS")
    ap.add_argument(
        "--cert-out",
        type=Path,
        metavar="FILE",
        help="write the generated server certificate here, for clients to trust",
    )
    ap.add_argument(
        "--validate-responses",
        action="store_true",
        help="fail loudly when an answer does not conform to the spec (for tests)",
    )
    ap.add_argument(
        "--state",
        type=Path,
        metavar="FILE",
        help="keep the appliance state in FILE (and users' files in FILE.files/) across "
        "restarts; created when missing (default: in memory only)",
    )
    ap.add_argument(
        "--cckm-port",
        type=int,
        metavar="PORT",
        help="also serve the CipherTrust Manager (CCKM) Luna-keys API on PORT, with the same "
        "certificate, backed by the same appliance (default: not served)",
    )
    ap.add_argument(
        "--cckm-password",
        default=DEFAULT_CCKM_PASSWORD,
        metavar="PW",
        help=f"the CCKM admin's password (user {DEFAULT_CCKM_USER!r}; "
        f"default: {DEFAULT_CCKM_PASSWORD!r}, an emulator default)",
    )
    token = ap.add_mutually_exclusive_group()
    token.add_argument(
        "--control-token",
        metavar="TOKEN",
        help="the token the control API (/_emulator/) asks for in its X-Luna-Emulator-Token "
        "header (default: a random one, printed at start)",
    )
    token.add_argument(
        "--no-control-token",
        action="store_true",
        help="serve the control API without a token (anyone who reaches the port can reset "
        "the appliance: for test machines only)",
    )
    ap.add_argument(
        "--blocklist-severity",
        type=int,
        metavar="N",
        choices=range(101),
        default=None,
        help="the web server's block list at start, 0 (off) to 100 (default: the guide's "
        "default, 50)",
    )
    ap.add_argument(
        "--report",
        action="store_true",
        help="print every spec operation, the rules module that implements it and its "
        "evidence tier, then exit",
    )
    args = ap.parse_args(argv)

    if args.report:
        print_report()
        return 0
    control_token = None if args.no_control_token else (args.control_token or new_token())
    blocklist = None if args.blocklist_severity is None else {"severity": args.blocklist_severity}
    try:
        app = create_app(
            validate_responses=args.validate_responses,
            state_file=args.state,
            control_token=control_token,
            blocklist=blocklist,
        )
    except StateFileError as exc:
        print(f"luna-emulator: cannot use the state file: {exc}", file=sys.stderr)
        return EXIT_STATE_FILE
    # SIGTERM and SIGINT end the serving below like a return (uvicorn re-raises the signal
    # it caught once it has shut down, which would otherwise kill the process before the
    # temporary directory with the TLS private key, and users' files, are removed)
    with stop_on_signals(), tempfile.TemporaryDirectory(prefix="luna-emulator-") as tmp:
        ssl: dict[str, str] = {}
        scheme = "http"
        if not args.http:
            cert, key = make_server_certificate(Path(tmp), (args.host, "localhost"))
            ssl = {"ssl_certfile": str(cert), "ssl_keyfile": str(key)}
            scheme = "https"
            if args.cert_out:
                shutil.copyfile(cert, args.cert_out)
        print(f"luna-emulator: serving {scheme}://{args.host}:{args.port}", flush=True)
        if ssl:
            where = args.cert_out or "(not written: use --cert-out FILE)"
            print(f"  server certificate: {where}", flush=True)
        if args.state:
            state = args.state.absolute()
            print(f"  state: {state} (users' files in {state}.files/)", flush=True)
        print("  appliance users (emulator defaults, not secrets):", flush=True)
        for name, (password, role) in DEFAULT_USERS.items():
            print(f"    {name:9} {password:14} role {role}", flush=True)
        print("  control API: /_emulator/ (reset, tasks, faults, clock, requests)", flush=True)
        if control_token is None:
            print("    without a token (--no-control-token)", flush=True)
        else:
            print(f"    token (X-Luna-Emulator-Token header): {control_token}", flush=True)
        if args.cckm_port is None:
            uvicorn.run(
                app,
                host=args.host,
                port=args.port,
                log_level="warning",
                **ssl,  # type: ignore[arg-type]
                **server_options(request_timeout_hook(app)),
            )
        else:
            _print_cckm(args, scheme)
            cckm = create_cckm_app(app.emulator, password=args.cckm_password)
            kw: dict[str, Any] = {
                "host": args.host,
                "log_level": "warning",
                **ssl,
                **server_options(request_timeout_hook(app)),
            }
            servers = [
                uvicorn.Server(uvicorn.Config(app, port=args.port, **kw)),
                uvicorn.Server(uvicorn.Config(cckm, port=args.cckm_port, **kw)),
            ]
            asyncio.run(serve_together(servers))
    app.emulator.flush()  # saved after every change already; this catches the rest
    return 0


def _print_cckm(args: argparse.Namespace, scheme: str) -> None:
    print(f"luna-emulator: CCKM API on {scheme}://{args.host}:{args.cckm_port}", flush=True)
    shown = args.cckm_password if args.cckm_password == DEFAULT_CCKM_PASSWORD else "(as given)"
    print(f"  CCKM user: {DEFAULT_CCKM_USER} password {shown}", flush=True)
    print(f"  connection {EMULATED_CONNECTION!r}: this appliance's partitions", flush=True)
    print("  CCKM control API: /_emulator/cckm/ (reset, timing, state, clock)", flush=True)


def new_token() -> str:
    """A random control token."""
    return secrets.token_urlsafe(24)


class _Stopped(Exception):
    """A SIGTERM or SIGINT arrived (after uvicorn's graceful shutdown)."""


@contextlib.contextmanager
def stop_on_signals() -> Iterator[None]:
    """SIGTERM and SIGINT end the block normally: uvicorn installs its own handlers while
    it serves and, once it has shut down, re-raises the signal it caught with the handlers
    it found, which are these: the signal then unwinds the block (``finally`` and
    ``with`` clean-ups run) instead of killing the process."""

    def stop(signum: int, frame: FrameType | None) -> None:
        raise _Stopped(signum)

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    except _Stopped:
        pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


if __name__ == "__main__":
    sys.exit(main())
