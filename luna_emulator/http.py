"""The HTTP layer: parse and validate a request against the spec, call the backend,
serialize the answer the way the appliance does."""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import re
import tempfile
import time
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import FileResponse, Response

import luna_spec

from . import blocklist
from . import errors as E
from .backend import Backend, Ctx, Reply
from .model import Session, User
from .multipart import parse_multipart
from .spec_index import Operation, SpecIndex

__all__ = ["Fault", "HttpLayer"]

MAX_JSON_BODY = 1 << 20
MAX_BUFFERED_BODY = 64 << 20
# uploads of operations with x-luna-streamed go to disk (any size, bounded memory); every
# other body is read into memory up to MAX_BUFFERED_BODY
_VENDOR = re.compile(
    r"^application/vnd\.safenetinc\.lunasa\+([a-z-]+)\s*(?:;\s*version=([^;,\s]*))?"
)
RESPONSE_TYPE = luna_spec.VENDOR_JSON
CORS = {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Credentials": "true"}
_JSON = json.JSONEncoder(separators=(",", ":"))  # json.dumps(..., separators=...), built once


@dataclass
class Fault:
    """An injected fault for requests whose path matches ``pattern``."""

    pattern: str
    method: str = ""
    status: int = 0
    latency: float = 0.0
    drop: bool = False
    count: int = -1  # how many requests it applies to; -1 = until removed
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = ""
    drop_headers: tuple[str, ...] = ()  # answer without these headers (e.g. Location)

    def matches(self, method: str, path: str) -> bool:
        return (
            self.count != 0
            and (not self.method or self.method == method)
            and re.search(self.pattern, path) is not None
        )


class DropConnection(Exception):
    """Close the connection without an answer (fault injection)."""


class HttpLayer:
    def __init__(
        self, backend: Backend, index: SpecIndex, *, validate_responses: bool = False
    ) -> None:
        self.backend = backend
        self.index = index
        self.validate_responses = validate_responses
        self.faults: list[Fault] = []
        self.log: list[dict[str, Any]] = []
        self._response_validators: dict[tuple[str, str], Any] = {}

    # -- entry ---------------------------------------------------------------
    async def __call__(self, request: Request) -> Response:
        # -- block list (blocklist.py): a blocked client IP gets no answer -------------
        # (blocked() is False while the list is off: skip its per-request peer parsing)
        if self.backend.state.blocklist.max_infractions > 0 and blocklist.blocked(
            self.backend, request
        ):
            raise DropConnection("the client is on the block list")
        # ----------------------------------------------------------------------------
        method, path = request.method, request.url.path
        op, raw_params, known = self.index.match(method, path)
        fault = (
            next((f for f in self.faults if f.matches(method, path)), None) if self.faults else None
        )
        if fault is not None:
            if fault.count > 0:
                fault.count -= 1
            if fault.latency:
                await asyncio.sleep(fault.latency)
            if fault.drop:
                raise DropConnection(path)
        try:
            if op is None:
                if known:
                    raise E.MethodNotAllowed(f"{method} is not supported on {path}")
                raise E.NotFound(f"{path} is not a resource of this appliance")
            reply = await self._run(request, op, raw_params)
        except E.LunaError as exc:
            blocklist.record(self.backend, request, exc)  # block list infractions
            reply = Reply(exc.status_code, exc.body())
            if op is not None and str(exc.status_code) not in op.statuses and exc.status_code < 500:
                # A resource answers 400 for failures it documents no other status for.
                exc.status_code = 400
                reply = Reply(400, exc.body())
            elif op is None and known:
                reply.headers["Allow"] = ", ".join(self.index.methods_at(path))
        if fault is not None and (
            fault.status
            or fault.body is not None
            or fault.headers
            or fault.content_type
            or fault.drop_headers
        ):
            reply = self._apply_fault(reply, fault)
        self.log.append(
            {
                "method": method,
                "path": path,
                "status": reply.status,
                "operationId": op.operation_id if op else None,
                "time": time.time(),
            }
        )
        if self.validate_responses and op is not None and fault is None:
            self._check_response(op, reply)
        return self._serialize(reply, fault)

    def _apply_fault(self, reply: Reply, fault: Fault) -> Reply:
        status = fault.status or reply.status
        body = fault.body if fault.body is not None else reply.body
        if fault.status >= 400 and fault.body is None:
            body = {
                "details": "injected fault",
                "id": "EMULATOR_INJECTED_FAULT",
                "message": "Injected fault",
                "returnCode": status,
                "status": "ERROR",
                "type": "SERVER",
            }
        headers = {
            k: v
            for k, v in {**reply.headers, **fault.headers}.items()
            if k.lower() not in {h.lower() for h in fault.drop_headers}
        }
        return Reply(status, body, headers, reply.raw)

    def _serialize(self, reply: Reply, fault: Fault | None) -> Response:
        headers = {**CORS, **reply.headers}
        if reply.file is not None:
            return FileResponse(
                reply.file, reply.status, headers, media_type=luna_spec.VENDOR_OCTET_STREAM
            )
        if reply.raw is not None:
            return Response(
                reply.raw, reply.status, headers, media_type=luna_spec.VENDOR_OCTET_STREAM
            )
        media = fault.content_type if fault is not None and fault.content_type else RESPONSE_TYPE
        if (reply.body is None and reply.status in (204, 304)) or reply.status < 200:
            return Response(b"", reply.status, headers)
        payload = _JSON.encode(reply.body if reply.body is not None else {})
        return Response(payload.encode(), reply.status, headers, media_type=media)

    # -- request -------------------------------------------------------------
    async def _run(self, request: Request, op: Operation, raw_params: dict[str, str]) -> Reply:
        version = self._version(request)
        session, user = self._authenticate(request, op)
        params = {name: op.path_params[name].convert(value) for name, value in raw_params.items()}
        query: dict[str, Any] = {}
        for name, param in op.query_params.items():
            if name in request.query_params:
                query[name] = param.convert(request.query_params[name])
            elif param.required:
                raise E.BadRequest(f"query parameter {name!r} is required")
        body, media = await self._body(request, op)
        del version
        ctx = Ctx(op, request.url.path, params, query, body, media, session, user)
        reply = self.backend.handle(ctx)
        if op.method == "GET" and reply.status == 200 and isinstance(reply.body, dict):
            self._page(request, query, reply)
        return reply

    def _version(self, request: Request) -> str:
        header = request.headers.get("content-type") or request.headers.get("accept") or ""
        m = _VENDOR.match(header.strip())
        if not m:
            return ""
        version = m.group(2) or ""
        supported = self.index.api_versions
        if version not in supported:
            raise E.BadRequest(
                f"resource version {version!r} is not supported "
                f"(supported: {', '.join(v for v in supported if v)})"
            )
        return version

    def _authenticate(self, request: Request, op: Operation) -> tuple[Session, User]:
        anonymous = User("", "", "")
        if not op.authenticated:
            return Session("anonymous", "", False, 0.0), anonymous
        b = self.backend
        cookie = request.cookies.get("SESSIONID")
        auth = request.headers.get("authorization", "")
        if cookie and op.operation_id != "createSession":
            try:
                session = b.private_session(cookie)
                return session, b.state.users[session.user]
            except E.LunaError:
                if not auth:
                    raise
        if auth[:6].lower() == "basic ":
            try:
                name, _, password = (
                    base64.b64decode(auth[6:].strip(), validate=True).decode().partition(":")
                )
            except (binascii.Error, UnicodeDecodeError):
                raise E.AuthenticationFailed("malformed Basic credentials") from None
            user = b.authenticate_basic(name, password)
            return b.user_session(user), user
        raise E.NoSessionCookie("no credentials: use Basic auth or a session cookie")

    async def _spool(self, request: Request) -> Any:
        """The request body in a spooled temporary file (memory bounded, any size)."""
        spooled = tempfile.SpooledTemporaryFile(max_size=1 << 20)  # noqa: SIM115 (handed on)
        async for chunk in request.stream():
            spooled.write(chunk)
        spooled.seek(0)
        return spooled

    async def _read(self, request: Request, limit: int) -> bytes:
        body = bytearray()
        async for chunk in request.stream():
            body.extend(chunk)
            if len(body) > limit:
                raise E.FileUploadLimitExceed(f"the body is larger than {limit} bytes")
        return bytes(body)

    async def _body(self, request: Request, op: Operation) -> tuple[Any, str]:
        if op.method not in ("POST", "PUT", "PATCH"):
            return None, ""
        ctype = request.headers.get("content-type", "")
        m = _VENDOR.match(ctype.strip())
        if m and op.streamed and f"application/vnd.safenetinc.lunasa+{m.group(1)}" in op.bodies:
            media = f"application/vnd.safenetinc.lunasa+{m.group(1)}"
            spooled = await self._spool(request)
            if m.group(1) == "multipart":
                return parse_multipart(ctype, spooled, spool=True), media
            return spooled, media
        raw = await self._read(request, MAX_BUFFERED_BODY)
        if not raw and not op.body_required:
            return None, ""
        m = _VENDOR.match(ctype.strip())
        if not m:
            raise E.BadRequest(
                "Content-Type must be application/vnd.safenetinc.lunasa+"
                f"(json|octet-stream|multipart);version=N, not {ctype!r}"
            )
        media = f"application/vnd.safenetinc.lunasa+{m.group(1)}"
        if media not in op.bodies:
            raise E.BadRequest(
                f"{op.method} {op.path} does not accept {media} "
                f"(it accepts {', '.join(sorted(op.bodies)) or 'no body'})"
            )
        if m.group(1) == "multipart":
            return parse_multipart(ctype, raw), media
        if m.group(1) != "json":
            return raw, media
        if len(raw) > MAX_JSON_BODY:
            raise E.BadRequest(f"the JSON body is larger than {MAX_JSON_BODY} bytes")
        try:
            body = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise E.BadRequest("the body is not valid UTF-8") from None
        except json.JSONDecodeError as exc:
            raise E.BadRequest(f"malformed JSON: {exc.msg} at position {exc.pos}") from None
        validator = op.bodies[media]
        if validator is not None:
            error = next(iter(validator.iter_errors(body)), None)
            if error is not None:
                where = "/".join(str(p) for p in error.instance_path) or "body"
                raise E.BadRequest(f"{where}: {error.message}")
        return body, media

    def _page(self, request: Request, query: dict[str, Any], reply: Reply) -> None:
        if "limit" not in query and "offset" not in query:
            return
        body = reply.body
        key = next((k for k, v in body.items() if isinstance(v, list)), None)
        if key is None:
            return
        items = body[key]
        offset = query.get("offset", 0)
        limit = query.get("limit")
        end = len(items) if limit is None else offset + limit
        body[key] = items[offset:end]
        if limit is not None and end < len(items):
            reply.headers["Link"] = f'<{request.url.path}?limit={limit}&offset={end}>; rel="next"'

    # -- response validation (tests switch it on) ------------------------------
    def _check_response(self, op: Operation, reply: Reply) -> None:
        status = str(reply.status)
        if status not in op.statuses:
            raise AssertionError(
                f"{op.method} {op.path} answered undocumented {status}: {reply.body}"
            )
        if reply.raw is not None or reply.file is not None or reply.body is None:
            return
        error_id = reply.body.get("id") if isinstance(reply.body, dict) else None
        if reply.status >= 400 and isinstance(error_id, str):
            cls = E.ERRORS.get(error_id)
            if cls is None or (
                cls.documented and error_id not in op.errors and error_id not in E.ANY_OPERATION
            ):
                raise AssertionError(
                    f"{op.operation_id} answered {error_id}, which the spec does not declare "
                    "for it (x-luna-errors) and the catalog does not mark as the emulator's own"
                )
        key = (op.operation_id, status)
        if key not in self._response_validators:
            resp = op.raw["responses"][status]
            spec = self.index.spec
            while "$ref" in resp:
                resp = spec["components"]["responses"][resp["$ref"].rsplit("/", 1)[1]]
            schema = resp.get("content", {}).get(luna_spec.VENDOR_JSON, {}).get("schema")
            self._response_validators[key] = self.index._validator(schema) if schema else None
        validator = self._response_validators[key]
        if validator is not None:
            error = next(iter(validator.iter_errors(reply.body)), None)
            if error is not None:
                raise AssertionError(
                    f"{op.method} {op.path} {status} body violates the spec: "
                    f"{error.message} at {list(error.instance_path)}"
                )
