"""Private sessions (guide ch. 2)."""

from __future__ import annotations

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules

RULES: Rules[Backend] = Rules()


# ---- auth -------------------------------------------------------------------
@RULES.handles("createSession")
def create_session(b: Backend, ctx: Ctx) -> Reply:
    s = b.open_private_session(ctx.user)
    return Reply(204, headers={"Set-Cookie": f"SESSIONID={s.sid}; Path=/; Secure; HttpOnly"})


@RULES.handles("deleteSession")
def delete_session(b: Backend, ctx: Ctx) -> Reply:
    if not ctx.session.private:
        raise E.NoSessionCookie("no private session to end")
    b.sessions.pop(ctx.session.sid, None)
    return Reply(204, headers={"Set-Cookie": "SESSIONID=; Path=/; Max-Age=0; Secure; HttpOnly"})
