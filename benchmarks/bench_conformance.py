#!/usr/bin/env python3
"""The conformance suite's speed, in one run: collection time, the main job's wall time, and
the schema-driven layer's cases per second against ``st run`` (schemathesis' CLI).

    python benchmarks/bench_conformance.py [--examples 5] [--skip collect,main,rate]

Each figure is one wall-clock measurement of a separate process, printed beside the issue's
targets (collection under 5 s, the main job under 45 s on 2 cores) and, for cases per second,
beside ``st run``'s rate with the ratio:

* collection: ``pytest luna_conformance --collect-only -q -p no:cacheprovider`` (interpreter start
  included, as a user waits for it);
* main job: what ``tox -e conformance`` runs (``pytest luna_conformance -n auto`` against the
  embedded emulator with the HTML, JUnit and JSON reports, ``LUNA_EXAMPLES`` =
  ``--examples``), without tox's own start-up; with the cases of its schema-driven layer per
  second of that layer's tests (their JUnit times, summed over the workers: a per-worker
  rate);
* cases per second: the suite's schema-driven layer (``luna_conformance/test_operations.py``) and
  ``st run`` on the same spec, the same number of examples per operation and positive data
  only, each against a fresh ``luna-emulator`` in its own process (its block list off; the
  suite treats it as an appliance, every tier allowed, unpaced). Cases are what each tool
  sent: the suite's report counts them per operation, ``st run`` prints how many it
  generated. Neither sends logins, the settings that can lock a client out (what the
  suite never sends to an appliance) or the configuration factory reset (it turns the
  emulator's block list back on mid-run); ``st run`` also leaves out its wrong-credential
  probe (``ignored_auth``), as the suite does against an appliance.

A machine shared with other work makes every figure slower; the ratio of the last two, run
back to back, moves less."""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from _emulator_process import emulator_process  # benchmarks/ is the script's directory

from luna_conformance.policy import LOCKOUT_OPERATIONS, LOGIN_OPERATIONS
from luna_emulator import DEFAULT_USERS

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = DEFAULT_USERS["admin"][0]
# the block list off, as in the embedded emulator: on (the CLI's default) the suite paces
# itself by the block-list model and st run gets itself blocked; neither is a rate
EMULATOR_FLAGS = ("--blocklist-severity", "0")
# Neither tool sends what the suite never sends to an appliance (logins, settings that lock
# the client out), nor the configuration factory reset: it turns the block list back on
# (the appliance's default) half-way through, and the run measures being blocked.
NEVER_SENT = sorted(LOGIN_OPERATIONS | set(LOCKOUT_OPERATIONS) | {"factoryResetConfig"})
FACTORY_RESET = (
    "luna_conformance/test_operations.py::test_operation[POST /api/lunasa/config/factoryReset]"
)
COLLECT_TARGET_S = 5.0
MAIN_JOB_TARGET_S = 45.0


@dataclass
class Rate:
    cases: int
    seconds: float
    operations: int = 0
    note: str = ""

    @property
    def per_second(self) -> float:
        return self.cases / self.seconds if self.seconds else 0.0


def _pytest_summary(text: str) -> str:
    for line in reversed(text.splitlines()):
        m = re.match(r"^=*\s*(\d+ \w+.*? in [\d.]+s)", line.strip())
        if m:
            return m.group(1)
    return "no pytest summary line"


def collect() -> tuple[float, str]:
    cmd = [sys.executable, "-m", "pytest", "luna_conformance", "--collect-only", "-q"]
    cmd += ["-p", "no:cacheprovider"]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - t0
    tests = re.search(r"(\d+) tests? collected", proc.stdout)
    return elapsed, f"{tests.group(1)} tests" if tests else _pytest_summary(proc.stdout)


def main_job(examples: int) -> tuple[float, str, Rate]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        cmd = [
            sys.executable,
            "-m",
            "pytest",
            "luna_conformance",
            "-n",
            "auto",
            "-p",
            "no:cacheprovider",
            f"--html={out / 'conformance.html'}",
            "--self-contained-html",
            f"--junitxml={out / 'conformance.xml'}",
            f"--luna-report-json={out / 'conformance.json'}",
        ]
        env = {**os.environ, "LUNA_EXAMPLES": str(examples)}
        env.pop("LUNA_URL", None)
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=env, check=False)
        elapsed = time.perf_counter() - t0
        layer = Rate(0, 0.0)
        report = out / "conformance.json"
        if report.exists():
            data = json.loads(report.read_text())
            layer.cases = sum(o["cases"] for o in data["operations"])
            layer.operations = sum(1 for o in data["operations"] if o["cases"])
            layer.note = ", ".join(f"{n} {v}" for v, n in data["summary"].items())
        junit = out / "conformance.xml"
        if junit.exists():
            layer.seconds = sum(
                float(case.get("time", "0"))
                for case in ET.parse(junit).iter("testcase")  # noqa: S314 (our own report)
                if case.get("name", "").startswith("test_operation[")
            )
    return elapsed, _pytest_summary(proc.stdout + proc.stderr), layer


def suite_rate(examples: int) -> Rate:
    with emulator_process(*EMULATOR_FLAGS) as (url, cert), tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "r.json"
        cmd = [
            sys.executable,
            "-m",
            "pytest",
            "luna_conformance/test_operations.py",
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
            "--allow-writes",
            "--allow-config-changes",
            "--deselect",
            FACTORY_RESET,
            f"--luna-report-json={report}",
        ]
        t0 = time.perf_counter()
        proc = subprocess.run(
            cmd,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "LUNA_EXAMPLES": str(examples)},
        )
        elapsed = time.perf_counter() - t0
        if not report.exists():
            return Rate(0, elapsed, note=f"no report: {proc.stdout[-300:]}{proc.stderr[-300:]}")
        data = json.loads(report.read_text())
    ran = [o for o in data["operations"] if o["cases"]]
    return Rate(sum(o["cases"] for o in ran), elapsed, len(ran), _pytest_summary(proc.stdout))


def st_rate(examples: int) -> Rate:
    st = Path(sys.executable).with_name("st")
    with emulator_process(*EMULATOR_FLAGS) as (url, cert):
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
            "--mode",
            "positive",
            "--phases",
            "examples,coverage,fuzzing",
            "--max-failures",
            "100000",
            "--no-color",
            # the suite's own choices against an appliance: no wrong credentials, and
            # never the operations it never sends
            "--exclude-checks",
            "ignored_auth",
            "--exclude-operation-id-regex",
            "^(" + "|".join(NEVER_SENT) + ")$",
        ]
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
        elapsed = time.perf_counter() - t0
    m = re.search(r"(\d+) generated", proc.stdout)
    ops = re.search(r"^\s*Tested: (\d+)", proc.stdout, re.MULTILINE)  # its SUMMARY
    last = re.findall(r"^=+ (.+? in [\d.]+s) =+$", proc.stdout, re.MULTILINE)
    note = last[-1] if last else ""
    if not m:
        note = f"no case count in st's output: {proc.stdout[-300:]!r}"
    return Rate(int(m.group(1)) if m else 0, elapsed, int(ops.group(1)) if ops else 0, note)


def _row(name: str, seconds: float, target: float, detail: str) -> str:
    verdict = "met" if seconds < target else "missed"
    return (
        f"  {name:<30} {seconds:7.1f} s   target < {target:4.0f} s   "
        f"{seconds / target:5.2f}x the target ({verdict})   {detail}"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=5)
    ap.add_argument("--skip", default="", help="comma-separated: collect, main, rate")
    args = ap.parse_args()
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    print(f"conformance suite benchmark ({os.cpu_count()} cores; wall time, one run each)")
    if "collect" not in skip:
        seconds, detail = collect()
        print(_row("collection (--collect-only)", seconds, COLLECT_TARGET_S, detail))
    if "main" not in skip:
        seconds, summary, layer = main_job(args.examples)
        print(_row(f"main job ({args.examples} examples)", seconds, MAIN_JOB_TARGET_S, summary))
        print(
            f"    its schema-driven layer: {layer.cases} cases on {layer.operations} operations "
            f"in {layer.seconds:.1f} s of its tests = {layer.per_second:.1f} cases/s "
            f"(embedded emulator, reset before each case); verdicts: {layer.note}"
        )
    if "rate" not in skip:
        suite, st = suite_rate(args.examples), st_rate(args.examples)
        print(
            f"schema-driven cases/s, {args.examples} examples per operation, positive data, "
            "each against its own luna-emulator process"
        )
        for name, rate in (("conformance suite", suite), ("st run", st)):
            ops = f"{rate.operations:4d} operations" if rate.operations else " " * 15
            print(
                f"  {name:<18} {rate.cases:6d} cases {ops} in {rate.seconds:6.1f} s = "
                f"{rate.per_second:7.1f}/s   {rate.note}"
            )
        ratio = suite.per_second / st.per_second if st.per_second else float("nan")
        print(f"  ratio (suite / st run): {ratio:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
