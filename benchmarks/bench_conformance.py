#!/usr/bin/env python3
"""Cases per second: the conformance suite's schema-driven layer against ``st run``
(schemathesis' CLI), same spec, same number of examples, each against a fresh emulator
in its own process.

    python benchmarks/bench_conformance.py [--examples 5]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _emulator_process import emulator_process  # benchmarks/ is the script's directory

from luna_emulator import DEFAULT_USERS

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = DEFAULT_USERS["admin"][0]


def run_suite(examples: int) -> tuple[int, float]:
    with emulator_process() as (url, cert), tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "r.json"
        cmd = [
            sys.executable,
            "-m",
            "pytest",
            "conformance/test_operations.py",
            "-q",
            "-p",
            "no:cacheprovider",
            "--luna-url",
            url,
            "--luna-ca",
            str(cert),
            "--luna-password",
            PASSWORD,
            "--luna-rate",
            "0",
            "--allow-destructive",
            f"--luna-report-json={report}",
        ]
        t0 = time.perf_counter()
        subprocess.run(
            cmd,
            cwd=ROOT,
            capture_output=True,
            check=False,
            env={**os.environ, "LUNA_EXAMPLES": str(examples)},
        )
        elapsed = time.perf_counter() - t0
        data = json.loads(report.read_text())
    return sum(o["cases"] for o in data["operations"]), elapsed


def run_st(examples: int) -> tuple[int, float]:
    st = Path(sys.executable).with_name("st")
    with emulator_process() as (url, cert):
        cmd = [
            str(st),
            "run",
            "openapi/luna.yaml",
            "-u",
            url,
            "--tls-verify",
            str(cert),
            "-a",
            f"admin:{PASSWORD}",
            "-n",
            str(examples),
            "--phases",
            "examples,coverage,fuzzing",
            "--max-failures",
            "100000",
            "--no-color",
        ]
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
        elapsed = time.perf_counter() - t0
    m = re.search(r"(\d+) generated", proc.stdout)
    return (int(m.group(1)) if m else 0), elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=5)
    args = ap.parse_args()
    suite_cases, suite_time = run_suite(args.examples)
    st_cases, st_time = run_st(args.examples)
    suite_rate, st_rate = suite_cases / suite_time, st_cases / st_time
    print(f"schema-driven layer, 221 operations, {args.examples} examples each (wall time)")
    print(
        f"  conformance suite: {suite_cases:6d} cases in {suite_time:6.1f} s = {suite_rate:7.1f}/s"
    )
    print(f"  st run:            {st_cases:6d} cases in {st_time:6.1f} s = {st_rate:7.1f}/s")
    print(f"  ratio (suite / st run): {suite_rate / st_rate:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
