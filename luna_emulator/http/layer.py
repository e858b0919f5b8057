"""``HttpLayer``: the request pipeline, one small step per module of this package."""

from __future__ import annotations

import asyncio
import time
from collections import deque
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from .. import blocklist
from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply
from ..spec_index import Operation, SpecIndex
from .auth import authenticate
from .body import read_body
from .faults import DropConnection, Fault, apply_fault
from .limits import Head, check_request_head
from .media import check_version
from .paging import page
from .serialize import serialize
from .validation import ResponseValidator

__all__ = ["REQUEST_LOG_SIZE", "HttpLayer"]

# the request log (control API GET /_emulator/requests) keeps the latest entries only
# (about 0.4 KB each); create_app(request_log_size=N) chooses another bound
REQUEST_LOG_SIZE = 10_000


class HttpLayer:
    """block list -> limits -> route -> faults -> version -> authentication -> access ->
    parameters -> body -> ``Backend.handle`` -> paging -> error body -> request log ->
    validation -> serialization.
    """

    def __init__(
        self,
        backend: Backend,
        index: SpecIndex,
        *,
        validate_responses: bool = False,
        request_log_size: int = REQUEST_LOG_SIZE,
    ) -> None:
        self.backend = backend
        self.index = index
        self.validate_responses = validate_responses
        self.faults: list[Fault] = []
        self.log: deque[dict[str, Any]] = deque(maxlen=request_log_size)
        self._validator = ResponseValidator(index)

    async def __call__(self, request: Request) -> Response:
        scope = request.scope
        # a blocked client IP gets no answer (the check is skipped while the list is off,
        # and while it counts no client: a client it does not hold is not blocked)
        bl = self.backend.state.blocklist
        if bl.max_infractions > 0 and bl.clients and blocklist.blocked(self.backend, request):
            raise DropConnection("the client is on the block list")
        # the path as the client sent it (percent-decoded): Starlette's request.url drops
        # tab, CR and LF (URL parsing rules), which would turn /users/vic%09tim into
        # /users/victim; kept, they can only fail to match, never address another resource
        method, path = request.method, str(scope.get("path") or request.url.path)
        op, raw_params, known = self.index.match(method, path)
        fault = await self._fault(method, path) if self.faults else None
        rules_status = 0
        try:
            head = Head.of(scope)  # the headers, read once for every step below
            check_request_head(request, head)
            if op is None:
                if known:
                    raise E.MethodNotAllowed(f"{method} is not supported on {path}")
                raise E.NotFound(f"{path} is not a resource of this appliance")
            reply = await self._run(request, op, raw_params, path, head)
            rules_status = reply.status
        except E.LunaError as exc:
            blocklist.record(self.backend, request, exc)  # block list infractions
            rules_status = exc.status_code
            reply = self._error(exc, op, path, known)
        if fault is not None and fault.changes_answer:
            reply = apply_fault(reply, fault)
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
            self._validator.check(op, reply, rules_status)
        return serialize(reply, fault.content_type if fault is not None else "")

    async def _fault(self, method: str, path: str) -> Fault | None:
        fault = next((f for f in self.faults if f.matches(method, path)), None)
        if fault is not None:
            if fault.count > 0:
                fault.count -= 1
            if fault.latency:
                await asyncio.sleep(fault.latency)
            if fault.drop:
                raise DropConnection(path)
        return fault

    def _error(self, exc: E.LunaError, op: Operation | None, path: str, known: bool) -> Reply:
        """The appliance's error body; a resource answers 400 for failures it documents
        no other status for (validation still sees the status raised)."""
        if op is not None and str(exc.status_code) not in op.statuses and exc.status_code < 500:
            exc.status_code = 400
        reply = Reply(exc.status_code, exc.body())
        if op is None and known:
            reply.headers["Allow"] = ", ".join(self.index.methods_at(path))
        return reply

    async def _run(
        self, request: Request, op: Operation, raw_params: dict[str, str], path: str, head: Head
    ) -> Reply:
        check_version(self.index, head)
        session, user = authenticate(self.backend, request, op, head)
        # who may ask comes before what is asked: no body is read for a caller without access
        self.backend.authorize(Ctx(op, path, {}, {}, None, "", session, user))
        params = {name: op.path_params[name].convert(value) for name, value in raw_params.items()}
        query: dict[str, Any] = {}
        for name, param in op.query_params.items():
            if name in request.query_params:
                query[name] = param.convert(request.query_params[name])
            elif param.required:
                raise E.BadRequest(f"query parameter {name!r} is required")
        max_file_size = int(self.backend.state.appliance.webserver.get("maxFileSize", 1 << 30))
        body, media = await read_body(request, op, self.index, max_file_size, head)
        ctx = Ctx(op, path, params, query, body, media, session, user)
        reply = self.backend.handle(ctx)
        if op.method == "GET" and reply.status == 200 and isinstance(reply.body, dict):
            page(path, query, reply)
        return reply
