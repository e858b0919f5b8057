"""The emulated appliance's state: plain data, no HTTP and no rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .files import FileArea

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

__all__ = ["Hsm", "NtlsClient", "Partition", "Role", "Session", "State", "StcClient", "User"]
__all__ += ["AccessRole"]


@dataclass
class User:
    name: str
    password: str
    role: str  # admin | operator | monitor
    full_name: str = ""
    email: str = ""
    enabled: bool = True
    certificates: dict[str, str] = field(default_factory=dict)
    files: FileArea = field(default_factory=FileArea)
    # the login lockout policy (handlers/login_policy.py): failed logins in the detection
    # window (the emulator's clock), and until when the account is locked (0: it is not)
    failed_logins: list[float] = field(default_factory=list)
    locked_until: float = 0.0


@dataclass
class Session:
    sid: str
    user: str
    private: bool
    last_seen: float
    hsm_roles: set[str] = field(default_factory=set)
    partition_roles: dict[int, set[str]] = field(default_factory=dict)
    challenge: bytes = b""
    indirect: dict[str, IndirectObject] = field(default_factory=dict)  # id -> object (ch. 4)


@dataclass
class Role:
    initialized: bool = False
    password: str = ""
    login_attempts_left: int = 10
    locked_out: bool = False
    activated: bool = False
    challenge: str = ""  # secondary (challenge) credential; "" = none
    pin_to_be_changed: bool = False
    challenge_to_be_changed: bool = False


@dataclass
class AccessRole:
    """A custom appliance user role (``POST /roles``); its REST access is in ``State.acl``."""

    name: str
    full_name: str = ""
    lunash_file: str = ""  # the LunaSH permissions file named at creation ("" = defaults)


@dataclass
class StcClient:
    """A client identity registered with a partition for STC."""

    label: str
    identity: bytes
    fingerprint: str  # SHA-1 hex of the decoded identity


@dataclass
class Partition:
    serial: int
    name: str
    label: str = ""
    state: str = "zeroized"
    version: int = 0
    has_pso: bool = True
    size: int = 0
    roles: dict[str, Role] = field(default_factory=lambda: {r: Role() for r in ("so", "co", "cu")})
    policies: dict[str, int] = field(default_factory=dict)
    objects: dict[str, dict[str, Any]] = field(default_factory=dict)
    next_handle: int = 1
    # object backups: name -> handle -> object
    backups: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    smk: dict[str, str] = field(default_factory=dict)  # SMK id -> state
    stc: dict[str, int] = field(default_factory=dict)  # STC link settings
    stc_identity: bytes = b""  # the partition's STC public key (DER), made on first export
    stc_clients: dict[str, StcClient] = field(default_factory=dict)  # id -> registration
    indirect: PartitionIndirect | None = None  # indirect-login keys, made on first use
    usage: dict[str, int] = field(default_factory=dict)  # utilization bin -> requests counted


@dataclass
class Hsm:
    serial: int = 151256
    label: str = ""
    initialized: bool = False
    ped_based: bool = False
    so_password: str = ""
    so_logins_left: int = 3
    domain: str = ""
    firmware: str = "7.8.4"
    policies: dict[str, int] = field(default_factory=dict)
    metrics_reset: float = 0.0  # when the utilization counters last restarted (0: at start)
    extras: HsmExtras = field(default_factory=lambda: HsmExtras())


@dataclass
class NtlsClient:
    name: str
    ip: str = ""
    hostname: str = ""
    certificate: str = ""
    links: dict[str, str] = field(default_factory=dict)  # partition serial -> partition URL
    dn: str = ""  # distinguished-name filter ("" = none)


@dataclass
class State:
    users: dict[str, User] = field(default_factory=dict)
    hsm: Hsm = field(default_factory=Hsm)
    partitions: dict[int, Partition] = field(default_factory=dict)
    ntls_clients: dict[str, NtlsClient] = field(default_factory=dict)
    force_so_login: bool = False
    appliance: Appliance = field(default_factory=lambda: Appliance())  # services family
    blocklist: Blocklist = field(default_factory=lambda: Blocklist())  # web server block list
    roles: dict[str, AccessRole] = field(default_factory=dict)  # custom appliance roles
    # the REST ACL of custom users and roles: name -> "METHOD:/path" entries (the built-in
    # roles' access is the spec's x-luna-privileges and cannot be changed)
    acl: dict[str, list[str]] = field(default_factory=dict)
    login_policy: LoginPolicy = field(default_factory=lambda: LoginPolicy())
    password_policy: PasswordPolicy = field(default_factory=lambda: PasswordPolicy())


__all__ += ["LoginPolicy", "PasswordPolicy"]


@dataclass
class LoginPolicy:
    """The appliance users' login lockout policy (``/api/lunasa/user/config/login``); the
    defaults are the v17 reference page's (luna-rest-facts.md 5.5)."""

    max_failed_attempts: int = 3  # 0: no lockout
    lockout_duration: int = 600
    detection_window: int = 900


@dataclass
class PasswordPolicy:
    """The appliance users' password policy (``/api/lunasa/user/config/password``); the
    defaults are the v17 reference page's (luna-rest-facts.md 5.5)."""

    history: int = 4
    expiry_days: int = 90
    minimum_length: int = 8
    history_enabled: bool = True
    expiry_enabled: bool = True


# ---- HSM roles, PEDs, firmware, tamper, indirect login (hsm_roles, ped, hsms, indirect_login)
__all__ += ["HsmExtras", "HsmRole", "IndirectKey", "IndirectObject", "KeyPair", "Ped"]
__all__ += ["PartitionIndirect"]


@dataclass
class KeyPair:
    """An RSA private key (PKCS#8 PEM) and its certificate (DER)."""

    private_pem: bytes
    certificate_der: bytes = b""


@dataclass
class PartitionIndirect:
    """A partition's indirect-login key and token-wrapping key with its certificate."""

    login: KeyPair
    token_wrap: KeyPair


@dataclass
class IndirectKey:
    """Indirect-login material loaded onto a service HSM for a role."""

    type: str  # legacyKey | key | pkc
    public_der: bytes  # SubjectPublicKeyInfo of the admin partition's indirect-login key
    issuer_der: bytes = b""  # pkc: the certificate that confirmed the key


@dataclass
class IndirectObject:
    """A challenge, response or certificate kept for a session (they live as long as it)."""

    kind: str  # hsm-challenge | partition-challenge | response | certificate
    hsm: int
    partition: int  # 0 at HSM level
    value: str  # base64, as GET answers it
    role: str = ""
    header: bytes = b""  # challenges: the signed part of the blob
    secret: bytes = b""  # challenges: what the response is keyed with
    open: bool = False  # challenges: still waiting for a response


@dataclass
class HsmRole:
    initialized: bool = False
    password: str = ""
    login_attempts_left: int = 10
    change_password_attempts_left: int = 3
    locked_out: bool = False
    activated: bool = False
    challenge: str = ""
    challenge_to_be_changed: bool = False
    pin_to_be_changed: bool = False


@dataclass
class Ped:
    ped_id: int
    ip_address: str | None = None
    port: int = 0
    connected: bool = False


@dataclass
class HsmExtras:
    """What the HSM holds beyond the basics (``Hsm.extras``)."""

    roles: dict[str, HsmRole] = field(default_factory=lambda: {"so": HsmRole(), "audit": HsmRole()})
    indirect_keys: dict[str, IndirectKey] = field(default_factory=dict)  # role -> loaded key
    device: KeyPair | None = None  # the HSM's own CA: issues the certificates below
    token_wrap: KeyPair | None = None  # the HSM's token-wrapping key (getHsmCertificate)
    peds: dict[int, Ped] = field(default_factory=dict)
    rpv: bool = False  # a remote PED vector is initialized
    firmware_previous: str = ""  # what rollback returns to
    tampered: bool = False
    tamper_clears: int = 0


# ---- appliance services: services, web server, network, NTP, SNMP, syslog, config ----
__all__ += ["Appliance", "BlockCounter", "Blocklist", "ConfigBackup", "Service", "SnmpUser"]


@dataclass
class BlockCounter:
    """One client IP on the block list (guide ch. 6): infractions it may still commit,
    its current timeout and when that timeout next gives one back."""

    budget: int
    timeout: float
    deadline: float


@dataclass
class Blocklist:
    # the guide's default: severity 50 (blocklist.py turns it into the three attributes);
    # 0: off; -1: attributes set directly
    severity: int = 50
    max_infractions: int = 10
    timeout_start: int = 1
    timeout_multiplier: float = 2.0
    clients: dict[str, BlockCounter] = field(default_factory=dict)  # client IP -> counter


@dataclass
class Service:
    running: bool
    on_boot: bool


@dataclass
class SnmpUser:
    name: str
    auth_password: str
    priv_password: str
    auth_protocol: str = "SHA"
    priv_protocol: str = "AES"
    notifications: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> settings


_RUNNING = ("lsta", "network", "ntls", "ntp", "ssh", "syslog", "sysstat", "webserver")
SERVICE_NAMES = (
    *("cbs", "lsta", "network", "ntls", "ntp", "syslog", "snmp", "ssh", "stc", "sysstat"),
    *("webserver", "cluster", "ismigration", "ctc", "clusteradmin"),
)
TLS_CIPHERS = (
    "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:"
    "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256"
)


def _devices() -> dict[str, dict[str, Any]]:
    devices: dict[str, dict[str, Any]] = {
        n: {"ip": "", "mask": 0, "gateway": ""} for n in ("eth0", "eth1", "eth2", "eth3")
    }
    devices["eth0"] = {"ip": "192.168.0.10", "mask": 24, "gateway": "192.168.0.1"}
    for bond in ("bond0", "bond1"):
        devices[bond] = {"ip": "", "mask": 0, "gateway": "", "mode": "active-backup"}
    return devices


@dataclass
class ConfigBackup:
    id: str
    created: float
    parts: dict[str, Any]  # service -> its configuration, as it was


@dataclass
class Appliance:
    """The appliance's service configuration. The fields in ``handlers/config.py``'s
    ``PARTS`` are what a configuration backup holds; logs, backups, packages and
    upgrades are not configuration."""

    hostname: str = "luna-emulator"
    services: dict[str, Service] = field(
        default_factory=lambda: {n: Service(n in _RUNNING, n in _RUNNING) for n in SERVICE_NAMES}
    )
    devices: dict[str, dict[str, Any]] = field(default_factory=_devices)
    ssh: dict[str, Any] = field(
        default_factory=lambda: {
            "cipherList": "aes128-ctr:aes192-ctr:aes256-ctr:chacha20-poly1305@openssh.com",
            "isPasswordAuthenticationEnabled": True,
            "isKeyAuthenticationEnabled": True,
            "port": 22,
            "networkDevices": ["all"],
        }
    )
    webserver: dict[str, Any] = field(
        default_factory=lambda: {
            "cipherList": TLS_CIPHERS,
            "netDevice": "all",
            "port": 8443,
            "maxFileSize": 1 << 30,
        }
    )
    webserver_certificate: str = ""  # installed with PUT /api/lunasa/webServer/config/certificate
    ntls: dict[str, Any] = field(
        default_factory=lambda: {
            "receiveTimeoutTimer": 20,
            "ipCheckEnabled": False,
            "cipherList": TLS_CIPHERS,
            "groupList": "X25519MLKEM768:x25519:secp256r1:secp384r1",
        }
    )
    ntls_certificate: str = ""  # PEM; made on first use
    ntp_servers: dict[str, dict[str, Any]] = field(default_factory=dict)
    time_offset: float = 0.0  # appliance time minus the emulator clock, in seconds
    time_zone: str = "UTC"
    snmp_users: dict[str, SnmpUser] = field(default_factory=dict)
    snmp_traps: dict[str, dict[str, Any]] = field(default_factory=dict)
    snmp_traps_enabled: bool = True  # POST /snmp/traps/actions/{enable,disable}
    # network device -> route id (its destination) -> route; device -> traffic class id -> class
    routes: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    traffic_classes: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict)
    bonds_enabled: dict[str, bool] = field(default_factory=dict)  # bond device -> enabled
    ssh_host_key: str = ""  # SHA-256 fingerprint of the SSH host key ("" = the factory one)
    ntls_csr_key: str = ""  # PEM (PKCS#8) of the key of the last NTLS CSR, until installed
    webserver_csr_key: str = ""  # PEM (PKCS#8) of the key of the last web server CSR
    webserver_csr: str = ""  # PEM of that CSR (GET /api/lunasa/webServer/config/csr)
    syslog_hosts: dict[str, dict[str, Any]] = field(default_factory=dict)
    syslog_ca: str = ""  # PEM of the one trusted CA
    syslog_certificate: str = ""  # PEM of the appliance's syslog TLS client certificate
    syslog_key: str = ""  # PEM (PKCS#8) of its private key
    # not configuration:
    logs: dict[str, list[str]] = field(
        default_factory=lambda: {n: [] for n in ("messages", "secure", "lunalog", "cron")}
    )
    backups: dict[str, ConfigBackup] = field(default_factory=dict)
    packages: dict[str, dict[str, Any]] = field(
        default_factory=lambda: {
            "lunasa": {"name": "lunasa", "version": "7.8.4-254"},
            "lunasa-rest": {"name": "lunasa-rest", "version": "7.8.4-254"},
        }
    )
    upgrades: dict[str, dict[str, Any]] = field(default_factory=dict)
    next_id: int = 1  # for notification and backup ids


# ---- what one emulator process keeps beside the appliance state (never persisted) ----
__all__ += ["PendingChallenge", "Runtime"]


@dataclass
class PendingChallenge:
    """A certificate-login challenge waiting for its answer (guide ch. 2)."""

    user: str
    answer: bytes
    expires: float


@dataclass
class Runtime:
    """Per-process state of an emulator (``Backend.runtime``): the web server's login key
    (made on first use), pending login challenges, and the highest partition serial
    handed out in the current ``State`` (so a deleted partition's serial is not reused)."""

    login_key: tuple[RSAPrivateKey, str] | None = None  # (key, certificate PEM)
    challenges: list[PendingChallenge] = field(default_factory=list)
    issued_serial: tuple[State, int] | None = None
    started: float = 0.0  # when the emulated appliance booted (the emulator's clock)
    requests: int = 0  # requests the dispatch ran (monitoring readings follow the load)
    rate: float = 0.0  # the recent request rate (load.py), as of ``rate_at``
    rate_at: float = 0.0
