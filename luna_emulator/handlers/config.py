"""System configuration backups, restore and factory reset.

A configuration backup is a snapshot of the appliance's service configuration, one part
per service (network, ssh, ntls with its registered clients, syslog, ntp, snmp, users,
system = the services' onBoot flags, webserver with its block list settings; cluster,
ismigration and ctc hold nothing here). HSM and partition contents are not included.
Restoring puts one part (or ``all``) back at once (the appliance applies it at the next
reboot), after saving the current configuration as a new backup; restoring
``webserver`` or ``all`` restarts the web server, which ends every session. A factory
reset returns parts to the emulator's defaults (the block list goes off); it leaves the
appliance users alone."""

from __future__ import annotations

import copy
import dataclasses
import time
from typing import Any

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from ..model import Appliance, Blocklist, ConfigBackup, User
from .common import write_log

RULES: Rules[Backend] = Rules()

__all__ = ["PARTS", "RULES", "snapshot"]


BASE = "/api/lunasa/config"


# service -> the Appliance fields that hold its configuration
PARTS: dict[str, tuple[str, ...]] = {
    "network": ("hostname", "devices"),
    "ssh": ("ssh",),
    "ntls": ("ntls", "ntls_certificate"),
    "syslog": ("syslog_hosts", "syslog_ca", "syslog_certificate", "syslog_key"),
    "ntp": ("ntp_servers", "time_zone"),
    "snmp": ("snmp_users", "snmp_traps"),
    "users": (),
    "system": (),
    "webserver": ("webserver", "webserver_certificate"),
    "cluster": (),
    "ismigration": (),
    "ctc": (),
}


_BLOCKLIST = ("severity", "max_infractions", "timeout_start", "timeout_multiplier")


@RULES.handles("getConfig")
def get_config(b: Backend, ctx: Ctx) -> Reply:
    return Reply(200, {"backups": f"{BASE}/backups", "factoryReset": f"{BASE}/factoryReset"})


# ---- snapshots --------------------------------------------------------------------
def snapshot(b: Backend) -> dict[str, Any]:
    """The service configuration now, one part per service."""
    a, bl = b.state.appliance, b.state.blocklist
    parts = {s: {f: copy.deepcopy(getattr(a, f)) for f in names} for s, names in PARTS.items()}
    parts["ntls"]["clients"] = copy.deepcopy(b.state.ntls_clients)
    parts["system"]["onBoot"] = {n: s.on_boot for n, s in a.services.items()}
    parts["webserver"]["blocklist"] = {f: getattr(bl, f) for f in _BLOCKLIST}
    parts["users"]["accounts"] = {
        name: {
            f.name: copy.deepcopy(getattr(u, f.name))
            for f in dataclasses.fields(User)
            if f.name != "files"
        }
        for name, u in b.state.users.items()
    }
    return parts


def _restore_part(b: Backend, service: str, part: dict[str, Any]) -> None:
    a = b.state.appliance
    for name in PARTS[service]:
        setattr(a, name, copy.deepcopy(part[name]))
    if service == "ntls":
        clients = copy.deepcopy(part["clients"])
        for client in clients.values():  # links to partitions that are gone are dropped
            client.links = {
                k: v
                for k, v in client.links.items()
                if k.isdigit() and int(k) in b.state.partitions
            }
        b.state.ntls_clients = clients
    elif service == "system":
        for name, on_boot in part["onBoot"].items():
            if name in a.services:
                a.services[name].on_boot = on_boot
    elif service == "webserver":
        bl = b.state.blocklist
        for name, value in part["blocklist"].items():
            setattr(bl, name, value)
        bl.clients.clear()
    elif service == "users":
        _restore_users(b, part["accounts"])


def _restore_users(b: Backend, accounts: dict[str, dict[str, Any]]) -> None:
    users: dict[str, User] = {}
    for name, saved in accounts.items():
        user = b.state.users.get(name)
        if user is None:
            user = User(**copy.deepcopy(saved))
        else:
            for field, value in copy.deepcopy(saved).items():
                setattr(user, field, value)
        users[name] = user
    b.state.users = users
    for sid in [sid for sid, s in b.sessions.items() if s.user not in users]:
        del b.sessions[sid]


def _new_backup(b: Backend) -> ConfigBackup:
    a = b.state.appliance
    stamp = time.strftime("%Y%m%d_%H%M%S", time.gmtime(b.clock.now()))
    backup = ConfigBackup(f"config_{stamp}_{a.next_id}", b.clock.now(), snapshot(b))
    a.next_id += 1
    a.backups[backup.id] = backup
    write_log(b, "messages", "sysconf", f"configuration backup {backup.id} created")
    return backup


def _service_name(body: dict[str, Any] | None, default: str | None = None) -> str:
    service = (body or {}).get("service", default)
    if service != "all" and service not in PARTS:
        raise E.SysconfConfigServiceNameInvalid(
            f"service {service!r}: one of {', '.join(PARTS)} or all"
        )
    return str(service)


# ---- backups ----------------------------------------------------------------------
def _backup(b: Backend, ctx: Ctx) -> ConfigBackup:
    backup = b.state.appliance.backups.get(str(ctx.params["backupid"]))
    if backup is None:
        raise E.NotFound(f"no configuration backup {ctx.params['backupid']!r}")
    return backup


@RULES.handles("listConfigBackups")
def list_config_backups(b: Backend, ctx: Ctx) -> Reply:
    ids = sorted(b.state.appliance.backups)
    return Reply(200, {"backups": [{"id": i, "url": f"{BASE}/backups/{i}"} for i in ids]})


@RULES.handles("createConfigBackup")
def create_config_backup(b: Backend, ctx: Ctx) -> Reply:
    _new_backup(b)
    return Reply(204)


@RULES.handles("getConfigBackup")
def get_config_backup(b: Backend, ctx: Ctx) -> Reply:
    backup = _backup(b, ctx)
    return Reply(
        200,
        {
            "id": backup.id,
            "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(backup.created)),
            "services": sorted(backup.parts),
            "actions": f"{BASE}/backups/{backup.id}/actions",
        },
    )


@RULES.handles("deleteConfigBackup")
def delete_config_backup(b: Backend, ctx: Ctx) -> Reply:
    del b.state.appliance.backups[_backup(b, ctx).id]
    return Reply(204)


@RULES.handles("listConfigBackupActions")
def list_config_backup_actions(b: Backend, ctx: Ctx) -> Reply:
    url = f"{BASE}/backups/{_backup(b, ctx).id}/actions"
    return Reply(200, {"actions": [{"id": "restore", "url": f"{url}/restore"}]})


@RULES.handles("performConfigBackupAction")
def perform_config_backup_action(b: Backend, ctx: Ctx) -> Reply:
    backup = _backup(b, ctx)
    if ctx.params["actionid"] != "restore":
        raise E.ActionDoesNotExist(f"backups have no action {ctx.params['actionid']!r}")
    service = _service_name(ctx.body)
    _new_backup(b)  # the appliance keeps the configuration it replaces
    for name in PARTS if service == "all" else (service,):
        _restore_part(b, name, backup.parts[name])
    write_log(b, "messages", "sysconf", f"{service} restored from {backup.id}")
    if service in ("webserver", "all"):
        b.sessions.clear()  # the web server restarts
    return Reply(204)


@RULES.handles("factoryResetConfig")
def factory_reset_config(b: Backend, ctx: Ctx) -> Reply:
    service = _service_name(ctx.body, "all")
    if service == "users":
        raise E.BadRequest("a factory reset leaves the appliance users alone")
    defaults = Appliance()
    for name in PARTS if service == "all" else (service,):
        for attr in PARTS[name]:
            setattr(b.state.appliance, attr, getattr(defaults, attr))
        if name == "ntls":
            b.state.ntls_clients.clear()
        elif name == "system":
            for svc_name, svc in b.state.appliance.services.items():
                svc.on_boot = defaults.services[svc_name].on_boot
        elif name == "webserver":
            b.state.blocklist = Blocklist()
    write_log(b, "messages", "sysconf", f"factory reset of {service}")
    return Reply(204)
