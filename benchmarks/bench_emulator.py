#!/usr/bin/env python3
"""The emulator against Prism's mock server and a bare Starlette route, same spec, same client.

    python benchmarks/bench_emulator.py [--rounds 3] [--seconds 2] [--warmup 1]
                                        [--client auto|wrk|httpx] [--servers prism,emulator,bare]

Three servers on loopback, each in its own process, all started first and measured in the
same run:

* ``prism``: ``prism mock openapi/luna.yaml`` (``@stoplight/prism-cli`` from npm, installed
  into ``benchmarks/.prism/`` when missing; if that fails the other two are still measured).
  Prism accepts the spec's vendor media types as they are: the GET answers 200 with or without
  an ``Accept`` header, the POST answers 200 to ``Content-Type:
  application/vnd.safenetinc.lunasa+json;version=17`` and the DELETE 204; no extra header is
  needed. It runs with ``-v warn`` (no log line per request, like the two uvicorn servers run
  without an access log) and static examples (its default, and its fastest mode).
* ``emulator``: ``luna_emulator.create_app()`` (request validation on, response validation
  off) under uvicorn, plain HTTP.
* ``bare``: the ceiling, a Starlette app whose GET route returns the emulator's JSON for the
  same HSM as constant bytes (no validation, no state), under the same uvicorn configuration;
  its POST and DELETE routes answer constant bodies too, with the headers the emulator sends
  (CORS, and the new client's ``Location`` for the POST).

Loads, each at 1 and 32 connections: ``GET /api/lunasa/hsms/151256`` with Basic auth as admin,
and create+delete pairs (``POST /api/lunasa/ntls/clients`` then ``DELETE
/api/lunasa/ntls/clients/{name}``, one pair at a time per connection, a name per connection).
Every cell warms each server up, then measures them in ``--rounds`` interleaved rounds of
``--seconds`` each (the server order rotating), and shows the median round: a machine shared
with other work disturbs a round, not a server. req/s counts HTTP requests (a pair is two);
p50/p99 are per request; errors counts non-2xx answers and socket errors. ``cpu us/req`` is
the server process's own CPU time (user + system, from /proc) per request: it moves far
less than req/s when something else runs on the machine, so it is the figure to compare
before/after a change.

The targets (issue 8), checked for both loads and printed with a verdict (the exit status
is 1 when one is missed): the emulator's req/s at least 0.8x the bare route's and 2x
Prism's, at 1 and at 32 connections, and its p99 at 32 connections at most 1/4 of Prism's.

The client is ``wrk`` (Debian package ``wrk``: C, one thread per connection, light enough to
leave the server its core on a 2-core machine) when installed, else asyncio + httpx in this
process (a client and keep-alive connection per worker; one shared pool of 32 is slower
still). httpx costs the client more per request than any of these servers spends (about
700 req/s on 2 cores), so with it the req/s ratios measure the client; the cpu us/req
column stays meaningful. ``--client`` chooses. The same client measures all three servers.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import gc
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "luna.yaml"
PRISM_DIR = Path(__file__).resolve().parent / ".prism"
PRISM_PACKAGE = "@stoplight/prism-cli"
PRISM_BIN = PRISM_DIR / "node_modules" / ".bin" / "prism"
HSM = 151256
GET_PATH = f"/api/lunasa/hsms/{HSM}"
CLIENTS_PATH = "/api/lunasa/ntls/clients"
VENDOR_JSON = "application/vnd.safenetinc.lunasa+json;version=17"
CONNECTIONS = (1, 32)
LOADS = ("GET", "create+delete")
SERVERS = ("prism", "emulator", "bare")


def _admin_auth() -> str:
    from luna_emulator import DEFAULT_USERS

    token = base64.b64encode(f"admin:{DEFAULT_USERS['admin'][0]}".encode()).decode()
    return f"Basic {token}"


# -- the servers ---------------------------------------------------------------------------
def hsm_json() -> bytes:
    """The emulator's answer to the benchmark's GET (for the bare route to return)."""
    from luna_emulator import create_app

    async def fetch() -> httpx.Response:
        transport = httpx.ASGITransport(app=create_app())
        async with httpx.AsyncClient(transport=transport, base_url="http://emulator") as c:
            return await c.get(
                GET_PATH, headers={"Authorization": _admin_auth(), "Accept": VENDOR_JSON}
            )

    reply = asyncio.run(fetch())
    reply.raise_for_status()
    return bytes(reply.content)


def _bare_app(payload: bytes) -> object:
    """The ceiling: the emulator's JSON for the GET as constant bytes, no validation."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    headers = {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Credentials": "true"}

    async def get_hsm(request: Request) -> Response:
        return Response(payload, 200, headers, media_type=VENDOR_JSON)

    async def register(request: Request) -> Response:
        # the emulator's answer, header for header (the appliance's Location of the new
        # client): a constant name of a like length, the body neither parsed nor checked
        await request.body()
        location = {**headers, "Location": f"{CLIENTS_PATH}/bench"}
        return Response(b'{"client":"bench"}', 200, location, media_type=VENDOR_JSON)

    async def delete(request: Request) -> Response:
        return Response(b"", 204, headers)

    return Starlette(
        routes=[
            Route("/api/lunasa/hsms/{hsmid}", get_hsm),
            Route(CLIENTS_PATH, register, methods=["POST"]),
            Route(CLIENTS_PATH + "/{clientid}", delete, methods=["DELETE"]),
        ]
    )


def _serve(kind: str, port: int, payload_file: str) -> None:
    """Run in the child process: serve ``kind`` on loopback until terminated."""
    import uvicorn

    if kind == "emulator":
        from luna_emulator import create_app

        app: object = create_app()
    else:
        app = _bare_app(Path(payload_file).read_bytes())
    uvicorn.run(
        app,  # type: ignore[arg-type]
        host="127.0.0.1",
        port=port,
        log_level="warning",
        access_log=False,
        lifespan="off",
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def _process(
    cmd: list[str], port: int, name: str, timeout: float = 60
) -> Iterator[tuple[str, int]]:
    url = f"http://127.0.0.1:{port}"
    log = tempfile.TemporaryFile()  # noqa: SIM115 (closed below)
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                httpx.get(url + GET_PATH, timeout=2)
                break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                tail = log.read().decode(errors="replace")[-2000:]
                raise RuntimeError(f"{name} did not start:\n{tail}")
            time.sleep(0.1)
        yield url, proc.pid
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def ensure_prism() -> str | None:
    """The prism executable, installed into benchmarks/.prism when missing; None (after
    saying why) when it cannot be had."""
    if PRISM_BIN.exists():
        return str(PRISM_BIN)
    npm = shutil.which("npm")
    if npm is None:
        print("!! Prism: npm is not installed, Prism is not measured (apt-get install npm)")
        return None
    print(f"installing @stoplight/prism-cli into {PRISM_DIR} ...", flush=True)
    PRISM_DIR.mkdir(parents=True, exist_ok=True)
    try:
        done = subprocess.run(
            [npm, "install", "--prefix", str(PRISM_DIR), "--no-audit", "--no-fund", PRISM_PACKAGE],
            capture_output=True,
            text=True,
            timeout=300,
        )
    except subprocess.TimeoutExpired:
        print("!! Prism: npm install timed out; Prism is not measured")
        return None
    if done.returncode != 0 or not PRISM_BIN.exists():
        print(f"!! Prism: npm install failed (exit {done.returncode}); Prism is not measured")
        print(textwrap.indent(done.stderr.strip()[-1500:], "   "))
        return None
    return str(PRISM_BIN)


def server(
    kind: str, prism: str | None, payload: Path
) -> contextlib.AbstractContextManager[tuple[str, int]]:
    port = _free_port()
    if kind == "prism":
        assert prism is not None
        cmd = [prism, "mock", str(SPEC), "-p", str(port), "-h", "127.0.0.1", "-v", "warn"]
    else:
        cmd = [
            sys.executable,
            str(Path(__file__).resolve()),
            "--serve",
            kind,
            str(port),
            str(payload),
        ]
    return _process(cmd, port, kind)


def check_answers(url: str) -> str:
    """One GET and one create+delete pair, checked before measuring (a cell of errors
    measures nothing). Returns a note of the statuses."""
    auth = {"Authorization": _admin_auth()}
    with httpx.Client(base_url=url, headers=auth, timeout=10) as c:
        get = c.get(GET_PATH, headers={"Accept": VENDOR_JSON})
        body = {"clientName": "benchcheck", "hostname": "benchcheck.invalid"}
        post = c.post(CLIENTS_PATH, content=json.dumps(body), headers={"Content-Type": VENDOR_JSON})
        delete = c.delete(f"{CLIENTS_PATH}/benchcheck")
    statuses = (get.status_code, post.status_code, delete.status_code)
    if get.status_code != 200 or not all(200 <= s < 300 for s in statuses):
        raise RuntimeError(f"{url}: GET/POST/DELETE answered {statuses}: {post.text[:300]}")
    return f"GET {statuses[0]}, POST {statuses[1]}, DELETE {statuses[2]}"


# -- the clients -----------------------------------------------------------------------------
@dataclass
class Cell:
    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    errors: int
    cpu_us: float = 0.0  # server CPU time per request

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


_WRK_DONE = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH {"requests": %d, "us": %d, "p50": %d, "p99": %d, "errors": %d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.status + e.connect + e.read + e.write + e.timeout))
end
"""

_WRK_GET = """
wrk.method = "GET"
wrk.headers["Authorization"] = "{auth}"
wrk.headers["Accept"] = "{vendor}"
"""

# one connection per wrk thread: each thread alternates POST and DELETE of its own client
_WRK_PAIR = """
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
function init(args)
  local name = "b" .. args[1] .. "t" .. tid
  local body = '{{"clientName": "' .. name .. '", "hostname": "' .. name .. '.invalid"}}'
  local h = {{["Authorization"] = "{auth}"}}
  del = wrk.format("DELETE", "{clients}/" .. name, h)
  h["Content-Type"] = "{vendor}"
  post = wrk.format("POST", "{clients}", h, body)
  deleting = false
end
-- the next request follows the last answer (wrk calls request() once more before the run
-- starts, to check the script, so a counter in request() would be off by one)
function request()
  if deleting then return del end
  return post
end
function response(status, headers, body)
  deleting = not deleting
end
"""


def _forget_clients(url: str, run_id: int, connections: int) -> None:
    """Delete the clients a create+delete run may have left (it can stop between the POST
    and the DELETE of a pair), so that later cells find the emulator as the first did."""
    with httpx.Client(base_url=url, headers={"Authorization": _admin_auth()}, timeout=10) as c:
        for tid in range(1, connections + 1):
            c.delete(f"{CLIENTS_PATH}/b{run_id}t{tid}")


class WrkClient:
    name = "wrk"

    def __init__(self) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="bench-wrk-")
        fill = {"auth": _admin_auth(), "vendor": VENDOR_JSON, "clients": CLIENTS_PATH}
        self._scripts = {}
        for load, text in (("GET", _WRK_GET), ("create+delete", _WRK_PAIR)):
            path = Path(self._tmp.name) / f"{load.replace('+', '_')}.lua"
            path.write_text(text.format(**fill) + _WRK_DONE)
            self._scripts[load] = path
        self._run_id = 0

    def run(self, url: str, load: str, connections: int, seconds: float) -> Cell:
        self._run_id += 1  # fresh client names per run: a run may stop between POST and DELETE
        target = url + (GET_PATH if load == "GET" else CLIENTS_PATH)
        duration = f"{max(1, round(seconds))}s"  # wrk takes whole seconds
        cmd = ["wrk", "-t", str(connections), "-c", str(connections), "-d", duration]
        cmd += ["--timeout", "10s", "-s", str(self._scripts[load]), target, "--", str(self._run_id)]
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 60)
        line = next((x for x in out.stdout.splitlines() if x.startswith("BENCH ")), None)
        if line is None:
            raise RuntimeError(f"wrk failed: {out.stdout[-500:]} {out.stderr[-500:]}")
        r = json.loads(line[6:])
        if load != "GET":
            _forget_clients(url, self._run_id, connections)
        return Cell(r["requests"], r["us"] / 1e6, r["p50"] / 1e3, r["p99"] / 1e3, r["errors"])

    def close(self) -> None:
        self._tmp.cleanup()


_ONE = httpx.Limits(max_connections=1, max_keepalive_connections=1)
# plain HTTP on loopback: no CA bundle to load per client (tens of ms each), no proxies
_PLAIN: dict[str, Any] = {"verify": False, "trust_env": False, "timeout": 10}


class HttpxClient:
    """asyncio + httpx.AsyncClient: ``connections`` workers, each with its own keep-alive
    connection, in this process."""

    name = "httpx"

    def __init__(self) -> None:
        self._run_id = 0

    def run(self, url: str, load: str, connections: int, seconds: float) -> Cell:
        self._run_id += 1
        cell = asyncio.run(self._run(url, load, connections, seconds))
        if load != "GET":
            _forget_clients(url, self._run_id, connections)
        return cell

    async def _run(self, url: str, load: str, connections: int, seconds: float) -> Cell:
        latencies: list[float] = []
        errors = 0
        auth = _admin_auth()
        deadline = time.perf_counter() + seconds

        async def timed(client: httpx.AsyncClient, method: str, path: str, **kw: Any) -> None:
            nonlocal errors
            t0 = time.perf_counter()
            try:
                r = await client.request(method, path, **kw)
                ok = 200 <= r.status_code < 300
            except httpx.HTTPError:
                ok = False
            latencies.append(time.perf_counter() - t0)
            errors += not ok

        async def worker(i: int) -> None:
            # a client (one keep-alive connection) per worker: one shared pool of 32 costs
            # the client more than the servers spend
            name = f"b{self._run_id}t{i + 1}"
            body = json.dumps({"clientName": name, "hostname": f"{name}.invalid"})
            get_headers = {"Authorization": auth, "Accept": VENDOR_JSON}
            post_headers = {"Authorization": auth, "Content-Type": VENDOR_JSON}
            async with httpx.AsyncClient(base_url=url, limits=_ONE, **_PLAIN) as c:
                while time.perf_counter() < deadline:
                    if load == "GET":
                        await timed(c, "GET", GET_PATH, headers=get_headers)
                    else:
                        await timed(c, "POST", CLIENTS_PATH, content=body, headers=post_headers)
                        await timed(c, "DELETE", f"{CLIENTS_PATH}/{name}", headers=get_headers)

        t0 = time.perf_counter()
        await asyncio.gather(*(worker(i) for i in range(connections)))
        elapsed = time.perf_counter() - t0
        q = statistics.quantiles(latencies, n=100, method="inclusive") if len(latencies) > 1 else []
        p50, p99 = (q[49], q[98]) if q else (0.0, 0.0)
        return Cell(len(latencies), elapsed, p50 * 1e3, p99 * 1e3, errors)

    def close(self) -> None:
        pass


# -- the run ---------------------------------------------------------------------------------
def _uvicorn_flavour() -> str:
    import importlib.util

    import uvicorn

    http = "httptools" if importlib.util.find_spec("httptools") else "h11"
    loop = "uvloop" if importlib.util.find_spec("uvloop") else "asyncio"
    return f"uvicorn {uvicorn.__version__} (http={http}, loop={loop}, 1 worker)"


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc; 0 elsewhere)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0.0
    fields = stat.rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _median_cell(rounds: list[Cell]) -> Cell:
    """The round with the median req/s (its own latencies and CPU: they belong together)."""
    ordered = sorted(rounds, key=lambda c: c.rps)
    cell = ordered[len(ordered) // 2]
    cell.errors = sum(c.errors for c in rounds)
    return cell


def _verdict(value: float, target: float, *, at_most: bool = False) -> str:
    ok = value <= target if at_most else value >= target
    return "ok  " if ok else "MISS"


def report(results: dict[tuple[str, str, int], Cell]) -> int:
    print()
    head = f"{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'cpu us/req':>12}{'errors':>8}"
    print(f"{'load':<14}{'conns':>5}  {'server':<9}{head}")
    for load in LOADS:
        for conns in CONNECTIONS:
            for srv in SERVERS:
                cell = results.get((srv, load, conns))
                if cell is None:
                    print(f"{load:<14}{conns:>5}  {srv:<9}{'not measured':>35}")
                    continue
                print(
                    f"{load:<14}{conns:>5}  {srv:<9}{cell.rps:>9.0f}{cell.p50_ms:>9.2f}"
                    f"{cell.p99_ms:>9.2f}{cell.cpu_us:>12.0f}{cell.errors:>8}"
                )
        print()
    misses = 0
    for load in LOADS:
        print(f"targets ({load}):")
        for conns in CONNECTIONS:
            emu = results.get(("emulator", load, conns))
            prism = results.get(("prism", load, conns))
            bare = results.get(("bare", load, conns))
            if emu is None:
                continue
            checks: list[tuple[str, float, float, bool]] = []
            if prism is not None and prism.rps:
                checks.append(("throughput emulator/prism", emu.rps / prism.rps, 2.0, False))
            if bare is not None and bare.rps:
                checks.append(("throughput emulator/bare ", emu.rps / bare.rps, 0.8, False))
            if prism is not None and prism.p99_ms and conns == 32:
                checks.append(("p99 emulator/prism       ", emu.p99_ms / prism.p99_ms, 0.25, True))
            for label, value, target, at_most in checks:
                verdict = _verdict(value, target, at_most=at_most)
                misses += verdict == "MISS"
                sign = "<=" if at_most else ">="
                goal = f"(target {sign} {target})"
                print(f"  {verdict} {conns:>2} conns  {label} {value:6.2f}  {goal}")
            if bare is not None and emu.cpu_us and bare.cpu_us:
                ratio = bare.cpu_us / emu.cpu_us
                print(f"  info {conns:>2} conns  cpu per request bare/emulator {ratio:6.2f}")
    return misses


def _start_servers(
    stack: contextlib.ExitStack, wanted: list[str], prism: str | None, payload: Path
) -> dict[str, tuple[str, int]]:
    running: dict[str, tuple[str, int]] = {}
    for srv in wanted:
        if srv == "prism" and prism is None:
            continue
        try:
            url, pid = stack.enter_context(server(srv, prism, payload))
            print(f"{srv}: {url} (pid {pid}): {check_answers(url)}", flush=True)
            running[srv] = (url, pid)
        except RuntimeError as exc:
            print(f"!! {srv}: {exc}; not measured")
    return running


def measure(
    client: WrkClient | HttpxClient,
    running: dict[str, tuple[str, int]],
    args: argparse.Namespace,
) -> dict[tuple[str, str, int], Cell]:
    results: dict[tuple[str, str, int], Cell] = {}
    names = list(running)
    for load in LOADS:
        for conns in CONNECTIONS:
            for srv in names:
                client.run(running[srv][0], load, conns, args.warmup)
            rounds: dict[str, list[Cell]] = {srv: [] for srv in names}
            for r in range(args.rounds):
                for srv in names[r % len(names) :] + names[: r % len(names)]:
                    url, pid = running[srv]
                    cpu = _cpu_seconds(pid)
                    cell = client.run(url, load, conns, args.seconds)
                    cell.cpu_us = (_cpu_seconds(pid) - cpu) / max(cell.requests, 1) * 1e6
                    rounds[srv].append(cell)
            for srv in names:
                results[(srv, load, conns)] = _median_cell(rounds[srv])
            print(f"  measured {load} at {conns} connection(s)", flush=True)
    return results


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3, help="measured rounds per cell and server")
    ap.add_argument("--seconds", type=int, default=2, help="seconds per round (whole seconds)")
    ap.add_argument("--warmup", type=int, default=1, help="seconds of warm-up per cell")
    ap.add_argument("--client", choices=("auto", "wrk", "httpx"), default="auto")
    ap.add_argument("--servers", default=",".join(SERVERS), help="comma-separated subset")
    ap.add_argument("--serve", nargs=3, help=argparse.SUPPRESS)  # KIND PORT PAYLOAD_FILE
    args = ap.parse_args()
    if args.serve:
        _serve(args.serve[0], int(args.serve[1]), args.serve[2])
        return 0

    started = time.monotonic()
    kind = args.client
    if kind == "auto":
        kind = "wrk" if shutil.which("wrk") else "httpx"
        if kind == "httpx":
            print(
                "note: wrk is not installed (apt-get install wrk): using the httpx client, "
                "which tops out near 700 req/s on 2 cores, below every server here; its "
                "req/s ratios are the client's, compare cpu us/req instead"
            )
    elif kind == "wrk" and not shutil.which("wrk"):
        print("wrk is not installed (apt-get install wrk)")
        return 2
    client: WrkClient | HttpxClient = WrkClient() if kind == "wrk" else HttpxClient()
    wanted = [s for s in SERVERS if s in args.servers.split(",")]
    prism = ensure_prism() if "prism" in wanted else None
    print(f"client: {client.name}; servers in their own processes: {_uvicorn_flavour()}")
    print(
        f"cells: {args.warmup} s warm-up, then {args.rounds} interleaved rounds of "
        f"{args.seconds} s per server (median shown); {os.cpu_count()} CPUs; "
        f"load average {os.getloadavg()[0]:.2f}"
    )
    payload = Path(tempfile.mkdtemp(prefix="bench-emulator-")) / "hsm.json"
    try:
        payload.write_bytes(hsm_json())
        gc.collect()
        gc.freeze()  # the emulator built for hsm_json() is garbage; the spec stays: keep
        # the collector from scanning it again while this process is the httpx client
        with contextlib.ExitStack() as stack:
            running = _start_servers(stack, wanted, prism, payload)
            results = measure(client, running, args)
    finally:
        client.close()
        shutil.rmtree(payload.parent)
    misses = report(results)
    print(f"\nload average {os.getloadavg()[0]:.2f}; total time {time.monotonic() - started:.0f} s")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
