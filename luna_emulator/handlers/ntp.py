"""Changing an NTP server's settings (``PUT /api/lunasa/ntp/servers/{serverid}``, 4.0.0
page): the settings are replaced as a whole (those left out return to their defaults:
protocol version 4, the NTS-KE port 4460 with NTS), under the v17 rules of adding one
(``check_ntp_settings``); the address names the server and does not change. With
``forceSoLogin`` on it needs the HSM SO."""

from __future__ import annotations

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from .common import require_so
from .services import check_ntp_settings, find_ntp_server

RULES: Rules[Backend] = Rules()

__all__ = ["RULES"]


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
