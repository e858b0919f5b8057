"""A partition's Secure Trusted Channel (STC) settings and client identities: the
partition's identity is a real RSA-2048 public key (exported base64, with its SHA-1
fingerprint); client identities are registered under a label with the SHA-1 fingerprint
of the decoded identity. Link settings use the LunaSH ranges (activation timeout 1-240 s,
rekey threshold 0-4000, replay window 100-1000)."""

from __future__ import annotations

import base64
import binascii
import hashlib

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from ..model import Partition, StcClient
from .common import find_partition, partition_url
from .metrics import record_use

RULES: Rules[Backend] = Rules()

__all__ = ["RULES", "STC_DEFAULTS"]


STC_DEFAULTS = {"activationTimeout": 120, "rekeyThreshold": 400, "replayWindow": 120}


STC_RANGES = {
    "activationTimeout": (1, 240),
    "rekeyThreshold": (0, 4000),
    "replayWindow": (100, 1000),
}


def _stc_identity(p: Partition) -> bytes:
    """The partition's STC identity: an RSA-2048 public key (DER), made once."""
    if not p.stc_identity:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        p.stc_identity = key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    return p.stc_identity


def _sha1(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()  # noqa: S324 (the fingerprint the appliance shows)


@RULES.handles("getPartitionStc")
def get_partition_stc(b: Backend, ctx: Ctx) -> Reply:
    p = find_partition(b, ctx)
    identity = _stc_identity(p)
    return Reply(
        200,
        {
            **{k: p.stc.get(k, v) for k, v in STC_DEFAULTS.items()},
            "identity": base64.b64encode(identity).decode(),
            "fingerprint": _sha1(identity),
        },
    )


@RULES.handles("replacePartitionStc")
def replace_partition_stc(b: Backend, ctx: Ctx) -> Reply:
    p = find_partition(b, ctx)
    body = ctx.body or {}
    for k, (low, high) in STC_RANGES.items():
        if k in body and not low <= body[k] <= high:
            raise E.BadRequest(f"{k} takes {low} to {high}, not {body[k]}")
    for k in STC_RANGES:
        if k in body:
            p.stc[k] = body[k]
    return Reply(204)


def _stc_clients_url(b: Backend, p: Partition) -> str:
    return f"{partition_url(b, p)}/stc/clients"


@RULES.handles("listStcClients")
def list_stc_clients(b: Backend, ctx: Ctx) -> Reply:
    p = find_partition(b, ctx)
    url = _stc_clients_url(b, p)
    return Reply(
        200,
        {
            "clients": [
                {"id": i, "label": p.stc_clients[i].label, "url": f"{url}/{i}"}
                for i in sorted(p.stc_clients, key=int)
            ]
        },
    )


@RULES.handles("createStcClient")
def create_stc_client(b: Backend, ctx: Ctx) -> Reply:
    p = find_partition(b, ctx)
    label, encoded = ctx.body["label"], ctx.body["identity"]
    try:
        identity = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise E.BadRequest(
            "'identity' is not base64 (encode the identity file, no newlines)"
        ) from None
    if not identity:
        raise E.BadRequest("'identity' is empty")
    if not label.strip() or len(label) > 64:
        raise E.BadRequest("'label' needs 1 to 64 characters")
    fingerprint = _sha1(identity)
    for c in p.stc_clients.values():
        if c.label == label:
            raise E.BadRequest(f"a client identity is already registered as {label!r}")
        if c.fingerprint == fingerprint:
            raise E.BadRequest(f"this identity is already registered as {c.label!r}")
    cid = str(max((int(i) for i in p.stc_clients), default=0) + 1)
    p.stc_clients[cid] = StcClient(label, identity, fingerprint)
    record_use(b, p, "KEY_DERIVATION")  # the channel keys for the new client
    return Reply(204, headers={"Location": f"{_stc_clients_url(b, p)}/{cid}"})


def _stc_client(b: Backend, ctx: Ctx) -> tuple[Partition, str, StcClient]:
    p = find_partition(b, ctx)
    key = str(ctx.params["clientid"])
    if key in p.stc_clients:
        return p, key, p.stc_clients[key]
    for cid, c in p.stc_clients.items():
        if c.label == key:
            return p, cid, c
    raise E.InvalidStcClient(f"partition {p.serial} has no STC client {key!r}")


@RULES.handles("getStcClient")
def get_stc_client(b: Backend, ctx: Ctx) -> Reply:
    _, _, c = _stc_client(b, ctx)
    return Reply(200, {"label": c.label, "fingerprint": c.fingerprint})


@RULES.handles("deleteStcClient")
def delete_stc_client(b: Backend, ctx: Ctx) -> Reply:
    p, cid, _ = _stc_client(b, ctx)
    del p.stc_clients[cid]
    return Reply(204)
