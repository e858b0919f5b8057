"""Appliance services: the service list and start/stop/restart, the REST web server (its
configuration, block list, CSR and certificate), SSH, network, NTP, time, and the NTLS
service (configuration, server certificate, client certificates and DN filters).

Also the helpers the other appliance-service modules share: the caller's file area,
PEM certificates, keys, CSRs and self-signed certificates (real ones, via
``cryptography``), and the appliance's log files.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
import time
import zoneinfo
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from .. import blocklist
from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from ..model import NtlsClient, Service
from .common import require_so, server_login_key

RULES: Rules[Backend] = Rules()

__all__ = [
    "PrivateKey",
    "alt_names",
    "caller_file",
    "certificate_info",
    "certificate_pem",
    "check_ntp_settings",
    "find_device",
    "find_ntp_server",
    "load_certificate",
    "make_csr",
    "new_key",
    "same_key",
    "self_signed",
    "service_running",
    "subject",
    "write_log",
]

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
FileNotFound = E.FileidDoesNotExist


# ---- shared helpers ------------------------------------------------------------
def write_log(b: Backend, log: str, process: str, message: str) -> None:
    """Append a syslog-style line to one of the appliance's log files."""
    stamp = time.strftime("%b %d %H:%M:%S", time.gmtime(b.clock.now()))
    line = f"{stamp} {b.state.appliance.hostname} {process}: {message}"
    b.state.appliance.logs.setdefault(log, []).append(line)


def service_running(b: Backend, name: str) -> bool:
    svc = b.state.appliance.services.get(name)
    return svc is not None and svc.running


def caller_file(b: Backend, ctx: Ctx, name: str, ext: str, bad_name: type[E.LunaError]) -> bytes:
    """A file of the caller's file area (``POST /users/{userid}/files``)."""
    if not name.lower().endswith(ext):
        raise bad_name(f"{name!r}: a {ext} file is expected")
    user = b.state.users.get(ctx.user.name)
    if user is None or name not in user.files:
        raise FileNotFound(f"no file {name!r} in {ctx.user.name}'s file area")
    return bytes(user.files[name])


def load_certificate(
    data: bytes | str,
    now: float,
    invalid: type[E.LunaError],
    expired: type[E.LunaError],
) -> x509.Certificate:
    """A PEM certificate (newlines possibly written as ``\\n``), valid at ``now``."""
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    pem = text.replace("\\n", "\n").strip() + "\n"
    if "-----BEGIN CERTIFICATE-----" not in pem:
        raise invalid("the content is not a PEM X.509 certificate")
    try:
        cert = x509.load_pem_x509_certificate(pem.encode())
    except ValueError:
        raise invalid("the content is not a valid PEM X.509 certificate") from None
    if cert.not_valid_after_utc.timestamp() < now:
        raise expired(f"the certificate expired on {cert.not_valid_after_utc:%Y-%m-%d}")
    return cert


def certificate_pem(cert: x509.Certificate) -> str:
    return cert.public_bytes(serialization.Encoding.PEM).decode()


def certificate_info(pem: str) -> dict[str, Any]:
    cert = x509.load_pem_x509_certificate(pem.encode())
    return {
        "certificate": pem,
        "subject": cert.subject.rfc4514_string(),
        "issuer": cert.issuer.rfc4514_string(),
        "serialNumber": format(cert.serial_number, "x"),
        "notBefore": cert.not_valid_before_utc.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "notAfter": cert.not_valid_after_utc.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "fingerprint": cert.fingerprint(hashes.SHA256()).hex(),
    }


def new_key(key_type: str = "rsa", key_size: int | None = None) -> PrivateKey:
    kind = key_type.lower()
    if kind == "rsa":
        size = key_size or 2048
        if size not in (2048, 3072, 4096):
            raise E.BadRequest(f"an RSA key is 2048, 3072 or 4096 bits, not {size}")
        return rsa.generate_private_key(public_exponent=65537, key_size=size)
    curves: dict[int, ec.EllipticCurve] = {
        256: ec.SECP256R1(),
        384: ec.SECP384R1(),
        521: ec.SECP521R1(),
    }
    if kind in ("ec", "ecdsa") and (key_size or 256) in curves:
        return ec.generate_private_key(curves[key_size or 256])
    raise E.BadRequest(f"unsupported key {key_type!r} of {key_size} bits (rsa or ec)")


_SUBJECT = (
    ("cn", NameOID.COMMON_NAME),
    ("country", NameOID.COUNTRY_NAME),
    ("state", NameOID.STATE_OR_PROVINCE_NAME),
    ("location", NameOID.LOCALITY_NAME),
    ("organization", NameOID.ORGANIZATION_NAME),
    ("orgunit", NameOID.ORGANIZATIONAL_UNIT_NAME),
    ("email", NameOID.EMAIL_ADDRESS),
)


def subject(fields: dict[str, Any], defaults: dict[str, str]) -> x509.Name:
    values = {**defaults, **{k: v for k, v in fields.items() if isinstance(v, str)}}
    try:
        return x509.Name(
            [x509.NameAttribute(oid, values[key]) for key, oid in _SUBJECT if values.get(key)]
        )
    except ValueError as exc:
        raise E.BadRequest(f"bad subject: {exc}") from None


def alt_names(items: list[str]) -> list[x509.GeneralName]:
    """``IP:<address>`` / ``DNS:<name>`` entries (comma-separated lists allowed)."""
    names: list[x509.GeneralName] = []
    for entry in (e for item in items for e in item.split(",")):
        kind, _, value = entry.partition(":")
        try:
            if kind == "IP":
                names.append(x509.IPAddress(ipaddress.ip_address(value)))
            elif kind == "DNS" and value:
                names.append(x509.DNSName(value))
            else:
                raise ValueError(entry)
        except ValueError:
            raise E.BadRequest(f"bad subject alternative name {entry!r}") from None
    return names


def _validity(now: float, start: str | None, days: int) -> tuple[dt.datetime, dt.datetime]:
    try:
        begin = (
            dt.datetime.combine(dt.date.fromisoformat(start), dt.time(), dt.UTC)
            if start
            else dt.datetime.fromtimestamp(now, dt.UTC) - dt.timedelta(minutes=1)
        )
        return begin, begin + dt.timedelta(days=days)
    except (ValueError, OverflowError):
        raise E.BadRequest(f"startDate {start!r} is not a valid date") from None


def self_signed(
    key: PrivateKey,
    name: x509.Name,
    now: float,
    *,
    start: str | None = None,
    days: int = 3653,
    sans: list[x509.GeneralName] | None = None,
) -> x509.Certificate:
    begin, end = _validity(now, start, days)
    try:
        builder = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(begin)
            .not_valid_after(end)
        )
        if sans:
            builder = builder.add_extension(x509.SubjectAlternativeName(sans), critical=False)
        return builder.sign(key, hashes.SHA256())
    except (ValueError, OverflowError) as exc:  # e.g. a start before 1950
        raise E.BadRequest(f"cannot make the certificate: {exc}") from None


def make_csr(
    key: PrivateKey, name: x509.Name, sans: list[x509.GeneralName] | None = None
) -> x509.CertificateSigningRequest:
    try:
        builder = x509.CertificateSigningRequestBuilder().subject_name(name)
        if sans:
            builder = builder.add_extension(x509.SubjectAlternativeName(sans), critical=False)
        return builder.sign(key, hashes.SHA256())
    except ValueError as exc:
        raise E.BadRequest(f"cannot make the CSR: {exc}") from None


def same_key(cert: x509.Certificate, key: PrivateKey) -> bool:
    der = serialization.Encoding.DER
    spki = serialization.PublicFormat.SubjectPublicKeyInfo
    return cert.public_key().public_bytes(der, spki) == key.public_key().public_bytes(der, spki)


# ---- services -------------------------------------------------------------------
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


# ---- web server -----------------------------------------------------------------
NET_DEVICES = ("eth0", "eth1", "eth2", "eth3", "bond0", "bond1")


@RULES.handles("getWebServerConfig")
def get_web_server_config(b: Backend, ctx: Ctx) -> Reply:
    return Reply(200, dict(b.state.appliance.webserver))


@RULES.handles("updateWebServerConfig")
def update_web_server_config(b: Backend, ctx: Ctx) -> Reply:
    body = ctx.body or {}
    cfg = b.state.appliance.webserver
    if "netDevice" in body and body["netDevice"] not in (*NET_DEVICES, "all", "all_ipv4"):
        raise E.BadRequest(f"netDevice {body['netDevice']!r}: one of eth0-eth3, bond0, bond1, all")
    if "cipherList" in body and "" in body["cipherList"].split(":"):
        raise E.BadRequest("cipherList is a colon-separated list of cipher names")
    if body.get("port") == b.state.appliance.ssh["port"]:
        raise E.BadRequest(f"port {body['port']} is used by SSH")
    cfg.update(
        {k: body[k] for k in ("cipherList", "netDevice", "port", "maxFileSize") if k in body}
    )
    return Reply(204)


@RULES.handles("getWebServerBlocklist")
def get_web_server_blocklist(b: Backend, ctx: Ctx) -> Reply:
    return Reply(200, blocklist.describe(b.state.blocklist))


@RULES.handles("replaceWebServerBlocklist", "updateWebServerBlocklist")
def set_web_server_blocklist(b: Backend, ctx: Ctx) -> Reply:
    blocklist.configure(b.state.blocklist, ctx.body, replace=ctx.op.method == "PUT")
    return Reply(204)


def _webserver_keys(b: Backend) -> list[PrivateKey]:
    """The keys a web server certificate may be for: the key certificate login encrypts
    to (handlers/auth.py), and the key of the last ``POST /api/lunasa/webServer/csr``."""
    keys: list[PrivateKey] = [server_login_key(b)[0]]
    if b.state.appliance.webserver_csr_key:
        pending = serialization.load_pem_private_key(
            b.state.appliance.webserver_csr_key.encode(), password=None
        )
        assert isinstance(pending, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey)
        keys.append(pending)
    return keys


@RULES.handles("getWebServerCsr")
def get_web_server_csr(b: Backend, ctx: Ctx) -> Reply:
    """The request of the last ``POST /api/lunasa/webServer/csr`` as a file; before any,
    one for the web server's current key."""
    a = b.state.appliance
    if a.webserver_csr:
        return Reply(200, raw=a.webserver_csr.encode())
    name = subject({}, {"cn": a.hostname, "organization": "Thales"})
    csr = make_csr(_webserver_keys(b)[0], name)
    return Reply(200, raw=csr.public_bytes(serialization.Encoding.PEM))


@RULES.handles("replaceWebServerCertificate")
def replace_web_server_certificate(b: Backend, ctx: Ctx) -> Reply:
    data = ctx.body if isinstance(ctx.body, bytes) else b""
    cert = load_certificate(data, b.clock.now(), E.BadRequest, E.BadRequest)
    if not any(same_key(cert, key) for key in _webserver_keys(b)):
        raise E.BadRequest(
            "the certificate is not for the web server's key (GET /api/lunasa/webServer/config/csr)"
        )
    b.state.appliance.webserver_certificate = certificate_pem(cert)
    return Reply(204)


# ---- SSH ------------------------------------------------------------------------
SSH_CIPHERS = frozenset(
    {
        "aes128-ctr",
        "aes192-ctr",
        "aes256-ctr",
        "aes128-gcm@openssh.com",
        "aes256-gcm@openssh.com",
        "chacha20-poly1305@openssh.com",
        "aes128-cbc",
        "aes192-cbc",
        "aes256-cbc",
    }
)


@RULES.handles("getSshConfig")
def get_ssh_config(b: Backend, ctx: Ctx) -> Reply:
    cfg = b.state.appliance.ssh
    return Reply(200, {**cfg, "networkDevices": list(cfg["networkDevices"])})


@RULES.handles("updateSshConfig")
def update_ssh_config(b: Backend, ctx: Ctx) -> Reply:
    body = ctx.body or {}
    cfg = b.state.appliance.ssh
    ciphers = body.get("cipherList")
    if ciphers is not None:
        unknown = [c for c in ciphers.split(":") if c not in SSH_CIPHERS]
        if unknown:
            raise E.SshFailedToSetCiphers(f"unknown SSH cipher(s): {unknown}")
    port = body.get("port", cfg["port"])
    if 22 < port < 1024 or port == b.state.appliance.webserver["port"]:
        raise E.SshOperationFailed(f"port {port}: use 22 or a free port 1024-65535")
    devices = body.get("networkDevices", cfg["networkDevices"])
    if not devices or ("all" in devices and len(devices) > 1):
        raise E.SshOperationFailed("networkDevices: 'all' or a list of devices")
    merged = {**cfg, **{k: v for k, v in body.items() if k in cfg}}
    if not merged["isPasswordAuthenticationEnabled"] and not merged["isKeyAuthenticationEnabled"]:
        raise E.SshOperationFailed("disabling both authentication methods locks SSH")
    merged["networkDevices"] = list(dict.fromkeys(devices))
    b.state.appliance.ssh = merged
    return Reply(204)


# ---- network --------------------------------------------------------------------
_TEST_NETS = tuple(
    ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")
)
_HOST = re.compile(r"^[a-zA-Z0-9]([a-zA-Z0-9.-]{0,251}[a-zA-Z0-9])?$")


@RULES.handles("getNetworkConfig")
def get_network_config(b: Backend, ctx: Ctx) -> Reply:
    return Reply(
        200, {"hostname": b.state.appliance.hostname, "devices": "/api/lunasa/network/devices"}
    )


@RULES.handles("updateNetworkConfig")
def update_network_config(b: Backend, ctx: Ctx) -> Reply:
    hostname = (ctx.body or {}).get("hostname")
    if hostname is not None:
        if hostname.lower() == "localhost" or re.fullmatch(r"[0-9.]+", hostname):
            raise E.InvalidValueSpecified(f"{hostname!r} cannot be the appliance's hostname")
        b.state.appliance.hostname = hostname
    return Reply(204)


@RULES.handles("performNetworkAction")
def perform_network_action(b: Backend, ctx: Ctx) -> Reply:
    """``ping``: a round trip for any well-formed address, except the documentation
    networks (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24), which never answer (0)."""
    if ctx.params["actionid"] != "ping":
        raise E.ActionDoesNotExist(f"the network has no action {ctx.params['actionid']!r}")
    address = str((ctx.body or {}).get("address", ""))
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        if not _HOST.match(address):
            raise E.BadRequest(f"{address!r} is not an IP address or hostname") from None
        return Reply(200, {"time": 0.000607})
    unreachable = any(ip in net for net in _TEST_NETS)
    return Reply(200, {"time": 0 if unreachable else 0.000607})


def find_device(b: Backend, ctx: Ctx) -> tuple[str, dict[str, Any]]:
    """The network device the path names (``deviceid``), or 404."""
    name = str(ctx.params["deviceid"])
    device = b.state.appliance.devices.get(name)
    if device is None:
        raise E.InterfaceDoesNotExist(f"no network device {name!r}")
    return name, device


@RULES.handles("listNetworkDevices")
def list_network_devices(b: Backend, ctx: Ctx) -> Reply:
    names = sorted(b.state.appliance.devices)
    return Reply(
        200, {"devices": [{"id": n, "url": f"/api/lunasa/network/devices/{n}"} for n in names]}
    )


@RULES.handles("getNetworkDevice")
def get_network_device(b: Backend, ctx: Ctx) -> Reply:
    name, device = find_device(b, ctx)
    index = sorted(b.state.appliance.devices).index(name)
    url = f"/api/lunasa/network/devices/{name}"
    return Reply(
        200,
        {
            "name": name,
            **device,
            "mac": f"00:15:b2:a8:6c:{index:02x}",
            "status": "up" if device["ip"] else "down",
            "ip4": f"{url}/ip4",
            "stats": f"{url}/stats",
        },
    )


@RULES.handles("replaceNetworkDeviceIp4")
def replace_network_device_ip4(b: Backend, ctx: Ctx) -> Reply:
    name, device = find_device(b, ctx)
    body = ctx.body
    if "mode" in body and not name.startswith("bond"):
        raise E.BadRequest("'mode' is for bond devices only")
    if b.state.appliance.webserver["netDevice"] == name:
        raise E.OperationRestricted(
            f"the REST API is bound to {name}: change it from the serial console"
        )
    try:
        network = ipaddress.ip_network(f"{body['ip']}/{body['mask']}", strict=False)
        gateway = ipaddress.ip_address(body["gateway"])
    except ValueError:  # e.g. leading zeros, which the schema's pattern lets through
        raise E.BadRequest(
            "ip and gateway are dotted IPv4 addresses without leading zeros"
        ) from None
    if gateway not in network or str(gateway) == body["ip"]:
        raise E.BadRequest(f"gateway {gateway} is not another address of {network}")
    device.update({k: body[k] for k in ("ip", "mask", "gateway", "mode") if k in body})
    return Reply(204)


@RULES.handles("getNetworkDeviceStats")
def get_network_device_stats(b: Backend, ctx: Ctx) -> Reply:
    _, device = find_device(b, ctx)
    seen = len(b.state.appliance.logs.get("messages", [])) if device["ip"] else 0
    return Reply(
        200,
        {
            "rxBytes": 1500 * seen,
            "txBytes": 1200 * seen,
            "rxPackets": seen,
            "txPackets": seen,
            "rxErrors": 0,
            "txErrors": 0,
        },
    )


# ---- NTP and time ---------------------------------------------------------------
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


# ---- NTLS service: configuration and server certificate ---------------------------
@RULES.handles("getNtlsConfig")
def get_ntls_config(b: Backend, ctx: Ctx) -> Reply:
    return Reply(200, dict(b.state.appliance.ntls))


@RULES.handles("replaceNtlsConfig")
def replace_ntls_config(b: Backend, ctx: Ctx) -> Reply:
    body = ctx.body
    b.state.appliance.ntls = {
        k: body[k] for k in ("receiveTimeoutTimer", "ipCheckEnabled", "cipherList", "groupList")
    }
    return Reply(204)


def ntls_certificate(b: Backend) -> str:
    """The NTLS server certificate (``server.pem``), made on first use."""
    a = b.state.appliance
    if not a.ntls_certificate:
        key = new_key("rsa", 2048)
        name = subject({}, {"cn": a.hostname, "organization": "Thales"})
        a.ntls_certificate = certificate_pem(self_signed(key, name, b.clock.now()))
    return a.ntls_certificate


@RULES.handles("getNtlsCertificate")
def get_ntls_certificate(b: Backend, ctx: Ctx) -> Reply:
    return Reply(200, certificate_info(ntls_certificate(b)))


_NtlsInvalid = E.NtlsInvalidCertificate
_NTLS_CN = re.compile(r"^[a-zA-Z0-9]([a-zA-Z0-9.-]{0,62}[a-zA-Z0-9])?$")
_Expired = E.ExpiredCert
_NotAppropriate = E.RequestNotAppropriate


def _uploaded_or_file(b: Backend, ctx: Ctx, bad_name: type[E.LunaError]) -> bytes:
    """The certificate of an octet-stream upload or of a JSON ``{file}``."""
    if isinstance(ctx.body, bytes):
        if not ctx.body:
            raise _NotAppropriate("upload the certificate file as the octet-stream body")
        return ctx.body
    if isinstance(ctx.body, dict) and isinstance(ctx.body.get("file"), str):
        return caller_file(b, ctx, ctx.body["file"], ".pem", bad_name)
    raise _NotAppropriate("send the certificate as octet-stream or JSON {file}")


@RULES.handles("replaceNtlsCertificate")
def replace_ntls_certificate(b: Backend, ctx: Ctx) -> Reply:
    """Protected: runs once its Waiting task is started. The certificate's common name
    must be one the NTLS service accepts (v17: letters, digits, dots and hyphens, as the
    ``cn`` of ``POST /api/lunasa/ntls/csr``); a certificate for the key of the last NTLS
    CSR puts that key in service."""
    bad_name = E.NtlsFilenameNotValid
    data = _uploaded_or_file(b, ctx, bad_name)
    cert = load_certificate(data, b.clock.now(), _NtlsInvalid, _Expired)
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    if not names or not _NTLS_CN.match(str(names[0].value)):
        raise E.NtlsCertificateCnInvalid(
            f"common name {str(names[0].value) if names else ''!r}: letters, digits, '.' and '-'"
        )
    a = b.state.appliance
    if a.ntls_csr_key:
        pending = serialization.load_pem_private_key(a.ntls_csr_key.encode(), password=None)
        assert isinstance(pending, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey)
        if same_key(cert, pending):
            a.ntls_csr_key = ""  # installed: the key of that CSR is now the NTLS key
    a.ntls_certificate = certificate_pem(cert)
    write_log(b, "messages", "NTLS", "NTLS server certificate replaced")
    return Reply(204)


@RULES.handles("regenerateNtlsCertificate")
def regenerate_ntls_certificate(b: Backend, ctx: Ctx) -> Reply:
    """Protected: a new key and self-signed certificate once its task is started."""
    body, a = ctx.body or {}, b.state.appliance
    name = subject(body, {"cn": a.hostname})
    sans = alt_names(body.get("subjectAltName", []))
    key = new_key("rsa", 2048)
    cert = self_signed(
        key,
        name,
        b.clock.now(),
        start=body.get("startDate"),
        days=body.get("days", 3653),
        sans=sans,
    )
    a.ntls_certificate = certificate_pem(cert)
    write_log(b, "messages", "NTLS", "NTLS server key and certificate regenerated")
    return Reply(204)


# ---- NTLS clients: certificate and DN filter ------------------------------------
DN_KEYS = frozenset({"c", "st", "l", "o", "ou", "cn", "dc", "uid", "emailaddress", "street"})


def _ntls_client(b: Backend, ctx: Ctx) -> NtlsClient:
    c = b.state.ntls_clients.get(str(ctx.params["clientid"]))
    if c is None:
        raise E.NtlsNoClient(f"no NTLS client {ctx.params['clientid']!r}")
    return c


@RULES.handles("replaceNtlsClientCertificate")
def replace_ntls_client_certificate(b: Backend, ctx: Ctx) -> Reply:
    c = _ntls_client(b, ctx)
    body = ctx.body
    if isinstance(body, dict) and isinstance(body.get("certificate"), str):
        data: bytes = body["certificate"].encode()
    elif isinstance(body, dict) and isinstance(body.get("file"), str):
        bad = E.FilenameNotValid
        data = caller_file(b, ctx, body["file"], ".pem", bad)
    elif isinstance(body, bytes) and body:
        data = body
    else:
        raise E.BadRequest("send the certificate as octet-stream, {certificate} or {file}")
    cert = load_certificate(data, b.clock.now(), _NtlsInvalid, _Expired)
    c.certificate = certificate_pem(cert)
    return Reply(204)


@RULES.handles("getNtlsClientDn")
def get_ntls_client_dn(b: Backend, ctx: Ctx) -> Reply:
    return Reply(200, {"dn": _ntls_client(b, ctx).dn})


@RULES.handles("replaceNtlsClientDn")
def replace_ntls_client_dn(b: Backend, ctx: Ctx) -> Reply:
    c = _ntls_client(b, ctx)
    if b.state.force_so_login:
        require_so(b, ctx)
    dn = ctx.body["dn"]
    unknown = [
        pair.split("=", 1)[0]
        for pair in dn.split("/")
        if pair and pair.split("=", 1)[0].lower() not in DN_KEYS
    ]
    if unknown:
        raise E.NtlsClientInvalidDistinguishedName(
            f"unknown attribute(s) {unknown}; use C, ST, L, O, OU, CN, DC, UID, emailAddress"
        )
    c.dn = dn.rstrip("/")
    return Reply(204)


@RULES.handles("deleteNtlsClientDn")
def delete_ntls_client_dn(b: Backend, ctx: Ctx) -> Reply:
    c = _ntls_client(b, ctx)
    if b.state.force_so_login:
        require_so(b, ctx)
    if not c.dn:
        raise E.NtlsClientNoDnFilterConfigured(f"client {c.name!r} has no DN filter")
    c.dn = ""
    return Reply(204)
