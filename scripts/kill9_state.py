"""``kill -9`` during write bursts with ``--state`` (issue 10): no acknowledged write lost,
no corrupt file.

Each run starts ``luna-emulator --http --state FILE`` as a process, lets writer threads
register NTLS clients and upload files (each with its own content) as fast as it answers,
kills the process with SIGKILL at a random moment, then restarts it on the same state file
and checks that

* it starts (a corrupt state file stops the command with exit code 2),
* every write it acknowledged (200/204) is there: each client, each file with the
  SHA-256 of what was sent,
* no temporary file of an interrupted save is left beside the state file.

The state file grows from run to run (the same file throughout). Prints one line per run
and the totals; exits 1 when anything was lost or corrupt::

    python scripts/kill9_state.py [--runs 5] [--writers 3] [--min-seconds 1] [--max-seconds 3]
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from luna_emulator import DEFAULT_USERS
from luna_emulator.server import free_port

ADMIN = ("admin", DEFAULT_USERS["admin"][0])
JSON = {"Content-Type": "application/vnd.safenetinc.lunasa+json;version=17"}
MULTIPART = "application/vnd.safenetinc.lunasa+multipart;version=17"


def start(state: Path) -> tuple[subprocess.Popen[bytes], str]:
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
            "--state",
            str(state),
            "--no-control-token",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(
                f"the emulator did not start (exit {proc.returncode}): "
                f"{proc.stderr.read().decode() if proc.stderr else ''}"
            )
        try:
            httpx.get(f"{url}/api/lunasa", timeout=2)
            return proc, url
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the emulator did not start in 90 s")


class Writers:
    """Threads that write until stopped; what the emulator acknowledged is recorded."""

    def __init__(self, url: str, run: int, writers: int) -> None:
        self.url = url
        self.run = run
        self.clients: list[str] = []
        self.files: dict[str, str] = {}  # name -> SHA-256 of the content sent
        self.errors = 0
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.counter = itertools.count()
        self.threads = [
            threading.Thread(target=self._write, args=(w,), daemon=True) for w in range(writers)
        ]

    def start(self) -> None:
        for t in self.threads:
            t.start()

    def join(self) -> None:
        self.stop.set()
        for t in self.threads:
            t.join(timeout=30)

    def _write(self, writer: int) -> None:
        with httpx.Client(base_url=self.url, auth=ADMIN, timeout=10) as c:
            while not self.stop.is_set():
                n = next(self.counter)
                try:
                    if n % 3 == 2:
                        self._upload(c, n)
                    else:
                        self._register(c, n)
                except httpx.HTTPError:
                    with self.lock:
                        self.errors += 1  # the kill: not acknowledged
                    return

    def _register(self, c: httpx.Client, n: int) -> None:
        name = f"r{self.run}c{n}"
        ip = f"10.{self.run % 250}.{n // 250 % 250}.{n % 250 + 1}"
        r = c.post("/api/lunasa/ntls/clients", json={"clientName": name, "ip": ip}, headers=JSON)
        if r.status_code == 200:
            with self.lock:
                self.clients.append(name)

    def _upload(self, c: httpx.Client, n: int) -> None:
        name = f"r{self.run}f{n}.bin"
        data = os.urandom(random.randint(1, 256 << 10))
        request = c.build_request("POST", "/users/admin/files", files={"file": (name, data)})
        boundary = request.headers["Content-Type"].split("boundary=", 1)[1]
        request.headers["Content-Type"] = f"{MULTIPART}; boundary={boundary}"
        r = c.send(request)
        if r.status_code == 204:
            with self.lock:
                self.files[name] = hashlib.sha256(data).hexdigest()


def check(url: str, clients: list[str], files: dict[str, str]) -> tuple[int, int]:
    """(lost clients, lost or damaged files)."""
    lost = damaged = 0
    with httpx.Client(base_url=url, auth=ADMIN, timeout=30) as c:
        listed = {x["clientID"] for x in c.get("/api/lunasa/ntls/clients").json()["clients"]}
        lost = sum(1 for name in clients if name not in listed)
        for name, digest in files.items():
            r = c.get(f"/users/admin/files/{name}/download")
            if r.status_code != 200 or hashlib.sha256(r.content).hexdigest() != digest:
                damaged += 1
    return lost, damaged


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--writers", type=int, default=3)
    ap.add_argument("--min-seconds", type=float, default=1.0)
    ap.add_argument("--max-seconds", type=float, default=3.0)
    args = ap.parse_args()
    totals = {"clients": 0, "files": 0, "lost": 0, "damaged": 0, "leftovers": 0, "corrupt": 0}
    with tempfile.TemporaryDirectory(prefix="kill9-") as tmp:
        state = Path(tmp) / "appliance.json"
        history_clients: list[str] = []
        history_files: dict[str, str] = {}
        for run in range(1, args.runs + 1):
            proc, url = start(state)
            writers = Writers(url, run, args.writers)
            writers.start()
            pause = random.uniform(args.min_seconds, args.max_seconds)
            time.sleep(pause)
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            writers.join()
            leftovers = sorted(p.name for p in state.parent.glob(f".{state.name}.*.tmp"))
            history_clients += writers.clients
            history_files.update(writers.files)
            try:
                proc, url = start(state)  # a corrupt file: exit code 2, SystemExit here
            except SystemExit as exc:
                print(f"run {run}: the state file does not load: {exc}")
                totals["corrupt"] += 1
                break
            lost, damaged = check(url, history_clients, history_files)
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            size = state.stat().st_size
            print(
                f"run {run}: killed after {pause:.2f} s; acknowledged this run "
                f"{len(writers.clients)} clients, {len(writers.files)} files "
                f"({writers.errors} writes cut by the kill); all runs so far "
                f"{len(history_clients)} clients, {len(history_files)} files: lost {lost}, "
                f"files lost or damaged {damaged}; interrupted-save files before restart "
                f"{len(leftovers)}; state file {size} bytes; restart loads it: yes",
                flush=True,
            )
            totals["clients"] += len(writers.clients)
            totals["files"] += len(writers.files)
            totals["lost"] = lost
            totals["damaged"] = damaged
            totals["leftovers"] += len(leftovers)
    print(
        f"total: {args.runs} runs, {totals['clients']} acknowledged client registrations and "
        f"{totals['files']} acknowledged uploads; lost {totals['lost']}, files lost or damaged "
        f"{totals['damaged']}, state files that did not load {totals['corrupt']} "
        f"(interrupted-save temporary files seen before a restart: {totals['leftovers']}, "
        "removed by the restart's load)"
    )
    return 1 if totals["lost"] or totals["damaged"] or totals["corrupt"] else 0


if __name__ == "__main__":
    sys.exit(main())
