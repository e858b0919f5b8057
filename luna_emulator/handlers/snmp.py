"""SNMP (guide ch. 12): SNMPv3 users with their notification destinations, trap
destinations, trap sending on and off, and the test trap.

Passwords are kept but never answered. Only SHA authentication and AES privacy are
accepted. A trap destination names an existing SNMP user (its ``securityName``); a
notification of type ``trap`` needs the manager's ``engineId``. Deleting a user deletes
its notifications. The test trap writes its message to the ``messages`` log, and one
line per trap destination to the ``snmp`` log (what the agent sent, when the SNMP
service runs and traps are enabled).
"""

from __future__ import annotations

import ipaddress
from typing import Any

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from ..model import SnmpUser
from .actions import action_list
from .common import service_running, write_log

RULES: Rules[Backend] = Rules()

__all__ = ["RULES"]

BASE = "/api/lunasa/snmp"


def _protocols(body: dict[str, Any]) -> tuple[str, str]:
    auth, priv = body.get("authenticationProtocol", "SHA"), body.get("privacyProtocol", "AES")
    if auth != "SHA" or priv != "AES":
        raise E.BadRequest("only SHA authentication and AES privacy are supported")
    return auth, priv


@RULES.handles("getSnmp")
def get_snmp(b: Backend, ctx: Ctx) -> Reply:
    return Reply(200, {"users": f"{BASE}/users", "traps": f"{BASE}/traps"})


# ---- users --------------------------------------------------------------------------
def _user(b: Backend, ctx: Ctx) -> SnmpUser:
    name = str(ctx.params["userid"])
    user = b.state.appliance.snmp_users.get(name)
    if user is None:
        raise E.NotFound(f"no SNMP user {name!r}")
    return user


@RULES.handles("listSnmpUsers")
def list_snmp_users(b: Backend, ctx: Ctx) -> Reply:
    names = sorted(b.state.appliance.snmp_users)
    return Reply(200, {"users": [{"id": n, "url": f"{BASE}/users/{n}"} for n in names]})


@RULES.handles("createSnmpUser")
def create_snmp_user(b: Backend, ctx: Ctx) -> Reply:
    body = ctx.body
    name = body["securityName"]
    if name in b.state.appliance.snmp_users:
        raise E.BadRequest(f"SNMP user {name!r} already exists")
    auth, priv = _protocols(body)
    b.state.appliance.snmp_users[name] = SnmpUser(
        name, body["authenticationPassword"], body["privacyPassword"], auth, priv
    )
    return Reply(204, headers={"Location": f"{BASE}/users/{name}"})


@RULES.handles("getSnmpUser")
def get_snmp_user(b: Backend, ctx: Ctx) -> Reply:
    user = _user(b, ctx)
    return Reply(
        200,
        {
            "securityName": user.name,
            "authenticationProtocol": user.auth_protocol,
            "privacyProtocol": user.priv_protocol,
            "securityLevel": "authPriv",
            "notifications": f"{BASE}/users/{user.name}/notifications",
        },
    )


@RULES.handles("deleteSnmpUser")
def delete_snmp_user(b: Backend, ctx: Ctx) -> Reply:
    del b.state.appliance.snmp_users[_user(b, ctx).name]
    return Reply(204)


# ---- notifications ------------------------------------------------------------------
def _notification(b: Backend, ctx: Ctx) -> tuple[SnmpUser, str]:
    user = _user(b, ctx)
    nid = str(ctx.params["notificationid"])
    if nid not in user.notifications:
        raise E.NotFound(f"SNMP user {user.name!r} has no notification {nid!r}")
    return user, nid


@RULES.handles("listSnmpUserNotifications")
def list_snmp_user_notifications(b: Backend, ctx: Ctx) -> Reply:
    user = _user(b, ctx)
    url = f"{BASE}/users/{user.name}/notifications"
    return Reply(
        200, {"notifications": [{"id": n, "url": f"{url}/{n}"} for n in sorted(user.notifications)]}
    )


@RULES.handles("createSnmpUserNotification")
def create_snmp_user_notification(b: Backend, ctx: Ctx) -> Reply:
    user, body = _user(b, ctx), ctx.body
    try:
        address = str(ipaddress.ip_address(body["address"]))
    except ValueError:
        raise E.BadRequest(f"{body['address']!r} is not an IPv4 or IPv6 address") from None
    kind = body["type"]
    if kind not in ("trap", "inform"):
        raise E.BadRequest(f"type {kind!r}: trap or inform")
    if kind == "trap" and not body.get("engineId"):
        raise E.BadRequest("a trap notification needs the manager's engineId")
    auth, priv = _protocols(body)
    a = b.state.appliance
    nid, a.next_id = str(a.next_id), a.next_id + 1
    user.notifications[nid] = {
        "address": address,
        "port": body["port"],
        "type": kind,
        "authenticationProtocol": auth,
        "privacyProtocol": priv,
        **({"engineId": body["engineId"]} if body.get("engineId") else {}),
    }
    return Reply(204, headers={"Location": f"{BASE}/users/{user.name}/notifications/{nid}"})


@RULES.handles("getSnmpUserNotification")
def get_snmp_user_notification(b: Backend, ctx: Ctx) -> Reply:
    user, nid = _notification(b, ctx)
    return Reply(200, {"id": nid, **user.notifications[nid]})


@RULES.handles("deleteSnmpUserNotification")
def delete_snmp_user_notification(b: Backend, ctx: Ctx) -> Reply:
    user, nid = _notification(b, ctx)
    del user.notifications[nid]
    return Reply(204)


# ---- traps ----------------------------------------------------------------------------
def _trap(b: Backend, ctx: Ctx) -> str:
    trap = str(ctx.params["trapid"])
    if trap not in b.state.appliance.snmp_traps:
        raise E.SnmpTrapDoesNotExist(f"no trap destination {trap!r}")
    return trap


@RULES.handles("listSnmpTraps")
def list_snmp_traps(b: Backend, ctx: Ctx) -> Reply:
    names = sorted(b.state.appliance.snmp_traps)
    return Reply(200, {"traps": [{"id": n, "url": f"{BASE}/traps/{n}"} for n in names]})


@RULES.handles("createSnmpTrap")
def create_snmp_trap(b: Backend, ctx: Ctx) -> Reply:
    body, a = ctx.body, b.state.appliance
    address = body["address"]
    if address in a.snmp_traps:
        raise E.BadRequest(f"trap destination {address!r} already exists")
    if body["securityName"] not in a.snmp_users:
        raise E.BadRequest(
            f"no SNMP user {body['securityName']!r}: create it first (POST {BASE}/users)"
        )
    a.snmp_traps[address] = {
        "securityName": body["securityName"],
        "trapType": body["trapType"],
        "engineId": body["engineId"],
        "port": 162,
        "securityLevel": "authPriv",
        "authenticationProtocol": body["authenticationProtocol"],
        "privacyProtocol": body["privacyProtocol"],
    }
    return Reply(200, {"id": address})


@RULES.handles("getSnmpTrap")
def get_snmp_trap(b: Backend, ctx: Ctx) -> Reply:
    return Reply(200, dict(b.state.appliance.snmp_traps[_trap(b, ctx)]))


@RULES.handles("deleteSnmpTrap")
def delete_snmp_trap(b: Backend, ctx: Ctx) -> Reply:
    del b.state.appliance.snmp_traps[_trap(b, ctx)]
    return Reply(204)


@RULES.handles("sendSnmpTestTrap")
def send_snmp_test_trap(b: Backend, ctx: Ctx) -> Reply:
    body = ctx.body
    process = body["process"] + ("[4242]" if body.get("pid") else "")
    write_log(
        b, "messages", process, f"<{body['logFacility']}.{body['logLevel']}> {body['message']}"
    )
    if service_running(b, "snmp") and b.state.appliance.snmp_traps_enabled:
        for address, trap in sorted(b.state.appliance.snmp_traps.items()):
            write_log(
                b,
                "snmp",
                "snmpd",
                f"{trap['trapType']} to {address}:{trap['port']} as {trap['securityName']}: "
                f"{body['message']}",
            )
    return Reply(204)


# ---- trap sending on and off ----------------------------------------------------------
@RULES.handles("listSnmpTrapActions")
def list_snmp_trap_actions(b: Backend, ctx: Ctx) -> Reply:
    return action_list(b, ctx)


@RULES.handles("performSnmpTrapAction")
def perform_snmp_trap_action(b: Backend, ctx: Ctx) -> Reply:
    """``enable`` needs a trap destination (``SNMP_TRAP_NOT_CONFIGURED``); traps start
    enabled, as the guide's SNMP workflow sends its test trap without enabling them."""
    action = str(ctx.params["actionid"])
    if action not in ctx.op.actions:
        raise E.SnmpTrapActionInvalid(f"traps have no action {action!r}")
    a = b.state.appliance
    if action == "enable" and not a.snmp_traps:
        raise E.SnmpTrapNotConfigured(f"add a trap destination first (POST {BASE}/traps)")
    a.snmp_traps_enabled = action == "enable"
    write_log(b, "messages", "snmpd", f"traps {action}d")
    return Reply(204)
