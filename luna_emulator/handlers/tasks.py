"""Tasks (guide ch. 8 and 14)."""

from __future__ import annotations

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules

RULES: Rules[Backend] = Rules()


# ---- tasks ------------------------------------------------------------------
def _task_number(ctx: Ctx) -> int:
    raw = str(ctx.params["taskid"])
    if not raw.isdigit():
        raise E.TaskDoesNotExist(f"task {raw!r} does not exist")
    return int(raw)


@RULES.handles("listTasks")
def list_tasks(b: Backend, ctx: Ctx) -> Reply:
    return Reply(200, {"tasks": [t.body() for t in b.tasks.all()]})


@RULES.handles("getTask")
def get_task(b: Backend, ctx: Ctx) -> Reply:
    t = b.tasks.poll(_task_number(ctx))
    if t.finished:
        return Reply(303, t.body(), {"Location": f"{t.url}/response"})
    return Reply(200, t.body())


@RULES.handles("getTaskResponse")
def get_task_response(b: Backend, ctx: Ctx) -> Reply:
    """What the request would have answered untasked: its body (or the error body when the
    task ended in Error) and the ``Location`` of what it created or changed."""
    t = b.tasks.response(_task_number(ctx))
    body = t.result if isinstance(t.result, dict) else {}
    location = t.result_headers.get("Location") if t.state == "Finished" else None
    return Reply(200, body, {"Location": location} if location else {})


@RULES.handles("deleteTask")
def delete_task(b: Backend, ctx: Ctx) -> Reply:
    b.tasks.delete(_task_number(ctx))
    return Reply(204)


@RULES.handles("deleteTasks")
def delete_tasks(b: Backend, ctx: Ctx) -> Reply:
    b.tasks.delete_stale()
    return Reply(204)


@RULES.handles("listTaskActions")
def list_task_actions(b: Backend, ctx: Ctx) -> Reply:
    t = b.tasks.get(_task_number(ctx))
    actions = [{"id": "start", "url": f"{t.url}/actions/start"}] if t.state == "Waiting" else []
    return Reply(200, {"actions": actions})


@RULES.handles("performTaskAction")
def perform_task_action(b: Backend, ctx: Ctx) -> Reply:
    number = _task_number(ctx)
    if ctx.params["actionid"] != "start":
        b.tasks.get(number)
        raise E.ActionDoesNotExist(f"tasks have no action {ctx.params['actionid']!r}")
    t = b.tasks.start(number)
    return Reply(204, headers={"Location": t.url})
