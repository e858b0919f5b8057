"""Partitions: create, initialize, delete, role login, and the partition roles.

Also the rules the other partition resources share (``partition_extras.py``):
the partition policy table, which partition roles a session holds, zeroizing a
partition and seeding it with a few real objects at initialization.

Partition roles (``so``, ``co``, ``cu``): the partition SO is made by
initializing the partition; the SO initializes the Crypto Officer and the CO the
Crypto User (reference page 002). Wrong passwords count ``loginAttemptsLeft``
down from partition policy 20; at zero a CO/CU is locked out until the SO resets
it, and the partition SO's last failure zeroizes the partition (guide ch. 8,
"exceeding last login attempt").
"""

from __future__ import annotations

import hashlib
import os
import secrets
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from ..model import Hsm, Partition, Role
from ..requires import holds_partition_role
from .common import find_hsm, find_partition, partition_url

RULES: Rules[Backend] = Rules()

__all__ = [
    "POLICIES",
    "ROLE_NAMES",
    "PolicyDef",
    "drop_logins",
    "holds_role",
    "new_handle",
    "policy_value",
    "require_partition_role",
    "seed_objects",
    "set_partition_version",
    "zeroize_partition",
]

ROLE_NAMES = {"so": "Security Officer", "co": "Crypto Officer", "cu": "Crypto User"}
MIN_PASSWORD = 8


# ---- the partition policy table ----------------------------------------------
@dataclass(frozen=True)
class PolicyDef:
    """One partition policy: its number, name, default and range, and whether a
    change off-to-on / on-to-off destroys the partition's objects."""

    id: str
    name: str
    default: int
    low: int = 0
    high: int = 1
    destroys_on: bool = False  # off -> on wipes the objects
    destroys_off: bool = False  # on -> off wipes the objects


def _p(*args: Any, **kw: Any) -> tuple[str, PolicyDef]:
    d = PolicyDef(*args, **kw)
    return d.id, d


# Luna 7 partition policies ("partition showpolicies"). Policies that weaken what
# the stored objects were created under are destructive when switched on.
POLICIES: dict[str, PolicyDef] = dict(
    [
        _p("0", "Allow private key cloning", 1, destroys_on=True),
        _p("1", "Allow private key wrapping", 0, destroys_on=True),
        _p("2", "Allow private key unwrapping", 1),
        _p("4", "Allow secret key cloning", 1, destroys_on=True),
        _p("5", "Allow secret key wrapping", 1, destroys_on=True),
        _p("6", "Allow secret key unwrapping", 1),
        _p("10", "Allow multipurpose keys", 1, destroys_on=True),
        _p("11", "Allow changing key attributes", 1, destroys_on=True),
        _p("15", "Ignore failed challenge responses", 1),
        _p("16", "Operate without RSA blinding", 1, destroys_on=True),
        _p("17", "Allow signing with non-local keys", 1),
        _p("18", "Allow raw RSA operations", 1),
        _p("20", "Max failed user logins allowed", 10, 1, 10),
        _p("21", "Allow high availability recovery", 1),
        _p("22", "Allow activation", 0),
        _p("23", "Allow auto-activation", 0),
        _p("25", "Minimum pin length (inverted: 255 - min)", 248, 0, 247),
        _p("26", "Maximum pin length", 255, 8, 255),
        _p("28", "Allow Key Management Functions", 1),
        _p("29", "Perform RSA signing without confirmation", 1),
        _p("31", "Allow private key unmasking", 1),
        _p("32", "Allow secret key unmasking", 1),
        _p("33", "Allow RSA PKCS mechanism", 1),
        _p("34", "Allow CBC-PAD (un)wrap keys of any size", 1),
        _p("35", "Allow private key SFF export", 0, destroys_on=True),
        _p("36", "Allow secret key SFF export", 0, destroys_on=True),
        _p("37", "Enable Secure Trusted Channel", 0),
        _p("39", "Allow Start/End Date Attributes", 0),
        _p("41", "Enable Partition Version", 0, destroys_off=True),
    ]
)


def policy_value(p: Partition, policy: str) -> int:
    """The partition's current value of a policy (its default until changed)."""
    return p.policies.get(policy, POLICIES[policy].default)


def max_logins(p: Partition) -> int:
    return policy_value(p, "20")


# ---- sessions and roles ---------------------------------------------------------
def holds_role(b: Backend, ctx: Ctx, p: Partition, roles: set[str]) -> bool:
    """Whether the session is logged in to the partition as one of ``roles``."""
    return holds_partition_role(ctx.session, p, roles)


def require_partition_role(b: Backend, ctx: Ctx, p: Partition, roles: set[str]) -> None:
    if not holds_role(b, ctx, p, roles):
        names = " or ".join(ROLE_NAMES.get(r, r) for r in sorted(roles))
        raise E.PartitionUserNotAuthenticated(f"log in to partition {p.serial} as {names} first")


def drop_logins(b: Backend, p: Partition, roles: set[str] | None = None) -> None:
    """End the partition logins (all, or of ``roles``) held by every session."""
    for s in b.sessions.values():
        held = s.partition_roles.get(p.serial)
        if held is None:
            continue
        if roles is None:
            held.clear()
        else:
            held -= roles
        if not held:
            del s.partition_roles[p.serial]


def _fresh_roles() -> dict[str, Role]:
    return {r: Role() for r in ROLE_NAMES}


def zeroize_partition(b: Backend, p: Partition) -> None:
    """Wipe the partition: objects, role credentials, policies; it must be initialized again."""
    p.state, p.label = "zeroized", ""
    p.roles = _fresh_roles()
    p.objects.clear()
    p.policies.clear()
    p.version = 0
    p.smk.clear()
    drop_logins(b, p)


def set_partition_version(p: Partition, version: int) -> None:
    """Partition policy 41: a V1 partition has an initialized FW7 primary SMK."""
    p.version = version
    if version == 1 and p.state == "initialized":
        p.smk.setdefault("smk-fw7-primary", "Initialized")
    else:
        p.smk.clear()


# ---- objects ------------------------------------------------------------------------
def new_handle(p: Partition) -> str:
    p.next_handle = max(p.next_handle, 1)
    while str(p.next_handle) in p.objects:
        p.next_handle += 1
    handle = str(p.next_handle)
    p.next_handle += 1
    return handle


def _flag(value: bool) -> str:
    return "true" if value else "false"


def _common(label: str, cls: str, key_type: str, private: bool, ckaid: str) -> dict[str, Any]:
    return {
        "label": label,
        "class": cls,
        "keyType": key_type,
        "token": "true",
        "private": _flag(private),
        "modifiable": "true",
        "id": ckaid,
        "startDate": "",
        "endDate": "",
    }


def _ec_pair(label: str) -> list[dict[str, Any]]:
    key = ec.generate_private_key(ec.SECP256R1())
    point = key.public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )
    ckaid = hashlib.sha1(point).hexdigest()  # noqa: S324 (the PKCS#11 habit for CKA_ID)
    na = "n/a"
    public = {
        **_common(f"{label}-public", "CKO_PUBLIC_KEY", "CKK_EC", False, ckaid),
        "ecParams": "prime256v1",
        "ecPoint": point.hex(),
        "verify": "true",
        "sign": na,
        "sensitive": na,
        "extractable": na,
        "value": na,
    }
    private = {
        **_common(f"{label}-private", "CKO_PRIVATE_KEY", "CKK_EC", True, ckaid),
        "ecParams": "prime256v1",
        "ecPoint": na,
        "verify": na,
        "sign": "true",
        "sensitive": "true",
        "extractable": "false",
        "value": na,
    }
    return [public, private]


def _aes_key(label: str) -> dict[str, Any]:
    key = os.urandom(32)
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()  # noqa: S305 (a key check value)
    kcv = (enc.update(bytes(16)) + enc.finalize())[:3].hex()
    return {
        **_common(label, "CKO_SECRET_KEY", "CKK_AES", True, ""),
        "valueLen": "32",
        "checkValue": kcv,
        "encrypt": "true",
        "decrypt": "true",
        "wrap": "true",
        "unwrap": "true",
        "sensitive": "true",
        "extractable": "true",
        "value": "n/a",
        "ecParams": "n/a",
        "ecPoint": "n/a",
    }


def seed_objects(p: Partition) -> None:
    """A new partition's few objects: an EC P-256 key pair and an AES-256 key."""
    for obj in [*_ec_pair("ec-p256"), _aes_key("aes-256")]:
        p.objects[new_handle(p)] = obj


# ---- partitions -------------------------------------------------------------
def _partition_body(b: Backend, p: Partition) -> dict[str, Any]:
    return {
        "id": str(p.serial),
        "serialNumber": str(p.serial),
        "name": p.name,
        "label": p.label,
        "state": p.state,
        "version": p.version,
        "hasPso": p.has_pso,
        "size": p.size,
        "roles": f"/api/lunasa/hsms/{b.state.hsm.serial}/partitions/{p.serial}/roles",
    }


@RULES.handles("listPartitions")
def list_partitions(b: Backend, ctx: Ctx) -> Reply:
    h = find_hsm(b, ctx)
    return Reply(
        200,
        {
            "partitions": [
                {"id": str(s), "url": f"/api/lunasa/hsms/{h.serial}/partitions/{s}"}
                for s in sorted(b.state.partitions)
            ]
        },
    )


def _new_serial(b: Backend, h: Hsm) -> int:
    """A serial no partition has had: above the ones in use and the ones handed out
    before. A deleted partition's serial is never given again, so a client still holding
    its URL cannot reach a newer partition by it (the serials of partitions deleted
    before a restart of a persisted emulator are not remembered, unless above the
    highest in use). Partitions get the serials base, base + 1, ... in creation order."""
    base = h.serial * 10000000 % 10**12 + 1000000
    mark = b.runtime.issued_serial
    issued = mark[1] if mark is not None and mark[0] is b.state else base - 1
    serial = max(base - 1, issued, *b.state.partitions) + 1
    b.runtime.issued_serial = (b.state, serial)
    return serial


@RULES.handles("createPartition")
def create_partition(b: Backend, ctx: Ctx) -> Reply:
    h = find_hsm(b, ctx)
    body = ctx.body or {}
    serial = _new_serial(b, h)
    b.state.partitions[serial] = Partition(
        serial,
        body["name"],
        version=body.get("version", 0),
        has_pso=body.get("hasPso", True),
        size=body.get("size", 0),
    )
    if body.get("version", 0):
        b.state.partitions[serial].policies["41"] = 1
    return Reply(204, headers={"Location": f"/api/lunasa/hsms/{h.serial}/partitions/{serial}"})


@RULES.handles("getPartition")
def get_partition(b: Backend, ctx: Ctx) -> Reply:
    return Reply(200, _partition_body(b, find_partition(b, ctx)))


@RULES.handles("deletePartition")
def delete_partition(b: Backend, ctx: Ctx) -> Reply:
    p = find_partition(b, ctx)
    drop_logins(b, p)
    del b.state.partitions[p.serial]
    for client in b.state.ntls_clients.values():
        client.links.pop(str(p.serial), None)
    return Reply(204)


@RULES.handles("initializePartition")
def initialize_partition(b: Backend, ctx: Ctx) -> Reply:
    """(Re-)initialize (the HSM SO, or the partition's own SO: x-luna-requires); wipes
    objects and role credentials, keeps STC settings."""
    p = find_partition(b, ctx)
    body = ctx.body or {}
    if not b.state.hsm.ped_based and not body.get("password"):
        raise E.BadRequest("a partition of a password-based HSM needs 'password'")
    if not b.state.hsm.ped_based and not (body.get("domain") or body.get("defaultDomain")):
        raise E.BadRequest("a partition of a password-based HSM needs 'domain' or 'defaultDomain'")
    version = policy_value(p, "41")
    zeroize_partition(b, p)
    p.label = body.get("label") or p.name
    p.state = "initialized"
    so = p.roles["so"]
    so.initialized, so.password = True, body.get("password", "")
    so.login_attempts_left = max_logins(p)
    if version:
        p.policies["41"] = version
    set_partition_version(p, version)
    seed_objects(p)
    return Reply(204, headers={"Location": partition_url(b, p)})


@RULES.handles("loginPartition")
def login_partition(b: Backend, ctx: Ctx) -> Reply:
    p = find_partition(b, ctx)
    body = ctx.body or {}
    role = body.get("role", "co")
    r = p.roles.get(role)
    if r is None or not r.initialized:
        raise E.RoleNotInitialized(f"role {role!r} of partition {p.serial} is not initialized")
    if r.locked_out:
        raise E.RoleLockedOut(f"role {role!r} is locked out; the partition SO must reset it")
    if not b.state.hsm.ped_based and not secrets.compare_digest(
        body.get("password", "").encode(), r.password.encode()
    ):
        _failed_login(b, p, role, r)
    r.login_attempts_left = max_logins(p)
    r.activated = r.activated or policy_value(p, "22") == 1
    ctx.session.partition_roles.setdefault(p.serial, set()).add(role)
    return Reply(204, headers={"Location": f"{partition_url(b, p)}/login/{role}/1"})


def _failed_login(b: Backend, p: Partition, role: str, r: Role) -> None:
    r.login_attempts_left = max(r.login_attempts_left - 1, 0)
    if r.login_attempts_left > 0:
        raise E.IncorrectPassword(f"{r.login_attempts_left} attempts left")
    if role == "so":
        zeroize_partition(b, p)
        raise E.PartitionZeroized(
            f"last wrong partition SO password: partition {p.serial} has been zeroized"
        )
    r.locked_out = True
    drop_logins(b, p, {role})
    raise E.RoleLockedOut(f"no attempts left: role {role!r} is now locked out")


@RULES.handles("logoutPartition")
def logout_partition(b: Backend, ctx: Ctx) -> Reply:
    p = find_partition(b, ctx)
    ctx.session.partition_roles.pop(p.serial, None)
    return Reply(204, headers={"Location": partition_url(b, p)})


# ---- partition roles ------------------------------------------------------------
ROLE_ACTIONS = ("createChallenge", "reset", "deactivate")


def _role(b: Backend, ctx: Ctx) -> tuple[Partition, str, Role]:
    p = find_partition(b, ctx)
    rid = ctx.params["roleid"]
    r = p.roles.get(rid)
    if r is None or (rid == "so" and not p.has_pso):
        raise E.InvalidRole(f"partition {p.serial} has no role {rid!r}")
    return p, rid, r


def _role_url(b: Backend, p: Partition, rid: str) -> str:
    return f"{partition_url(b, p)}/roles/{rid}"


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise E.BadRequest(f"the password needs at least {MIN_PASSWORD} characters")


@RULES.handles("listPartitionRoles")
def list_partition_roles(b: Backend, ctx: Ctx) -> Reply:
    p = find_partition(b, ctx)
    ids = [r for r in sorted(ROLE_NAMES) if r != "so" or p.has_pso]
    return Reply(
        200,
        {"roles": [{"id": r, "name": ROLE_NAMES[r], "url": _role_url(b, p, r)} for r in ids]},
    )


@RULES.handles("getPartitionRole")
def get_partition_role(b: Backend, ctx: Ctx) -> Reply:
    _, rid, r = _role(b, ctx)
    return Reply(
        200,
        {
            "id": rid,
            "name": ROLE_NAMES[rid],
            "initialized": r.initialized,
            "activated": r.activated,
            "lockedOut": r.locked_out,
            "loginAttemptsLeft": r.login_attempts_left if r.initialized else 0,
            "pinToBeChanged": r.pin_to_be_changed,
            "challengeToBeChanged": r.challenge_to_be_changed,
            "primaryAuthentication": "PED" if b.state.hsm.ped_based else "PIN",
            "secondaryAuthentication": "Challenge" if r.challenge else "None",
        },
    )


@RULES.handles("initializePartitionRole")
def initialize_partition_role(b: Backend, ctx: Ctx) -> Reply:
    """The partition SO initializes the CO, the CO the CU (reference page 002)."""
    p, rid, r = _role(b, ctx)
    if p.state != "initialized":
        raise E.PartitionNotInitialized(f"initialize partition {p.serial} first")
    if rid == "so":
        raise E.BadRequest("the partition SO is initialized with the partition (PUT partition)")
    require_partition_role(b, ctx, p, {"so"} if rid == "co" else {"co"})
    body = ctx.body or {}
    password = body.get("password", "")
    if not b.state.hsm.ped_based:
        if not password:
            raise E.BadRequest("a password-based partition needs 'password'")
        _check_password(password)
    r.initialized, r.password, r.locked_out = True, password, False
    r.login_attempts_left = max_logins(p)
    r.pin_to_be_changed = True  # the new officer changes the credential it was given
    r.challenge = "default" if body.get("defaultChallenge") else ""
    r.challenge_to_be_changed = bool(body.get("defaultChallenge"))
    r.activated = False
    drop_logins(b, p, {rid})
    return Reply(204, headers={"Location": _role_url(b, p, rid)})


@RULES.handles("changePartitionRolePassword")
def change_partition_role_password(b: Backend, ctx: Ctx) -> Reply:
    p, rid, r = _role(b, ctx)
    if not r.initialized:
        raise E.RoleNotInitialized(f"role {rid!r} of partition {p.serial} is not initialized")
    if r.locked_out:
        raise E.RoleLockedOut(f"role {rid!r} is locked out; the partition SO must reset it")
    body = ctx.body or {}
    if not b.state.hsm.ped_based:
        if not secrets.compare_digest(body["oldPassword"].encode(), r.password.encode()):
            _failed_login(b, p, rid, r)
        _check_password(body["newPassword"])
        r.password = body["newPassword"]
    r.login_attempts_left = max_logins(p)
    r.pin_to_be_changed = False
    if body.get("changeChallenge"):
        r.challenge_to_be_changed = False
    return Reply(204, headers={"Location": _role_url(b, p, rid)})


@RULES.handles("listPartitionRoleActions")
def list_partition_role_actions(b: Backend, ctx: Ctx) -> Reply:
    p, rid, _ = _role(b, ctx)
    url = _role_url(b, p, rid)
    return Reply(200, {"actions": [{"id": a, "url": f"{url}/actions/{a}"} for a in ROLE_ACTIONS]})


@RULES.handles("performPartitionRoleAction")
def perform_partition_role_action(b: Backend, ctx: Ctx) -> Reply:
    p, rid, r = _role(b, ctx)
    action = ctx.params["actionid"]
    if action not in ROLE_ACTIONS:
        raise E.ActionDoesNotExist(f"partition roles have no action {action!r}")
    body = ctx.body if isinstance(ctx.body, dict) else {}
    if rid == "so" and action != "createChallenge":
        raise E.BadRequest(f"{action!r} does not apply to the partition SO")
    if not r.initialized:
        raise E.RoleNotInitialized(f"role {rid!r} of partition {p.serial} is not initialized")
    if action == "createChallenge":
        _create_challenge(b, r, body)
    elif action == "reset":
        _reset_role(b, p, rid, r, body)
    else:
        r.activated = False
    return Reply(200, {})


def _create_challenge(b: Backend, r: Role, body: dict[str, Any]) -> None:
    if b.state.hsm.ped_based:
        default = body.get("defaultChallenge", True)
        r.challenge = "default" if default else secrets.token_urlsafe(12)
        r.challenge_to_be_changed = bool(default)
        return
    if not body.get("password"):
        raise E.BadRequest("createChallenge on a password-based partition needs 'password'")
    _check_password(body["password"])
    r.challenge, r.challenge_to_be_changed = body["password"], False


def _reset_role(b: Backend, p: Partition, rid: str, r: Role, body: dict[str, Any]) -> None:
    """Discard the role's credential for a new one; it must be changed at first use."""
    password = body.get("password", "")
    if not b.state.hsm.ped_based:
        if not password:
            raise E.BadRequest("reset on a password-based partition needs the new 'password'")
        _check_password(password)
    r.password, r.challenge = password, ""
    r.locked_out, r.activated = False, False
    r.login_attempts_left = max_logins(p)
    r.pin_to_be_changed, r.challenge_to_be_changed = True, False
    drop_logins(b, p, {rid})
