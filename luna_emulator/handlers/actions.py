"""Action lists and the appliance actions.

An ``.../actions`` list answers the action ids the spec declares (``x-luna-actions``) on
the ``POST .../actions/{actionid}`` operation beside it, each with the URL to post to:
the ids are read from the spec, never typed again here. A list with no action operation
beside it (the web server's, the login configuration's) is empty.

The appliance actions (``POST /api/lunasa/actions/{actionid}``; critical, so the
dispatch refuses one while another runs):

* ``reboot``: every session ends (and with it every HSM and partition login), and each
  service comes back running exactly when it starts on boot;
* ``powerOff``: every session ends and every service stops. The emulator itself keeps
  answering (a real appliance goes dark until powered on again); a control API reset
  stands for powering it on;
* ``regenerateCertificate``: a new self-signed certificate for the web server's key, for
  ``address`` (default the hostname), valid from ``startDate`` (default now) for ``days``
  (default 365); with ``forceSoLogin`` on it needs the HSM SO.
"""

from __future__ import annotations

import re

from cryptography.hazmat.primitives.asymmetric import rsa

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from .common import find_hsm, require_so, server_login_key
from .services import certificate_pem, self_signed, subject, write_log

RULES: Rules[Backend] = Rules()

__all__ = ["RULES", "action_list", "concrete_path", "declared_actions"]

_PARAM = re.compile(r"\{([a-zA-Z0-9_]+)\}")


def concrete_path(ctx: Ctx) -> str:
    """The operation's path template with this request's path parameters filled in."""
    return _PARAM.sub(lambda m: str(ctx.params[m.group(1)]), ctx.op.path)


def declared_actions(b: Backend, list_path: str) -> tuple[str, ...]:
    """The ``x-luna-actions`` of ``POST <list_path>/{actionid}`` (none when there is no
    such operation)."""
    for op in b.index.operations.values():
        if op.method == "POST" and op.path == f"{list_path}/{{actionid}}":
            return op.actions
    return ()


def action_list(b: Backend, ctx: Ctx) -> Reply:
    """The answer of an ``.../actions`` list operation."""
    base = concrete_path(ctx)
    return Reply(
        200,
        {"actions": [{"id": a, "url": f"{base}/{a}"} for a in declared_actions(b, ctx.op.path)]},
    )


@RULES.handles(
    "listApplianceActions",
    "listWebServerActions",
    "listUserLoginConfigActions",
    "listUserPasswordConfigActions",
)
def list_actions(b: Backend, ctx: Ctx) -> Reply:
    return action_list(b, ctx)


@RULES.handles("listHsmActions", "listHsmTamperActions")
def list_hsm_actions(b: Backend, ctx: Ctx) -> Reply:
    find_hsm(b, ctx)
    return action_list(b, ctx)


# ---- the appliance actions ----------------------------------------------------------
def _end_sessions(b: Backend) -> None:
    """Every session ends, and with it every HSM and partition login."""
    b.sessions.clear()


@RULES.handles("performApplianceAction")
def perform_appliance_action(b: Backend, ctx: Ctx) -> Reply:
    action = str(ctx.params["actionid"])
    if action not in ctx.op.actions:
        raise E.ActionDoesNotExist(
            f"the appliance has no action {action!r} ({', '.join(ctx.op.actions)})"
        )
    a = b.state.appliance
    if action == "regenerateCertificate":
        if b.state.force_so_login:
            require_so(b, ctx)
        body = ctx.body or {}
        key: rsa.RSAPrivateKey = server_login_key(b)[0]
        name = subject({"cn": body.get("address", a.hostname)}, {"organization": "Thales"})
        cert = self_signed(
            key, name, b.clock.now(), start=body.get("startDate"), days=body.get("days", 365)
        )
        a.webserver_certificate = certificate_pem(cert)
        write_log(
            b,
            "messages",
            "lunasa",
            f"appliance certificate regenerated for {body.get('address', a.hostname)}",
        )
        return Reply(204)
    _end_sessions(b)
    for svc in a.services.values():
        svc.running = svc.on_boot if action == "reboot" else False
    message = (
        "The system is going down for reboot NOW!"
        if action == "reboot"
        else ("The system is going down for power-off NOW!")
    )
    write_log(b, "messages", "shutdown", message)
    return Reply(204)
