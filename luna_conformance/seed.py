"""A rich appliance for the embedded emulator: every resource family holds something, so
that each operation's cases can meet a resource that exists and succeed.

Built once per run through the appliance's own REST API (as an administrator would, with
``luna_ext`` and its workflows), then kept as the emulator's checkpoint
(``POST /_emulator/checkpoint``) and restored before every case: each case meets the same
appliance, however destructive the case before it was.

What it holds: an initialized HSM; two initialized partitions with their SO, Crypto Officer
and Crypto User (with the objects the emulator puts in a new partition); NTLS clients with
certificates and links to the partitions; an extra user and a certificate of the
administrator; files in the administrator's file area; an SNMP user, a notification and a
trap; a syslog remote host; an NTP server (its service stopped, as synchronizing needs); a
static route; bond0 configured; a DN filter on an NTLS client; a configuration backup; an STC
client; a partition policy template (exported from a partition into the administrator's
files). ``Target.seed_emulator`` adds a pending and a finished task. The Basic session the
cases use holds the HSM SO login, the SO login of the first partition and the Crypto
Officer login of the second, so that operations that require a login
(``x-luna-requires``) can succeed too.

Never used against an appliance: the suite does not change an appliance's configuration to
make its cases succeed (``discovery.py`` finds what is there instead)."""

from __future__ import annotations

import base64
import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

import luna_spec
from luna_ext import LunaError, LunaSession
from luna_ext.workflows import (
    PartitionRef,
    create_partition,
    first_hsm,
    initialize_hsm,
    register_ntls_client,
    so_login,
)

from .redaction import SECRETS

__all__ = ["SEED_PREFIX", "Seed", "SeedError", "build_seed"]

SEED_PREFIX = "lrk"
"""Every name the seed gives starts with it (as the suite's own objects do)."""

_JSON = {"Content-Type": luna_spec.VENDOR_JSON}


class SeedError(RuntimeError):
    """A step of the seed failed: the emulator refused what an administrator may do."""


@dataclass
class Seed:
    """What the seed made (for the report and for tests)."""

    hsm: int = 0
    partitions: list[PartitionRef] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)


def _pem_certificate(common_name: str) -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM).decode()


def _stc_identity() -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    der = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return base64.b64encode(der).decode()


_SNMP_USER = {
    "securityName": "lrkseed",
    "authenticationPassword": "lrk-seed-auth",
    "authenticationProtocol": "SHA",
    "privacyPassword": "lrk-seed-priv",
    "privacyProtocol": "AES",
}
_SNMP_CREDENTIALS = {k: v for k, v in _SNMP_USER.items() if k != "securityName"}


def build_seed(
    url: str,
    *,
    username: str,
    password: str,
    verify: Any,
    so_password: str,
    co_password: str,
    on_step: Callable[[str], None] | None = None,
) -> Seed:
    """Seed a fresh emulated appliance at ``url`` (raises ``SeedError`` naming the step)."""
    SECRETS.add(
        so_password,
        co_password,
        _SNMP_USER["authenticationPassword"],
        _SNMP_USER["privacyPassword"],
    )
    seed = Seed()
    cu_password = co_password[::-1] + "u"
    SECRETS.add(cu_password)

    def step(name: str, fn: Callable[[], Any]) -> Any:
        seed.steps.append(name)
        if on_step is not None:
            on_step(name)
        try:
            return fn()
        except (LunaError, httpx.HTTPError, KeyError, ValueError) as exc:
            raise SeedError(f"seed step {name!r} failed: {SECRETS.redact(str(exc))}") from exc

    with LunaSession(url, username=username, password=password, verify=verify) as luna:

        def req(method: str, path: str, body: Any = None) -> httpx.Response:
            response = luna.request(method, path, json=body)
            if response.status_code == 202:
                luna.wait_for_task(response)
            return response

        hsm = seed.hsm = step("first HSM", lambda: first_hsm(luna))
        step(
            "initialize the HSM",
            lambda: initialize_hsm(
                luna,
                hsm,
                label="lrkseed",
                so_password=so_password,
                domain="lrk-seed-domain",
                confirm=True,
            ),
        )
        step("HSM SO login", lambda: so_login(luna, hsm, so_password))
        for name in ("lrk-seed-a", "lrk-seed-b"):
            seed.partitions.append(
                step(
                    f"partition {name}",
                    partial(
                        create_partition,
                        luna,
                        hsm,
                        name,
                        so_password=so_password,
                        domain="lrk-seed-domain",
                        co_password=co_password,
                        cu_password=cu_password,
                        size=65536,
                    ),
                )
            )
        a, b = seed.partitions
        for i, (client, parts) in enumerate(
            (("lrk-seed-client-1", [a]), ("lrk-seed-client-2", [a, b]))
        ):
            step(
                f"NTLS client {client}",
                partial(
                    register_ntls_client,
                    luna,
                    client,
                    ip=f"192.0.2.{10 + i}",
                    certificate=_pem_certificate(client),
                    partitions=parts,
                ),
            )
        step(
            "user lrk-seed-user",
            lambda: req(
                "POST",
                "/users",
                {"userId": "lrk-seed-user", "role": "monitor", "password": "lrk-Seed-pw1"},
            ),
        )
        SECRETS.add("lrk-Seed-pw1")
        step(
            "a certificate of the administrator",
            lambda: req(
                "POST",
                f"/users/{username}/certificates",
                {"certificate": _pem_certificate("lrk-seed-admin")},
            ),
        )
        step("SNMP user", lambda: req("POST", "/api/lunasa/snmp/users", _SNMP_USER))
        notifications = f"/api/lunasa/snmp/users/{_SNMP_USER['securityName']}/notifications"
        step(
            "SNMP notification",
            lambda: req(
                "POST",
                notifications,
                {"address": "192.0.2.20", "port": 162, "type": "inform", **_SNMP_CREDENTIALS},
            ),
        )
        step(
            "SNMP trap",
            lambda: req(
                "POST",
                "/api/lunasa/snmp/traps",
                {
                    **_SNMP_USER,
                    "address": "192.0.2.21",
                    "engineId": "000FFFFFFFA9",
                    "trapType": "trap",
                },
            ),
        )
        step(
            "syslog remote host",
            lambda: req(
                "POST",
                "/api/lunasa/syslog/remoteHosts",
                {"address": "192.0.2.30", "protocol": "udp", "port": 514},
            ),
        )
        step(
            "NTP server",
            lambda: req(
                "POST",
                "/api/lunasa/ntp/servers",
                {"address": "192.0.2.40", "isPreferredServer": True, "protocolVersion": 4},
            ),
        )
        step("configuration backup", lambda: req("POST", "/api/lunasa/config/backups", {}))
        step(
            "static route on eth0",
            lambda: req(
                "POST",
                "/api/lunasa/network/devices/eth0/routes",
                {
                    "routeType": "network",
                    "destination": "198.51.100.0",
                    "netmask": "255.255.255.0",
                    "gateway": "192.168.0.254",
                },
            ),
        )
        for name, content in (("lrk-seed.txt", b"lrk seed\n"), ("lrk-seed.bin", bytes(range(256)))):
            step(
                f"file {name}",
                partial(luna.upload_user_file, io.BytesIO(content), filename=name),
            )
        step(
            "a DN filter on lrk-seed-client-1",
            lambda: req(
                "PUT",
                "/api/lunasa/ntls/clients/lrk-seed-client-1/dn",
                {"dn": "C=CA/O=lrk seed/CN=lrk-seed-client-1"},
            ),
        )
        step(
            "bond0 configured",
            lambda: req(
                "PUT",
                "/api/lunasa/network/devices/bond0/ip4",
                {"ip": "10.9.8.7", "mask": 24, "gateway": "10.9.8.1"},
            ),
        )
        # the appliance synchronizes with an NTP server only while its NTP service is stopped
        step(
            "NTP service stopped", lambda: req("POST", "/api/lunasa/services/ntp/actions/stop", {})
        )
        seed_partition = f"/api/lunasa/hsms/{hsm}/partitions/{a.id}"
        step(
            "STC client",
            lambda: req(
                "POST",
                f"{seed_partition}/stc/clients",
                {"identity": _stc_identity(), "label": "lrkseedclient"},
            ),
        )
        step(
            "a partition policy template (exported from lrk-seed-a)",
            lambda: req("POST", f"{seed_partition}/policies", {"file": "lrk-seed-template"}),
        )
    _login_the_cases_session(url, username, password, verify, hsm, seed, so_password, co_password)
    return seed


def _login_the_cases_session(
    url: str,
    username: str,
    password: str,
    verify: Any,
    hsm: int,
    seed: Seed,
    so_password: str,
    co_password: str,
) -> None:
    """The logins of the Basic session every case is sent with."""
    a, b = seed.partitions
    logins = (
        ("HSM SO login of the cases' session", f"/api/lunasa/hsms/{hsm}/login", "so", so_password),
        (
            f"partition SO login ({a.name}) of the cases' session",
            f"/api/lunasa/hsms/{hsm}/partitions/{a.id}/login",
            "so",
            so_password,
        ),
        (
            f"Crypto Officer login ({b.name}) of the cases' session",
            f"/api/lunasa/hsms/{hsm}/partitions/{b.id}/login",
            "co",
            co_password,
        ),
    )
    with httpx.Client(base_url=url, auth=(username, password), verify=verify, timeout=30) as c:
        for name, path, role, secret in logins:
            seed.steps.append(name)
            r = c.post(path, json={"role": role, "password": secret}, headers=_JSON)
            if not r.is_success:
                raise SeedError(f"seed step {name!r} failed: {r.status_code} {r.text[:300]}")
