"""NTLS clients and their partition links (reference page 004), the NTLS certificate's
CSR (v17 page) and the client action list."""

from __future__ import annotations

from cryptography.hazmat.primitives import serialization

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from ..model import NtlsClient
from .actions import action_list
from .common import require_so
from .services import alt_names, make_csr, new_key, subject

RULES: Rules[Backend] = Rules()

__all__ = ["NTLS_CSR_DEFAULTS", "RULES"]

RESERVED_IPS = frozenset({"127.0.0.1", "0.0.0.0", "::1"})  # noqa: S104 (names, not a bind)


# ---- NTLS clients and links -------------------------------------------------


def _client(b: Backend, ctx: Ctx) -> NtlsClient:
    c = b.state.ntls_clients.get(ctx.params["clientid"])
    if c is None:
        raise E.NtlsNoClient(f"no NTLS client {ctx.params['clientid']!r}")
    return c


@RULES.handles("listNtlsClients")
def list_ntls_clients(b: Backend, ctx: Ctx) -> Reply:
    return Reply(
        200,
        {
            "clients": [
                {"clientID": n, "url": f"/api/lunasa/ntls/clients/{n}"}
                for n in sorted(b.state.ntls_clients)
            ]
        },
    )


@RULES.handles("registerNtlsClient")
def register_ntls_client(b: Backend, ctx: Ctx) -> Reply:
    body = ctx.body or {}
    if b.state.force_so_login:
        require_so(b, ctx)
    name, ip, host = body["clientName"], body.get("ip", ""), body.get("hostname", "")
    if not ip and not host:
        raise E.NtlsMissingHostnameIp("Give a hostname or an IP address")
    if ip and host:
        raise E.NtlsParametersNotAppropriate("Give a hostname or an IP address, not both")
    if name in b.state.ntls_clients:
        raise E.NtlsClientAlreadyExists(f"client {name!r} already exists")
    for c in b.state.ntls_clients.values():
        if ip and c.ip == ip:
            raise E.NtlsDupeIp(f"IP {ip} is already registered")
        if host and c.hostname == host:
            raise E.NtlsDupeHostname(f"hostname {host} is already registered")
    if ip in RESERVED_IPS:
        raise E.NtlsReservedIpAddress(f"IP {ip} is reserved")
    if host in ("localhost",):
        raise E.NtlsReservedHostname(f"hostname {host} is reserved")
    b.state.ntls_clients[name] = NtlsClient(name, ip, host, body.get("certificate", ""))
    return Reply(200, {"client": name}, {"Location": f"/api/lunasa/ntls/clients/{name}"})


@RULES.handles("getNtlsClient")
def get_ntls_client(b: Backend, ctx: Ctx) -> Reply:
    c = _client(b, ctx)
    url = f"/api/lunasa/ntls/clients/{c.name}"
    return Reply(
        200,
        {
            "clientID": c.name,
            "ip": c.ip,
            "hostname": c.hostname,
            "htlRequired": False,
            "ottExpiry": 0,
            "actions": f"{url}/actions",
            "links": f"{url}/links",
        },
    )


@RULES.handles("deleteNtlsClient")
def delete_ntls_client(b: Backend, ctx: Ctx) -> Reply:
    c = _client(b, ctx)
    del b.state.ntls_clients[c.name]
    return Reply(204)


@RULES.handles("listNtlsClientLinks")
def list_links(b: Backend, ctx: Ctx) -> Reply:
    c = _client(b, ctx)
    return Reply(
        200,
        {
            "links": [
                {"id": k, "url": f"/api/lunasa/ntls/clients/{c.name}/links/{k}"}
                for k in sorted(c.links)
            ]
        },
    )


@RULES.handles("createNtlsClientLink")
def create_link(b: Backend, ctx: Ctx) -> Reply:
    c = _client(b, ctx)
    url = (ctx.body or {}).get("url", "")
    prefix = f"/api/lunasa/hsms/{b.state.hsm.serial}/partitions/"
    serial = url[len(prefix) :] if url.startswith(prefix) else ""
    if not serial.isdigit() or int(serial) not in b.state.partitions:
        raise E.InvalidPartition(f"{url!r} names no partition of this HSM")
    c.links[serial] = url
    return Reply(204, headers={"Location": f"/api/lunasa/ntls/clients/{c.name}/links/{serial}"})


def _link(b: Backend, ctx: Ctx) -> tuple[NtlsClient, str]:
    c = _client(b, ctx)
    link = str(ctx.params["linkid"])
    if link not in c.links:
        raise E.NtlsNoLink(f"no link {link!r}")
    return c, link


@RULES.handles("getNtlsClientLink")
def get_link(b: Backend, ctx: Ctx) -> Reply:
    c, link = _link(b, ctx)
    return Reply(200, {"url": c.links[link], "type": "hsm/partition"})


@RULES.handles("deleteNtlsClientLink")
def delete_link(b: Backend, ctx: Ctx) -> Reply:
    c, link = _link(b, ctx)
    del c.links[link]
    return Reply(204)


# ---- the NTLS certificate's CSR and the client action list --------------------------
NTLS_CSR_DEFAULTS = {
    "country": "CA",
    "state": "Ontario",
    "location": "Ottawa",
    "organization": "Thales",
}  # the v17 page's defaults; cn defaults to the hostname


@RULES.handles("createNtlsCsr")
def create_ntls_csr(b: Backend, ctx: Ctx) -> Reply:
    """A new NTLS key (kept until a certificate is installed) and its CSR. The NTLS
    service keeps its current certificate meanwhile. ``days`` is the validity asked of the
    CA; a CSR itself carries none."""
    body = ctx.body or {}
    key = new_key("rsa", body.get("keySize", 2048))
    name = subject(body, {**NTLS_CSR_DEFAULTS, "cn": b.state.appliance.hostname})
    csr = make_csr(key, name, alt_names(body.get("subjectAltName", [])))
    b.state.appliance.ntls_csr_key = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    return Reply(200, {"csr": csr.public_bytes(serialization.Encoding.PEM).decode()})


@RULES.handles("listNtlsClientActions")
def list_ntls_client_actions(b: Backend, ctx: Ctx) -> Reply:
    _client(b, ctx)
    return action_list(b, ctx)
