"""Connection Manager: Luna Network HSM connections.

``emulated-luna`` exists from the start: the connection to the emulated appliance, whose
``partitions`` are the appliance's partitions as they are now. Other connections name
partitions by ``serial_number`` and carry the partitions' Crypto Officer password, which
add-partition checks against the appliance (CCKM logs in to the partition as its CO).
"""

from __future__ import annotations

import uuid
from typing import Any

from .backend import CckmBackend
from .dispatch import Ctx, Listing, Reply, Rules
from .errors import Conflict, InvalidParamValue
from .model import Connection
from .views import connection_body

__all__ = ["RULES"]

RULES = Rules()


def _body(b: CckmBackend, c: Connection) -> dict[str, Any]:
    body = connection_body(c, b.appliance)
    body["partitions"] = [dict(p) for p in b.connection_partitions(c)]
    return body


def _check_ha(partitions: list[Any], ha: bool) -> None:
    if len(partitions) > 1 and not ha:
        raise InvalidParamValue("more than one partition needs is_ha_enabled: true (an HA group)")


@RULES.handles("listLunaConnections")
def list_connections(b: CckmBackend, ctx: Ctx) -> Listing:
    return Listing([_body(b, c) for c in b.state.connections.values()])


@RULES.handles("createLunaConnection")
def create_connection(b: CckmBackend, ctx: Ctx) -> Reply:
    body = ctx.body
    if any(c.name == body["name"] for c in b.state.connections.values()):
        raise Conflict(f"connection {body['name']!r} already exists")
    _check_ha(body["partitions"], bool(body.get("is_ha_enabled")))
    stamp = b.stamp()
    c = Connection(
        id=str(uuid.uuid4()),
        name=body["name"],
        password=body["password"],
        partitions=[
            {
                "id": str(uuid.uuid4()),
                "hostname": p["hostname"],
                "partition_label": p["partition_label"],
                "serial_number": p["serial_number"],
            }
            for p in body["partitions"]
        ],
        created=stamp,
        updated=stamp,
        products=list(body.get("products", ["cckm"])),
        description=body.get("description", ""),
        meta=body.get("meta"),
        is_ha_enabled=bool(body.get("is_ha_enabled")),
    )
    b.state.connections[c.id] = c
    return Reply(201, _body(b, c))


@RULES.handles("getLunaConnection")
def get_connection(b: CckmBackend, ctx: Ctx) -> Reply:
    return Reply(200, _body(b, b.find_connection(ctx.params["connectionId"])))


@RULES.handles("updateLunaConnection")
def update_connection(b: CckmBackend, ctx: Ctx) -> Reply:
    c = b.find_connection(ctx.params["connectionId"])
    body = ctx.body
    if "is_ha_enabled" in body:
        _check_ha(c.partitions, bool(body["is_ha_enabled"]))
    if "meta" in body:
        missing = set(c.meta or {}) - set(body["meta"])
        if missing:
            raise InvalidParamValue(f"meta keys cannot be removed: {sorted(missing)}")
        c.meta = {**(c.meta or {}), **body["meta"]}
    c.password = body.get("password", c.password)
    c.is_ha_enabled = bool(body.get("is_ha_enabled", c.is_ha_enabled))
    c.products = list(body.get("products", c.products))
    c.description = body.get("description", c.description)
    c.updated = b.stamp()
    return Reply(200, _body(b, c))


@RULES.handles("deleteLunaConnection")
def delete_connection(b: CckmBackend, ctx: Ctx) -> Reply:
    del b.state.connections[b.find_connection(ctx.params["connectionId"]).id]
    return Reply(204)
