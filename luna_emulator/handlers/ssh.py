"""SSH: its configuration (port, ciphers, network devices, authentication methods) and its
actions (v14 page): ``keyRegenerate`` makes a new SSH host key (its fingerprint is kept,
and logged as sshd logs a new key), ``resetCiphers`` sets the SSH cipher list back to the
default the page names (``aes192-ctr:aes256-ctr``). An unknown action is
``FRAMEWORK_NO_RESOURCE``, as the page documents."""

from __future__ import annotations

import base64
import hashlib

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from .common import write_log

RULES: Rules[Backend] = Rules()

__all__ = ["DEFAULT_CIPHERS", "RULES", "SSH_CIPHERS"]


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


DEFAULT_CIPHERS = "aes192-ctr:aes256-ctr"  # after resetCiphers (v14 page)


def _fingerprint() -> str:
    """A new host key's OpenSSH SHA-256 fingerprint."""
    public = ed25519.Ed25519PrivateKey.generate().public_key()
    blob = public.public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH)
    digest = hashlib.sha256(base64.b64decode(blob.split()[1])).digest()
    return "SHA256:" + base64.b64encode(digest).decode().rstrip("=")


@RULES.handles("performSshAction")
def perform_ssh_action(b: Backend, ctx: Ctx) -> Reply:
    action = str(ctx.params["actionid"])
    if action not in ctx.op.actions:
        raise E.NoResource(f"SSH has no action {action!r} ({', '.join(ctx.op.actions)})")
    a = b.state.appliance
    if action == "keyRegenerate":
        a.ssh_host_key = _fingerprint()
        write_log(b, "secure", "sshd", f"Server host key regenerated: ED25519 {a.ssh_host_key}")
    else:
        a.ssh = {**a.ssh, "cipherList": DEFAULT_CIPHERS}
        write_log(b, "secure", "sshd", f"Ciphers reset to {DEFAULT_CIPHERS}")
    return Reply(204)
