"""Partition policy templates (``/api/lunasa/partitionPolicyTemplates``): the template files
found in the users' file areas (written by ``exportPartitionPolicyTemplate``,
``partition_policies.py``; a file is a template when it starts with
``partition_common.TEMPLATE_HEADER``), read and deleted."""

from __future__ import annotations

from typing import Any

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from ..model import User
from .partition_common import TEMPLATE_HEADER

RULES: Rules[Backend] = Rules()

__all__ = ["RULES"]


MAX_TEMPLATE = 1 << 16


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
