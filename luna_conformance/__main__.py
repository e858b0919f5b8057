"""Run the conformance suite against several appliances at once, one report per target.

    python -m luna_conformance --target https://hsm1:8443 --target https://hsm2:8443 \\
        --luna-ca fleet-ca.pem --luna-password ... [-n 2] [other pytest options]

Each target gets its own pytest process (in parallel), its own embedded state and its own
``reports/<host>_<port>.html``, ``.xml`` and ``.json``. Options after the targets are given
to every run (``-n N`` spreads one target's tests over N pytest-xdist workers). The exit
status is 0 only when every target passed.

Two more commands (``python -m luna_conformance discover --help``, ``... replay --help``):

    python -m luna_conformance discover --luna-url URL --luna-ca server.pem --luna-password ...
    python -m luna_conformance discover --apply reports/discovery-patch.yaml \\
        --spec openapi/luna.yaml -o new-luna.yaml
    python -m luna_conformance replay RECORDING_DIR [--luna-url URL ...]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from pathlib import Path

__all__ = ["main"]


def _slug(url: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", url.split("://", 1)[-1]).strip("_") or "target"


def main(argv: list[str] | None = None) -> int:
    args_list = sys.argv[1:] if argv is None else list(argv)
    if args_list and args_list[0] in ("discover", "replay"):
        from . import discover_cli

        command = discover_cli.discover if args_list[0] == "discover" else discover_cli.replay
        return command(args_list[1:])
    return _fleet(args_list)


def _fleet(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m luna_conformance",
        description=__doc__.splitlines()[0],
        epilog="Also: python -m luna_conformance discover --help (what a target serves that "
        "the spec does not say), python -m luna_conformance replay --help (a recording "
        "against a target).",
    )
    ap.add_argument(
        "--target",
        action="append",
        required=True,
        metavar="URL",
        help="an appliance URL (repeat for a fleet); 'emulator' for an embedded one",
    )
    ap.add_argument("--reports", default="reports", type=Path)
    args, passthrough = ap.parse_known_args(argv)
    args.reports.mkdir(parents=True, exist_ok=True)
    procs = []
    for i, url in enumerate(args.target):
        slug = _slug(url) if url != "emulator" else f"emulator_{i + 1}"
        base = args.reports / slug
        cmd = [
            sys.executable,
            "-m",
            "pytest",
            str(Path(__file__).resolve().parent),
            "-p",
            "no:cacheprovider",
            "-q",
            f"--html={base}.html",
            "--self-contained-html",
            f"--junitxml={base}.xml",
            f"--luna-report-json={base}.json",
            *passthrough,
        ]
        if url != "emulator":
            cmd += ["--luna-url", url]
        log = open(f"{base}.log", "w")  # noqa: SIM115 (closed below)
        procs.append((url, base, log, subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)))
    for url, base, _, _ in procs:
        print(f"{url}: started, log {base.resolve()}.log", flush=True)
    shown: dict[str, str] = {}
    while any(proc.poll() is None for *_, proc in procs):
        for url, base, _, proc in procs:
            line = _progress(Path(f"{base}.log")) if proc.poll() is None else ""
            if line and shown.get(url) != line:
                shown[url] = line
                print(f"{url}: {line}", flush=True)
        time.sleep(2)
    status = 0
    for url, base, log, proc in procs:
        code = proc.wait()
        log.close()
        status = status or code
        verdict = "passed" if code == 0 else f"FAILED (exit {code})"
        if code == 2:  # the preflight's one message (wrong password, TLS, unreachable)
            verdict += ": " + _last_line(Path(f"{base}.log"))
        print(f"{url}: {verdict} -> {base.resolve()}.html", flush=True)
    return status


_PERCENT = re.compile(r"\[\s*(\d+)%\]\s*$")


def _progress(log: Path) -> str:
    """'NN% of the tests, K failed so far' from pytest's -q progress lines."""
    try:
        text = log.read_text(errors="replace")
    except OSError:
        return ""
    marks = [ln for ln in text.splitlines() if _PERCENT.search(ln)]
    if not marks:
        return "collecting" if text else ""
    percent = _PERCENT.search(marks[-1])
    failed = sum(ln.split("[")[0].count("F") + ln.split("[")[0].count("E") for ln in marks)
    return f"{percent.group(1) if percent else '?'}% done, {failed} failed so far"


def _last_line(log: Path) -> str:
    try:
        lines = [ln for ln in log.read_text(errors="replace").splitlines() if ln.strip()]
    except OSError:
        return ""
    return lines[-1] if lines else ""


if __name__ == "__main__":
    sys.exit(main())
