"""``create_app``: the emulator as an ASGI application."""

from __future__ import annotations

from types import SimpleNamespace

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from .backend import Backend
from .clock import Clock
from .control import PREFIX, Control
from .http import HttpLayer
from .spec_index import SpecIndex

__all__ = ["Emulator", "EmulatorApp", "create_app"]


class Emulator:
    """The pieces of one emulated appliance, for tests that want to reach inside."""

    def __init__(self, *, validate_responses: bool = False, index: SpecIndex | None = None) -> None:
        self.index = index or SpecIndex()
        self.backend = Backend(self.index, Clock())
        self.http = HttpLayer(self.backend, self.index, validate_responses=validate_responses)
        self.control = Control(self.backend, self.http)

    async def dispatch(self, request: Request) -> Response:
        if request.url.path.startswith(PREFIX + "/"):
            return await self.control(request)
        return await self.http(request)


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
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        response = await self.emulator.dispatch(Request(scope, receive))
        await response(scope, receive, send)


def create_app(*, validate_responses: bool = False, index: SpecIndex | None = None) -> EmulatorApp:
    """A fresh emulated appliance. ``app.state.emulator`` gives access to its parts."""
    return EmulatorApp(Emulator(validate_responses=validate_responses, index=index))
