"""Certificates and keys the families share (real ones, via ``cryptography``): PEM
certificates as the API carries them, keys, subjects and alternative names, CSRs and
self-signed certificates. No operation's rules live here."""

from __future__ import annotations

import datetime as dt
import ipaddress
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from .. import errors as E

__all__ = [
    "PrivateKey",
    "alt_names",
    "certificate_info",
    "certificate_pem",
    "load_certificate",
    "load_user_certificate",
    "make_csr",
    "new_key",
    "same_key",
    "self_signed",
    "subject",
]


PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey


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


def load_user_certificate(text: str) -> x509.Certificate:
    """A PEM certificate as the API carries it (newlines possibly written as ``\\n``)."""
    pem = text.replace("\\n", "\n").strip() + "\n"
    try:
        return x509.load_pem_x509_certificate(pem.encode())
    except ValueError:
        raise E.BadRequest("the certificate is not a valid PEM X.509 certificate") from None
