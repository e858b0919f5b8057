"""The JSON bodies of CCKM's resources, as the reference's examples show them."""

from __future__ import annotations

from typing import Any

from ..model import State
from .model import Connection, Job, KeyRecord, ManagedPartition, RefreshToken

__all__ = ["COMMON", "connection_body", "job_body", "key_body", "partition_body", "token_body"]

# the account fields every CipherTrust resource of the examples carries
COMMON = {
    "account": "kylo:kylo:admin:accounts:kylo",
    "application": "ncryptify:gemalto:admin:apps:kylo",
    "devAccount": "ncryptify:gemalto:admin:accounts:gemalto",
}


def _resource(kind: str, rid: str, created: str, updated: str) -> dict[str, Any]:
    return {
        "id": rid,
        "uri": f"kylo:kylo:{kind}:{rid}",
        **COMMON,
        "createdAt": created,
        "updatedAt": updated,
    }


def connection_body(c: Connection, appliance: State) -> dict[str, Any]:
    return {
        **_resource("connectionmgmt:connections", c.id, c.created, c.updated),
        "name": c.name,
        "description": c.description,
        "products": list(c.products),
        "meta": c.meta,
        "is_ha_enabled": c.is_ha_enabled,
        "partitions": [dict(p) for p in c.partitions],
        "last_connection_ok": None,
        "last_connection_at": None,
    }


def partition_body(p: ManagedPartition) -> dict[str, Any]:
    return {
        **_resource("cckm:luna-partitions", p.id, p.created, p.updated),
        "partition_label": p.label,
        "connection": p.connection,
        "ha_enabled": p.ha_enabled,
        "serial_numbers": [str(s) for s in p.serials],
        "acls": [dict(a) for a in p.acls],
    }


def key_body(k: KeyRecord, p: ManagedPartition | None, appliance: State) -> dict[str, Any]:
    """A key record. While its creation is pending the type, algorithm, attributes and
    identity of the object are not known yet: they read empty, as in the reference."""
    created = bool(k.object_uid)
    body: dict[str, Any] = {
        **_resource("cckm:luna-keys", k.id, k.created, k.updated),
        "partition_id": k.partition_id,
        "partition_label": p.label if p is not None else "",
        "status": k.status,
    }
    if k.operation:
        body["operation"] = k.operation
        body["operation_status"] = k.operation_status
    body.update(
        algorithm=k.algorithm if created else "",
        object_type=k.object_type if created else "",
        mechanism=k.mechanism,
        size=k.size,
        label=k.label,
    )
    serials = p.serials if p is not None else list(k.handles)
    if created:
        info = {}
        for serial in serials:
            part = appliance.partitions.get(serial)
            handle = k.handles.get(serial)
            there = part is not None and handle is not None and handle in part.objects
            info[str(serial)] = "available" if there else "Error finding key"
        body.update(
            attributes=list(k.attributes),
            object_uid=k.object_uid,
            sha_256_fingerprint=k.fingerprint,
            replication_info=info,
        )
        body["replicated"] = bool(info) and all(v == "available" for v in info.values())
    else:
        body["replicated"] = False
    body.update(
        byok_key=k.byok_key,
        origin=k.origin,
        modulus=k.modulus if created else "",
        exponent=k.exponent if created else 0,
        link_id=k.link_id if created else "",
        ha_enabled=p.ha_enabled if p is not None else False,
    )
    return body


def job_body(j: Job) -> dict[str, Any]:
    body: dict[str, Any] = {
        **_resource("cckm:synchronize", j.id, j.created, j.updated),
        "overall_status": j.overall_status,
        "detailed_status": dict(j.detailed_status),
        "cloud": "hsm-luna",
        "partitions": list(j.partitions),
        "abort": j.abort,
        "job_type": j.job_type,
    }
    if j.completed_at:
        body["completed_at"] = j.completed_at
    return body


def token_body(t: RefreshToken, stamp: str) -> dict[str, Any]:
    """A refresh token's record: never its value."""
    return {
        **_resource("auth:tokens", t.id, stamp, stamp),
        "user_id": t.user,
        "client_id": t.client_id,
        "labels": list(t.labels),
        "revoked": t.revoked,
    }
