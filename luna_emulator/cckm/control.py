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

The appliance is not reset here (its own control API, ``/_emulator/reset`` on its port).
When the emulator has a control token (``luna-emulator`` makes one;
``create_app(control_token=...)``), these requests need it too, in the same header.
"""

from __future__ import annotations

import json
import secrets
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..control import TOKEN_HEADER
from .backend import CckmBackend
from .model import Timing

__all__ = ["PREFIX", "CckmControl"]

PREFIX = "/_emulator/cckm"


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


class CckmControl:
    def __init__(self, backend: CckmBackend) -> None:
        self.backend = backend

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
            if not isinstance(body, dict):
                raise ValueError("the body must be a JSON object")
            return self._route(request.method, path, body)
        except (KeyError, TypeError, ValueError) as exc:
            return JSONResponse({"error": f"bad control request: {exc}"}, 400)

    def _route(self, method: str, path: str, body: dict[str, Any]) -> Response:
        b = self.backend
        if (method, path) == ("POST", "/reset"):
            password = body.get("password")
            if password is not None and (not isinstance(password, str) or not password):
                raise ValueError("password must be a non-empty string")
            b.reset(password=password, timing=_timing(body, Timing()))
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
        if (method, path) == ("POST", "/clock/advance"):
            b.clock.advance(_seconds(body["seconds"], "seconds"))
            return Response(status_code=204)
        return JSONResponse({"error": f"no control resource {method} {PREFIX}{path}"}, 404)
