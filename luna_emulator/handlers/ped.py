"""The PEDs of a PED-authenticated HSM (0 the local PED, 1 a remote PED:
``hsm_common.peds``; a password-authenticated HSM has none): their view, connecting and
disconnecting the remote PED, and the remote PED vector. PED actions run as tasks."""

from __future__ import annotations

import ipaddress
from typing import Any

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from ..model import Hsm, Ped
from .common import find_hsm, require_so
from .hsm_common import bad_request, hsm_url, not_supported, peds, small_number

RULES: Rules[Backend] = Rules()

__all__ = ["PED_ACTIONS", "RULES"]


PED_ACTIONS = ("connect", "disconnect", "vectorErase", "vectorInitialize")


def _ped(b: Backend, ctx: Ctx) -> tuple[Hsm, Ped | None]:
    h = find_hsm(b, ctx)
    raw = str(ctx.params["pedid"])
    if not h.ped_based:
        return h, None
    ped = peds(h).get(int(raw)) if small_number(raw) else None
    if ped is None:
        raise E.InvalidPed(f"the HSM has no PED {raw!r} (0 local, 1 remote)")
    return h, ped


@RULES.handles("listHsmPeds")
def list_hsm_peds(b: Backend, ctx: Ctx) -> Reply:
    h = find_hsm(b, ctx)
    return Reply(
        200,
        {"peds": [{"id": str(n), "url": hsm_url(h, f"ped/peds/{n}")} for n in sorted(peds(h))]},
    )


@RULES.handles("getHsmPed")
def get_hsm_ped(b: Backend, ctx: Ctx) -> Reply:
    h, ped = _ped(b, ctx)
    if ped is None:
        return Reply(200, {})
    body: dict[str, Any] = {
        "pedId": ped.ped_id,
        "port": ped.port,
        "isConnected": ped.connected,
        "actions": hsm_url(h, f"ped/peds/{ped.ped_id}/actions"),
    }
    # The reference shows ipAddress and server as null when unset; the emulator's response
    # validation does not honour OpenAPI's ``nullable`` yet, so unset fields are left out.
    if ped.ip_address is not None:
        body["ipAddress"] = ped.ip_address
    return Reply(200, body)


@RULES.handles("listHsmPedActions")
def list_hsm_ped_actions(b: Backend, ctx: Ctx) -> Reply:
    h, ped = _ped(b, ctx)
    if ped is None:
        return Reply(200, {"actions": []})
    names = PED_ACTIONS if ped.ped_id else ("vectorErase", "vectorInitialize")
    return Reply(
        200,
        {
            "actions": [
                {"id": a, "url": hsm_url(h, f"ped/peds/{ped.ped_id}/actions/{a}")} for a in names
            ]
        },
    )


@RULES.handles("performHsmPedAction")
def perform_hsm_ped_action(b: Backend, ctx: Ctx) -> Reply:
    h, ped = _ped(b, ctx)
    action = ctx.params["actionid"]
    if action not in PED_ACTIONS:
        raise E.InvalidAction(f"PEDs have no action {action!r}")
    if ped is None:
        raise not_supported("a password-authenticated HSM has no PED")
    if action in ("connect", "disconnect"):
        _connect(ped, action, ctx.body or {})
    else:
        require_so(b, ctx)
        if action == "vectorInitialize":
            if not ped.connected:
                raise bad_request(f"PED {ped.ped_id} is not connected")
            h.extras.rpv = True
        else:
            if not h.extras.rpv:
                raise bad_request("the HSM holds no remote PED vector")
            h.extras.rpv = False
    return Reply(204, headers={"Location": hsm_url(h, f"ped/peds/{ped.ped_id}")})


def _connect(ped: Ped, action: str, body: dict[str, Any]) -> None:
    if ped.ped_id == 0:
        raise bad_request(f"the local PED cannot {action}: it is attached to the HSM")
    if action == "disconnect":
        if not ped.connected:
            raise bad_request(f"PED {ped.ped_id} is not connected")
        ped.connected, ped.ip_address, ped.port = False, None, 0
        return
    if ped.connected:
        raise bad_request(f"PED {ped.ped_id} is already connected to {ped.ip_address}:{ped.port}")
    if "ipAddress" not in body or "ipPort" not in body:
        raise bad_request("connect needs 'ipAddress' and 'ipPort'")
    try:
        address = str(ipaddress.ip_address(body["ipAddress"]))
    except ValueError:
        raise bad_request(f"{body['ipAddress']!r} is not an IP address") from None
    ped.connected, ped.ip_address, ped.port = True, address, body["ipPort"]
