"""A partition's policies (the table of ``partition_common.POLICIES``): the partition SO
changes them; a destructive change (per direction) destroys the partition's objects;
policy 20 bounds the login attempts, policy 41 is the partition version (V1 has an FW7
primary SMK). ``POST .../policies {file}`` writes the partition's policies as a template
file into the caller's file area (``partition_policy_templates.py`` lists them)."""

from __future__ import annotations

from typing import Any

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from ..model import Partition
from .common import find_partition
from .partition_common import (
    POLICIES,
    TEMPLATE_COLUMNS,
    TEMPLATE_HEADER,
    PolicyDef,
    policy_value,
    set_partition_version,
)

RULES: Rules[Backend] = Rules()

__all__ = ["RULES"]


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
