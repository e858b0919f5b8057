"""Partitions: create, initialize, delete, role login."""

from __future__ import annotations

import secrets
from typing import Any

from .. import errors as E
from ..backend import Backend, Ctx, Reply, handles
from ..model import Partition
from .common import find_hsm, find_partition, partition_url, require_so

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


@handles("listPartitions")
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


@handles("createPartition")
def create_partition(b: Backend, ctx: Ctx) -> Reply:
    h = find_hsm(b, ctx)
    require_so(b, ctx)
    body = ctx.body or {}
    serial = h.serial * 10000000 % 10**12 + 1000000 + len(b.state.partitions)
    while serial in b.state.partitions:
        serial += 1
    b.state.partitions[serial] = Partition(
        serial,
        body["name"],
        version=body.get("version", 0),
        has_pso=body.get("hasPso", True),
        size=body.get("size", 0),
    )
    return Reply(204, headers={"Location": f"/api/lunasa/hsms/{h.serial}/partitions/{serial}"})


@handles("getPartition")
def get_partition(b: Backend, ctx: Ctx) -> Reply:
    return Reply(200, _partition_body(b, find_partition(b, ctx)))


@handles("deletePartition")
def delete_partition(b: Backend, ctx: Ctx) -> Reply:
    p = find_partition(b, ctx)
    require_so(b, ctx)
    del b.state.partitions[p.serial]
    for client in b.state.ntls_clients.values():
        client.links.pop(str(p.serial), None)
    return Reply(204)


@handles("initializePartition")
def initialize_partition(b: Backend, ctx: Ctx) -> Reply:
    p = find_partition(b, ctx)
    body = ctx.body or {}
    p.label = body.get("label") or p.name
    p.state = "initialized"
    p.roles["so"].initialized, p.roles["so"].password = True, body.get("password", "")
    p.objects.clear()
    return Reply(
        204, headers={"Location": f"/api/lunasa/hsms/{b.state.hsm.serial}/partitions/{p.serial}"}
    )


@handles("loginPartition")
def login_partition(b: Backend, ctx: Ctx) -> Reply:
    p = find_partition(b, ctx)
    body = ctx.body or {}
    role = body.get("role", "co")
    r = p.roles.get(role)
    if r is None or not r.initialized:
        raise E.error_class("HSMPLUGIN_ROLE_NOT_INITIALIZED", 400, "Role is not initialized")(
            f"role {role!r} of partition {p.serial} is not initialized"
        )
    if r.locked_out:
        raise E.error_class("HSMPLUGIN_ROLE_LOCKED_OUT", 400, "Role is locked out")()
    if not b.state.hsm.ped_based and not secrets.compare_digest(
        body.get("password", ""), r.password
    ):
        r.login_attempts_left -= 1
        r.locked_out = r.login_attempts_left <= 0
        raise E.error_class("HSMPLUGIN_INCORRECT_PASSWORD", 400, "Incorrect password")(
            f"{r.login_attempts_left} attempts left"
        )
    r.login_attempts_left = 10
    ctx.session.partition_roles.setdefault(p.serial, set()).add(role)
    return Reply(
        204,
        headers={"Location": f"{partition_url(b, p)}/login/{role}/1"},
    )


@handles("logoutPartition")
def logout_partition(b: Backend, ctx: Ctx) -> Reply:
    p = find_partition(b, ctx)
    ctx.session.partition_roles.pop(p.serial, None)
    return Reply(
        204, headers={"Location": f"/api/lunasa/hsms/{b.state.hsm.serial}/partitions/{p.serial}"}
    )
