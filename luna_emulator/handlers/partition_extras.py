"""Partition policies and policy templates, objects (backup and restore), SMK keys
and Secure Trusted Channel (STC) settings and client identities.

* Policies: the table of ``partitions.POLICIES``; the partition SO changes them;
  a destructive change (per direction) destroys the partition's objects; policy
  20 bounds the login attempts, policy 41 is the partition version (V1 has an
  FW7 primary SMK).
* Templates: ``POST .../policies {file}`` writes the partition's policies as a
  template file into the caller's file area; ``/api/lunasa/partitionPolicyTemplates``
  lists the template files found in the users' file areas.
* Objects: public objects are visible to everyone, the others only with a
  Crypto Officer or Crypto User login; backups are kept by name on the partition
  and ``restore`` gives the restored objects new handles (guide ch. 14).
* SMK: ``smk-fw7-primary`` and ``smk-fw7-rollover``; rollover ``start`` and ``end``
  with the checks and errors of reference page 001.
* STC: the partition's identity is a real RSA-2048 public key (exported base64,
  with its SHA-1 fingerprint); client identities are registered under a label
  with the SHA-1 fingerprint of the decoded identity. Link settings use the LunaSH
  ranges (activation timeout 1-240 s, rekey threshold 0-4000, replay window 100-1000).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from ..model import Partition, StcClient, User
from .common import find_partition, partition_url
from .metrics import record_use
from .partitions import (
    POLICIES,
    PolicyDef,
    holds_role,
    new_handle,
    policy_value,
    set_partition_version,
)

RULES: Rules[Backend] = Rules()

__all__ = ["SMK_IDS", "STC_DEFAULTS", "TEMPLATE_HEADER"]

OFFICERS = {"co", "cu"}


# ---- policies ---------------------------------------------------------------------
def _policy(b: Backend, ctx: Ctx) -> tuple[Partition, PolicyDef]:
    p = find_partition(b, ctx)
    raw = str(ctx.params["policyid"])
    key = str(int(raw)) if raw.isdigit() else raw
    d = POLICIES.get(key)
    if d is None:
        raise E.InvalidPolicy(f"partitions have no policy {raw!r}")
    return p, d


def _policy_body(p: Partition, d: PolicyDef) -> dict[str, Any]:
    return {"id": d.id, "name": d.name, "value": policy_value(p, d.id)}


@RULES.handles("listPartitionPolicies")
def list_partition_policies(b: Backend, ctx: Ctx) -> Reply:
    p = find_partition(b, ctx)
    return Reply(200, {"policies": [_policy_body(p, d) for d in POLICIES.values()]})


@RULES.handles("getPartitionPolicy")
def get_partition_policy(b: Backend, ctx: Ctx) -> Reply:
    p, d = _policy(b, ctx)
    return Reply(200, _policy_body(p, d))


@RULES.handles("replacePartitionPolicy", "updatePartitionPolicy")
def set_partition_policy(b: Backend, ctx: Ctx) -> Reply:
    p, d = _policy(b, ctx)
    value = ctx.body["value"]
    if not d.low <= value <= d.high:
        raise E.BadRequest(f"policy {d.id} ({d.name}) takes {d.low} to {d.high}, not {value}")
    old = policy_value(p, d.id)
    if value == old:
        return Reply(204)
    p.policies[d.id] = value
    if (value > old and d.destroys_on) or (value < old and d.destroys_off):
        p.objects.clear()
    if d.id == "20":
        for r in p.roles.values():
            r.login_attempts_left = min(r.login_attempts_left, value)
    elif d.id == "41":
        set_partition_version(p, value)
    return Reply(204)


# ---- policy templates ---------------------------------------------------------------
TEMPLATE_HEADER = "# Luna partition policy template"
TEMPLATE_COLUMNS = "policyId,value,offToOnDestructive,onToOffDestructive,name"
MAX_TEMPLATE = 1 << 16


def _template_text(b: Backend, p: Partition) -> bytes:
    lines = [
        TEMPLATE_HEADER,
        f"# exported from partition {p.serial} ({p.label or p.name}) "
        f"of HSM {b.state.hsm.serial}, firmware {b.state.hsm.firmware}",
        TEMPLATE_COLUMNS,
    ]
    for d in POLICIES.values():
        value = policy_value(p, d.id)
        lines.append(f"{d.id},{value},{int(d.destroys_on)},{int(d.destroys_off)},{d.name}")
    return ("\n".join(lines) + "\n").encode()


def _check_template_name(name: str) -> None:
    if (
        not name.strip()
        or name.startswith((".", " "))
        or name.endswith((" ", "."))
        or ".." in name
        or name == "server.pem"
    ):
        raise E.InvalidFilename(
            f"{name!r} is not a valid file name (no leading '.', no '..', no trailing space or '.')"
        )


@RULES.handles("exportPartitionPolicyTemplate")
def export_partition_policy_template(b: Backend, ctx: Ctx) -> Reply:
    p = find_partition(b, ctx)
    name = ctx.body["file"]
    _check_template_name(name)
    ctx.user.files[name] = _template_text(b, p)
    return Reply(201, {}, {"Location": f"/users/{ctx.user.name}/files/{name}"})


def _is_template(user: User, fname: str) -> bool:
    """Whether a file of the user's area is a policy template (read: its first line)."""
    header = TEMPLATE_HEADER.encode()
    try:
        if user.files.size(fname) > MAX_TEMPLATE:
            return False
        with user.files.path(fname).open("rb") as f:
            return f.read(len(header)) == header
    except (KeyError, OSError):
        return False


def _templates(b: Backend) -> dict[str, User]:
    """Template files in the users' file areas, by name (the first user's, by name)."""
    found: dict[str, User] = {}
    for uname in sorted(b.state.users):
        user = b.state.users[uname]
        for fname in sorted(user.files):
            if fname not in found and _is_template(user, fname):
                found[fname] = user
    return found


def _template(b: Backend, ctx: Ctx) -> tuple[str, User]:
    name = str(ctx.params["templateid"])
    user = _templates(b).get(name)
    if user is None:
        raise E.InvalidTemplate(f"no partition policy template {name!r}")
    return name, user


def _parse_template(data: bytes) -> list[dict[str, Any]]:
    policies = []
    for line in data.decode("utf-8", "replace").splitlines():
        fields = line.split(",", 4)
        if line.startswith("#") or len(fields) != 5 or not fields[0].isdigit():
            continue
        pid, value, on, off, name = fields
        if not (value.isdigit() and on in ("0", "1") and off in ("0", "1")):
            continue
        policies.append(
            {
                "id": pid,
                "name": name,
                "value": int(value),
                "offToOnDestructive": on == "1",
                "onToOffDestructive": off == "1",
            }
        )
    return policies


@RULES.handles("listPartitionPolicyTemplates")
def list_partition_policy_templates(b: Backend, ctx: Ctx) -> Reply:
    return Reply(
        200,
        {
            "partitionPolicyTemplates": [
                {"id": n, "url": f"/api/lunasa/partitionPolicyTemplates/{n}"}
                for n in sorted(_templates(b))
            ]
        },
    )


@RULES.handles("getPartitionPolicyTemplate")
def get_partition_policy_template(b: Backend, ctx: Ctx) -> Reply:
    name, user = _template(b, ctx)
    data = user.files[name]
    return Reply(
        200,
        {
            "id": name,
            "owner": user.name,
            "file": f"/users/{user.name}/files/{name}",
            "size": len(data),
            "policies": _parse_template(data),
        },
    )


@RULES.handles("deletePartitionPolicyTemplate")
def delete_partition_policy_template(b: Backend, ctx: Ctx) -> Reply:
    name, user = _template(b, ctx)
    del user.files[name]
    return Reply(204)


# ---- objects ----------------------------------------------------------------------
def _objects_url(b: Backend, p: Partition) -> str:
    return f"{partition_url(b, p)}/object/objects"


def _visible(b: Backend, ctx: Ctx, p: Partition, obj: dict[str, Any]) -> bool:
    return obj.get("private") == "false" or holds_role(b, ctx, p, OFFICERS)


def _invalid_object(handle: str) -> E.LunaError:
    return E.InvalidObject(f"no object with handle {handle!r}")


@RULES.handles("listPartitionObjects")
def list_partition_objects(b: Backend, ctx: Ctx) -> Reply:
    p = find_partition(b, ctx)
    url = _objects_url(b, p)
    handles_ = sorted((h for h, o in p.objects.items() if _visible(b, ctx, p, o)), key=int)
    return Reply(200, {"objects": [{"id": h, "url": f"{url}/{h}"} for h in handles_]})


@RULES.handles("getPartitionObject")
def get_partition_object(b: Backend, ctx: Ctx) -> Reply:
    """Private objects answer an empty body without a CO or CU login."""
    if ctx.params.get("hsmid") != b.state.hsm.serial:
        raise E.HsmDoesNotExist(f"no HSM {ctx.params.get('hsmid')}")
    p = find_partition(b, ctx)
    handle = str(ctx.params["objectid"])
    obj = p.objects.get(handle)
    if obj is None:
        raise _invalid_object(handle)
    if not _visible(b, ctx, p, obj):
        return Reply(200, {})
    return Reply(200, {"handle": handle, **obj})


@RULES.handles("deletePartitionObject")
def delete_partition_object(b: Backend, ctx: Ctx) -> Reply:
    p = find_partition(b, ctx)
    handle = str(ctx.params["objectid"])
    if handle not in p.objects:
        raise _invalid_object(handle)
    del p.objects[handle]
    return Reply(204)


@RULES.handles("deletePartitionObjects")
def delete_partition_objects(b: Backend, ctx: Ctx) -> Reply:
    p = find_partition(b, ctx)
    p.objects.clear()
    return Reply(204)


@RULES.handles("performPartitionObjectAction")
def perform_partition_object_action(b: Backend, ctx: Ctx) -> Reply:
    p = find_partition(b, ctx)
    action = ctx.params["actionid"]
    if action not in ("backup", "restore"):
        raise E.ActionDoesNotExist(f"partition objects have no action {action!r}")
    body = ctx.body or {}
    ids = [str(i) for i in body.get("ids", [])]
    if action == "backup":
        done = _backup(p, body.get("name", ""), ids)
        record_use(b, p, "ENCRYPT", len(done))  # each object is wrapped
    else:
        done = _restore(p, body.get("name", ""), ids)
        record_use(b, p, "DECRYPT", len(done))  # and unwrapped
    return Reply(200, {"ids": done})


def _backup(p: Partition, name: str, ids: list[str]) -> list[str]:
    if not name or len(name) > 64:
        raise E.BadRequest("backup needs a 'name' of 1 to 64 characters")
    chosen = ids or sorted(p.objects, key=int)
    for h in chosen:
        if h not in p.objects:
            raise _invalid_object(h)
    p.backups.pop(name, None)  # a backup of the same name is replaced (and becomes the latest)
    p.backups[name] = {h: dict(p.objects[h]) for h in chosen}
    return chosen


def _restore(p: Partition, name: str, ids: list[str]) -> list[str]:
    """Restore from the named backup, or the latest; the objects get new handles."""
    if name and name not in p.backups:
        raise E.BackupDoesNotExist(f"no backup {name!r}")
    if not p.backups:
        raise E.BackupDoesNotExist(f"partition {p.serial} has no backup to restore from")
    backup = p.backups[name] if name else p.backups[list(p.backups)[-1]]
    chosen = ids or list(backup)
    for h in chosen:
        if h not in backup:
            raise _invalid_object(h)
    restored = []
    for h in chosen:
        new = new_handle(p)
        p.objects[new] = dict(backup[h])
        restored.append(new)
    return restored


# ---- SMK -----------------------------------------------------------------------------
PRIMARY, ROLLOVER = "smk-fw7-primary", "smk-fw7-rollover"
SMK_IDS = (PRIMARY, ROLLOVER)
SMK_ACTIONS = ("start", "end")
NOT_INITIALIZED, INITIALIZED = "Not Initialized", "Initialized"
SMK_MIN_FIRMWARE = (7, 7, 0)


def _firmware(b: Backend) -> tuple[int, ...]:
    parts = b.state.hsm.firmware.split("-")[0].split(".")
    return tuple(int(x) if x.isdigit() else 0 for x in parts)


def _smk_partition(b: Backend, ctx: Ctx) -> Partition:
    p = find_partition(b, ctx)
    if _firmware(b) < SMK_MIN_FIRMWARE:
        raise E.FuncNotSupported(f"firmware {b.state.hsm.firmware} has no SMK (7.7.0 or newer)")
    return p


def _smk(b: Backend, ctx: Ctx) -> tuple[Partition, str]:
    p = _smk_partition(b, ctx)
    sid = str(ctx.params["smkid"])
    if sid not in SMK_IDS:
        raise E.InvalidSmkid(f"no SMK key {sid!r} (keys: {', '.join(SMK_IDS)})")
    return p, sid


def _smk_body(b: Backend, p: Partition, sid: str) -> dict[str, Any]:
    url = f"{partition_url(b, p)}/smk/{sid}"
    return {"id": sid, "state": p.smk.get(sid, NOT_INITIALIZED), "actions": f"{url}/actions"}


@RULES.handles("listSmkKeys")
def list_smk_keys(b: Backend, ctx: Ctx) -> Reply:
    p = _smk_partition(b, ctx)
    url = f"{partition_url(b, p)}/smk"
    return Reply(200, {"smk": [{"id": s, "url": f"{url}/{s}"} for s in SMK_IDS]})


@RULES.handles("getSmkKey")
def get_smk_key(b: Backend, ctx: Ctx) -> Reply:
    p, sid = _smk(b, ctx)
    return Reply(200, _smk_body(b, p, sid))


@RULES.handles("listSmkKeyActions")
def list_smk_key_actions(b: Backend, ctx: Ctx) -> Reply:
    p, sid = _smk(b, ctx)
    url = f"{partition_url(b, p)}/smk/{sid}/actions"
    return Reply(200, {"actions": [{"id": a, "url": f"{url}/{a}"} for a in SMK_ACTIONS]})


@RULES.handles("performSmkKeyAction")
def perform_smk_key_action(b: Backend, ctx: Ctx) -> Reply:
    """``start`` keeps the current primary SMK as the rollover key and makes a new
    primary; ``end`` retires the rollover key (reference page 001)."""
    p, sid = _smk(b, ctx)
    action = ctx.params["actionid"]
    if action not in SMK_ACTIONS:
        raise E.InvalidAction(f"SMK keys have no action {action!r}")
    if sid != ROLLOVER:
        raise E.OperationNotAllowed(f"{action!r} is only permitted on {ROLLOVER}")
    if not holds_role(b, ctx, p, {"so", "co", "cu"}):
        raise E.PartitionUserNotAuthenticated(f"log in to partition {p.serial} first")
    if p.smk.get(PRIMARY) != INITIALIZED:
        raise E.SmkNotInitialized(
            f"{PRIMARY} of partition {p.serial} is not initialized (a V1 partition has one)"
        )
    if action == "start":
        if p.smk.get(ROLLOVER) == INITIALIZED:
            raise E.SmkRolloverInProgress(
                f"an SMK rollover of partition {p.serial} is already in progress"
            )
        p.smk[ROLLOVER] = INITIALIZED
        record_use(b, p, "KEY_GENERATION")
    else:
        p.smk.pop(ROLLOVER, None)
    return Reply(200, _smk_body(b, p, sid))


# ---- STC ---------------------------------------------------------------------------
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
