"""A partition's roles (``so``, ``co``, ``cu``): the partition SO is made by initializing the
partition; the SO initializes the Crypto Officer and the CO the Crypto User (reference
page 002). Password changes, challenges, reset and deactivation. Wrong passwords count
``loginAttemptsLeft`` down (``partition_common.failed_login``)."""

from __future__ import annotations

import secrets
from typing import Any

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from ..model import Partition, Role
from .common import find_partition, partition_url
from .partition_common import (
    ROLE_NAMES,
    drop_logins,
    failed_login,
    max_logins,
    require_partition_role,
)

RULES: Rules[Backend] = Rules()

__all__ = ["RULES"]


MIN_PASSWORD = 8


ROLE_ACTIONS = ("createChallenge", "reset", "deactivate")


def _role(b: Backend, ctx: Ctx) -> tuple[Partition, str, Role]:
    p = find_partition(b, ctx)
    rid = ctx.params["roleid"]
    r = p.roles.get(rid)
    if r is None or (rid == "so" and not p.has_pso):
        raise E.InvalidRole(f"partition {p.serial} has no role {rid!r}")
    return p, rid, r


def _role_url(b: Backend, p: Partition, rid: str) -> str:
    return f"{partition_url(b, p)}/roles/{rid}"


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise E.BadRequest(f"the password needs at least {MIN_PASSWORD} characters")


@RULES.handles("listPartitionRoles")
def list_partition_roles(b: Backend, ctx: Ctx) -> Reply:
    p = find_partition(b, ctx)
    ids = [r for r in sorted(ROLE_NAMES) if r != "so" or p.has_pso]
    return Reply(
        200,
        {"roles": [{"id": r, "name": ROLE_NAMES[r], "url": _role_url(b, p, r)} for r in ids]},
    )


@RULES.handles("getPartitionRole")
def get_partition_role(b: Backend, ctx: Ctx) -> Reply:
    _, rid, r = _role(b, ctx)
    return Reply(
        200,
        {
            "id": rid,
            "name": ROLE_NAMES[rid],
            "initialized": r.initialized,
            "activated": r.activated,
            "lockedOut": r.locked_out,
            "loginAttemptsLeft": r.login_attempts_left if r.initialized else 0,
            "pinToBeChanged": r.pin_to_be_changed,
            "challengeToBeChanged": r.challenge_to_be_changed,
            "primaryAuthentication": "PED" if b.state.hsm.ped_based else "PIN",
            "secondaryAuthentication": "Challenge" if r.challenge else "None",
        },
    )


@RULES.handles("initializePartitionRole")
def initialize_partition_role(b: Backend, ctx: Ctx) -> Reply:
    """The partition SO initializes the CO, the CO the CU (reference page 002)."""
    p, rid, r = _role(b, ctx)
    if p.state != "initialized":
        raise E.PartitionNotInitialized(f"initialize partition {p.serial} first")
    if rid == "so":
        raise E.BadRequest("the partition SO is initialized with the partition (PUT partition)")
    require_partition_role(b, ctx, p, {"so"} if rid == "co" else {"co"})
    body = ctx.body or {}
    password = body.get("password", "")
    if not b.state.hsm.ped_based:
        if not password:
            raise E.BadRequest("a password-based partition needs 'password'")
        _check_password(password)
    r.initialized, r.password, r.locked_out = True, password, False
    r.login_attempts_left = max_logins(p)
    r.pin_to_be_changed = True  # the new officer changes the credential it was given
    r.challenge = "default" if body.get("defaultChallenge") else ""
    r.challenge_to_be_changed = bool(body.get("defaultChallenge"))
    r.activated = False
    drop_logins(b, p, {rid})
    return Reply(204, headers={"Location": _role_url(b, p, rid)})


@RULES.handles("changePartitionRolePassword")
def change_partition_role_password(b: Backend, ctx: Ctx) -> Reply:
    p, rid, r = _role(b, ctx)
    if not r.initialized:
        raise E.RoleNotInitialized(f"role {rid!r} of partition {p.serial} is not initialized")
    if r.locked_out:
        raise E.RoleLockedOut(f"role {rid!r} is locked out; the partition SO must reset it")
    body = ctx.body or {}
    if not b.state.hsm.ped_based:
        if not secrets.compare_digest(body["oldPassword"].encode(), r.password.encode()):
            failed_login(b, p, rid, r)
        _check_password(body["newPassword"])
        r.password = body["newPassword"]
    r.login_attempts_left = max_logins(p)
    r.pin_to_be_changed = False
    if body.get("changeChallenge"):
        r.challenge_to_be_changed = False
    return Reply(204, headers={"Location": _role_url(b, p, rid)})


@RULES.handles("listPartitionRoleActions")
def list_partition_role_actions(b: Backend, ctx: Ctx) -> Reply:
    p, rid, _ = _role(b, ctx)
    url = _role_url(b, p, rid)
    return Reply(200, {"actions": [{"id": a, "url": f"{url}/actions/{a}"} for a in ROLE_ACTIONS]})


@RULES.handles("performPartitionRoleAction")
def perform_partition_role_action(b: Backend, ctx: Ctx) -> Reply:
    p, rid, r = _role(b, ctx)
    action = ctx.params["actionid"]
    if action not in ROLE_ACTIONS:
        raise E.ActionDoesNotExist(f"partition roles have no action {action!r}")
    body = ctx.body if isinstance(ctx.body, dict) else {}
    if rid == "so" and action != "createChallenge":
        raise E.BadRequest(f"{action!r} does not apply to the partition SO")
    if not r.initialized:
        raise E.RoleNotInitialized(f"role {rid!r} of partition {p.serial} is not initialized")
    if action == "createChallenge":
        _create_challenge(b, r, body)
    elif action == "reset":
        _reset_role(b, p, rid, r, body)
    else:
        r.activated = False
    return Reply(200, {})


def _create_challenge(b: Backend, r: Role, body: dict[str, Any]) -> None:
    if b.state.hsm.ped_based:
        default = body.get("defaultChallenge", True)
        r.challenge = "default" if default else secrets.token_urlsafe(12)
        r.challenge_to_be_changed = bool(default)
        return
    if not body.get("password"):
        raise E.BadRequest("createChallenge on a password-based partition needs 'password'")
    _check_password(body["password"])
    r.challenge, r.challenge_to_be_changed = body["password"], False


def _reset_role(b: Backend, p: Partition, rid: str, r: Role, body: dict[str, Any]) -> None:
    """Discard the role's credential for a new one; it must be changed at first use."""
    password = body.get("password", "")
    if not b.state.hsm.ped_based:
        if not password:
            raise E.BadRequest("reset on a password-based partition needs the new 'password'")
        _check_password(password)
    r.password, r.challenge = password, ""
    r.locked_out, r.activated = False, False
    r.login_attempts_left = max_logins(p)
    r.pin_to_be_changed, r.challenge_to_be_changed = True, False
    drop_logins(b, p, {rid})
