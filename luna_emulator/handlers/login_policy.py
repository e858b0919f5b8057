"""The appliance users' login and password policies (``/api/lunasa/user/config/...``) and
the login lockout they set, enforced on the emulator's clock.

The lockout (v17 reference pages of ``/api/lunasa/user/config/login``; defaults in
luna-rest-facts.md 5.5): ``maxFailedAttempts`` wrong passwords within
``detectionWindowSeconds`` lock the account for ``lockoutDurationSeconds``; while it is
locked even the right password is refused; a successful login restarts the detection
window. ``maxFailedAttempts: 0`` turns the lockout off.

Emulator choices (the reference names no error for a locked account): a locked account
gets the same 401 ``FRAMEWORK_AUTHENTICATION_FAILED`` as a wrong password (so a caller
cannot tell a lockout from a wrong password), and the attempt counts as a bad login
credential for the block list. Failed logins are counted for existing accounts only.
``http/auth.py`` calls ``check_login`` for every Basic-auth request.
"""

from __future__ import annotations

from collections.abc import Callable

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from ..model import LoginPolicy, PasswordPolicy, User

RULES: Rules[Backend] = Rules()

__all__ = ["RULES", "check_login"]

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


def check_login(b: Backend, name: str, authenticate: Callable[[], User]) -> User:
    """Run ``authenticate`` (the password check) under the lockout policy: a locked
    account is refused whatever the password; a wrong password is counted and may lock
    the account."""
    policy = b.state.login_policy
    user = b.state.users.get(name)
    now = b.clock.now()
    if user is not None and user.locked_until:
        if now < user.locked_until:
            raise E.AuthenticationFailed("bad user name or password")
        user.locked_until = 0.0
        user.failed_logins.clear()
    try:
        found = authenticate()
    except E.AuthenticationFailed:
        if user is not None and policy.max_failed_attempts > 0:
            window = now - policy.detection_window
            user.failed_logins[:] = [t for t in user.failed_logins if t > window] + [now]
            if len(user.failed_logins) >= policy.max_failed_attempts:
                user.locked_until = now + policy.lockout_duration
        raise
    if found.failed_logins:
        found.failed_logins.clear()  # a successful login restarts the detection window
    return found


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
