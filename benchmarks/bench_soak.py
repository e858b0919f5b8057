#!/usr/bin/env python3
"""Soak: many mixed requests against ``luna-emulator`` in its own process, with private
sessions and tasks left open, and the emulator's resident memory (RSS) along the way.

    python benchmarks/bench_soak.py [--requests 100000] [--threads 4] [--warmup 5000]

The mix, in turn: a GET of the HSM (Basic auth), ``POST /auth/session`` (the private
session is never closed), a tasked ``POST .../services/ntls/actions/restart`` (the task is
never polled), a malformed JSON body (400), an NTLS client registered and deleted, a GET
of a path the appliance does not have (404). Every ``--advance-every`` requests the
emulator's clock moves ``--advance-seconds`` ahead (control API), so sessions time out as
they would on the appliance. The block list is off (``--blocklist-severity 0``): the soak
sends bad payloads from one address on purpose.

Prints the RSS (``/proc/PID/status`` VmRSS) at start, after the warm-up, in the middle
and at the end, and the growth after the warm-up (the issue's target: under 50 MB), with
the emulator's own counts of sessions and tasks and the request rate. A script, not a
test: the figures depend on the machine.
"""

from __future__ import annotations

import argparse
import itertools
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

from luna_emulator import DEFAULT_USERS
from luna_emulator.control_client import ControlClient
from luna_emulator.server import free_port

ADMIN = ("admin", DEFAULT_USERS["admin"][0])
JSON = {"Content-Type": "application/vnd.safenetinc.lunasa+json;version=17"}


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def start() -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "luna_emulator.cli",
            "--http",
            "--port",
            str(port),
            "--no-control-token",
            "--blocklist-severity",
            "0",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(url + "/api/lunasa", timeout=2)
            return proc, url
        except httpx.TransportError:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the emulator did not start") from None
            time.sleep(0.1)


class Mix:
    def __init__(self, url: str) -> None:
        self.url = url
        self.counter = itertools.count()
        self.next = 0  # the number of the next request of the mix
        self.statuses: dict[int, int] = {}
        self.lock = threading.Lock()

    def one(self, c: httpx.Client, n: int) -> int:
        kind = n % 6
        if kind == 0:
            return c.get("/api/lunasa/hsms/151256").status_code
        if kind == 1:
            r = c.post("/auth/session", json={}, headers=JSON)
            c.cookies.clear()  # left open: never DELETE /auth/session
            return r.status_code
        if kind == 2:
            return c.post(
                "/api/lunasa/services/ntls/actions/restart", json={}, headers=JSON
            ).status_code  # 202; the task is never polled
        if kind == 3:
            return c.post("/api/lunasa/ntls/clients", content=b"{bad", headers=JSON).status_code
        if kind == 4:
            name = f"soak{n}"
            ip = f"10.{n // 62500 % 250}.{n // 250 % 250}.{n % 250 + 1}"
            body = {"clientName": name, "ip": ip}
            r = c.post("/api/lunasa/ntls/clients", json=body, headers=JSON)
            c.delete(f"/api/lunasa/ntls/clients/{name}")
            return r.status_code
        return c.get(f"/no/such/resource/{n}").status_code


def run(mix: Mix, total: int, threads: int) -> float:
    """Send ``total`` requests of the mix over ``threads`` connections; seconds taken."""
    done = threading.Semaphore(0)
    first = mix.next
    stop_at = first + total
    mix.counter = itertools.count(first)

    def worker() -> None:
        with httpx.Client(base_url=mix.url, auth=ADMIN, timeout=60) as c:
            while True:
                n = next(mix.counter)
                if n >= stop_at:
                    break
                status = mix.one(c, n)
                with mix.lock:
                    mix.statuses[status] = mix.statuses.get(status, 0) + 1
        done.release()

    started = time.monotonic()
    pool = [threading.Thread(target=worker, daemon=True) for _ in range(threads)]
    for t in pool:
        t.start()
    for _ in pool:
        done.acquire()
    mix.next = stop_at
    return time.monotonic() - started


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--requests", type=int, default=100_000)
    ap.add_argument("--warmup", type=int, default=5_000)
    ap.add_argument("--threads", type=int, default=4)
    ap.add_argument("--advance-every", type=int, default=5_000)
    ap.add_argument("--advance-seconds", type=float, default=120.0)
    args = ap.parse_args()
    proc, url = start()
    try:
        control = ControlClient(url)
        mix = Mix(url)
        figures: list[tuple[str, int, float]] = [("start", 0, rss_mb(proc.pid))]
        sent = 0
        seconds = 0.0
        marks = {args.warmup: "after warm-up", args.requests // 2: "middle", args.requests: "end"}
        while sent < args.requests:
            step = min(args.advance_every, args.requests - sent)
            for mark in sorted(marks):
                if sent < mark < sent + step:
                    step = mark - sent
                    break
            seconds += run(mix, step, args.threads)
            sent += step
            if sent % args.advance_every == 0:
                control.advance_clock(args.advance_seconds)
            if sent in marks:
                state = control.state()
                figures.append((marks[sent], sent, rss_mb(proc.pid)))
                print(
                    f"{marks[sent]:13} {sent:7} requests  RSS {figures[-1][2]:7.1f} MB  "
                    f"sessions {state['sessions']:5}  tasks {len(state['tasks']):4}  "
                    f"{sent / seconds:6.0f} req/s",
                    flush=True,
                )
        log = len(control.requests())
        control.close()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    start_rss = figures[0][2]
    warm = next(f for f in figures if f[0] == "after warm-up")[2]
    end = figures[-1][2]
    print(f"RSS at start {start_rss:.1f} MB, after warm-up {warm:.1f} MB, end {end:.1f} MB")
    print(
        f"growth after warm-up: {end - warm:+.1f} MB (target: under 50 MB); "
        f"{sum(mix.statuses.values())} answers by status {dict(sorted(mix.statuses.items()))}; "
        f"request log entries {log}"
    )
    return 0 if end - warm < 50 else 1


if __name__ == "__main__":
    sys.exit(main())
