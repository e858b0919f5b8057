"""Indirect login (guide ch. 4), with real RSA: a partition of an admin HSM vouches for a
role on a service HSM.

Set-up: the admin partition's CO exports the partition's indirect-login public key
(``getPartitionIndirectKey``); the service HSM's SO loads it (``loadHsmIndirectKey``).
Use: the admin partition hands out its token-wrapping certificate
(``getPartitionCertificate``); the service HSM makes a challenge for a role and that
certificate (``createHsmIndirectChallenge``); the admin partition answers it
(``createPartitionIndirectResponse``); the response logs the service HSM session in
(``loginHsm`` with ``{"response": ...}``). Nothing but the blobs below travels between the
two HSMs, so any two emulators (each its own ``create_app()``) can play the two parts.

Keys live in the state: per partition ``Partition.indirect`` (an indirect-login key and a
token-wrapping key), per HSM ``Hsm.extras`` (its own CA, which issues the certificates, its
token-wrapping key for ``getHsmCertificate``, and the keys loaded for roles). All are RSA
2048, made on first use. Challenges, responses and certificates handed out are kept for the
REST session (``Session.indirect``), as the guide says, and cannot be listed.

Blob formats (integers little-endian; every blob travels base64 in JSON):

Certificate (``getPartitionCertificate``, ``getHsmCertificate``, the ``certificate`` of a
challenge request)::

    u8 format (3) | u8 flavour (0x00 legacyKey, 0x0c key, 0x20 pkc) | u16 0 | X.509 DER

  The token-wrapping certificate of the holder, issued by the holder HSM's CA.

Indirect key (``getPartitionIndirectKey`` -> ``loadHsmIndirectKey``): ``legacyKey`` and
``key``: ``exponent`` and ``modulus``, the big-endian integers of the partition's
indirect-login RSA public key. ``pkc``: ``pkcChain``, a DER PKCS#7 certificate bag with a
certificate for that key issued by the admin HSM's CA and the CA's self-signed certificate
(the public key confirmation: the key lives in that HSM). Loading a chain verifies it.

Challenge (``createHsmIndirectChallenge``, ``createPartitionIndirectChallenge``)::

    u32 n1 | c1 | u32 n2 | c2 | header
    header = "LILC" | u8 version (1) | u8 flavour | u8 origin (1 HSM, 2 partition)
             | u8 length | role | u64 HSM serial | u64 partition serial (0 for the HSM)
             | u32 challenge id | 32 SHA-256(certificate DER) | 32 SHA-256(key DER) | 16 nonce

  ``c1`` is a random 32-byte ``s1`` encrypted to the indirect-login key loaded for the role
  (RSA PKCS#1 v1.5 for legacyKey, OAEP-SHA256 for key and pkc); a partition challenge has no
  loaded key: empty ``c1``, zero key hash. ``c2`` is a random 32-byte ``s2`` encrypted
  (OAEP-SHA256) to the certificate's key: the challenge is bound to that certificate. The
  issuer keeps ``s1 || s2`` and the header for the session.

Response (``createPartitionIndirectResponse``, ``createHsmIndirectResponse``)::

    HMAC-SHA256(key = s1 || s2, message = header)   (32 bytes)

  Only the holder of both private keys can make it. The answering side first checks the
  flavour against ``?type`` and the two hashes against its own keys. ``createHsmIndirectResponse``
  answers with the HSM's own token-wrapping key (for a partition challenge made with the HSM's
  certificate, or an HSM challenge whose loaded key is that certificate's key).

Login: the service HSM checks the response against the open challenges of the caller's
session. A match logs the session in as the challenge's role and closes that challenge; a
wrong response closes every open challenge of the session (one attempt per challenge), so a
replayed or guessed response has nothing left to answer.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import hashlib
import hmac
import secrets
import struct
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from ..model import Hsm, IndirectKey, IndirectObject, KeyPair, Partition, PartitionIndirect, Session
from .common import find_hsm, find_partition, partition_url, require_so
from .hsm_common import firmware_at_least, ped_ready

RULES: Rules[Backend] = Rules()

__all__ = ["RULES", "hsm_certificate", "login_with_response"]

KEY_BITS = 2048
MIN_BITS, MAX_BITS = 1024, 4096
CERT_FORMAT = 3
FLAVOURS = {"legacyKey": 0x00, "key": 0x0C, "pkc": 0x20}
FLAVOUR_NAMES = {v: k for k, v in FLAVOURS.items()}
MAGIC = b"LILC"
VERSION = 1
HSM_ORIGIN, PARTITION_ORIGIN = 1, 2
NO_KEY = bytes(32)
HSM_ROLES = ("so", "audit")
PARTITION_ROLES = ("so", "co", "cu", "lco")
LOADABLE_ROLES = frozenset(HSM_ROLES + PARTITION_ROLES)
OAEP = padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)


# ---- errors and small helpers ----------------------------------------------------------
def _bad(details: str) -> E.LunaError:
    return E.BadRequest(details)


def _not_supported(details: str) -> E.LunaError:
    return E.FuncNotSupported(details, status=400)


def _b64(text: str, what: str) -> bytes:
    try:
        return base64.b64decode("".join(text.split()), validate=True)
    except (binascii.Error, ValueError):
        raise _bad(f"{what} is not valid base64") from None


def _enc(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def _type(ctx: Ctx, default: str = "legacyKey") -> str:
    return str(ctx.query.get("type", default))


def _padding(flavour: str) -> padding.AsymmetricPadding:
    return padding.PKCS1v15() if flavour == "legacyKey" else OAEP


def _check_firmware(h: Hsm, flavour: str) -> None:
    if flavour != "legacyKey" and not firmware_at_least(h, "7.7.0"):
        raise _not_supported(f"type={flavour} needs HSM firmware 7.7.0 or newer ({h.firmware})")


def _check_partition_type(h: Hsm, p: Partition, flavour: str) -> None:
    _check_firmware(h, flavour)
    if flavour == "key" and p.version == 1:
        raise E.PartitionVersionInvalid(
            "indirect login v1.1 (type=key) is not available on version 1 partitions", status=400
        )


def _require_initialized(h: Hsm) -> None:
    if not h.initialized:
        raise E.HsmNotInitialized()


# ---- keys and certificates -------------------------------------------------------------
def _new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)


def _pem(key: rsa.RSAPrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _private(pair: KeyPair) -> rsa.RSAPrivateKey:
    key = serialization.load_pem_private_key(
        pair.private_pem, None, unsafe_skip_rsa_key_validation=True
    )
    assert isinstance(key, rsa.RSAPrivateKey)
    return key


def _public_der(key: rsa.RSAPublicKey) -> bytes:
    return key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def _name(common_name: str, serial: int) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "luna-emulator"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, str(serial)),
        ]
    )


def _certificate(
    b: Backend,
    subject: x509.Name,
    public: rsa.RSAPublicKey,
    issuer: tuple[rsa.RSAPrivateKey, x509.Name],
    *,
    ca: bool = False,
) -> bytes:
    now = datetime.datetime.fromtimestamp(b.clock.now(), datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer[1])
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .sign(issuer[0], hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.DER)


def _device(b: Backend) -> tuple[rsa.RSAPrivateKey, x509.Name, bytes]:
    """The HSM's own CA: its key, name and self-signed certificate (made once per HSM)."""
    h = b.state.hsm
    name = _name(f"Luna HSM {h.serial}", h.serial)
    if h.extras.device is None:
        key = _new_key()
        der = _certificate(b, name, key.public_key(), (key, name), ca=True)
        h.extras.device = KeyPair(_pem(key), der)
    return _private(h.extras.device), name, h.extras.device.certificate_der


def _issued_pair(b: Backend, subject: x509.Name) -> KeyPair:
    key = _new_key()
    ca_key, ca_name, _ = _device(b)
    return KeyPair(_pem(key), _certificate(b, subject, key.public_key(), (ca_key, ca_name)))


def _hsm_wrap(b: Backend) -> KeyPair:
    h = b.state.hsm
    if h.extras.token_wrap is None:
        h.extras.token_wrap = _issued_pair(b, _name(f"HSM {h.serial} token wrapping", h.serial))
    return h.extras.token_wrap


def _partition_keys(b: Backend, p: Partition) -> PartitionIndirect:
    if p.indirect is None:
        p.indirect = PartitionIndirect(
            login=_issued_pair(b, _name(f"Partition {p.serial} indirect login", p.serial)),
            token_wrap=_issued_pair(b, _name(f"Partition {p.serial} token wrapping", p.serial)),
        )
    return p.indirect


def _cert_blob(flavour: str, der: bytes) -> str:
    return _enc(struct.pack("<BBH", CERT_FORMAT, FLAVOURS[flavour], 0) + der)


def _parse_certificate(text: str) -> tuple[str, x509.Certificate, bytes]:
    data = _b64(text, "certificate")
    if (
        len(data) < 5
        or data[0] != CERT_FORMAT
        or data[1] not in FLAVOUR_NAMES
        or data[2:4] != b"\0\0"
    ):
        raise _bad("certificate is not a token-wrapping certificate (GET .../certificate)")
    try:
        cert = x509.load_der_x509_certificate(data[4:])
        public = cert.public_key()
    except (ValueError, UnsupportedAlgorithm, x509.InvalidVersion):
        raise _bad("certificate does not hold a valid X.509 certificate") from None
    if not isinstance(public, rsa.RSAPublicKey) or public.key_size < MIN_BITS:
        raise _bad(f"the token-wrapping certificate must hold an RSA key of {MIN_BITS}+ bits")
    return FLAVOUR_NAMES[data[1]], cert, data[4:]


# ---- challenges ------------------------------------------------------------------------
class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def take(self, n: int) -> bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise _bad("challenge is truncated or malformed")
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out

    def num(self, fmt: str) -> int:
        value: int = struct.unpack(fmt, self.take(struct.calcsize(fmt)))[0]
        return value

    def rest(self) -> bytes:
        return self.take(len(self.data) - self.pos)


@dataclass
class Challenge:
    flavour: str
    origin: int
    role: str
    hsm: int
    partition: int
    number: int
    cert_hash: bytes
    key_hash: bytes
    nonce: bytes
    c1: bytes = b""
    c2: bytes = b""

    def header(self) -> bytes:
        role = self.role.encode()
        return (
            MAGIC
            + struct.pack("<BBBB", VERSION, FLAVOURS[self.flavour], self.origin, len(role))
            + role
            + struct.pack("<QQI", self.hsm, self.partition, self.number)
            + self.cert_hash
            + self.key_hash
            + self.nonce
        )

    def encode(self) -> bytes:
        return (
            struct.pack("<I", len(self.c1))
            + self.c1
            + struct.pack("<I", len(self.c2))
            + self.c2
            + self.header()
        )


def _parse_challenge(text: str) -> tuple[Challenge, bytes]:
    """The challenge and its header bytes, exactly as received."""
    r = _Reader(_b64(text, "challenge"))
    c1 = r.take(r.num("<I"))
    c2 = r.take(r.num("<I"))
    header = r.rest()
    h = _Reader(header)
    if h.take(4) != MAGIC or h.num("<B") != VERSION:
        raise _bad("challenge is not an indirect-login challenge (POST .../indirect/challenges)")
    code, origin = h.num("<B"), h.num("<B")
    if code not in FLAVOUR_NAMES or origin not in (HSM_ORIGIN, PARTITION_ORIGIN):
        raise _bad("challenge is malformed")
    try:
        role = h.take(h.num("<B")).decode("ascii")
    except UnicodeDecodeError:
        raise _bad("challenge is malformed") from None
    hsm, partition, number = h.num("<Q"), h.num("<Q"), h.num("<I")
    cert_hash, key_hash, nonce = h.take(32), h.take(32), h.take(16)
    if h.rest():
        raise _bad("challenge has trailing bytes")
    ch = Challenge(
        FLAVOUR_NAMES[code], origin, role, hsm, partition, number, cert_hash, key_hash, nonce
    )
    ch.c1, ch.c2 = c1, c2
    return ch, header


def _next_id(session: Session) -> str:
    return str(len(session.indirect) + 1)


def _keep(ctx: Ctx, obj: IndirectObject) -> str:
    oid = _next_id(ctx.session)
    ctx.session.indirect[oid] = obj
    return oid


def _kept(ctx: Ctx, oid: object, kind: str, hsm: int, partition: int | None) -> IndirectObject:
    obj = ctx.session.indirect.get(str(oid))
    if (
        obj is None
        or obj.kind != kind
        or obj.hsm != hsm
        or (partition is not None and obj.partition != partition)
    ):
        raise E.NotFound(f"no {kind.replace('-', ' ')} {oid!r} in this session")
    return obj


def _issue_challenge(
    ctx: Ctx, ch: Challenge, s1: bytes, kind: str, cert: x509.Certificate
) -> tuple[str, str]:
    s2 = secrets.token_bytes(32)
    public = cert.public_key()
    assert isinstance(public, rsa.RSAPublicKey)
    ch.c2 = public.encrypt(s2, OAEP)
    oid = _next_id(ctx.session)
    ch.number = int(oid)
    value = _enc(ch.encode())
    obj = IndirectObject(kind, ch.hsm, ch.partition, value, ch.role, ch.header(), s1 + s2, True)
    ctx.session.indirect[oid] = obj
    return oid, value


def _answer(text: str, flavour: str | None, login: KeyPair, wrap: KeyPair) -> bytes:
    """The response to a challenge, by the holder of ``login`` and ``wrap``."""
    ch, header = _parse_challenge(text)
    if flavour is not None and ch.flavour != flavour:
        raise _bad(f"the challenge is for type={ch.flavour}, not type={flavour}")
    if not hmac.compare_digest(ch.cert_hash, _sha256(wrap.certificate_der)):
        raise _bad("the challenge was made for another token-wrapping certificate")
    s1 = b""
    try:
        if ch.c1 or ch.key_hash != NO_KEY:
            key = _private(login)
            if not hmac.compare_digest(ch.key_hash, _sha256(_public_der(key.public_key()))):
                raise _bad("the challenge was made for another indirect-login key")
            s1 = key.decrypt(ch.c1, _padding(ch.flavour))
        s2 = _private(wrap).decrypt(ch.c2, OAEP)
    except ValueError:
        raise _bad("the challenge does not decrypt with this holder's keys") from None
    if len(s1) not in (0, 32) or len(s2) != 32:
        raise _bad("the challenge does not decrypt with this holder's keys")
    return hmac.new(s1 + s2, header, hashlib.sha256).digest()


# ---- HSM side (the service HSM) --------------------------------------------------------
def _int(text: str, what: str) -> int:
    return int.from_bytes(_b64(text, what), "big")


def _rsa_public(exponent: int, modulus: int) -> rsa.RSAPublicKey:
    if not MIN_BITS <= modulus.bit_length() <= MAX_BITS or exponent < 3 or exponent % 2 == 0:
        raise _bad(f"exponent and modulus are not an RSA key of {MIN_BITS} to {MAX_BITS} bits")
    if exponent >= modulus:
        raise _bad("exponent and modulus are not an RSA public key")
    try:
        return rsa.RSAPublicNumbers(exponent, modulus).public_key()
    except ValueError:
        raise _bad("exponent and modulus are not an RSA public key") from None


def _confirm_chain(text: str) -> tuple[rsa.RSAPublicKey, bytes]:
    """The confirmed key of a PKC chain and the DER of the certificate that confirms it."""
    try:
        certs = pkcs7.load_der_pkcs7_certificates(_b64(text, "pkcChain"))
    except (ValueError, UnsupportedAlgorithm, x509.InvalidVersion):
        raise _bad("pkcChain is not a PKCS#7 certificate chain") from None
    roots = [c for c in certs if c.issuer == c.subject]
    leaves = [c for c in certs if c.issuer != c.subject]
    if len(leaves) != 1 or not roots:
        raise _bad("pkcChain needs the key's certificate and the HSM certificate that issued it")
    leaf = leaves[0]
    for root in roots:
        try:
            root.verify_directly_issued_by(root)
            leaf.verify_directly_issued_by(root)
            public = leaf.public_key()
        except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm):
            continue
        if isinstance(public, rsa.RSAPublicKey) and MIN_BITS <= public.key_size <= MAX_BITS:
            return public, root.public_bytes(serialization.Encoding.DER)
    raise _bad("pkcChain does not verify: the key is not confirmed by an HSM certificate")


def _roles(text: str) -> list[str]:
    roles = [r.strip() for r in text.split(",") if r.strip()]
    if not roles or any(r not in LOADABLE_ROLES for r in roles):
        raise _bad(f"roles is a comma-separated list of {', '.join(sorted(LOADABLE_ROLES))}")
    return roles


@RULES.handles("loadHsmIndirectKey")
def load_hsm_indirect_key(b: Backend, ctx: Ctx) -> Reply:
    h = find_hsm(b, ctx)
    flavour = _type(ctx)
    _check_firmware(h, flavour)
    body = ctx.body or {}
    issuer = b""
    if flavour == "pkc":
        if "pkcChain" not in body:
            raise _bad("type=pkc needs 'pkcChain' (GET .../partitions/{id}/indirect/key?type=pkc)")
        public, issuer = _confirm_chain(body["pkcChain"])
        roles = _roles(body.get("roles", "so"))
    else:
        if "pkcChain" in body or "exponent" not in body or "modulus" not in body:
            raise _bad(f"type={flavour} needs 'exponent' and 'modulus' (pkcChain is for type=pkc)")
        public = _rsa_public(_int(body["exponent"], "exponent"), _int(body["modulus"], "modulus"))
        roles = _roles(body.get("roles", "so"))
    for role in roles:
        h.extras.indirect_keys[role] = IndirectKey(flavour, _public_der(public), issuer)
    return Reply(204, headers={"Location": f"/api/lunasa/hsms/{h.serial}/indirect/challenges"})


@RULES.handles("createHsmIndirectChallenge")
def create_hsm_indirect_challenge(b: Backend, ctx: Ctx) -> Reply:
    h = find_hsm(b, ctx)
    _require_initialized(h)
    body = ctx.body
    role = body["role"]
    if role not in HSM_ROLES:
        raise _bad(f"{role!r} is not an HSM role (so, audit)")
    if role != "so" and not h.extras.roles[role].initialized:
        raise E.RoleNotInitialized(f"the HSM role {role!r} is not initialized")
    key = h.extras.indirect_keys.get(role)
    if key is None:
        raise _bad(f"no indirect-login key is loaded for role {role!r} (POST .../indirect/key)")
    if not ped_ready(h, body["ped"]):
        raise _bad(f"PED {body['ped']!r} is not connected")
    flavour, cert, der = _parse_certificate(body["certificate"])
    if flavour != key.type:
        raise _bad(f"the certificate is for type={flavour}, the loaded key for type={key.type}")
    if key.type == "pkc":
        try:
            cert.verify_directly_issued_by(x509.load_der_x509_certificate(key.issuer_der))
        except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm):
            raise _bad("the certificate is not from the HSM that confirmed the key") from None
    loaded = serialization.load_der_public_key(key.public_der)
    assert isinstance(loaded, rsa.RSAPublicKey)
    s1 = secrets.token_bytes(32)
    ch = Challenge(
        flavour=key.type,
        origin=HSM_ORIGIN,
        role=role,
        hsm=h.serial,
        partition=0,
        number=0,
        cert_hash=_sha256(der),
        key_hash=_sha256(key.public_der),
        nonce=secrets.token_bytes(16),
        c1=loaded.encrypt(s1, _padding(key.type)),
    )
    oid, value = _issue_challenge(ctx, ch, s1, "hsm-challenge", cert)
    return Reply(
        200,
        {"challenge": value},
        {"Location": f"/api/lunasa/hsms/{h.serial}/indirect/challenges/{oid}"},
    )


@RULES.handles("getHsmIndirectChallenge")
def get_hsm_indirect_challenge(b: Backend, ctx: Ctx) -> Reply:
    h = find_hsm(b, ctx)
    obj = _kept(ctx, ctx.params["challengeid"], "hsm-challenge", h.serial, 0)
    return Reply(200, {"challenge": obj.value})


def login_with_response(b: Backend, ctx: Ctx, h: Hsm) -> Reply:
    """``loginHsm`` with ``{"response": ...}``: answer an open challenge of this session."""
    _require_initialized(h)
    response = _b64(ctx.body["response"], "response")
    waiting = [
        o
        for o in ctx.session.indirect.values()
        if o.kind == "hsm-challenge" and o.hsm == h.serial and o.open
    ]
    if not waiting:
        raise _bad(
            "no open indirect-login challenge in this session (each challenge answers one login:"
            " POST .../indirect/challenges)"
        )
    match = next(
        (
            o
            for o in waiting
            if hmac.compare_digest(hmac.new(o.secret, o.header, hashlib.sha256).digest(), response)
        ),
        None,
    )
    if match is None:
        for o in waiting:
            o.open = False
        raise _bad("the indirect-login response does not answer an open challenge")
    match.open = False
    ctx.session.hsm_roles.add(match.role)
    if match.role == "so":
        h.so_logins_left = 3
    else:
        h.extras.roles[match.role].login_attempts_left = 10
    return Reply(204, headers={"Location": f"/api/lunasa/hsms/{h.serial}/login/{match.role}/1"})


def hsm_certificate(b: Backend, ctx: Ctx) -> str:
    """The HSM's token-wrapping certificate blob, of the flavour ``?type`` names (default
    pkc): the answer of ``getHsmCertificate``, whose rules are in ``hsms.py``."""
    h = find_hsm(b, ctx)
    _require_initialized(h)
    flavour = _type(ctx, "pkc")
    _check_firmware(h, flavour)
    return _cert_blob(flavour, _hsm_wrap(b).certificate_der)


@RULES.handles("createHsmIndirectResponse")
def create_hsm_indirect_response(b: Backend, ctx: Ctx) -> Reply:
    """The admin HSM answers with its own token-wrapping key (the HSM SO's)."""
    h = find_hsm(b, ctx)
    _require_initialized(h)
    require_so(b, ctx)
    wrap = _hsm_wrap(b)
    value = _enc(_answer(ctx.body["challenge"], None, wrap, wrap))
    oid = _keep(ctx, IndirectObject("response", h.serial, 0, value))
    return Reply(
        200,
        {"response": value},
        {"Location": f"/api/lunasa/hsms/{h.serial}/indirect/responses/{oid}"},
    )


@RULES.handles("getHsmIndirectResponse")
def get_hsm_indirect_response(b: Backend, ctx: Ctx) -> Reply:
    """Any response made on this HSM in the session (the guide's partition responses name
    this URL too)."""
    h = find_hsm(b, ctx)
    obj = _kept(ctx, ctx.params["responseid"], "response", h.serial, None)
    return Reply(200, {"response": obj.value})


# ---- partition side (the admin HSM's partition, or a service partition) ----------------
@RULES.handles("getPartitionIndirectKey")
def get_partition_indirect_key(b: Backend, ctx: Ctx) -> Reply:
    p = find_partition(b, ctx)
    flavour = _type(ctx)
    _check_partition_type(b.state.hsm, p, flavour)
    login = _partition_keys(b, p).login
    if flavour == "pkc":
        _, _, ca_der = _device(b)
        chain = pkcs7.serialize_certificates(
            [
                x509.load_der_x509_certificate(login.certificate_der),
                x509.load_der_x509_certificate(ca_der),
            ],
            serialization.Encoding.DER,
        )
        return Reply(200, {"pkcChain": _enc(chain)})
    numbers = _private(login).public_key().public_numbers()
    return Reply(
        200,
        {
            "exponent": _enc(numbers.e.to_bytes((numbers.e.bit_length() + 7) // 8, "big")),
            "modulus": _enc(numbers.n.to_bytes((numbers.n.bit_length() + 7) // 8, "big")),
        },
    )


@RULES.handles("getPartitionCertificate")
def get_partition_certificate(b: Backend, ctx: Ctx) -> Reply:
    p = find_partition(b, ctx)
    flavour = _type(ctx)
    _check_partition_type(b.state.hsm, p, flavour)
    value = _cert_blob(flavour, _partition_keys(b, p).token_wrap.certificate_der)
    h = b.state.hsm.serial
    oid = next(
        (
            k
            for k, o in ctx.session.indirect.items()
            if o.kind == "certificate"
            and o.hsm == h
            and o.partition == p.serial
            and o.value == value
        ),
        None,
    ) or _keep(ctx, IndirectObject("certificate", h, p.serial, value))
    return Reply(
        200, {"certificate": value}, {"Location": f"{partition_url(b, p)}/certificate/{oid}"}
    )


@RULES.handles("getPartitionCertificateById")
def get_partition_certificate_by_id(b: Backend, ctx: Ctx) -> Reply:
    p = find_partition(b, ctx)
    obj = _kept(ctx, ctx.params["certificateid"], "certificate", b.state.hsm.serial, p.serial)
    return Reply(200, {"certificate": obj.value})


@RULES.handles("createPartitionIndirectChallenge")
def create_partition_indirect_challenge(b: Backend, ctx: Ctx) -> Reply:
    p = find_partition(b, ctx)
    h = b.state.hsm
    body = ctx.body
    if p.state != "initialized":
        raise _bad(f"partition {p.serial} is not initialized")
    if body["role"] not in PARTITION_ROLES:
        raise _bad(f"{body['role']!r} is not a partition role (so, co, cu, lco)")
    if not ped_ready(h, body["ped"]):
        raise _bad(f"PED {body['ped']!r} is not connected")
    flavour, cert, der = _parse_certificate(body["certificate"])
    _check_partition_type(h, p, flavour)
    ch = Challenge(
        flavour=flavour,
        origin=PARTITION_ORIGIN,
        role=body["role"],
        hsm=h.serial,
        partition=p.serial,
        number=0,
        cert_hash=_sha256(der),
        key_hash=NO_KEY,
        nonce=secrets.token_bytes(16),
    )
    oid, value = _issue_challenge(ctx, ch, b"", "partition-challenge", cert)
    return Reply(
        200,
        {"challenge": value},
        {"Location": f"{partition_url(b, p)}/indirect/challenges/{oid}"},
    )


@RULES.handles("getPartitionIndirectChallenge")
def get_partition_indirect_challenge(b: Backend, ctx: Ctx) -> Reply:
    p = find_partition(b, ctx)
    obj = _kept(ctx, ctx.params["challengeid"], "partition-challenge", b.state.hsm.serial, p.serial)
    return Reply(200, {"challenge": obj.value})


@RULES.handles("createPartitionIndirectResponse")
def create_partition_indirect_response(b: Backend, ctx: Ctx) -> Reply:
    p = find_partition(b, ctx)
    flavour = _type(ctx)
    _check_partition_type(b.state.hsm, p, flavour)
    keys = _partition_keys(b, p)
    value = _enc(_answer(ctx.body["challenge"], flavour, keys.login, keys.token_wrap))
    oid = _keep(ctx, IndirectObject("response", b.state.hsm.serial, p.serial, value))
    return Reply(
        201, {"response": value}, {"Location": f"{partition_url(b, p)}/indirect/responses/{oid}"}
    )


@RULES.handles("getPartitionIndirectResponse")
def get_partition_indirect_response(b: Backend, ctx: Ctx) -> Reply:
    p = find_partition(b, ctx)
    obj = _kept(ctx, ctx.params["responseid"], "response", b.state.hsm.serial, p.serial)
    return Reply(200, {"response": obj.value})
