"""The HSM: listing, initialization, SO login and actions."""

from __future__ import annotations

from typing import Any

from .. import errors as E
from ..backend import Backend
from ..credentials import same_secret
from ..dispatch import Ctx, Reply, Rules
from ..model import Hsm
from .common import find_hsm, zeroize_hsm
from .indirect import login_with_response

RULES: Rules[Backend] = Rules()


# ---- HSM ----------------------------------------------------------------------
def _hsm_body(h: Hsm) -> dict[str, Any]:
    # neither ``id`` nor the authentication method's field name is on any public page
    # (the spec's Hsm schema): the method is served as the declared ``authenticationMethod``
    return {
        "serialNumber": str(h.serial),
        "label": h.label,
        "firmwareVersion": h.firmware,
        "soLoginsLeft": h.so_logins_left,
        "state": "initialized" if h.initialized else "zeroized",
        "authenticationMethod": "ped" if h.ped_based else "password",
    }


@RULES.handles("listHsms")
def list_hsms(b: Backend, ctx: Ctx) -> Reply:
    h = b.state.hsm
    return Reply(200, {"hsms": [{"id": str(h.serial), "url": f"/api/lunasa/hsms/{h.serial}"}]})


@RULES.handles("getHsm")
def get_hsm(b: Backend, ctx: Ctx) -> Reply:
    return Reply(200, _hsm_body(find_hsm(b, ctx)))


@RULES.handles("initializeHsm")
def initialize_hsm(b: Backend, ctx: Ctx) -> Reply:
    h = find_hsm(b, ctx)
    body = ctx.body or {}
    if not h.ped_based and not body.get("password"):
        raise E.BadRequest("a password-based HSM needs 'password'")
    h.label, h.so_password, h.initialized = body["label"], body.get("password", ""), True
    h.domain, h.so_logins_left = body.get("domain", ""), 3
    b.state.partitions.clear()
    for s in b.sessions.values():
        s.hsm_roles.clear()
        s.partition_roles.clear()
    return Reply(204, headers={"Location": f"/api/lunasa/hsms/{h.serial}"})


@RULES.handles("loginHsm")
def login_hsm(b: Backend, ctx: Ctx) -> Reply:
    h = find_hsm(b, ctx)
    body = ctx.body or {}
    if "response" in body:  # indirect login (guide ch. 4)
        return login_with_response(b, ctx, h)
    role = body.get("role", "so")
    if not h.initialized:
        raise E.HsmNotInitialized()
    if role == "so" and not h.ped_based:
        if not same_secret(body.get("password", ""), h.so_password):
            h.so_logins_left -= 1
            if h.so_logins_left <= 0:
                zeroize_hsm(b)
                raise E.HsmZeroized("third wrong SO password: the HSM has been zeroized")
            raise E.IncorrectPassword(f"{h.so_logins_left} SO login attempts left")
        h.so_logins_left = 3
    ctx.session.hsm_roles.add(role)
    return Reply(204, headers={"Location": f"/api/lunasa/hsms/{h.serial}/login/{role}/1"})


@RULES.handles("logoutHsm")
def logout_hsm(b: Backend, ctx: Ctx) -> Reply:
    h = find_hsm(b, ctx)
    ctx.session.hsm_roles.clear()
    return Reply(204, headers={"Location": f"/api/lunasa/hsms/{h.serial}"})


@RULES.handles("performHsmAction")
def perform_hsm_action(b: Backend, ctx: Ctx) -> Reply:
    h = find_hsm(b, ctx)
    action = ctx.params["actionid"]
    if action == "zeroize":  # protected: runs only once its Waiting task is started
        zeroize_hsm(b)
        return Reply(200, {})
    if action == "factoryReset":
        zeroize_hsm(b)
        h.policies.clear()
        return Reply(200, {})
    if action in ("selfTest", "stmTransport", "stmRecover"):
        return Reply(200, {})
    raise E.InvalidAction(f"no action {action!r}")
