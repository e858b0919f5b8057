"""The HSM (``/api/lunasa/hsms``): listing, initialization, SO login and logout, the HSM
and tamper actions and their lists, firmware, and the information resources (storage,
licences, utilization, counters, partition utilization metrics, and indirect login's
token-wrapping certificate, made by ``indirect_login.py``).

What the dispatch already does is not repeated here: tasking (firmware and tamper actions
run as tasks, so their failures end the task in Error), the critical-operation exclusion
of firmware actions, privileges. Firmware versions come from ``hsm_common.FIRMWARE``:
``upgrade`` moves to ``version`` of the body or the newest release, ``rollback`` returns to
the release the last upgrade replaced (one rollback image, as on the HSM). A firmware
change restarts the HSM: every HSM and partition login of every session ends."""

from __future__ import annotations

import time
from typing import Any

from .. import errors as E
from ..backend import Backend
from ..credentials import same_secret
from ..dispatch import Ctx, Reply, Rules
from ..model import Hsm
from .actions import action_list
from .common import find_hsm, require_so, zeroize_hsm
from .hsm_common import (
    FIRMWARE,
    POLICIES,
    bad_request,
    firmware_key,
    hsm_policy_value,
    hsm_url,
    not_supported,
)
from .indirect_login import hsm_certificate, login_with_response
from .metrics import BINS, metrics_enabled

RULES: Rules[Backend] = Rules()

__all__ = ["RULES"]


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


@RULES.handles("listHsmActions", "listHsmTamperActions")
def list_hsm_actions(b: Backend, ctx: Ctx) -> Reply:
    find_hsm(b, ctx)
    return action_list(b, ctx)


# ---- information -----------------------------------------------------------------------
TOTAL_STORAGE = 33_554_432  # bytes of user storage of a Luna Network HSM 7 (32 MB model)


BIN = 900  # seconds per utilization bin


LICENSES = (
    ("621-000135-001", "Luna Network HSM 7 base configuration (5 partitions)"),
    ("621-010355-001", "Partition upgrade 5 to 100"),
    ("621-000155-001", "Functionality Modules"),
)


@RULES.handles("getHsmFirmware")
def get_hsm_firmware(b: Backend, ctx: Ctx) -> Reply:
    h = find_hsm(b, ctx)
    return Reply(
        200,
        {
            "currentVersion": h.firmware,
            "rollbackVersion": h.extras.firmware_previous,
            "upgradeVersions": [v for v in FIRMWARE if firmware_key(v) > firmware_key(h.firmware)],
            "actions": hsm_url(h, "firmware/actions"),
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
            "maxPartitions": hsm_policy_value(h, POLICIES[33]),
        },
    )


@RULES.handles("listHsmLicenses")
def list_hsm_licenses(b: Backend, ctx: Ctx) -> Reply:
    find_hsm(b, ctx)
    return Reply(200, {"licenses": [{"id": i, "description": d} for i, d in LICENSES]})


def _metrics_enabled(h: Hsm) -> bool:
    return hsm_policy_value(h, POLICIES[49]) == 1


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


def _iso(t: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


@RULES.handles("getHsmMetrics")
def get_hsm_metrics(b: Backend, ctx: Ctx) -> Reply:
    h = find_hsm(b, ctx)
    metrics: list[dict[str, Any]] = []
    if metrics_enabled(h):
        metrics = [
            {
                "partitionId": str(p.serial),
                "label": p.label or p.name,
                "bins": [
                    {
                        "binId": bin_id,
                        "counters": [{"counterId": "REQUESTS", "count": p.usage.get(bin_id, 0)}],
                    }
                    for bin_id in BINS
                ],
            }
            for p in sorted(b.state.partitions.values(), key=lambda p: p.serial)
        ]
    return Reply(200, {"resetTime": _iso(h.metrics_reset or b.runtime.started), "metrics": metrics})


@RULES.handles("getHsmCertificate")
def get_hsm_certificate(b: Backend, ctx: Ctx) -> Reply:
    return Reply(200, {"certificate": hsm_certificate(b, ctx)})


# ---- firmware --------------------------------------------------------------------------
@RULES.handles("listHsmFirmwareActions")
def list_hsm_firmware_actions(b: Backend, ctx: Ctx) -> Reply:
    h = find_hsm(b, ctx)
    return Reply(
        200,
        {
            "actions": [
                {"id": a, "url": hsm_url(h, f"firmware/actions/{a}")}
                for a in ("rollback", "upgrade")
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
        newer = [v for v in FIRMWARE if firmware_key(v) > firmware_key(h.firmware)]
        target = (ctx.body or {}).get("version", newer[-1] if newer else "")
        if not newer:
            raise not_supported(f"firmware {h.firmware} is the newest release")
        if target not in newer:
            raise bad_request(
                f"no firmware {target!r} to upgrade to (available: {', '.join(newer)})"
            )
        x.firmware_previous, h.firmware = h.firmware, target
    else:
        if not x.firmware_previous:
            raise not_supported("no previous firmware is resident on the HSM")
        h.firmware, x.firmware_previous = x.firmware_previous, ""
        h.policies.clear()  # a rollback restores that version's policy defaults
    _restart(b)
    return Reply(204, headers={"Location": hsm_url(h, "firmware")})


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
