"""The login lockout the users' login policy sets (``user_config.py``), enforced on the
emulator's clock. No operation's rules live here.

The lockout (v17 reference pages of ``/api/lunasa/user/config/login``; defaults in
luna-rest-facts.md 5.5): ``maxFailedAttempts`` wrong passwords within
``detectionWindowSeconds`` lock the account for ``lockoutDurationSeconds``; while it is
locked even the right password is refused; a successful login restarts the detection
window. ``maxFailedAttempts: 0`` turns the lockout off.

Emulator choices (the reference names no error for a locked account): a locked account
gets the same 401 ``FRAMEWORK_AUTHENTICATION_FAILED`` as a wrong password (so a caller
cannot tell a lockout from a wrong password), and the attempt counts as a bad login
credential for the block list. Failed logins are counted for existing accounts only.
``http/auth.py`` calls ``check_login`` for every Basic-auth request."""

from __future__ import annotations

from collections.abc import Callable

from .. import errors as E
from ..backend import Backend
from ..model import User

__all__ = ["check_login"]


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
