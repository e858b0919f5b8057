"""``create_app``: the emulator as an ASGI application."""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import Mapping
from types import SimpleNamespace
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from . import handlers
from .backend import Backend
from .blocklist import configure as configure_blocklist
from .clock import Clock
from .control import PREFIX, Control
from .dispatch import wire
from .http import DropConnection, HttpLayer
from .http.layer import REQUEST_LOG_SIZE
from .persistence import StateStore
from .spec_index import SpecIndex

__all__ = ["Emulator", "EmulatorApp", "create_app"]

DROP_TIMEOUT = 5.0


class Emulator:
    """The pieces of one emulated appliance, for tests that want to reach inside.

    With ``state_file`` the appliance state is loaded from it (a missing file is a fresh
    appliance, written at once; an unusable one raises ``persistence.StateFileError``)
    and saved to it after every request that changed it (``persistence.py``; a GET may
    too: the NTLS certificate is made on first use).

    ``control_token``: the token the control API asks for (None: none); ``blocklist``: the
    block-list seed of a fresh appliance and of every control reset without one (None:
    the guide's default, severity 50)."""

    def __init__(
        self,
        *,
        validate_responses: bool = False,
        index: SpecIndex | None = None,
        state_file: str | os.PathLike[str] | None = None,
        control_token: str | None = None,
        blocklist: Mapping[str, Any] | None = None,
        request_log_size: int = REQUEST_LOG_SIZE,
    ) -> None:
        self.index = index or SpecIndex.shared()
        # the rules of every family, wired explicitly (an id the spec lacks fails here)
        self.backend = Backend(self.index, Clock(), wire(self.index, handlers.RULES))
        if blocklist is not None:
            configure_blocklist(self.backend.state.blocklist, dict(blocklist))
        self.http = HttpLayer(
            self.backend,
            self.index,
            validate_responses=validate_responses,
            request_log_size=request_log_size,
        )
        self.control = Control(
            self.backend, self.http, save=self.flush, token=control_token, blocklist=blocklist
        )
        self.store: StateStore | None = None
        if state_file is not None:
            self.store = StateStore(state_file)
            self.store.attach(self.backend)

    async def dispatch(self, request: Request) -> Response:
        if _url_path(request).startswith(PREFIX + "/"):
            response = await self.control(request)
        else:
            response = await self.http(request)
        if self.store is not None:
            # after every request, read-only ones too (rules may make state on first use,
            # like the NTLS certificate); the store skips the write when nothing changed
            self.store.save(self.backend)
        return response

    def flush(self) -> bool:
        """Save the state if it changed (e.g. at shutdown); True if it was written."""
        return self.store.save(self.backend) if self.store is not None else False


def _url_path(request: Request) -> str:
    """What ``request.url.path`` starts with, without building the URL: for a path that
    starts with ``/`` and holds no tab, CR or LF (which URL parsing drops), the scope's
    path (the URL's differs only past a ``?``, ``#`` or ``\\``, percent-encoded there)."""
    path = request.scope.get("path")
    if (
        isinstance(path, str)
        and path.startswith("/")
        and "\t" not in path
        and "\r" not in path
        and "\n" not in path
    ):
        return path
    return request.url.path


class EmulatorApp:
    """The ASGI application: every path goes to the emulator (no router in between, so
    any path the appliance would see, however odd, gets the appliance's answer)."""

    def __init__(self, emulator: Emulator) -> None:
        self.state = SimpleNamespace(emulator=emulator)
        self.emulator = emulator

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    self.emulator.flush()
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        try:
            response = await self.emulator.dispatch(Request(scope, receive))
        except DropConnection:
            if await drop_connection(receive):
                return
            raise  # no connection to drop (in process): the caller sees the exception
        await response(scope, receive, send)


async def drop_connection(receive: Receive) -> bool:
    """Close the client's connection without a byte of answer (fault injection, block
    list); False when the server gives no way to.

    ASGI has no message for this, and an application that raises or returns before
    answering gets a 500 from uvicorn. But uvicorn's HTTP/1.1 protocols (h11, httptools,
    zttp) call the application with the bound ``receive`` of their request cycle, whose
    ``transport`` is the client connection: aborting it drops the connection (the client
    sees it closed or reset: ``httpx.RemoteProtocolError`` or ``ReadError``). Once the
    server has noticed (``receive`` answers ``http.disconnect``), returning sends
    nothing: uvicorn only answers 500 while it thinks the client is still there."""
    transport = getattr(getattr(receive, "__self__", None), "transport", None)
    if not isinstance(transport, asyncio.WriteTransport):
        return False
    transport.abort()
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(DROP_TIMEOUT):
            while (await receive())["type"] != "http.disconnect":
                pass
    return True


def create_app(
    *,
    validate_responses: bool = False,
    index: SpecIndex | None = None,
    state_file: str | os.PathLike[str] | None = None,
    control_token: str | None = None,
    blocklist: Mapping[str, Any] | None = None,
    request_log_size: int = REQUEST_LOG_SIZE,
) -> EmulatorApp:
    """A fresh emulated appliance, or the one saved in ``state_file`` (kept up to date
    there). ``app.state.emulator`` gives access to its parts. ``control_token``: the token
    the control API asks for (None: none, as in-process tests use it); ``blocklist``: the
    block list of a fresh appliance and of each control reset without one (None: the
    guide's default, on at severity 50); ``request_log_size``: how many requests the
    control API's request log keeps (the latest)."""
    return EmulatorApp(
        Emulator(
            validate_responses=validate_responses,
            index=index,
            state_file=state_file,
            control_token=control_token,
            blocklist=blocklist,
            request_log_size=request_log_size,
        )
    )
