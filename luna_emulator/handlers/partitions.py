"""Partitions: list, create, get, delete, initialize (which seeds a few real objects), and
role login and logout. What the other partition families share is in
``partition_common.py``."""

from __future__ import annotations

import hashlib
import os
import secrets
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from ..model import Hsm, Partition
from .common import find_hsm, find_partition, partition_url
from .partition_common import (
    drop_logins,
    failed_login,
    max_logins,
    new_handle,
    policy_value,
    set_partition_version,
    zeroize_partition,
)

RULES: Rules[Backend] = Rules()

__all__ = ["RULES", "seed_objects"]


# ---- objects a new partition holds --------------------------------------------------
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
        failed_login(b, p, role, r)
    r.login_attempts_left = max_logins(p)
    r.activated = r.activated or policy_value(p, "22") == 1
    ctx.session.partition_roles.setdefault(p.serial, set()).add(role)
    return Reply(204, headers={"Location": f"{partition_url(b, p)}/login/{role}/1"})


@RULES.handles("logoutPartition")
def logout_partition(b: Backend, ctx: Ctx) -> Reply:
    p = find_partition(b, ctx)
    ctx.session.partition_roles.pop(p.serial, None)
    return Reply(204, headers={"Location": partition_url(b, p)})
