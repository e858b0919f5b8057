"""A partition's SMK keys: ``smk-fw7-primary`` and ``smk-fw7-rollover`` (firmware 7.7.0 or
newer); rollover ``start`` and ``end`` with the checks and errors of reference page 001."""

from __future__ import annotations

from typing import Any

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from ..model import Partition
from .common import find_partition, partition_url
from .metrics import record_use
from .partition_common import holds_role

RULES: Rules[Backend] = Rules()

__all__ = ["RULES", "SMK_IDS"]


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
