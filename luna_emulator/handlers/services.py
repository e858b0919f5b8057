"""The appliance's services (``/api/lunasa/services``): the list (each with whether it runs
and starts on boot), ``onBoot``, and start, stop and restart."""

from __future__ import annotations

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from ..model import Service
from .common import write_log

RULES: Rules[Backend] = Rules()

__all__ = ["RULES", "SERVICE_ACTIONS"]


SERVICE_ACTIONS = ("start", "stop", "restart")


def _service(b: Backend, ctx: Ctx) -> tuple[str, Service]:
    name = str(ctx.params["serviceid"])
    svc = b.state.appliance.services.get(name)
    if svc is None:
        raise E.ServiceDoesNotExist(f"no service {name!r}")
    return name, svc


@RULES.handles("listServices")
def list_services(b: Backend, ctx: Ctx) -> Reply:
    """Each service with whether it runs and starts on boot (what monitoring clients read)."""
    services = sorted(b.state.appliance.services.items())
    return Reply(
        200,
        {
            "services": [
                {
                    "id": n,
                    "url": f"/api/lunasa/services/{n}",
                    "status": "running" if svc.running else "stopped",
                    "onBoot": svc.on_boot,
                }
                for n, svc in services
            ]
        },
    )


@RULES.handles("getService")
def get_service(b: Backend, ctx: Ctx) -> Reply:
    name, svc = _service(b, ctx)
    return Reply(
        200,
        {
            "onBoot": svc.on_boot,
            "status": "running" if svc.running else "stopped",
            "actions": f"/api/lunasa/services/{name}/actions",
        },
    )


@RULES.handles("updateService")
def update_service(b: Backend, ctx: Ctx) -> Reply:
    _, svc = _service(b, ctx)
    svc.on_boot = bool(ctx.body["onBoot"])
    return Reply(200, {})


@RULES.handles("listServiceActions")
def list_service_actions(b: Backend, ctx: Ctx) -> Reply:
    name, _ = _service(b, ctx)
    url = f"/api/lunasa/services/{name}/actions"
    return Reply(200, {"actions": [{"id": a, "url": f"{url}/{a}"} for a in SERVICE_ACTIONS]})


@RULES.handles("performServiceAction")
def perform_service_action(b: Backend, ctx: Ctx) -> Reply:
    """Runs in its task (the operation is always tasked): errors end the task in Error."""
    name, svc = _service(b, ctx)
    action = str(ctx.params["actionid"])
    if action not in SERVICE_ACTIONS:
        raise E.ServiceActionInvalid(f"services have no action {action!r} (start, stop, restart)")
    if name == "webserver" and action == "stop":
        raise E.ServiceActionFailed(
            "the web server answering this request cannot be stopped over REST (use LunaSH)"
        )
    svc.running = action != "stop"
    if name == "webserver":  # a restart ends every session
        b.sessions.clear()
    verb = {"start": "Started", "stop": "Stopped", "restart": "Restarted"}[action]
    write_log(b, "messages", "systemd[1]", f"{verb} {name} service.")
    return Reply(204)
