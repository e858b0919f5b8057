"""``luna-emulator``: serve an emulated Luna Network HSM 7 appliance on loopback."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

import uvicorn

from .app import create_app
from .backend import DEFAULT_USERS
from .tls import make_server_certificate

__all__ = ["main"]


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
    args = ap.parse_args(argv)

    app = create_app(validate_responses=args.validate_responses)
    with tempfile.TemporaryDirectory(prefix="luna-emulator-") as tmp:
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
        print("  appliance users (emulator defaults, not secrets):", flush=True)
        for name, (password, role) in DEFAULT_USERS.items():
            print(f"    {name:9} {password:14} role {role}", flush=True)
        print("  control API: /_emulator/ (reset, tasks, faults, clock, requests)", flush=True)
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning", **ssl)  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
