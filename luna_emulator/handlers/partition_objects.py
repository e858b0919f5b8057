"""A partition's objects: public objects are visible to everyone, the others only with a
Crypto Officer or Crypto User login; backups are kept by name on the partition and
``restore`` gives the restored objects new handles (guide ch. 14). Backups and restores
count in the partition utilization metrics (``metrics.record_use``)."""

from __future__ import annotations

from typing import Any

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from ..model import Partition
from .common import find_partition, partition_url
from .metrics import record_use
from .partition_common import holds_role, new_handle

RULES: Rules[Backend] = Rules()

__all__ = ["RULES"]


OFFICERS = {"co", "cu"}


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
