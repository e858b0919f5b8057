"""The HSM beyond the basics: roles, policies and capabilities, information resources,
firmware, tamper and PEDs.

State lives in ``Hsm.extras`` (``model.HsmExtras``); the SO's password, login count and
initialization stay in ``Hsm`` itself (``handlers/hsm.py``), and the SO role's view is made
from them. What the dispatch already does is not repeated here: tasking (role actions,
policies, firmware, tamper and PED actions run as tasks, so their failures end the task in
Error), the critical-operation exclusion of firmware actions, privileges.

Policies are a small table of real Luna 7 HSM policies with their defaults; ``Hsm.policies``
holds only the values changed from the default (``factoryReset`` clears it, a firmware
rollback restores the defaults). Changing a destructive policy zeroizes the HSM, as the
appliance does. Firmware versions come from ``FIRMWARE``: ``upgrade`` moves to ``version``
of the body or the newest release, ``rollback`` returns to the release the last upgrade
replaced (one rollback image, as on the HSM). A firmware change restarts the HSM: every
HSM and partition login of every session ends.
"""

from __future__ import annotations

import ipaddress
import secrets
import time
from dataclasses import dataclass
from typing import Any

from .. import errors as E
from ..backend import Backend
from ..credentials import same_secret
from ..dispatch import Ctx, Reply, Rules
from ..model import Hsm, HsmRole, Ped
from .common import find_hsm, require_so, zeroize_hsm

RULES: Rules[Backend] = Rules()

__all__ = ["FIRMWARE", "POLICIES", "firmware_at_least"]

FIRMWARE = ("7.0.3", "7.3.3", "7.4.2", "7.7.1", "7.8.4", "7.9.0")
ROLE_NAMES = {"audit": "Auditor", "so": "Security Officer"}
ROLE_ACTIONS = ("createChallenge", "deactivate", "reset")
PED_ACTIONS = ("connect", "disconnect", "vectorErase", "vectorInitialize")
TOTAL_STORAGE = 33_554_432  # bytes of user storage of a Luna Network HSM 7 (32 MB model)
MIN_PASSWORD = 8
BIN = 900  # seconds per utilization bin


@dataclass(frozen=True)
class Policy:
    number: int
    name: str
    default: int
    destructive: bool = False
    maximum: int = 1


POLICIES = {
    p.number: p
    for p in (
        Policy(7, "Allow cloning", 1, destructive=True),
        Policy(12, "Allow non-FIPS algorithms", 1, destructive=True),
        Policy(15, "SO can reset partition PIN", 0, destructive=True),
        Policy(16, "Allow network replication", 1),
        Policy(21, "Force user PIN change after set/reset", 1),
        Policy(22, "Allow offboard storage", 1, destructive=True),
        Policy(30, "Allow unmasking", 1, destructive=True),
        Policy(33, "Current maximum number of partitions", 100, maximum=100),
        Policy(35, "Force Single Domain", 0, destructive=True),
        Policy(36, "Allow Unified PED Key", 0),
        Policy(37, "Allow MofN", 1),
        Policy(39, "Allow Secure Trusted Channel", 0, destructive=True),
        Policy(40, "Decommission on tamper", 0),
        Policy(43, "Allow low level math acceleration", 1, destructive=True),
        Policy(46, "Disable Decommission", 0, destructive=True),
        Policy(48, "Do Controlled Tamper Recovery", 1),
        Policy(49, "Allow Partition Utilization Metrics", 0),
        Policy(50, "Allow Functionality Modules", 0, destructive=True),
        Policy(51, "Enable SMFS Auto Activation", 0),
        Policy(52, "Allow Restricted Restore", 0, destructive=True),
    )
}
# capabilities without a policy: (number, name, value)
FIXED_CAPABILITIES = (
    (2, "Performance level", 15),
    (4, "Enable domestic mechanisms & key sizes", 1),
    (6, "Enable masking", 1),
    (9, "Enable full (non-backup) functionality", 1),
    (19, "Manufacturing Token", 0),
)
LICENSES = (
    ("621-000135-001", "Luna Network HSM 7 base configuration (5 partitions)"),
    ("621-010355-001", "Partition upgrade 5 to 100"),
    ("621-000155-001", "Functionality Modules"),
)


def firmware_at_least(h: Hsm, version: str) -> bool:
    return _ver(h.firmware) >= _ver(version)


def _ver(v: str) -> tuple[int, ...]:
    return tuple(int(x) for x in v.split(".") if x.isdigit())


def _number(text: str) -> bool:
    """A small decimal number (ids in paths and bodies)."""
    return text.isascii() and text.isdecimal() and len(text) < 4


def _not_supported(details: str) -> E.LunaError:
    return E.FuncNotSupported(details, status=400)


def _bad(details: str) -> E.LunaError:
    return E.BadRequest(details)


def _url(h: Hsm, rest: str) -> str:
    return f"/api/lunasa/hsms/{h.serial}/{rest}"


# ---- roles -----------------------------------------------------------------------------
def _role(b: Backend, ctx: Ctx) -> tuple[Hsm, str, HsmRole]:
    h = find_hsm(b, ctx)
    rid = str(ctx.params["roleid"])
    if rid not in ROLE_NAMES:
        raise E.InvalidRole(f"the HSM has no role {rid!r} (roles: audit, so)")
    return h, rid, h.extras.roles[rid]


def _role_body(h: Hsm, rid: str, r: HsmRole) -> dict[str, Any]:
    so = rid == "so"
    key = h.extras.indirect_keys.get(rid)
    return {
        "id": rid,
        "name": ROLE_NAMES[rid],
        "initialized": h.initialized if so else r.initialized,
        "activated": r.activated,
        "lockedOut": False if so else r.locked_out,
        "loginAttemptsLeft": h.so_logins_left if so else r.login_attempts_left,
        "changePasswordAttemptsLeft": r.change_password_attempts_left,
        "challengeToBeChanged": r.challenge_to_be_changed,
        "pinToBeChanged": r.pin_to_be_changed,
        "primaryAuthentication": "PED" if h.ped_based else "PIN",
        "secondaryAuthentication": "Challenge" if r.challenge else "None",
        "indirectLoginVersion": key.type if key else "None",
    }


@RULES.handles("listHsmRoles")
def list_hsm_roles(b: Backend, ctx: Ctx) -> Reply:
    h = find_hsm(b, ctx)
    return Reply(
        200,
        {
            "roles": [
                {"id": rid, "name": name, "url": _url(h, f"roles/{rid}")}
                for rid, name in sorted(ROLE_NAMES.items())
            ]
        },
    )


@RULES.handles("getHsmRole")
def get_hsm_role(b: Backend, ctx: Ctx) -> Reply:
    h, rid, r = _role(b, ctx)
    return Reply(200, _role_body(h, rid, r))


@RULES.handles("updateHsmRole")
def update_hsm_role(b: Backend, ctx: Ctx) -> Reply:
    """Change a role's password: the role must be logged in and ``oldPassword`` must match."""
    h, rid, r = _role(b, ctx)
    body = ctx.body or {}
    initialized = h.initialized if rid == "so" else r.initialized
    if not initialized:
        raise E.RoleNotInitialized(f"the HSM role {rid!r} is not initialized")
    if rid == "so":
        require_so(b, ctx)
    elif rid not in ctx.session.hsm_roles:
        raise _bad(f"log in as the HSM role {rid!r} before changing its password")
    if r.change_password_attempts_left <= 0:
        raise _bad(f"no password change attempts left for the HSM role {rid!r}")
    if not h.ped_based:
        current = h.so_password if rid == "so" else r.password
        if not same_secret(body["oldPassword"], current):
            r.change_password_attempts_left -= 1
            raise E.IncorrectPassword(
                f"oldPassword is wrong; {r.change_password_attempts_left} attempts left"
            )
        if len(body["newPassword"]) < MIN_PASSWORD:
            raise _bad(f"newPassword needs at least {MIN_PASSWORD} characters")
        if rid == "so":
            h.so_password = body["newPassword"]
        else:
            r.password = body["newPassword"]
    r.change_password_attempts_left = 3
    r.pin_to_be_changed = False
    if body.get("changeSecret"):
        r.challenge_to_be_changed = False
    return Reply(204, headers={"Location": _url(h, f"roles/{rid}")})


@RULES.handles("listHsmRoleActions")
def list_hsm_role_actions(b: Backend, ctx: Ctx) -> Reply:
    h, rid, _ = _role(b, ctx)
    actions = [] if rid == "so" else list(ROLE_ACTIONS)
    return Reply(
        200, {"actions": [{"id": a, "url": _url(h, f"roles/{rid}/actions/{a}")} for a in actions]}
    )


@RULES.handles("performHsmRoleAction")
def perform_hsm_role_action(b: Backend, ctx: Ctx) -> Reply:
    h, rid, r = _role(b, ctx)
    action = ctx.params["actionid"]
    if action not in ROLE_ACTIONS:
        raise E.InvalidAction(f"HSM roles have no action {action!r}")
    if rid == "so":
        raise _not_supported(f"{action!r} does not apply to the Security Officer")
    body = ctx.body or {}
    if action == "reset":
        _reset_role(h, rid, r, body.get("password"))
        return Reply(204)
    if not r.initialized:
        raise E.RoleNotInitialized(f"the HSM role {rid!r} is not initialized")
    if not h.ped_based:
        raise _not_supported(f"{action!r} needs a PED-authenticated HSM")
    if action == "createChallenge":
        default = body.get("defaultChallenge", True)
        r.challenge = "default" if default else secrets.token_urlsafe(12)
        r.challenge_to_be_changed = bool(default)
    else:  # deactivate
        r.activated = False
    return Reply(204)


def _reset_role(h: Hsm, rid: str, r: HsmRole, password: Any) -> None:
    if h.ped_based:
        if password:
            raise _bad("on a PED-authenticated HSM send an empty password: the PED sets it")
        password = ""
    elif not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise _bad(f"reset of {rid!r} needs the new 'password' ({MIN_PASSWORD}+ characters)")
    fresh = HsmRole(initialized=True, password=password, pin_to_be_changed=True)
    h.extras.roles[rid] = fresh


# ---- policies and capabilities ---------------------------------------------------------
def _policy_value(h: Hsm, p: Policy) -> int:
    return h.policies.get(str(p.number), p.default)


def _policy_body(h: Hsm, p: Policy) -> dict[str, Any]:
    # whether a policy is destructive is not shown: no reference page has the field
    return {"id": str(p.number), "name": p.name, "value": _policy_value(h, p)}


def _policy(b: Backend, ctx: Ctx) -> tuple[Hsm, Policy]:
    h = find_hsm(b, ctx)
    raw = str(ctx.params["policyid"])
    p = POLICIES.get(int(raw)) if _number(raw) else None
    if p is None:
        raise E.InvalidPolicy(f"the HSM has no policy {raw!r}")
    return h, p


@RULES.handles("listHsmPolicies")
def list_hsm_policies(b: Backend, ctx: Ctx) -> Reply:
    h = find_hsm(b, ctx)
    return Reply(200, {"policies": [_policy_body(h, p) for p in POLICIES.values()]})


@RULES.handles("getHsmPolicy")
def get_hsm_policy(b: Backend, ctx: Ctx) -> Reply:
    h, p = _policy(b, ctx)
    return Reply(200, _policy_body(h, p))


@RULES.handles("replaceHsmPolicy", "updateHsmPolicy")
def set_hsm_policy(b: Backend, ctx: Ctx) -> Reply:
    """Set a policy (HSM SO). A destructive policy that changes zeroizes the HSM."""
    h, p = _policy(b, ctx)
    require_so(b, ctx)
    value = ctx.body["value"]
    low = 1 if p.maximum > 1 else 0
    if not low <= value <= p.maximum:
        raise _bad(f"policy {p.number} ({p.name}) takes a value from {low} to {p.maximum}")
    changed = value != _policy_value(h, p)
    if changed and p.number == 49 and value == 1:  # utilization metrics restart at 0
        h.metrics_reset = b.clock.now()
        for partition in b.state.partitions.values():
            partition.usage.clear()
    if value == p.default:
        h.policies.pop(str(p.number), None)
    else:
        h.policies[str(p.number)] = value
    if changed and p.destructive:
        zeroize_hsm(b)
    return Reply(204)


@RULES.handles("listHsmCapabilities")
def list_hsm_capabilities(b: Backend, ctx: Ctx) -> Reply:
    h = find_hsm(b, ctx)
    caps = [
        {"id": "0", "name": "Enable PIN-based authentication", "value": int(not h.ped_based)},
        {"id": "1", "name": "Enable PED-based authentication", "value": int(h.ped_based)},
    ]
    caps += [{"id": str(n), "name": name, "value": v} for n, name, v in FIXED_CAPABILITIES]
    caps += [
        {"id": str(p.number), "name": p.name.replace("Allow", "Enable", 1), "value": p.maximum}
        for p in POLICIES.values()
    ]
    caps.sort(key=lambda c: int(str(c["id"])))
    return Reply(200, {"capabilities": caps})


# ---- information -----------------------------------------------------------------------
@RULES.handles("getHsmFirmware")
def get_hsm_firmware(b: Backend, ctx: Ctx) -> Reply:
    h = find_hsm(b, ctx)
    return Reply(
        200,
        {
            "currentVersion": h.firmware,
            "rollbackVersion": h.extras.firmware_previous,
            "upgradeVersions": [v for v in FIRMWARE if _ver(v) > _ver(h.firmware)],
            "actions": _url(h, "firmware/actions"),
        },
    )


@RULES.handles("getHsmStorageSpace")
def get_hsm_storage_space(b: Backend, ctx: Ctx) -> Reply:
    h = find_hsm(b, ctx)
    used = sum(p.size for p in b.state.partitions.values())
    return Reply(
        200,
        {
            "totalStorageSpace": TOTAL_STORAGE,
            "usedStorageSpace": used,
            "freeStorageSpace": max(TOTAL_STORAGE - used, 0),
            "partitions": len(b.state.partitions),
            "maxPartitions": _policy_value(h, POLICIES[33]),
        },
    )


@RULES.handles("listHsmLicenses")
def list_hsm_licenses(b: Backend, ctx: Ctx) -> Reply:
    find_hsm(b, ctx)
    return Reply(200, {"licenses": [{"id": i, "description": d} for i, d in LICENSES]})


def _metrics_enabled(h: Hsm) -> bool:
    return _policy_value(h, POLICIES[49]) == 1


def _partition_counters(b: Backend) -> list[dict[str, Any]]:
    return [
        {
            "partition": str(serial),
            "counters": {
                op: 0 for op in ("ENCRYPT", "DECRYPT", "SIGN", "VERIFY", "KEY_GENERATION")
            },
        }
        for serial in sorted(b.state.partitions)
    ]


@RULES.handles("getHsmUtilization")
def get_hsm_utilization(b: Backend, ctx: Ctx) -> Reply:
    h = find_hsm(b, ctx)
    enabled = _metrics_enabled(h)
    return Reply(
        200,
        {"enabled": enabled, "partitions": _partition_counters(b) if enabled else []},
    )


@RULES.handles("getHsmUtilizationBins")
def get_hsm_utilization_bins(b: Backend, ctx: Ctx) -> Reply:
    h = find_hsm(b, ctx)
    enabled = _metrics_enabled(h)
    now = b.clock.now()
    bins = [
        {
            "bin": i,
            "startTime": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now - (4 - i) * BIN)),
            "seconds": BIN,
            "partitions": _partition_counters(b),
        }
        for i in range(4)
    ]
    return Reply(200, {"enabled": enabled, "bins": bins if enabled else []})


@RULES.handles("getHsmCounter")
def get_hsm_counter(b: Backend, ctx: Ctx) -> Reply:
    h = find_hsm(b, ctx)
    return Reply(
        200,
        {"enabled": _metrics_enabled(h), "operations": 0, "resetTime": b.clock.iso()},
    )


# ---- firmware --------------------------------------------------------------------------
@RULES.handles("listHsmFirmwareActions")
def list_hsm_firmware_actions(b: Backend, ctx: Ctx) -> Reply:
    h = find_hsm(b, ctx)
    return Reply(
        200,
        {
            "actions": [
                {"id": a, "url": _url(h, f"firmware/actions/{a}")} for a in ("rollback", "upgrade")
            ]
        },
    )


def _restart(b: Backend) -> None:
    """The HSM restarts after a firmware change: every login ends."""
    for s in b.sessions.values():
        s.hsm_roles.clear()
        s.partition_roles.clear()


@RULES.handles("performHsmFirmwareAction")
def perform_hsm_firmware_action(b: Backend, ctx: Ctx) -> Reply:
    h = find_hsm(b, ctx)
    action = ctx.params["actionid"]
    if action not in ("upgrade", "rollback"):
        raise E.InvalidAction(f"firmware has no action {action!r} (upgrade, rollback)")
    require_so(b, ctx)
    x = h.extras
    if action == "upgrade":
        newer = [v for v in FIRMWARE if _ver(v) > _ver(h.firmware)]
        target = (ctx.body or {}).get("version", newer[-1] if newer else "")
        if not newer:
            raise _not_supported(f"firmware {h.firmware} is the newest release")
        if target not in newer:
            raise _bad(f"no firmware {target!r} to upgrade to (available: {', '.join(newer)})")
        x.firmware_previous, h.firmware = h.firmware, target
    else:
        if not x.firmware_previous:
            raise _not_supported("no previous firmware is resident on the HSM")
        h.firmware, x.firmware_previous = x.firmware_previous, ""
        h.policies.clear()  # a rollback restores that version's policy defaults
    _restart(b)
    return Reply(204, headers={"Location": _url(h, "firmware")})


# ---- tamper ----------------------------------------------------------------------------
@RULES.handles("performHsmTamperAction")
def perform_hsm_tamper_action(b: Backend, ctx: Ctx) -> Reply:
    h = find_hsm(b, ctx)
    if ctx.params["actionid"] != "clear":
        raise E.InvalidAction(f"tamper has no action {ctx.params['actionid']!r} (clear)")
    require_so(b, ctx)
    h.extras.tampered = False
    h.extras.tamper_clears += 1
    return Reply(204, headers={"Location": f"/api/lunasa/hsms/{h.serial}"})


# ---- PEDs ------------------------------------------------------------------------------
def _peds(h: Hsm) -> dict[int, Ped]:
    """The PEDs of a PED-authenticated HSM: 0 the local PED, 1 a remote PED."""
    if h.ped_based and not h.extras.peds:
        h.extras.peds = {0: Ped(0, connected=True), 1: Ped(1)}
    return h.extras.peds if h.ped_based else {}


def _ped(b: Backend, ctx: Ctx) -> tuple[Hsm, Ped | None]:
    h = find_hsm(b, ctx)
    raw = str(ctx.params["pedid"])
    if not h.ped_based:
        return h, None
    ped = _peds(h).get(int(raw)) if _number(raw) else None
    if ped is None:
        raise E.InvalidPed(f"the HSM has no PED {raw!r} (0 local, 1 remote)")
    return h, ped


def ped_ready(h: Hsm, ped_id: str) -> bool:
    """Whether ``ped_id`` names a PED the HSM can use now (always true on password HSMs)."""
    if not h.ped_based:
        return True
    ped = _peds(h).get(int(ped_id)) if _number(ped_id) else None
    return ped is not None and ped.connected


@RULES.handles("listHsmPeds")
def list_hsm_peds(b: Backend, ctx: Ctx) -> Reply:
    h = find_hsm(b, ctx)
    return Reply(
        200,
        {"peds": [{"id": str(n), "url": _url(h, f"ped/peds/{n}")} for n in sorted(_peds(h))]},
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
        "actions": _url(h, f"ped/peds/{ped.ped_id}/actions"),
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
                {"id": a, "url": _url(h, f"ped/peds/{ped.ped_id}/actions/{a}")} for a in names
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
        raise _not_supported("a password-authenticated HSM has no PED")
    if action in ("connect", "disconnect"):
        _connect(ped, action, ctx.body or {})
    else:
        require_so(b, ctx)
        if action == "vectorInitialize":
            if not ped.connected:
                raise _bad(f"PED {ped.ped_id} is not connected")
            h.extras.rpv = True
        else:
            if not h.extras.rpv:
                raise _bad("the HSM holds no remote PED vector")
            h.extras.rpv = False
    return Reply(204, headers={"Location": _url(h, f"ped/peds/{ped.ped_id}")})


def _connect(ped: Ped, action: str, body: dict[str, Any]) -> None:
    if ped.ped_id == 0:
        raise _bad(f"the local PED cannot {action}: it is attached to the HSM")
    if action == "disconnect":
        if not ped.connected:
            raise _bad(f"PED {ped.ped_id} is not connected")
        ped.connected, ped.ip_address, ped.port = False, None, 0
        return
    if ped.connected:
        raise _bad(f"PED {ped.ped_id} is already connected to {ped.ip_address}:{ped.port}")
    if "ipAddress" not in body or "ipPort" not in body:
        raise _bad("connect needs 'ipAddress' and 'ipPort'")
    try:
        address = str(ipaddress.ip_address(body["ipAddress"]))
    except ValueError:
        raise _bad(f"{body['ipAddress']!r} is not an IP address") from None
    ped.connected, ped.ip_address, ped.port = True, address, body["ipPort"]
