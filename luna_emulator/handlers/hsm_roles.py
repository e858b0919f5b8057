"""The HSM's roles (``audit``, ``so``): their view, password changes, and the role actions
(``createChallenge``, ``deactivate``, ``reset``).

The SO's password, login count and initialization stay in ``Hsm`` itself (``hsms.py``),
and the SO role's view is made from them; the other roles live in ``Hsm.extras``
(``model.HsmExtras``). Role actions run as tasks (the dispatch), so their failures end the
task in Error."""

from __future__ import annotations

import secrets
from typing import Any

from .. import errors as E
from ..backend import Backend
from ..credentials import same_secret
from ..dispatch import Ctx, Reply, Rules
from ..model import Hsm, HsmRole
from .common import find_hsm, require_so
from .hsm_common import bad_request, hsm_url, not_supported

RULES: Rules[Backend] = Rules()

__all__ = ["RULES"]


ROLE_NAMES = {"audit": "Auditor", "so": "Security Officer"}


ROLE_ACTIONS = ("createChallenge", "deactivate", "reset")


MIN_PASSWORD = 8


def _role(b: Backend, ctx: Ctx) -> tuple[Hsm, str, HsmRole]:
    h = find_hsm(b, ctx)
    rid = str(ctx.params["roleid"])
    if rid not in ROLE_NAMES:
        raise E.InvalidRole(f"the HSM has no role {rid!r} (roles: audit, so)")
    return h, rid, h.extras.roles[rid]


def _role_body(h: Hsm, rid: str, r: HsmRole) -> dict[str, Any]:
    so = rid == "so"
    key = h.extras.indirect_keys.get(rid)
    return {
        "id": rid,
        "name": ROLE_NAMES[rid],
        "initialized": h.initialized if so else r.initialized,
        "activated": r.activated,
        "lockedOut": False if so else r.locked_out,
        "loginAttemptsLeft": h.so_logins_left if so else r.login_attempts_left,
        "changePasswordAttemptsLeft": r.change_password_attempts_left,
        "challengeToBeChanged": r.challenge_to_be_changed,
        "pinToBeChanged": r.pin_to_be_changed,
        "primaryAuthentication": "PED" if h.ped_based else "PIN",
        "secondaryAuthentication": "Challenge" if r.challenge else "None",
        "indirectLoginVersion": key.type if key else "None",
    }


@RULES.handles("listHsmRoles")
def list_hsm_roles(b: Backend, ctx: Ctx) -> Reply:
    h = find_hsm(b, ctx)
    return Reply(
        200,
        {
            "roles": [
                {"id": rid, "name": name, "url": hsm_url(h, f"roles/{rid}")}
                for rid, name in sorted(ROLE_NAMES.items())
            ]
        },
    )


@RULES.handles("getHsmRole")
def get_hsm_role(b: Backend, ctx: Ctx) -> Reply:
    h, rid, r = _role(b, ctx)
    return Reply(200, _role_body(h, rid, r))


@RULES.handles("updateHsmRole")
def update_hsm_role(b: Backend, ctx: Ctx) -> Reply:
    """Change a role's password: the role must be logged in and ``oldPassword`` must match."""
    h, rid, r = _role(b, ctx)
    body = ctx.body or {}
    initialized = h.initialized if rid == "so" else r.initialized
    if not initialized:
        raise E.RoleNotInitialized(f"the HSM role {rid!r} is not initialized")
    if rid == "so":
        require_so(b, ctx)
    elif rid not in ctx.session.hsm_roles:
        raise bad_request(f"log in as the HSM role {rid!r} before changing its password")
    if r.change_password_attempts_left <= 0:
        raise bad_request(f"no password change attempts left for the HSM role {rid!r}")
    if not h.ped_based:
        current = h.so_password if rid == "so" else r.password
        if not same_secret(body["oldPassword"], current):
            r.change_password_attempts_left -= 1
            raise E.IncorrectPassword(
                f"oldPassword is wrong; {r.change_password_attempts_left} attempts left"
            )
        if len(body["newPassword"]) < MIN_PASSWORD:
            raise bad_request(f"newPassword needs at least {MIN_PASSWORD} characters")
        if rid == "so":
            h.so_password = body["newPassword"]
        else:
            r.password = body["newPassword"]
    r.change_password_attempts_left = 3
    r.pin_to_be_changed = False
    if body.get("changeSecret"):
        r.challenge_to_be_changed = False
    return Reply(204, headers={"Location": hsm_url(h, f"roles/{rid}")})


@RULES.handles("listHsmRoleActions")
def list_hsm_role_actions(b: Backend, ctx: Ctx) -> Reply:
    h, rid, _ = _role(b, ctx)
    actions = [] if rid == "so" else list(ROLE_ACTIONS)
    return Reply(
        200,
        {"actions": [{"id": a, "url": hsm_url(h, f"roles/{rid}/actions/{a}")} for a in actions]},
    )


@RULES.handles("performHsmRoleAction")
def perform_hsm_role_action(b: Backend, ctx: Ctx) -> Reply:
    h, rid, r = _role(b, ctx)
    action = ctx.params["actionid"]
    if action not in ROLE_ACTIONS:
        raise E.InvalidAction(f"HSM roles have no action {action!r}")
    if rid == "so":
        raise not_supported(f"{action!r} does not apply to the Security Officer")
    body = ctx.body or {}
    if action == "reset":
        _reset_role(h, rid, r, body.get("password"))
        return Reply(204)
    if not r.initialized:
        raise E.RoleNotInitialized(f"the HSM role {rid!r} is not initialized")
    if not h.ped_based:
        raise not_supported(f"{action!r} needs a PED-authenticated HSM")
    if action == "createChallenge":
        default = body.get("defaultChallenge", True)
        r.challenge = "default" if default else secrets.token_urlsafe(12)
        r.challenge_to_be_changed = bool(default)
    else:  # deactivate
        r.activated = False
    return Reply(204)


def _reset_role(h: Hsm, rid: str, r: HsmRole, password: Any) -> None:
    if h.ped_based:
        if password:
            raise bad_request("on a PED-authenticated HSM send an empty password: the PED sets it")
        password = ""
    elif not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise bad_request(f"reset of {rid!r} needs the new 'password' ({MIN_PASSWORD}+ characters)")
    fresh = HsmRole(initialized=True, password=password, pin_to_be_changed=True)
    h.extras.roles[rid] = fresh
