"""At most one failed HSM SO login per run, whatever the workflows do.

Each failed SO login costs one of the HSM's ``soLoginsLeft``; when none is left the HSM
zeroizes itself and its keys are gone. ``luna_ext.workflows.so_login`` refuses to log in
when one attempt is left, but a wrong password given to the suite would still be tried by
every workflow that needs the SO, each costing an attempt. The guard watches the SO logins
the run's sessions send (an httpx request and response hook): after the first one that
fails, any further SO login is refused before it is sent, with one clear message."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

import httpx

__all__ = ["SO_GUARD", "SoLoginGuard", "SoLoginRefused"]

_SO_LOGIN = re.compile(r"^/api/lunasa/hsms/[^/]+/login$")


class SoLoginRefused(RuntimeError):
    """An SO login the guard did not send (an earlier one failed in this run)."""


def _is_so_login(request: httpx.Request) -> bool:
    if request.method != "POST" or not _SO_LOGIN.match(request.url.path):
        return False
    try:
        body = json.loads(request.content or b"{}")
    except (ValueError, httpx.RequestNotRead):
        return True  # unreadable: treat it as one
    return not isinstance(body, dict) or body.get("role", "so") == "so"


@dataclass
class SoLoginGuard:
    failed: list[str] = field(default_factory=list)  # "STATUS ID" of the failed SO login

    def before(self, request: httpx.Request) -> None:
        if self.failed and _is_so_login(request):
            raise SoLoginRefused(
                f"not sent: an HSM SO login already failed in this run ({self.failed[0]}); "
                "each failed SO login costs one of soLoginsLeft and the HSM zeroizes itself "
                "when none is left. Check --luna-so-password."
            )

    def after(self, response: httpx.Response) -> None:
        if response.is_success or not _is_so_login(response.request):
            return
        try:
            error = response.read() and response.json().get("id", "")
        except ValueError:
            error = ""
        self.failed.append(f"{response.status_code} {error}".strip())

    def watch(self, client: httpx.Client) -> None:
        client.event_hooks.setdefault("request", []).append(self.before)
        client.event_hooks.setdefault("response", []).append(self.after)


SO_GUARD = SoLoginGuard()
"""The run's guard (one per process: a pytest-xdist worker has its own)."""
