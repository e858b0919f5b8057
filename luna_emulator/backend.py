"""The emulated appliance: its state, sessions, clock and tasks, and the dispatch.

``Backend.handle`` runs an operation for an authenticated session: what the spec
declares is enforced here, once (privileges, private session, critical-operation
exclusion, ``x-luna-requires`` via ``requires.py``, tasking), then the operation's
rules function runs (wired by ``app.py`` from ``handlers.RULES``: every operation of the
spec has one, or the emulator does not start). No HTTP here.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping
from typing import Any

from . import access, load, requires
from . import errors as E
from .clock import Clock
from .credentials import same_secret
from .dispatch import Ctx, Handler, Reply
from .model import Hsm, Runtime, Session, State, User
from .spec_index import SpecIndex
from .tasks import TaskManager

__all__ = ["DEFAULT_USERS", "MAX_PRIVATE_SESSIONS", "SESSION_TIMEOUT", "Backend", "Ctx", "Reply"]

# "The default session timeout is 10 minutes; upon timeout, the REST server terminates an
# authenticated session" (guide ch. 3, HSM and Partition Setup, notes; luna-rest-facts.md
# 2.1, 5.3): for private sessions and for the user session of Basic auth alike, so an HSM
# login made in either ends with it
SESSION_TIMEOUT = 600.0
# emulator choice (no public figure: the appliance "limits connections according to
# system resources"): beyond this many open private sessions, the least recently used
# one is ended; expired sessions are reclaimed at least every SWEEP_INTERVAL seconds
MAX_PRIVATE_SESSIONS = 1000
SWEEP_INTERVAL = 60.0

DEFAULT_USERS = {
    "admin": ("PASSWORD1!a", "admin"),
    "operator": ("PASSWORD2!b", "operator"),
    "monitor": ("PASSWORD3!c", "monitor"),
}


class Backend:
    def __init__(
        self,
        index: SpecIndex,
        clock: Clock | None = None,
        rules: Mapping[str, Handler[Backend]] | None = None,
    ) -> None:
        self.index = index
        self.rules: Mapping[str, Handler[Backend]] = rules or {}
        self.clock = clock or Clock()
        self.tasks = TaskManager(self.clock)
        self.state = State()
        self.sessions: dict[str, Session] = {}
        self.runtime = Runtime(started=self.clock.now())
        self._critical: set[int] = set()
        self._swept = 0.0
        self.reset()

    # -- seeding -------------------------------------------------------------
    def reset(
        self,
        *,
        hsm_serial: int = 151256,
        ped_based: bool = False,
        users: dict[str, tuple[str, str]] | None = None,
        force_so_login: bool = False,
    ) -> None:
        for user in self.state.users.values():
            user.files.close()
        self.state = State(
            hsm=Hsm(serial=hsm_serial, ped_based=ped_based), force_so_login=force_so_login
        )
        for name, (password, role) in (users or DEFAULT_USERS).items():
            self.state.users[name] = User(name, password, role)
        self.sessions.clear()
        self.tasks.reset()

    # -- sessions ------------------------------------------------------------
    def authenticate_basic(self, name: str, password: str) -> User:
        user = self.state.users.get(name)
        if user is None or not same_secret(password, user.password) or not user.enabled:
            raise E.AuthenticationFailed("bad user name or password")
        return user

    def user_session(self, user: User) -> Session:
        """The session shared by every Basic-auth request of one user; after
        SESSION_TIMEOUT without a request it has ended, and a new one (without the HSM
        and partition logins of the old one) begins."""
        sid = f"user:{user.name}"
        now = self.clock.now()
        self._sweep(now)
        s = self.sessions.get(sid)
        if s is None or now - s.last_seen > SESSION_TIMEOUT:
            s = self.sessions[sid] = Session(sid, user.name, False, now)
        s.last_seen = now
        return s

    def private_session(self, sid: str) -> Session:
        s = self.sessions.get(sid)
        if s is None or not s.private:
            raise E.NoSessionCookie("the session cookie names no open session")
        now = self.clock.now()
        if now - s.last_seen > SESSION_TIMEOUT:
            del self.sessions[sid]
            raise E.NoSessionCookie("the session expired after 10 minutes without activity")
        s.last_seen = now
        # most recently used last: the eviction in open_private_session takes the oldest
        self.sessions[sid] = self.sessions.pop(sid)
        return s

    def open_private_session(self, user: User) -> Session:
        now = self.clock.now()
        self._sweep(now)
        private = [k for k, v in self.sessions.items() if v.private]
        for old in private[: max(0, len(private) - MAX_PRIVATE_SESSIONS + 1)]:
            del self.sessions[old]
        sid = secrets.token_urlsafe(24)
        s = self.sessions[sid] = Session(sid, user.name, True, now)
        return s

    def _sweep(self, now: float) -> None:
        """Reclaim the sessions that have timed out (at most once per SWEEP_INTERVAL)."""
        if abs(now - self._swept) < SWEEP_INTERVAL:
            return
        self._swept = now
        for sid in [k for k, v in self.sessions.items() if now - v.last_seen > SESSION_TIMEOUT]:
            del self.sessions[sid]

    # -- dispatch ------------------------------------------------------------
    def handle(self, ctx: Ctx) -> Reply:
        op = ctx.op
        load.note_request(self.runtime, self.clock.now())
        self.authorize(ctx)
        handler = self.rules[op.operation_id]
        if op.critical and any(
            n in self.tasks.tasks and not self.tasks.tasks[n].finished for n in self._critical
        ):
            raise E.CriticalOperationInProgress("another critical operation is in progress")

        def run() -> Reply:
            # x-luna-requires: checked when the work runs (a tasked request's task ends in
            # the error), before the rules, for every operation that declares it
            requires.check(self.state, ctx)
            return handler(self, ctx)

        task = op.task
        if task == "none":  # most operations: run now
            reply = run()
        else:
            protected = task == "protected" and (
                not op.protected_actions or ctx.params.get("actionid") in op.protected_actions
            )
            ped = self.state.hsm.ped_based
            usually = task == "usually" and (ped or self.tasks.progress.usually_tasked)
            if protected or usually or task == "always" or (task == "ped" and ped):
                reply = self._tasked(ctx, run, protected=protected)
            else:
                reply = run()
        if op.critical and reply.status == 202:
            # the critical tasks still kept (evicted ones are forgotten: bounded memory)
            self._critical = {n for n in self._critical if n in self.tasks.tasks}
            self._critical.add(int(reply.headers["Location"].rsplit("/", 1)[1]))
        return reply

    def authorize(self, ctx: Ctx) -> None:
        """The caller's role and session for ``ctx.op`` (``x-luna-privileges`` and the
        ACL, ``x-luna-private-session``): checked before the body is read (http/layer.py:
        a caller without access gets 401, whatever its body) and again by ``handle``."""
        op = ctx.op
        if op.authenticated and not access.allows(self.state, ctx):
            raise E.NoAclRule(f"role {ctx.user.role!r} may not {op.method} {op.path}")
        if op.private_session and not ctx.session.private:
            raise E.SessionNotPrivate("this resource needs a private session (POST /auth/session)")

    def _tasked(self, ctx: Ctx, run: Callable[[], Reply], *, protected: bool) -> Reply:
        def work() -> tuple[int, Any, dict[str, str]]:
            reply = run()
            return reply.status, reply.body if reply.body is not None else {}, reply.headers

        task = self.tasks.submit(ctx.url, work, protected=protected)
        return Reply(202, task.body(), {"Location": task.url})

    def rules_module(self, operation_id: str) -> str:
        """The rules module of an operation (``handlers/<tag>.py``), by its name."""
        return self.rules[operation_id].__module__.rsplit(".", 1)[-1]
