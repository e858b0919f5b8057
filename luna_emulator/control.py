"""The control API, under ``/_emulator`` (a prefix the appliance never uses).

With a control token (``luna-emulator`` makes one at start and prints it;
``create_app(control_token=...)``), every control request must send it in the
``X-Luna-Emulator-Token`` header (else 401, and nothing changes). A control body is at most
``MAX_CONTROL_BODY`` bytes of standard JSON; numbers must be finite (seconds also not
negative), else 400.

| request | effect |
| --- | --- |
| POST /_emulator/reset | fresh appliance (and the clock back at real time); body may seed ``hsmSerial``, ``hsmFirmware``, ``pedBased``, ``forceSoLogin``, ``users`` ({name: {password, role}}), ``blocklist`` ({severity} or {maxInfractionCount, timeoutStart, timeoutMultiplier}; without it, the block list the emulator started with) |
| GET /_emulator/state | counts of what the appliance holds, the HSM's firmware and tamper state, the clock offset, the block list's counters |
| POST /_emulator/state/save | write the ``--state`` file now if the state changed; ``{"written": bool}`` (false without a state file) |
| GET /_emulator/snapshot | the whole appliance state as the state file would hold it (files by SHA-256), to compare two emulators |
| POST /_emulator/checkpoint | keep the appliance state, its sessions and its tasks as they are now, in memory (``checkpoint.py``) |
| POST /_emulator/checkpoint/restore | put the state, the sessions (with their logins) and the tasks of the last checkpoint back (409 when none was taken); the clock stays |
| POST /_emulator/hsm/tamper | a tamper event on the HSM (the emulator has no case to open) |
| PUT /_emulator/tasks/progress | ``{mode: immediate|polls|seconds|manual, count, seconds, fail, usuallyTasked}`` |
| POST /_emulator/tasks/{n}/complete | finish task n now |
| POST /_emulator/clock/advance | ``{seconds}``: move the emulator's clock forward |
| PUT /_emulator/faults, DELETE /_emulator/faults | inject faults ``[{pattern, method, status, latency, drop, count, body, headers, contentType, dropHeaders}]`` |
| GET /_emulator/requests, DELETE /_emulator/requests | the request log (the latest ``http.layer.REQUEST_LOG_SIZE`` requests) |
| GET /_emulator/implementation | every spec operation and how it is implemented |
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import secrets
from collections.abc import Callable, Mapping
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .backend import Backend
from .blocklist import configure as configure_blocklist
from .checkpoint import Checkpoint, NoCheckpoint
from .errors import LunaError
from .files import FileArea
from .http import Fault, HttpLayer
from .model import Blocklist, State
from .persistence import Codec, CodecError, CustomCodec
from .tasks import Progress

__all__ = ["MAX_CONTROL_BODY", "PREFIX", "TOKEN_HEADER", "Control"]

PREFIX = "/_emulator"
TOKEN_HEADER = "x-luna-emulator-token"  # noqa: S105 (a header name)
MAX_CONTROL_BODY = 1 << 20  # seeds and fault lists are a few kilobytes
MAX_CLOCK_OFFSET = 100 * 366 * 86400.0  # the clock goes at most a century ahead
MAX_LATENCY = 600.0  # an injected fault's latency, in seconds


class _Refused(ValueError):
    pass


def _strict_constant(name: str) -> Any:
    raise _Refused(f"{name} is not a JSON value")


def _strict_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _Refused(f"the number {text[:40]} is out of range")
    return value


def _number(
    body: Any, key: str, default: float, *, minimum: float = 0.0, maximum: float = 1e15
) -> float:
    """A finite number of the control body, from ``minimum`` to ``maximum``."""
    value = body.get(key, default) if isinstance(body, dict) else default
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Refused(f"{key!r} must be a number")
    if not math.isfinite(value) or not minimum <= value <= maximum:
        raise _Refused(f"{key!r} must be a finite number from {minimum:g} to {maximum:g}")
    return float(value)


class Control:
    """``token``: the control token every request must carry (None: none needed);
    ``blocklist``: the block-list seed a reset without one goes back to (None: the
    appliance's default)."""

    def __init__(
        self,
        backend: Backend,
        http: HttpLayer,
        save: Callable[[], bool] | None = None,
        *,
        token: str | None = None,
        blocklist: Mapping[str, Any] | None = None,
    ) -> None:
        self.backend = backend
        self.http = http
        self.save = save or (lambda: False)
        self.checkpoint = Checkpoint()
        self.token = token
        self.blocklist = dict(blocklist) if blocklist is not None else None

    async def __call__(self, request: Request) -> Response:
        if self.token is not None and not secrets.compare_digest(
            request.headers.get(TOKEN_HEADER, "").encode(), self.token.encode()
        ):
            return JSONResponse(
                {"error": f"the control API needs its token in the {TOKEN_HEADER} header"}, 401
            )
        path = request.url.path[len(PREFIX) :]
        method = request.method
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_CONTROL_BODY:
            return JSONResponse(
                {"error": f"control bodies are at most {MAX_CONTROL_BODY} bytes"}, 413
            )
        raw = bytearray()
        async for chunk in request.stream():
            raw.extend(chunk)
            if len(raw) > MAX_CONTROL_BODY:
                return JSONResponse(
                    {"error": f"control bodies are at most {MAX_CONTROL_BODY} bytes"}, 413
                )
        try:
            body: Any = (
                json.loads(
                    raw.decode("utf-8"),
                    parse_constant=_strict_constant,
                    parse_float=_strict_float,
                )
                if raw
                else {}
            )
        except (ValueError, RecursionError) as exc:  # JSONDecodeError, UTF-8, _Refused
            return JSONResponse({"error": f"malformed JSON: {str(exc)[:200]}"}, 400)
        try:
            return self._route(method, path, body)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            return JSONResponse({"error": f"bad control request: {str(exc)[:200]}"}, 400)
        except LunaError as exc:
            return JSONResponse(exc.body(), exc.status_code)

    def _route(self, method: str, path: str, body: Any) -> Response:
        b = self.backend
        if (method, path) == ("POST", "/reset"):
            if not isinstance(body, dict):
                raise _Refused("the reset body is a JSON object")
            users = {
                str(n): (str(u["password"]), str(u["role"]))
                for n, u in dict(body.get("users", {})).items()
            } or None
            seed = body.get("blocklist", self.blocklist)
            if seed is not None:  # a bad seed is refused before anything changes
                configure_blocklist(Blocklist(), seed)
            b.reset(
                hsm_serial=int(_number(body, "hsmSerial", 151256, minimum=1)),
                ped_based=bool(body.get("pedBased")),
                users=users,
                force_so_login=bool(body.get("forceSoLogin")),
            )
            b.clock.offset = 0.0  # a reset always cures the clock
            if "hsmFirmware" in body:
                b.state.hsm.firmware = str(body["hsmFirmware"])
            if seed is not None:  # else the appliance's default (blocklist.py)
                configure_blocklist(b.state.blocklist, seed)
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
            mode = body.get("mode", "polls")
            if mode not in ("immediate", "polls", "seconds", "manual"):
                raise _Refused(f"no task progression mode {str(mode)[:40]!r}")
            b.tasks.progress = Progress(
                mode=mode,
                count=int(_number(body, "count", 1)),
                seconds=_number(body, "seconds", 0),
                fail=str(body.get("fail", "")),
                usually_tasked=bool(body.get("usuallyTasked", False)),
            )
            return Response(status_code=204)
        if method == "POST" and path.startswith("/tasks/") and path.endswith("/complete"):
            task = b.tasks.complete(int(path.split("/")[2]))
            return JSONResponse(task.body())
        if (method, path) == ("POST", "/clock/advance"):
            if not isinstance(body, dict) or "seconds" not in body:
                raise _Refused("give the 'seconds' to advance the clock by")
            b.clock.advance(
                _number(body, "seconds", 0, maximum=max(0.0, MAX_CLOCK_OFFSET - b.clock.offset))
            )
            return Response(status_code=204)
        if (method, path) == ("PUT", "/faults"):
            self.http.faults = [
                Fault(
                    pattern=_pattern(f["pattern"]),
                    method=str(f.get("method", "")),
                    status=int(_number(f, "status", 0)),
                    latency=_number(f, "latency", 0, maximum=MAX_LATENCY),
                    drop=bool(f.get("drop")),
                    count=int(_number(f, "count", -1, minimum=-1)),
                    body=f.get("body"),
                    headers={
                        _token(k): _header_value(v) for k, v in dict(f.get("headers", {})).items()
                    },
                    content_type=_header_value(f.get("contentType", "")),
                    drop_headers=tuple(_token(h) for h in f.get("dropHeaders", ())),
                )
                for f in (body if isinstance(body, list) else [body])
            ]
            return Response(status_code=204)
        if (method, path) == ("DELETE", "/faults"):
            self.http.faults.clear()
            return Response(status_code=204)
        if (method, path) == ("GET", "/requests"):
            return JSONResponse(list(self.http.log))
        if (method, path) == ("DELETE", "/requests"):
            self.http.log.clear()
            return Response(status_code=204)
        if (method, path) == ("GET", "/implementation"):
            return JSONResponse(implementation_report(b))
        return JSONResponse({"error": f"no control resource {method} {PREFIX}{path}"}, 404)


_TOKEN = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")  # an HTTP field name (RFC 9110)


def _token(value: Any) -> str:
    if not isinstance(value, str) or not _TOKEN.match(value):
        raise _Refused("a fault's header names are HTTP field names")
    return value


def _header_value(value: Any) -> str:
    if not isinstance(value, str) or any(ord(c) < 0x20 and c != "\t" for c in value):
        raise _Refused("a fault's header values are strings without control characters")
    return value


def _pattern(value: Any) -> str:
    """A fault's path pattern: a regular expression that compiles."""
    if not isinstance(value, str):
        raise _Refused("a fault's 'pattern' is a regular expression (a string)")
    try:
        re.compile(value)
    except re.error as exc:
        raise _Refused(f"a fault's 'pattern' does not compile: {exc}") from None
    return value


def snapshot(b: Backend) -> dict[str, Any]:
    """The appliance state encoded as the state file holds it; file contents by digest."""

    def area(files: FileArea, where: str) -> dict[str, str]:
        return {name: hashlib.sha256(files[name]).hexdigest() for name in sorted(files)}

    def unreadable(data: Any, where: str) -> Any:
        raise CodecError(where, "a snapshot is not read back")

    codec = Codec({FileArea: CustomCodec(area, unreadable)})
    return {"clockOffset": b.clock.offset, "state": codec.encode(b.state, State, "state")}


def implementation_report(b: Backend) -> list[dict[str, str]]:
    """Per operation: the rules module that implements it (``handlers/<tag>.py``, by its
    name) and its evidence tier (``x-luna-evidence``)."""
    return [
        {
            "method": op.method,
            "path": op.path,
            "operationId": op.operation_id,
            "implementation": b.rules_module(op.operation_id),
            "evidence": op.evidence,
        }
        for op in b.index.operations.values()
    ]
