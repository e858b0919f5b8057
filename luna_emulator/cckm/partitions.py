"""CCKM's Luna partitions: added from a connection, backed by the appliance's partitions.

add-partition with ``emulated-luna`` adds the first of the appliance's initialized
partitions that CCKM does not manage yet (one CCKM partition per appliance partition);
with another connection, the partition (or HA group) it names, after checking that the
serials exist on the appliance and that the connection's password is their Crypto
Officer's. Deleting a partition from CCKM removes CCKM's key records of it; the partition
and its objects stay on the HSM.
"""

from __future__ import annotations

import secrets
import uuid
from typing import Any

from . import hsm
from .backend import CckmBackend
from .dispatch import Ctx, Listing, Reply, Rules
from .errors import Conflict, InvalidParamValue, NotAllowed
from .model import Connection, ManagedPartition
from .views import partition_body

__all__ = ["RULES"]

RULES = Rules()


def _managed(b: CckmBackend) -> set[int]:
    return {s for p in b.state.partitions.values() for s in p.serials}


def _serials(b: CckmBackend, c: Connection) -> list[int]:
    if c.emulated:
        free = [
            serial
            for serial, p in sorted(b.appliance.partitions.items())
            if p.state == "initialized" and serial not in _managed(b)
        ]
        if not free:
            raise Conflict(
                f"{c.name}: every initialized partition of the Luna HSM is in CCKM already "
                "(or it has none)"
            )
        return free[:1]
    serials = []
    for entry in c.partitions:
        try:
            serial = int(entry["serial_number"])
        except ValueError:
            raise InvalidParamValue(f"{c.name}: serial number {entry['serial_number']!r}") from None
        p = hsm.partition_of(b.appliance, serial)
        co = p.roles["co"]
        if not co.initialized or not secrets.compare_digest(
            co.password.encode(), c.password.encode()
        ):
            raise NotAllowed(f"{c.name}: login to partition {serial} as Crypto Officer failed")
        serials.append(serial)
    if set(serials) & _managed(b):
        raise Conflict(f"{c.name}: its partition is in CCKM already")
    return serials


@RULES.handles("addLunaPartition")
def add_partition(b: CckmBackend, ctx: Ctx) -> Reply:
    c = b.find_connection(ctx.body["connection"])
    serials = _serials(b, c)
    first = b.appliance.partitions[serials[0]]
    stamp = b.stamp()
    mp = ManagedPartition(
        id=str(uuid.uuid4()),
        connection=c.name,
        serials=serials,
        label=first.label or first.name,
        created=stamp,
        updated=stamp,
        ha_enabled=len(serials) > 1,
    )
    b.state.partitions[mp.id] = mp
    return Reply(201, partition_body(mp))


@RULES.handles("listLunaPartitions")
def list_partitions(b: CckmBackend, ctx: Ctx) -> Listing:
    return Listing([partition_body(p) for p in b.state.partitions.values()])


@RULES.handles("getLunaPartition")
def get_partition(b: CckmBackend, ctx: Ctx) -> Reply:
    return Reply(200, partition_body(b.find_partition(ctx.params["partitionId"])))


@RULES.handles("updateLunaPartition")
def update_partition(b: CckmBackend, ctx: Ctx) -> Reply:
    mp = b.find_partition(ctx.params["partitionId"])
    if "connection" in ctx.body:
        mp.connection = b.find_connection(ctx.body["connection"]).name
    mp.updated = b.stamp()
    return Reply(200, partition_body(mp))


@RULES.handles("deleteLunaPartition")
def delete_partition(b: CckmBackend, ctx: Ctx) -> Reply:
    mp = b.find_partition(ctx.params["partitionId"])
    for k in b.keys_of(mp):
        del b.state.keys[k.id]
    del b.state.partitions[mp.id]
    return Reply(204)


def _acl(entry: dict[str, Any]) -> dict[str, Any]:
    if ("user_id" in entry) == ("group" in entry):
        raise InvalidParamValue("an ACL entry names user_id or group (one of them)")
    if "actions" not in entry or "permit" not in entry:
        raise InvalidParamValue("an ACL entry needs actions and permit")
    return entry


@RULES.handles("updateLunaPartitionAcls")
def update_partition_acls(b: CckmBackend, ctx: Ctx) -> Reply:
    mp = b.find_partition(ctx.params["partitionId"])
    body = ctx.body
    entries = body.get("acls", [body])
    changes = [_acl(e) for e in entries]
    for e in changes:
        who = ("user_id", e["user_id"]) if "user_id" in e else ("group", e["group"])
        acl = next((a for a in mp.acls if (a.get(who[0]) == who[1])), None)
        if acl is None:
            acl = {who[0]: who[1], "actions": []}
            mp.acls.append(acl)
        actions = set(acl["actions"])
        actions = actions | set(e["actions"]) if e["permit"] else actions - set(e["actions"])
        acl["actions"] = sorted(actions)
    mp.updated = b.stamp()
    return Reply(200, partition_body(mp))
