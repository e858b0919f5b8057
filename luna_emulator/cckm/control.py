"""The CCKM control API, under ``/_emulator/cckm`` on the CCKM port.

* ``POST /_emulator/cckm/reset``: a fresh CCKM (only the ``emulated-luna`` connection);
  the body may give ``password``, ``keyOperationDelay``, ``jobDuration``.
* ``GET /_emulator/cckm/state``: connections, partitions (id -> appliance serials), keys
  (id -> status), jobs (id -> overall status), refresh tokens (count), timing, clock
  offset.
* ``PUT /_emulator/cckm/timing``: ``{keyOperationDelay, jobDuration}`` in seconds of the
  emulator's clock (0: at the next request).
* ``POST /_emulator/cckm/clock/advance``: ``{seconds}``, moves the emulator's clock
  (shared with the appliance) forward.
* ``PUT /_emulator/cckm/faults`` (a fault or a list), ``DELETE /_emulator/cckm/faults``:
  faults for the CCKM API's answers, as the appliance's control API takes them:
  ``{pattern, method, status, body, headers, contentType, dropHeaders, latency, drop,
  count}`` (``pattern`` a regular expression searched in the path).
* ``GET /_emulator/cckm/requests``, ``DELETE /_emulator/cckm/requests``: the request log
  (method, path, status of each API request; never a header or a body).

The appliance is not reset here (its own control API, ``/_emulator/reset`` on its port).
When the emulator has a control token (``luna-emulator`` makes one;
``create_app(control_token=...)``), these requests need it too, in the same header.
"""

from __future__ import annotations

import json
import re
import secrets
from collections import deque
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..control import TOKEN_HEADER
from ..http import Fault
from .backend import CckmBackend
from .model import Timing

__all__ = ["PREFIX", "CckmControl"]

PREFIX = "/_emulator/cckm"
MAX_LATENCY = 60.0
LOG_SIZE = 10000
_FIELD = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")  # an HTTP field name (RFC 9110)


def _seconds(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ValueError(f"{name} must be a number of seconds, 0 or more")
    return float(value)


def _timing(body: dict[str, Any], base: Timing) -> Timing:
    return Timing(
        key_operation_delay=_seconds(
            body.get("keyOperationDelay", base.key_operation_delay), "keyOperationDelay"
        ),
        job_duration=_seconds(body.get("jobDuration", base.job_duration), "jobDuration"),
    )


def _number(f: dict[str, Any], name: str, default: float, low: float, high: float) -> float:
    value = f.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise ValueError(f"a fault's {name} is a number from {low:g} to {high:g}")
    return float(value)


def _field(name: Any) -> str:
    if not isinstance(name, str) or not _FIELD.match(name):
        raise ValueError("a fault's header names are HTTP field names")
    return name


def _value(value: Any) -> str:
    if not isinstance(value, str) or any(ord(c) < 0x20 and c != "\t" for c in value):
        raise ValueError("a fault's header values are strings without control characters")
    return value


def _fault(f: Any) -> Fault:
    if not isinstance(f, dict) or not isinstance(f.get("pattern"), str):
        raise ValueError("a fault is an object with a pattern")
    re.compile(f["pattern"])
    body = f.get("body")
    if body is not None and not isinstance(body, dict | list):
        raise ValueError("a fault's body is a JSON object or array")
    return Fault(
        pattern=f["pattern"],
        method=str(f.get("method", "")).upper(),
        status=int(_number(f, "status", 0, 0, 599)),
        latency=_number(f, "latency", 0, 0, MAX_LATENCY),
        drop=bool(f.get("drop")),
        count=int(_number(f, "count", -1, -1, 1e9)),
        body=body,  # type: ignore[arg-type]
        headers={_field(k): _value(v) for k, v in dict(f.get("headers", {})).items()},
        content_type=_value(f.get("contentType", "")),
        drop_headers=tuple(_field(h) for h in f.get("dropHeaders", ())),
    )


class CckmControl:
    def __init__(self, backend: CckmBackend) -> None:
        self.backend = backend
        self.faults: list[Fault] = []
        self.log: deque[dict[str, Any]] = deque(maxlen=LOG_SIZE)

    def fault_for(self, method: str, path: str) -> Fault | None:
        """The first fault for this request, counted down."""
        fault = next((f for f in self.faults if f.matches(method, path)), None)
        if fault is not None and fault.count > 0:
            fault.count -= 1
        return fault

    def record(self, method: str, path: str, status: int) -> None:
        self.log.append({"method": method, "path": path, "status": status})

    async def __call__(self, request: Request) -> Response:
        token = self.backend.emulator.control.token
        if token is not None and not secrets.compare_digest(
            request.headers.get(TOKEN_HEADER, "").encode(), token.encode()
        ):
            return JSONResponse(
                {"error": f"the control API needs its token in the {TOKEN_HEADER} header"}, 401
            )
        path = request.url.path[len(PREFIX) :]
        raw = await request.body()
        try:
            body: Any = json.loads(raw) if raw else {}
            if (request.method, path) == ("PUT", "/faults"):
                self.faults = [_fault(f) for f in (body if isinstance(body, list) else [body])]
                return Response(status_code=204)
            if not isinstance(body, dict):
                raise ValueError("the body must be a JSON object")
            return self._route(request.method, path, body)
        except (KeyError, TypeError, ValueError, re.error) as exc:
            return JSONResponse({"error": f"bad control request: {exc}"}, 400)

    def _route(self, method: str, path: str, body: dict[str, Any]) -> Response:
        b = self.backend
        if (method, path) == ("POST", "/reset"):
            password = body.get("password")
            if password is not None and (not isinstance(password, str) or not password):
                raise ValueError("password must be a non-empty string")
            b.reset(password=password, timing=_timing(body, Timing()))
            self.faults.clear()
            self.log.clear()
            return Response(status_code=204)
        if (method, path) == ("GET", "/state"):
            b.tick()
            s = b.state
            return JSONResponse(
                {
                    "connections": sorted(c.name for c in s.connections.values()),
                    "partitions": {p.id: p.serials for p in s.partitions.values()},
                    "keys": {k.id: k.status for k in s.keys.values()},
                    "jobs": {j.id: j.overall_status for j in s.jobs.values()},
                    "refreshTokens": len(s.refresh_tokens),
                    "timing": {
                        "keyOperationDelay": s.timing.key_operation_delay,
                        "jobDuration": s.timing.job_duration,
                    },
                    "clockOffset": b.clock.offset,
                }
            )
        if (method, path) == ("PUT", "/timing"):
            b.state.timing = _timing(body, b.state.timing)
            return Response(status_code=204)
        if (method, path) == ("DELETE", "/faults"):
            self.faults.clear()
            return Response(status_code=204)
        if (method, path) == ("GET", "/requests"):
            return JSONResponse(list(self.log))
        if (method, path) == ("DELETE", "/requests"):
            self.log.clear()
            return Response(status_code=204)
        if (method, path) == ("POST", "/clock/advance"):
            b.clock.advance(_seconds(body["seconds"], "seconds"))
            return Response(status_code=204)
        return JSONResponse({"error": f"no control resource {method} {PREFIX}{path}"}, 404)
