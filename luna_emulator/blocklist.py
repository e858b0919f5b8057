"""The web server's block list (guide ch. 6): infractions per client IP, timeouts, blocking.

Each client IP has a budget of ``maxInfractionCount`` infractions and a timeout that
starts at ``timeoutStart``. An infraction worth *n* (a bad login credential 2, a bad
request payload 1) takes *n* from the budget, multiplies the timeout by
``timeoutMultiplier`` *n* times and restarts the timer. Each time the timer runs out the
budget gets one back; when it is full again the timeout returns to ``timeoutStart``.
With the budget at 0 the client is blocked; its requests are not answered and commit no
further infractions. The guide's worked example (5, 1, 2): a bad login leaves 3 with a
4 s timeout; five bad requests block for 32 s; one more after that blocks for 64 s.

Emulator choices (documented, not the appliance's published values):

* ``severity`` s in 1..100 sets ``maxInfractionCount = round(15 - s/10)``,
  ``timeoutStart = max(1, round(s/50))`` and ``timeoutMultiplier = 1 + s/50``: the
  default 50 gives (10, 1, 2.0), 100 gives (5, 2, 3.0). Severity 0 turns the list off;
  so does ``maxInfractionCount: 0``.
* A fresh appliance has the guide's default, severity 50 (``model.Blocklist``), as have
  ``create_app()`` and ``luna-emulator`` (``--blocklist-severity`` changes it). Test
  harnesses, which send bad input on purpose, choose at start (``serve_in_thread``'s
  ``blocklist``: off unless given) and at each reset (the control API's reset seeds a
  ``blocklist``, or goes back to the setting the emulator started with).
* A blocked client's connection is closed without an answer (``DropConnection``), the
  appliance blocks "at the TCP socket level".
* Only IP peers are tracked: a peer without an IP address (the in-process test client
  reports the name ``testclient``) is never counted nor blocked.
* Changing the configuration forgets every client's counter. Timeouts are capped at one
  day. Blocking and unblocking are written to the ``lunalog`` log.
"""

from __future__ import annotations

import ipaddress
import time
from typing import TYPE_CHECKING, Any

from . import errors as E
from .model import BlockCounter, Blocklist

if TYPE_CHECKING:
    from starlette.requests import Request

    from .backend import Backend

__all__ = [
    "BAD_LOGIN",
    "BAD_PAYLOAD",
    "REQUEST_TIMEOUT",
    "blocked",
    "configure",
    "describe",
    "infraction",
    "record",
    "severity_attributes",
]

BAD_LOGIN = 2
BAD_PAYLOAD = 1
REQUEST_TIMEOUT = 5
MAX_TIMEOUT = 86400.0
LIMITS = {"maxInfractionCount": 1000, "timeoutStart": 86400, "timeoutMultiplier": 100}
ATTRIBUTES = ("maxInfractionCount", "timeoutStart", "timeoutMultiplier")


def severity_attributes(severity: int) -> tuple[int, int, float]:
    """(maxInfractionCount, timeoutStart, timeoutMultiplier) for a severity in 1..100."""
    return round(15 - severity / 10), max(1, round(severity / 50)), 1 + severity / 50


def describe(bl: Blocklist) -> dict[str, Any]:
    return {
        "maxInfractionCount": bl.max_infractions,
        "timeoutStart": bl.timeout_start,
        "timeoutMultiplier": bl.timeout_multiplier,
        "actions": "/api/lunasa/webServer/actions",
    }


def configure(bl: Blocklist, body: dict[str, Any], *, replace: bool = True) -> None:
    """Apply a PUT (``replace``) or PATCH body: ``severity`` alone, or the attributes."""
    if not isinstance(body, dict):
        raise E.BadRequest("the block list settings are a JSON object")
    given = [a for a in ATTRIBUTES if a in body]
    if "severity" in body:
        if given:
            raise E.BadRequest("give either 'severity' or the attributes, not both")
        severity = body["severity"]
        if isinstance(severity, bool) or not isinstance(severity, int) or not 0 <= severity <= 100:
            raise E.BadRequest("'severity' is a percentage from 0 (off) to 100")
        _set(bl, severity, *(severity_attributes(severity) if severity else (0, 0, 0.0)))
        return
    if not given:
        raise E.BadRequest("give 'severity' or maxInfractionCount, timeoutStart, timeoutMultiplier")
    if replace and len(given) < len(ATTRIBUTES):
        missing = ", ".join(a for a in ATTRIBUTES if a not in body)
        raise E.BadRequest(f"replacing the block list needs every attribute; missing {missing}")
    current = {
        "maxInfractionCount": bl.max_infractions,
        "timeoutStart": bl.timeout_start,
        "timeoutMultiplier": bl.timeout_multiplier,
    }
    merged = {**current, **{a: body[a] for a in given}}
    count, start, factor = (_checked(a, merged[a]) for a in ATTRIBUTES)
    if count == 0:
        _set(bl, 0, 0, 0, 0.0)
        return
    if start < 1 or factor < 1:
        raise E.BadRequest("timeoutStart must be at least 1 s and timeoutMultiplier at least 1")
    _set(bl, -1, int(count), int(start), float(factor))


def _checked(name: str, value: Any) -> float:
    ok = isinstance(value, int | float) and not isinstance(value, bool)
    if name != "timeoutMultiplier":
        ok = ok and isinstance(value, int)
    if not ok or not 0 <= value <= LIMITS[name]:
        raise E.BadRequest(f"{name!r} must be a number from 0 to {LIMITS[name]}")
    return float(value)


def _set(bl: Blocklist, severity: int, count: int, start: int, factor: float) -> None:
    bl.severity, bl.max_infractions = severity, count
    bl.timeout_start, bl.timeout_multiplier = start, factor
    bl.clients.clear()


def _peer(request: Request) -> str:
    """The client's IP address, or "" when the peer has none."""
    host = request.client.host if request.client else ""
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        return ""


def _settle(bl: Blocklist, ip: str, now: float) -> BlockCounter | None:
    """The client's counter after the timeouts that ran out; None when it is clean."""
    c = bl.clients.get(ip)
    if c is None:
        return None
    while c.budget < bl.max_infractions and now >= c.deadline:
        c.budget += 1
        c.deadline += c.timeout
    if c.budget >= bl.max_infractions:
        del bl.clients[ip]  # fully recovered: the timeout is back at timeoutStart
        return None
    return c


def _log(b: Backend, message: str) -> None:
    stamp = time.strftime("%b %d %H:%M:%S", time.gmtime(b.clock.now()))
    host = b.state.appliance.hostname
    b.state.appliance.logs.setdefault("lunalog", []).append(f"{stamp} {host} webserver: {message}")


def blocked(b: Backend, request: Request) -> bool:
    """Whether the request's client is on the block list now (HTTP layer hook)."""
    bl = b.state.blocklist
    ip = _peer(request)
    if bl.max_infractions <= 0 or not ip:
        return False
    before = bl.clients.get(ip)
    was_blocked = before is not None and before.budget <= 0
    c = _settle(bl, ip, b.clock.now())
    if was_blocked and (c is None or c.budget > 0):
        _log(b, f"client {ip} is no longer blocklisted")
    return c is not None and c.budget <= 0


def infraction(b: Backend, ip: str, count: int) -> None:
    """Charge ``count`` infractions to the client ``ip``."""
    bl = b.state.blocklist
    if bl.max_infractions <= 0 or not ip or count <= 0:
        return
    now = b.clock.now()
    c = _settle(bl, ip, now) or BlockCounter(bl.max_infractions, float(bl.timeout_start), now)
    bl.clients[ip] = c
    c.budget = max(0, c.budget - count)
    for _ in range(count):
        c.timeout = min(MAX_TIMEOUT, c.timeout * bl.timeout_multiplier)
    c.deadline = now + c.timeout
    if c.budget == 0:
        _log(b, f"client {ip} blocklisted for {c.timeout:g} s")


def record(b: Backend, request: Request, exc: E.LunaError) -> None:
    """Count the infraction an error answer stands for (HTTP layer hook): a bad login
    credential is worth 2, a request timeout 5, a bad request payload 1."""
    if isinstance(exc, E.AuthenticationFailed):
        infraction(b, _peer(request), BAD_LOGIN)
    elif isinstance(exc, E.RequestTimeout):
        infraction(b, _peer(request), REQUEST_TIMEOUT)
    elif exc.error_id == E.BadRequest.error_id:
        infraction(b, _peer(request), BAD_PAYLOAD)
