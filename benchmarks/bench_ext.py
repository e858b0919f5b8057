#!/usr/bin/env python3
"""luna_ext overhead and task-waiting latency, against the emulator in another process.

    python benchmarks/bench_ext.py [--requests 1000]

1. N sequential GETs of one resource through the typed ``LunaSession.call`` (luna_ext +
   luna_client's ``sync_detailed``, parsing into models, retries and logging hooks on) and
   through raw httpx with the same session cookie and TLS, in alternating rounds of the
   same run; prints both rates and the overhead ratio (target <= 1.10x).
2. Tasks lasting 0.2 s, 1 s, 1.7 s and 5 s, through ``call()`` of the tasked operation:
   the time from the task finishing to the caller holding the result, and the number of
   polls, for luna_ext's wait and for polling at a fixed 1 s (target: at most 10 % of the
   task's time + 50 ms).
"""

from __future__ import annotations

import argparse
import ssl
import statistics
import sys
import time
from pathlib import Path

import httpx
from _emulator_process import emulator_process  # benchmarks/ is the script's directory
from luna_client.api.hsms import get_hsm, initialize_hsm
from luna_client.models import InitializeHsmRequest

from luna_emulator import DEFAULT_USERS
from luna_ext import LunaSession
from luna_ext.workflows import so_login

HSM = 151256
PASSWORD = DEFAULT_USERS["admin"][0]
SO_PASSWORD = "Sopass123!"  # noqa: S105 (the emulated HSM's SO, set by the benchmark)
JSON = {"Content-Type": "application/vnd.safenetinc.lunasa+json;version=17"}


def bench_gets(url: str, cert: Path, n: int, rounds: int = 5) -> None:
    ctx = ssl.create_default_context(cafile=str(cert))
    with LunaSession(url, username="admin", password=PASSWORD, verify=ctx) as luna:
        luna.call(get_hsm, hsmid=HSM)
        raw = httpx.Client(
            base_url=url,
            verify=ctx,
            headers={"Cookie": luna.auth.cookie or "", "Accept": JSON["Content-Type"]},
        )
        raw.get(f"/api/lunasa/hsms/{HSM}").raise_for_status()
        per = n // rounds
        ext_t: list[float] = []
        raw_t: list[float] = []
        for _ in range(rounds):
            t0 = time.perf_counter()
            for _ in range(per):
                raw.get(f"/api/lunasa/hsms/{HSM}").json()
            raw_t.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            for _ in range(per):
                luna.call(get_hsm, hsmid=HSM)
            ext_t.append(time.perf_counter() - t0)
        raw.close()
    raw_rate, ext_rate = per / statistics.median(raw_t), per / statistics.median(ext_t)
    print(f"{rounds * per} sequential GETs of /api/lunasa/hsms/{HSM}, {rounds} alternating rounds")
    print(f"  raw httpx:              {raw_rate:8.1f} req/s")
    print(f"  luna_ext + luna_client: {ext_rate:8.1f} req/s")
    ratio = raw_rate / ext_rate
    print(f"  overhead: {ratio:.3f}x (target <= 1.10x: {'met' if ratio <= 1.10 else 'NOT met'})")


def _progress(admin: httpx.Client, seconds: float) -> None:
    admin.put(
        "/_emulator/tasks/progress",
        json={"mode": "seconds", "seconds": seconds, "usuallyTasked": True},
    )


def _ready(luna: LunaSession, admin: httpx.Client) -> None:
    """Re-initializing an initialized HSM needs an SO login first (untimed)."""
    _progress(admin, 0)
    if luna.call(get_hsm, HSM).state == "initialized":
        so_login(luna, HSM, SO_PASSWORD)


def _start_task(luna: LunaSession, admin: httpx.Client, seconds: float) -> tuple[str, float]:
    _ready(luna, admin)
    _progress(admin, seconds)
    r = luna.request(
        "PUT",
        f"/api/lunasa/hsms/{HSM}",
        json={"label": "bench", "password": SO_PASSWORD, "domain": "dom"},
    )
    return r.headers["Location"], time.monotonic()


def _fixed_wait(luna: LunaSession, task: str) -> int:
    polls = 0
    while True:
        polls += 1
        if luna.http.get(task).status_code == 303:
            return polls
        time.sleep(1.0)


def bench_tasks(url: str, cert: Path) -> None:
    ctx = ssl.create_default_context(cafile=str(cert))
    admin = httpx.Client(base_url=url, verify=ctx)
    print("task waiting: time from the task finishing to the caller knowing")
    print(
        f"  {'task':>6} {'call()':>10} {'polls':>6} {'target':>8} {'met':>4} "
        f"{'fixed 1 s':>10} {'polls':>6}"
    )
    body = InitializeHsmRequest(label="bench", password=SO_PASSWORD, domain="dom")
    with LunaSession(url, username="admin", password=PASSWORD, verify=ctx) as luna:
        for seconds in (0.2, 1.0, 1.7, 5.0):
            _ready(luna, admin)
            _progress(admin, seconds)
            t0 = time.monotonic()
            done = luna.run(initialize_hsm, HSM, body=body)
            late = time.monotonic() - t0 - seconds
            assert done.task is not None
            target = 0.1 * seconds + 0.05
            task, t0 = _start_task(luna, admin, seconds)
            polls = _fixed_wait(luna, task)
            fixed_late = time.monotonic() - t0 - seconds
            print(
                f"  {seconds:5.1f}s {late * 1000:8.0f}ms {done.task.polls:6d} "
                f"{target * 1000:6.0f}ms {'yes' if late <= target else 'NO':>4} "
                f"{fixed_late * 1000:8.0f}ms {polls:6d}"
            )
    admin.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=1000)
    args = ap.parse_args()
    with emulator_process() as (url, cert):
        bench_gets(url, cert, args.requests)
        bench_tasks(url, cert)
    return 0


if __name__ == "__main__":
    sys.exit(main())
