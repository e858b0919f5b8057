"""Writing to the appliance's log (``POST /api/lunasa/logs/lunalogs``): the message goes
to the ``lunalog`` log file, where ``GET /api/lunasa/syslog/logs/lunalog`` shows it (the
reference suggests it as a session keep-alive that also leaves a record)."""

from __future__ import annotations

from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from .services import write_log

RULES: Rules[Backend] = Rules()

__all__: list[str] = []


@RULES.handles("writeLogMessage")
def write_log_message(b: Backend, ctx: Ctx) -> Reply:
    message = " ".join(str(ctx.body["message"]).split())  # one line: no injected records
    write_log(b, "lunalog", f"lunarest[{ctx.user.name}]", message)
    return Reply(204)
