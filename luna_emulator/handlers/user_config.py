"""The appliance users' login and password policies (``/api/lunasa/user/config/...``):
read, replace or change them, toggle the password settings (``enable``, ``disable``), and
the two action lists. The login lockout the login policy sets is enforced by
``login_policy.check_login`` (called by ``http/auth.py``)."""

from __future__ import annotations

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from ..model import LoginPolicy, PasswordPolicy
from .actions import action_list

RULES: Rules[Backend] = Rules()

__all__ = ["RULES"]


_LOGIN_FIELDS = {
    "maxFailedAttempts": "max_failed_attempts",
    "lockoutDurationSeconds": "lockout_duration",
    "detectionWindowSeconds": "detection_window",
}


_PASSWORD_FIELDS = {
    "history": "history",
    "expiryDays": "expiry_days",
    "minimumLength": "minimum_length",
}


_TOGGLES = {"expiryDays": "expiry_enabled", "history": "history_enabled"}


def _login_body(p: LoginPolicy) -> dict[str, object]:
    return {
        "actions": "/api/lunasa/user/config/login/actions",
        **{key: getattr(p, attr) for key, attr in _LOGIN_FIELDS.items()},
    }


@RULES.handles("getUserLoginConfig")
def get_user_login_config(b: Backend, ctx: Ctx) -> Reply:
    return Reply(200, _login_body(b.state.login_policy))


@RULES.handles("replaceUserLoginConfig")
def replace_user_login_config(b: Backend, ctx: Ctx) -> Reply:
    # the spec's schema has checked the three fields and their ranges
    b.state.login_policy = LoginPolicy(
        **{attr: int(ctx.body[key]) for key, attr in _LOGIN_FIELDS.items()}
    )
    return Reply(204)


def _password_body(p: PasswordPolicy) -> dict[str, object]:
    return {
        "actions": "/api/lunasa/user/config/password/actions",
        **{key: getattr(p, attr) for key, attr in _PASSWORD_FIELDS.items()},
    }


@RULES.handles("getUserPasswordConfig")
def get_user_password_config(b: Backend, ctx: Ctx) -> Reply:
    return Reply(200, _password_body(b.state.password_policy))


@RULES.handles("updateUserPasswordConfig")
def update_user_password_config(b: Backend, ctx: Ctx) -> Reply:
    policy = b.state.password_policy
    for key, attr in _PASSWORD_FIELDS.items():
        if key in ctx.body:
            setattr(policy, attr, int(ctx.body[key]))
    return Reply(204)


@RULES.handles("performUserPasswordConfigAction")
def perform_user_password_config_action(b: Backend, ctx: Ctx) -> Reply:
    action = str(ctx.params["actionid"])
    if action not in ("enable", "disable"):
        raise E.ActionDoesNotExist(f"no action {action!r}")
    body = ctx.body if isinstance(ctx.body, dict) else {}
    settings = body.get("settingsToToggle") or list(_TOGGLES)
    for name in settings:
        setattr(b.state.password_policy, _TOGGLES[name], action == "enable")
    return Reply(204)


@RULES.handles("listUserLoginConfigActions", "listUserPasswordConfigActions")
def list_actions(b: Backend, ctx: Ctx) -> Reply:
    return action_list(b, ctx)
