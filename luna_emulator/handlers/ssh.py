"""SSH actions (v14 page): ``keyRegenerate`` makes a new SSH host key (its fingerprint is
kept, and logged as sshd logs a new key), ``resetCiphers`` sets the SSH cipher list back
to the default the page names (``aes192-ctr:aes256-ctr``). An unknown action is
``FRAMEWORK_NO_RESOURCE``, as the page documents."""

from __future__ import annotations

import base64
import hashlib

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from .services import write_log

RULES: Rules[Backend] = Rules()

__all__ = ["DEFAULT_CIPHERS", "RULES"]

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
