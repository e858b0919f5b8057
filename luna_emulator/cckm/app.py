"""``create_cckm_app``: the emulated CipherTrust Manager as an ASGI application.

One pipeline for every request (no router in between)::

    /_emulator/cckm/... -> control.CckmControl
    anything else -> route (cckm.yaml) -> Bearer JWT (operations whose security names
        bearerJWT) -> tick (finish due key operations and jobs) -> query parameters
        -> JSON body (parsed, validated against the spec, mutually exclusive fields)
        -> the rules function -> a list becomes the envelope -> JSON answer
    a CckmError anywhere -> CipherTrust's error body with its status

Every state the rules change is the appliance's (partition objects) or CCKM's own
(``model.CckmState``); after each request the appliance's ``--state`` file is saved when
it changed, as the appliance API does.
"""

from __future__ import annotations

import asyncio
import json
import math
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from ..app import drop_connection
from ..http import Fault
from .backend import DEFAULT_CCKM_PASSWORD, CckmBackend
from .control import PREFIX, CckmControl
from .dispatch import Ctx, Listing
from .errors import (
    BadRequest,
    CckmError,
    InvalidParamValue,
    MethodNotAllowed,
    NotFound,
    Unauthorized,
)
from .listing import envelope
from .rules import wire
from .spec import CckmOperation

if TYPE_CHECKING:
    from ..app import Emulator

__all__ = ["CckmApp", "create_cckm_app", "faulted", "parse_json"]

# body fields whose values never appear in an error message
_SECRET_FIELDS = ("password", "refresh_token", "jwt")
MAX_BODY = 1 << 20


def faulted(
    fault: Fault, status: int, body: Any, media: str, headers: dict[str, str] | None = None
) -> tuple[int, Any, dict[str, str], str]:
    """The answer as an injected fault changes it (an error status without a body of its
    own gets CipherTrust's error body; ``dropHeaders`` removes the answer's own headers
    too)."""
    if fault.status:
        status = fault.status
        if fault.body is None and status >= 400:
            body = {"code": 15, "codeDesc": "NCERRBadRequest: injected fault", "requestID": ""}
    if fault.body is not None:
        body = fault.body
    dropped = {h.lower() for h in fault.drop_headers}
    merged = {**(headers or {}), **fault.headers}
    kept = {k: v for k, v in merged.items() if k.lower() not in dropped}
    return status, body, kept, fault.content_type or media


def _constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text[:20]} is out of range")
    return value


def _check_text(node: Any) -> None:
    """Refuse strings that cannot be answered back (lone surrogates are not UTF-8)."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            item.encode("utf-8")
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def parse_json(raw: bytes) -> Any:
    """A JSON body as the answers can carry it back: no NaN or Infinity, no number out of
    float range, no lone surrogate, nesting within the parser's limits."""
    try:
        body = json.loads(raw, parse_constant=_constant, parse_float=_finite)
        _check_text(body)
    except (ValueError, RecursionError, UnicodeError):
        raise BadRequest("the request body is not valid JSON") from None
    return body


def _validate(op: CckmOperation, body: Any) -> None:
    error = next(iter(op.body.iter_errors(body)), None)
    if error is not None:
        where = "/".join(str(p) for p in error.instance_path) or "body"
        if any(s in where for s in _SECRET_FIELDS):
            raise InvalidParamValue(f"{where}: invalid value")
        if "oneOf" in error.message:  # the message would repeat the whole body
            rule = f" ({op.body_description})" if op.body_description else ""
            raise InvalidParamValue(f"{where}: matches none of the allowed forms{rule}")
        kind = type(error.kind).__name__
        if kind != "Required" and isinstance(error.instance, str | dict | list):
            # the sender's text is not repeated (it may be a credential in the wrong place)
            rule = "/".join(str(p) for p in error.schema_path)
            raise InvalidParamValue(f"{where}: invalid value ({kind} rule {rule})")
        raise InvalidParamValue(f"{where}: {error.message[:300]}")
    given = [f for f in op.mutually_exclusive if isinstance(body, dict) and f in body]
    if len(given) > 1:
        raise InvalidParamValue(f"{' and '.join(given)} are mutually exclusive: give one")


class CckmApp:
    """The ASGI application; ``app.state.cckm`` is its ``CckmBackend``."""

    def __init__(self, emulator: Emulator, *, password: str = DEFAULT_CCKM_PASSWORD) -> None:
        self.emulator = emulator
        self.backend = CckmBackend(emulator, password=password)
        self.rules = wire(self.backend.spec)
        self.control = CckmControl(self.backend)
        self.state = SimpleNamespace(cckm=self.backend, emulator=emulator)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        if request.url.path.startswith(PREFIX + "/"):
            await (await self.control(request))(scope, receive, send)
            return
        headers: dict[str, str] = {}
        try:
            status, body = await self._handle(request)
        except CckmError as exc:
            status, body = exc.status, exc.body()
            headers.update(exc.headers)
        self.emulator.flush()  # the appliance's state file, when it changed
        path = request.scope.get("path", request.url.path)
        fault = self.control.fault_for(request.method, path)
        media = "application/json"
        if fault is not None:
            if fault.latency:
                await asyncio.sleep(fault.latency)
            if fault.drop and await drop_connection(receive):
                self.control.record(request.method, path, 0)
                return
            status, body, headers, media = faulted(fault, status, body, media, headers)
        self.control.record(request.method, path, status)
        if body is None:
            response = Response(status_code=status, headers=headers)
        else:
            content = json.dumps(body, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
            response = Response(content, status, headers=headers, media_type=media)
        await response(scope, receive, send)

    def _authenticate(self, request: Request) -> str:
        header = request.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        if not header:
            raise Unauthorized("Authorization header is missing: send Authorization: Bearer <jwt>")
        if scheme.lower() != "bearer" or not token.strip():
            raise Unauthorized("Authorization header is not a Bearer token")
        claims = self.backend.signer.check(token.strip(), self.backend.now())
        if claims.user not in self.backend.users:
            raise Unauthorized("the token's user does not exist")
        return claims.user

    async def _handle(self, request: Request) -> tuple[int, Any]:
        """(status, JSON body or None) of a request to the API."""
        b = self.backend
        path = request.scope.get("path", request.url.path)
        op, params, known = b.spec.match(request.method, path)
        if op is None:
            if known:
                allow = ", ".join(b.spec.allowed(path))
                raise MethodNotAllowed(
                    f"{request.method} is not allowed on {path}", headers={"Allow": allow}
                )
            raise NotFound("Resource not found")
        user = self._authenticate(request) if op.authenticated else ""
        b.tick()
        query: dict[str, Any] = {}
        for name, raw in request.query_params.items():
            param = op.query_params.get(name)
            if param is not None:
                query[name] = param.convert(raw)
        body: Any = None
        if op.body is not None:
            raw_body = await request.body()
            if len(raw_body) > MAX_BODY:
                raise BadRequest("the request body is too large")
            if not raw_body.strip():
                if op.body_required:
                    raise BadRequest("a JSON body is required")
            else:
                body = parse_json(raw_body)
                _validate(op, body)
        result = self.rules[op.operation_id](b, Ctx(op, params, query, body, user))
        if isinstance(result, Listing):
            return 200, envelope(result.resources, query, result.handled)
        return result.status, None if result.status == 204 else result.body


def create_cckm_app(emulator: Emulator, *, password: str = DEFAULT_CCKM_PASSWORD) -> CckmApp:
    """The CCKM API of ``emulator``'s appliance, for its admin user ``admin`` with
    ``password``. Serve it on its own port (``luna-emulator --cckm-port``,
    ``serve_in_thread(cckm=True)``); both apps share the appliance's state and clock."""
    return CckmApp(emulator, password=password)
