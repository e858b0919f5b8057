"""Luna HSM keys: create, list, get, update, replicate, delete from CCKM, delete from the
HSM. Creating, updating, replicating and deleting from the HSM are asynchronous: the
answer shows the operation in progress and ``CckmBackend.tick`` finishes it on the
partition's objects after ``timing.key_operation_delay`` seconds of the emulator's clock.

An RSA pair is two records (the private half answered, the public one in ``links``); an
AES key is one. The mechanism/size rules are the spec's (``LunaKeyCreate`` is a ``oneOf``
validated before these rules run).
"""

from __future__ import annotations

import copy
import uuid
from typing import Any

from . import hsm
from .backend import CckmBackend
from .dispatch import Ctx, Listing, Reply, Rules
from .errors import InvalidParamValue, NotAllowed
from .model import KeyRecord, PendingOperation
from .views import key_body

__all__ = ["RULES"]

RULES = Rules()


def _body(b: CckmBackend, k: KeyRecord, *, links: bool = False) -> dict[str, Any]:
    body = key_body(k, b.state.partitions.get(k.partition_id), b.appliance)
    pair = b.partner(k)
    if links and pair is not None:
        body["links"] = key_body(pair, b.state.partitions.get(pair.partition_id), b.appliance)
    return body


def _record(b: CckmBackend, body: dict[str, Any], object_type: str, algorithm: str) -> KeyRecord:
    stamp = b.stamp()
    requested = list(body.get("attributes", []))
    return KeyRecord(
        id=str(uuid.uuid4()),
        partition_id=body["partition_id"],
        label=body["label"],
        mechanism=body["mechanism"],
        size=body["size"],
        requested=requested,
        object_type=object_type,
        algorithm=algorithm,
        created=stamp,
        updated=stamp,
        status=b.pending,
        operation="keycreate",
        operation_status="",
        byok_key="CKA_EXTRACTABLE" in requested,
        pending=PendingOperation("keycreate", b.now() + b.state.timing.key_operation_delay),
    )


@RULES.handles("createLunaKey")
def create_key(b: CckmBackend, ctx: Ctx) -> Reply:
    body = ctx.body
    mp = b.state.partitions.get(body["partition_id"])
    if mp is None:
        raise InvalidParamValue(f"partition_id: no partition {body['partition_id']!r} in CCKM")
    for serial in mp.serials:
        hsm.partition_of(b.appliance, serial)
    rsa = body["mechanism"] != "CKM_AES_KEY_GEN"
    if rsa:
        private = _record(b, body, "private key", "rsa")
        public = _record(b, body, "public key", "rsa")
        private.link_id, public.link_id = public.id, private.id
        b.state.keys[private.id] = private
        b.state.keys[public.id] = public
        return Reply(201, _body(b, private, links=True))
    key = _record(b, body, "secret key", "aes")
    b.state.keys[key.id] = key
    return Reply(201, _body(b, key))


@RULES.handles("listLunaKeys")
def list_keys(b: CckmBackend, ctx: Ctx) -> Listing:
    return Listing([_body(b, k) for k in b.state.keys.values()])


@RULES.handles("getLunaKey")
def get_key(b: CckmBackend, ctx: Ctx) -> Reply:
    return Reply(200, _body(b, b.find_key(ctx.params["keyId"])))


def _ready(b: CckmBackend, k: KeyRecord) -> None:
    """An operation may start only on a created key with no operation in progress."""
    if k.pending is not None:
        raise NotAllowed(f"key {k.id}: {k.pending.operation} is in progress")
    if k.status != b.available:
        raise NotAllowed(f"key {k.id} is {k.status}, not {b.available}")


def _start(
    b: CckmBackend, k: KeyRecord, operation: str, changes: list[dict[str, Any]] | None = None
) -> None:
    k.pending = PendingOperation(
        operation, b.now() + b.state.timing.key_operation_delay, changes or []
    )
    k.operation, k.operation_status = operation, b.op_pending
    k.updated = b.stamp()


@RULES.handles("updateLunaKey")
def update_key(b: CckmBackend, ctx: Ctx) -> Reply:
    k = b.find_key(ctx.params["keyId"])
    _ready(b, k)
    changes = ctx.body["attributes"]
    for serial, handle in k.handles.items():  # refused now, not when the work runs
        obj = hsm.partition_of(b.appliance, serial).objects.get(handle)
        if obj is not None:
            hsm.apply_attributes(copy.deepcopy(obj), changes)
    _start(b, k, "keyupdate", changes)
    return Reply(200, _body(b, k))


@RULES.handles("replicateLunaKey")
def replicate_key(b: CckmBackend, ctx: Ctx) -> Reply:
    k = b.find_key(ctx.params["keyId"])
    _ready(b, k)
    _start(b, k, "keyreplicate")
    return Reply(200, _body(b, k, links=True))


@RULES.handles("deleteLunaKeyFromHsm")
def delete_key_from_hsm(b: CckmBackend, ctx: Ctx) -> Reply:
    k = b.find_key(ctx.params["keyId"])
    _ready(b, k)
    _start(b, k, "keydelete")
    return Reply(200, _body(b, k))


@RULES.handles("deleteLunaKey")
def delete_key(b: CckmBackend, ctx: Ctx) -> Reply:
    """CCKM's record only: the object stays on the HSM (a refresh brings it back)."""
    k = b.find_key(ctx.params["keyId"])
    if k.pending is not None:
        raise NotAllowed(f"key {k.id}: {k.pending.operation} is in progress")
    del b.state.keys[k.id]
    return Reply(204)
