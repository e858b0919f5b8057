"""NTP and the appliance's time: the NTP configuration and status, the NTP servers (add,
change, delete), synchronizing once, and the date, time and time zone.

Changing an NTP server's settings (``PUT /api/lunasa/ntp/servers/{serverid}``, 4.0.0
page): the settings are replaced as a whole (those left out return to their defaults:
protocol version 4, the NTS-KE port 4460 with NTS), under the v17 rules of adding one
(``check_ntp_settings``); the address names the server and does not change. With
``forceSoLogin`` on, adding, changing a server and setting the time need the HSM SO."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from .common import require_so, service_running, write_log

RULES: Rules[Backend] = Rules()

__all__ = ["RULES", "check_ntp_settings", "find_ntp_server"]


@RULES.handles("getNtpConfig")
def get_ntp_config(b: Backend, ctx: Ctx) -> Reply:
    return Reply(
        200,
        {
            "servers": "/api/lunasa/ntp/servers",
            "status": "/api/lunasa/ntp/status",
            "actions": "/api/lunasa/ntp/actions",
        },
    )


@RULES.handles("getNtpStatus")
def get_ntp_status(b: Backend, ctx: Ctx) -> Reply:
    a = b.state.appliance
    running = service_running(b, "ntp")
    return Reply(
        200,
        {
            "service": "running" if running else "stopped",
            "synchronized": running and bool(a.ntp_servers),
            "servers": sorted(a.ntp_servers),
        },
    )


@RULES.handles("listNtpServers")
def list_ntp_servers(b: Backend, ctx: Ctx) -> Reply:
    names = sorted(b.state.appliance.ntp_servers)
    return Reply(
        200, {"servers": [{"id": n, "url": f"/api/lunasa/ntp/servers/{n}"} for n in names]}
    )


def check_ntp_settings(body: dict[str, Any], error: type[E.LunaError]) -> None:
    """The NTS rules of an NTP server's settings (v17 ``POST /api/lunasa/ntp/servers``)."""
    if body.get("nts") and body.get("protocolVersion") == 3:
        raise error("NTS needs NTP protocol version 4")
    if body.get("nts") and "keyId" in body:
        raise error("NTS and a symmetric key (keyId) exclude each other")


@RULES.handles("createNtpServer")
def create_ntp_server(b: Backend, ctx: Ctx) -> Reply:
    body = ctx.body
    if b.state.force_so_login:
        require_so(b, ctx)
    check_ntp_settings(body, E.BadRequest)
    if "port" in body and not body.get("nts"):
        raise E.BadRequest("'port' (the NTS-KE port) is only allowed with 'nts'")
    address = body["address"]
    if address in b.state.appliance.ntp_servers:
        raise E.BadRequest(f"NTP server {address!r} already exists")
    server = {"address": address, "protocolVersion": 4, **body}
    if server.get("nts"):
        server.setdefault("port", 4460)
    b.state.appliance.ntp_servers[address] = server
    return Reply(204, headers={"Location": f"/api/lunasa/ntp/servers/{address}"})


def find_ntp_server(b: Backend, ctx: Ctx) -> str:
    """The NTP server the path names (``serverid``), or 404."""
    name = str(ctx.params["serverid"])
    if name not in b.state.appliance.ntp_servers:
        raise E.NotFound(f"no NTP server {name!r}")
    return name


@RULES.handles("getNtpServer")
def get_ntp_server(b: Backend, ctx: Ctx) -> Reply:
    return Reply(200, dict(b.state.appliance.ntp_servers[find_ntp_server(b, ctx)]))


@RULES.handles("replaceNtpServer")
def replace_ntp_server(b: Backend, ctx: Ctx) -> Reply:
    address = find_ntp_server(b, ctx)
    if b.state.force_so_login:
        require_so(b, ctx)
    body = dict(ctx.body)
    check_ntp_settings(body, E.BadRequest)
    if "port" in body and not body.get("nts"):
        raise E.BadRequest("'port' (the NTS-KE port) is only allowed with 'nts'")
    server = {"address": address, "protocolVersion": 4, **body}
    if server.get("nts"):
        server.setdefault("port", 4460)
    b.state.appliance.ntp_servers[address] = server
    return Reply(204)


@RULES.handles("deleteNtpServer")
def delete_ntp_server(b: Backend, ctx: Ctx) -> Reply:
    del b.state.appliance.ntp_servers[find_ntp_server(b, ctx)]
    return Reply(204)


@RULES.handles("performNtpAction")
def perform_ntp_action(b: Backend, ctx: Ctx) -> Reply:
    """``synchronize``: sets the appliance clock from the server once (the appliance
    time returns to the real one) and answers the offset it corrected."""
    if ctx.params["actionid"] != "synchronize":
        raise E.ActionDoesNotExist(f"NTP has no action {ctx.params['actionid']!r}")
    a, body = b.state.appliance, ctx.body or {}
    if service_running(b, "ntp"):
        raise E.SysconfConfigNtpServiceRunning(
            "stop the NTP service first (POST /api/lunasa/services/ntp/actions/stop)"
        )
    check_ntp_settings(body, E.NtpInvalidAuthentication)
    if not body.get("server") and not a.ntp_servers:
        raise E.BadRequest("give 'server' or add an NTP server first")
    offset, a.time_offset = -a.time_offset, 0.0
    write_log(b, "messages", "ntpdate", f"adjust time server offset {offset:+.6f} sec")
    return Reply(200, {"offset": offset})


def _zone(name: str) -> dt.tzinfo:
    try:
        return zoneinfo.ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        if name.upper() in ("UTC", "GMT"):
            return dt.UTC
        raise E.BadRequest(f"unknown time zone {name!r}") from None


def _local_now(b: Backend) -> dt.datetime:
    a = b.state.appliance
    return dt.datetime.fromtimestamp(b.clock.now() + a.time_offset, _zone(a.time_zone))


@RULES.handles("getTime")
def get_time(b: Backend, ctx: Ctx) -> Reply:
    now = _local_now(b)
    return Reply(
        200,
        {
            "time": now.strftime("%H:%M:%S"),
            "date": now.strftime("%Y-%m-%d"),
            "timeZone": b.state.appliance.time_zone,
        },
    )


@RULES.handles("updateTime")
def update_time(b: Backend, ctx: Ctx) -> Reply:
    body, a = ctx.body or {}, b.state.appliance
    if b.state.force_so_login:
        require_so(b, ctx)
    zone_name = body.get("timeZone", a.time_zone)
    zone = _zone(zone_name)
    now = dt.datetime.fromtimestamp(b.clock.now() + a.time_offset, zone)
    try:
        day = dt.date.fromisoformat(body["date"]) if "date" in body else now.date()
        clock = dt.time.fromisoformat(body["time"]) if "time" in body else now.time()
        if not 1970 < day.year < 2100:
            raise ValueError(day)
        wanted = dt.datetime.combine(day, clock, zone).timestamp()
    except (ValueError, OverflowError):
        raise E.BadRequest("date is YYYY-MM-DD (1971-2099) and time HH:MM:SS") from None
    a.time_zone, a.time_offset = zone_name, wanted - b.clock.now()
    return Reply(204)
