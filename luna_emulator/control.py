"""The control API, under ``/_emulator`` (a prefix the appliance never uses).

| request | effect |
| --- | --- |
| POST /_emulator/reset | fresh appliance; body may seed ``hsmSerial``, ``hsmFirmware``, ``pedBased``, ``forceSoLogin``, ``users`` ({name: {password, role}}), ``blocklist`` ({severity} or {maxInfractionCount, timeoutStart, timeoutMultiplier}; off unless seeded) |
| GET /_emulator/state | counts of what the appliance holds, the HSM's firmware and tamper state, the clock offset, the block list's counters |
| POST /_emulator/state/save | write the ``--state`` file now if the state changed; ``{"written": bool}`` (false without a state file) |
| GET /_emulator/snapshot | the whole appliance state as the state file would hold it (files by SHA-256), to compare two emulators |
| POST /_emulator/checkpoint | keep the appliance state and its sessions as they are now, in memory (``checkpoint.py``) |
| POST /_emulator/checkpoint/restore | put the state and the sessions (with their logins) of the last checkpoint back (409 when none was taken); tasks and the clock stay |
| POST /_emulator/hsm/tamper | a tamper event on the HSM (the emulator has no case to open) |
| PUT /_emulator/tasks/progress | ``{mode: immediate|polls|seconds|manual, count, seconds, fail, usuallyTasked}`` |
| POST /_emulator/tasks/{n}/complete | finish task n now |
| POST /_emulator/clock/advance | ``{seconds}``: move the emulator's clock forward |
| PUT /_emulator/faults, DELETE /_emulator/faults | inject faults ``[{pattern, method, status, latency, drop, count, body, headers, contentType, dropHeaders}]`` |
| GET /_emulator/requests, DELETE /_emulator/requests | the request log |
| GET /_emulator/implementation | every spec operation and how it is implemented |
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .backend import Backend
from .blocklist import configure as configure_blocklist
from .checkpoint import Checkpoint, NoCheckpoint
from .errors import LunaError
from .files import FileArea
from .http import Fault, HttpLayer
from .model import State
from .persistence import Codec, CodecError, CustomCodec
from .tasks import Progress

__all__ = ["PREFIX", "Control"]

PREFIX = "/_emulator"


class Control:
    def __init__(
        self, backend: Backend, http: HttpLayer, save: Callable[[], bool] | None = None
    ) -> None:
        self.backend = backend
        self.http = http
        self.save = save or (lambda: False)
        self.checkpoint = Checkpoint()

    async def __call__(self, request: Request) -> Response:
        path = request.url.path[len(PREFIX) :]
        method = request.method
        raw = await request.body()
        try:
            body: Any = json.loads(raw) if raw else {}
        except json.JSONDecodeError as exc:
            return JSONResponse({"error": f"malformed JSON: {exc.msg}"}, 400)
        try:
            return self._route(method, path, body)
        except (KeyError, TypeError, ValueError) as exc:
            return JSONResponse({"error": f"bad control request: {exc}"}, 400)
        except LunaError as exc:
            return JSONResponse(exc.body(), exc.status_code)

    def _route(self, method: str, path: str, body: Any) -> Response:
        b = self.backend
        if (method, path) == ("POST", "/reset"):
            users = {
                n: (u["password"], u["role"]) for n, u in body.get("users", {}).items()
            } or None
            b.reset(
                hsm_serial=int(body.get("hsmSerial", 151256)),
                ped_based=bool(body.get("pedBased")),
                users=users,
                force_so_login=bool(body.get("forceSoLogin")),
            )
            if "hsmFirmware" in body:
                b.state.hsm.firmware = str(body["hsmFirmware"])
            if "blocklist" in body:  # the block list is off unless seeded (blocklist.py)
                configure_blocklist(b.state.blocklist, body["blocklist"])
            self.http.faults.clear()
            self.http.log.clear()
            b.tasks.progress = Progress()
            return Response(status_code=204)
        if (method, path) == ("GET", "/state"):
            s = b.state
            return JSONResponse(
                {
                    "hsm": {
                        "serial": s.hsm.serial,
                        "initialized": s.hsm.initialized,
                        "pedBased": s.hsm.ped_based,
                        "soLoginsLeft": s.hsm.so_logins_left,
                        "firmware": s.hsm.firmware,
                        "tampered": s.hsm.extras.tampered,
                        "tamperClears": s.hsm.extras.tamper_clears,
                    },
                    "partitions": sorted(s.partitions),
                    "ntlsClients": {n: sorted(c.links) for n, c in s.ntls_clients.items()},
                    "users": sorted(s.users),
                    "tasks": {str(n): t.state for n, t in b.tasks.tasks.items()},
                    "sessions": len([x for x in b.sessions.values() if x.private]),
                    "clockOffset": b.clock.offset,
                    "blocklist": {
                        ip: {"budget": c.budget, "timeout": c.timeout}
                        for ip, c in s.blocklist.clients.items()
                    },
                }
            )
        if (method, path) == ("POST", "/state/save"):
            return JSONResponse({"written": self.save()})
        if (method, path) == ("GET", "/snapshot"):
            return JSONResponse(snapshot(b))
        if (method, path) == ("POST", "/checkpoint"):
            self.checkpoint.take(b)
            return Response(status_code=204)
        if (method, path) == ("POST", "/checkpoint/restore"):
            try:
                self.checkpoint.restore(b)
            except NoCheckpoint as exc:
                return JSONResponse({"error": str(exc)}, 409)
            return Response(status_code=204)
        if (method, path) == ("POST", "/hsm/tamper"):
            b.state.hsm.extras.tampered = True
            return Response(status_code=204)
        if (method, path) == ("PUT", "/tasks/progress"):
            b.tasks.progress = Progress(
                mode=body.get("mode", "polls"),
                count=int(body.get("count", 1)),
                seconds=float(body.get("seconds", 0)),
                fail=str(body.get("fail", "")),
                usually_tasked=bool(body.get("usuallyTasked", False)),
            )
            return Response(status_code=204)
        if method == "POST" and path.startswith("/tasks/") and path.endswith("/complete"):
            task = b.tasks.complete(int(path.split("/")[2]))
            return JSONResponse(task.body())
        if (method, path) == ("POST", "/clock/advance"):
            b.clock.advance(float(body["seconds"]))
            return Response(status_code=204)
        if (method, path) == ("PUT", "/faults"):
            self.http.faults = [
                Fault(
                    pattern=f["pattern"],
                    method=f.get("method", ""),
                    status=int(f.get("status", 0)),
                    latency=float(f.get("latency", 0)),
                    drop=bool(f.get("drop")),
                    count=int(f.get("count", -1)),
                    body=f.get("body"),
                    headers=dict(f.get("headers", {})),
                    content_type=f.get("contentType", ""),
                    drop_headers=tuple(f.get("dropHeaders", ())),
                )
                for f in (body if isinstance(body, list) else [body])
            ]
            return Response(status_code=204)
        if (method, path) == ("DELETE", "/faults"):
            self.http.faults.clear()
            return Response(status_code=204)
        if (method, path) == ("GET", "/requests"):
            return JSONResponse(self.http.log)
        if (method, path) == ("DELETE", "/requests"):
            self.http.log.clear()
            return Response(status_code=204)
        if (method, path) == ("GET", "/implementation"):
            return JSONResponse(implementation_report(b))
        return JSONResponse({"error": f"no control resource {method} {PREFIX}{path}"}, 404)


def snapshot(b: Backend) -> dict[str, Any]:
    """The appliance state encoded as the state file holds it; file contents by digest."""

    def area(files: FileArea, where: str) -> dict[str, str]:
        return {name: hashlib.sha256(files[name]).hexdigest() for name in sorted(files)}

    def unreadable(data: Any, where: str) -> Any:
        raise CodecError(where, "a snapshot is not read back")

    codec = Codec({FileArea: CustomCodec(area, unreadable)})
    return {"clockOffset": b.clock.offset, "state": codec.encode(b.state, State, "state")}


def implementation_report(b: Backend) -> list[dict[str, str]]:
    """Per operation: how it is implemented (``handler``: rules that read and change the
    emulator's state; ``generic``: kept as a document) and its evidence tier
    (``x-luna-evidence``)."""
    return [
        {
            "method": op.method,
            "path": op.path,
            "operationId": op.operation_id,
            "implementation": b.is_implemented(op.operation_id),
            "evidence": op.evidence,
        }
        for op in b.index.operations.values()
    ]
