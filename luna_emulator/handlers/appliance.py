"""The appliance: its root resource, its action list and actions, and writing to its log.

The appliance actions (``POST /api/lunasa/actions/{actionid}``; critical, so the
dispatch refuses one while another runs):

* ``reboot``: every session ends (and with it every HSM and partition login), and each
  service comes back running exactly when it starts on boot;
* ``powerOff``: every session ends and every service stops. The emulator itself keeps
  answering (a real appliance goes dark until powered on again); a control API reset
  stands for powering it on;
* ``regenerateCertificate``: a new self-signed certificate for the web server's key, for
  ``address`` (default the hostname), valid from ``startDate`` (default now) for ``days``
  (default 365); with ``forceSoLogin`` on it needs the HSM SO.

Writing to the appliance's log (``POST /api/lunasa/logs/lunalogs``): the message goes to
the ``lunalog`` log file, where ``GET /api/lunasa/syslog/logs/lunalog`` shows it (the
reference suggests it as a session keep-alive that also leaves a record)."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric import rsa

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from .actions import action_list
from .certificates import certificate_pem, self_signed, subject
from .common import require_so, server_login_key, write_log

RULES: Rules[Backend] = Rules()

__all__ = ["RULES"]


@RULES.handles("getAppliance")
def get_appliance(b: Backend, ctx: Ctx) -> Reply:
    links = {
        k: f"/api/lunasa/{k}"
        for k in (
            "actions",
            "cluster",
            "config",
            "cpu",
            "disk",
            "hsms",
            "memory",
            "network",
            "ntls",
            "ntp",
            "packageFiles",
            "packages",
            "sensors",
            "services",
            "snmp",
            "ssh",
            "syslog",
            "time",
            "upgrades",
            "webServer",
        )
    }
    return Reply(
        200,
        {
            **links,
            "forceSoLogin": b.state.force_so_login,
            "systemStatus": "ISO (In Service Okay)",
            "systemStatusCodes": "61,62,63",
            "version": "7.8.4-254",
        },
    )


@RULES.handles("listApplianceActions")
def list_appliance_actions(b: Backend, ctx: Ctx) -> Reply:
    return action_list(b, ctx)


# ---- the appliance actions ----------------------------------------------------------
def _end_sessions(b: Backend) -> None:
    """Every session ends, and with it every HSM and partition login."""
    b.sessions.clear()


@RULES.handles("performApplianceAction")
def perform_appliance_action(b: Backend, ctx: Ctx) -> Reply:
    action = str(ctx.params["actionid"])
    if action not in ctx.op.actions:
        raise E.ActionDoesNotExist(
            f"the appliance has no action {action!r} ({', '.join(ctx.op.actions)})"
        )
    a = b.state.appliance
    if action == "regenerateCertificate":
        if b.state.force_so_login:
            require_so(b, ctx)
        body = ctx.body or {}
        key: rsa.RSAPrivateKey = server_login_key(b)[0]
        name = subject({"cn": body.get("address", a.hostname)}, {"organization": "Thales"})
        cert = self_signed(
            key, name, b.clock.now(), start=body.get("startDate"), days=body.get("days", 365)
        )
        a.webserver_certificate = certificate_pem(cert)
        write_log(
            b,
            "messages",
            "lunasa",
            f"appliance certificate regenerated for {body.get('address', a.hostname)}",
        )
        return Reply(204)
    _end_sessions(b)
    for svc in a.services.values():
        svc.running = svc.on_boot if action == "reboot" else False
    message = (
        "The system is going down for reboot NOW!"
        if action == "reboot"
        else ("The system is going down for power-off NOW!")
    )
    write_log(b, "messages", "shutdown", message)
    return Reply(204)


# ---- the appliance's log -------------------------------------------------------------
@RULES.handles("writeLogMessage")
def write_log_message(b: Backend, ctx: Ctx) -> Reply:
    message = " ".join(str(ctx.body["message"]).split())  # one line: no injected records
    write_log(b, "lunalog", f"lunarest[{ctx.user.name}]", message)
    return Reply(204)
