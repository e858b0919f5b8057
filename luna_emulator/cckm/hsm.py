"""The HSM side of CCKM: the emulated appliance's partitions and their objects.

CCKM reaches the appliance the way CipherTrust Manager reaches a Luna HSM, through the
partition, never through a copy: keys it creates become objects of the appliance's
``model.Partition`` (with handles from ``handlers.partition_common.new_handle``, in the shape the
appliance's own objects have, so ``GET .../object/objects/{handle}`` shows them), deleting
a key from the HSM removes the object, and refresh jobs read the objects that are there.
Attribute flags use the appliance's names (``encrypt``: "true" / "false" / "n/a").
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from ..handlers.partition_common import new_handle
from ..model import Partition, State
from .errors import InvalidParamValue, NotAllowed

__all__ = [
    "ATTRIBUTES",
    "ObjectFacts",
    "apply_attributes",
    "copy_object",
    "create_key_objects",
    "describe",
    "partition_of",
]

# CKA_* attribute -> the appliance object's flag
ATTRIBUTES = {
    "CKA_MODIFIABLE": "modifiable",
    "CKA_EXTRACTABLE": "extractable",
    "CKA_SENSITIVE": "sensitive",
    "CKA_ENCRYPT": "encrypt",
    "CKA_DECRYPT": "decrypt",
    "CKA_WRAP": "wrap",
    "CKA_UNWRAP": "unwrap",
    "CKA_SIGN": "sign",
    "CKA_VERIFY": "verify",
    "CKA_DERIVE": "derive",
}
# which flags apply to which object class (the others read "n/a")
_APPLIES = {
    "CKO_PUBLIC_KEY": {"modifiable", "encrypt", "verify", "wrap", "derive"},
    "CKO_PRIVATE_KEY": {
        "modifiable",
        "extractable",
        "sensitive",
        "decrypt",
        "sign",
        "unwrap",
        "derive",
    },
    "CKO_SECRET_KEY": set(ATTRIBUTES.values()),
}
_TYPES = {
    "CKO_PUBLIC_KEY": "public key",
    "CKO_PRIVATE_KEY": "private key",
    "CKO_SECRET_KEY": "secret key",
}
_ALGORITHMS = {"CKK_RSA": "rsa", "CKK_AES": "aes", "CKK_EC": "ec"}


def partition_of(state: State, serial: int) -> Partition:
    """The appliance partition, initialized (CCKM logs in as its Crypto Officer)."""
    p = state.partitions.get(serial)
    if p is None:
        raise NotAllowed(f"partition {serial} is not on the Luna HSM any more")
    if p.state != "initialized":
        raise NotAllowed(f"partition {serial} on the Luna HSM is not initialized")
    return p


def _flag(value: bool) -> str:
    return "true" if value else "false"


def _object(
    label: str, cls: str, key_type: str, ckaid: str, attributes: set[str]
) -> dict[str, Any]:
    applies = _APPLIES[cls]
    obj: dict[str, Any] = {
        "label": label,
        "class": cls,
        "keyType": key_type,
        "token": "true",
        "private": "true",
        "id": ckaid,
        "startDate": "",
        "endDate": "",
        "ouid": secrets.token_hex(12),
    }
    for cka, flag in ATTRIBUTES.items():
        obj[flag] = _flag(cka in attributes) if flag in applies else "n/a"
    return obj


def create_key_objects(
    p: Partition, label: str, algorithm: str, size: int, attributes: set[str]
) -> list[tuple[str, dict[str, Any]]]:
    """Generate the key on the partition: [(handle, object)], the private half first for
    an RSA pair."""
    made: list[dict[str, Any]] = []
    if algorithm == "rsa":
        key = rsa.generate_private_key(public_exponent=65537, key_size=size)
        numbers = key.public_key().public_numbers()
        der = key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        modulus = f"{numbers.n:x}"
        raw = numbers.n.to_bytes((numbers.n.bit_length() + 7) // 8, "big")
        ckaid = hashlib.sha1(raw).hexdigest()  # noqa: S324 (the PKCS#11 habit for CKA_ID)
        for cls in ("CKO_PRIVATE_KEY", "CKO_PUBLIC_KEY"):
            obj = _object(label, cls, "CKK_RSA", ckaid, attributes)
            obj.update(
                modulus=modulus,
                modulusBits=str(size),
                publicExponent=f"{numbers.e:x}",
                sha256=hashlib.sha256(der + cls.encode()).hexdigest(),
            )
            made.append(obj)
    else:
        value = os.urandom(size // 8)
        enc = Cipher(algorithms.AES(value), modes.ECB()).encryptor()  # noqa: S305 (a key check value)
        obj = _object(label, "CKO_SECRET_KEY", "CKK_AES", "", attributes)
        obj.update(
            valueLen=str(size // 8),
            checkValue=(enc.update(bytes(16)) + enc.finalize())[:3].hex(),
            value="n/a",
            sha256=hashlib.sha256(value).hexdigest(),
        )
        made.append(obj)
    out = []
    for obj in made:
        handle = new_handle(p)
        p.objects[handle] = obj
        out.append((handle, obj))
    return out


def copy_object(source: dict[str, Any], p: Partition) -> str:
    """The same object on another member of an HA group (replication); its handle there."""
    handle = new_handle(p)
    p.objects[handle] = dict(source)
    return handle


def apply_attributes(obj: dict[str, Any], changes: list[dict[str, Any]]) -> None:
    """Set or clear CKA_* attributes on an object; one that does not apply is refused."""
    if obj.get("modifiable") == "false":
        raise NotAllowed("the key is not modifiable (CKA_MODIFIABLE is false)")
    applies = _APPLIES.get(str(obj.get("class")), set())
    for change in changes:
        flag = ATTRIBUTES[change["type"]]
        if flag not in applies:
            raise InvalidParamValue(f"{change['type']} does not apply to a {_TYPES[obj['class']]}")
    for change in changes:
        obj[ATTRIBUTES[change["type"]]] = _flag(bool(change["value"]))


@dataclass(frozen=True)
class ObjectFacts:
    """What CCKM shows of an object: type, algorithm, size, true attributes, identity."""

    uid: str
    ckaid: str
    label: str
    object_type: str
    algorithm: str
    size: int
    attributes: list[str]
    modulus: str
    exponent: int
    fingerprint: str


def describe(obj: dict[str, Any], serial: int, handle: str) -> ObjectFacts | None:
    """The facts of a key object (None for an object that is not a key CCKM knows)."""
    cls, key_type = str(obj.get("class", "")), str(obj.get("keyType", ""))
    if cls not in _TYPES or key_type not in _ALGORITHMS:
        return None
    attributes = [a for a in ("CKA_PRIVATE", "CKA_TOKEN") if obj.get(a[4:].lower()) == "true"]
    attributes += [cka for cka, flag in ATTRIBUTES.items() if obj.get(flag) == "true"]
    algorithm = _ALGORITHMS[key_type]
    if algorithm == "rsa":
        size = int(obj.get("modulusBits") or len(str(obj.get("modulus", ""))) * 4)
    elif algorithm == "aes":
        size = int(obj.get("valueLen") or 0) * 8
    else:
        size = 256 if obj.get("ecParams") == "prime256v1" else 0
    canonical = json.dumps(obj, sort_keys=True).encode()
    uid = str(obj.get("ouid") or hashlib.sha256(f"{serial}:{handle}".encode()).hexdigest()[:24])
    modulus = str(obj.get("modulus", "")) if algorithm == "rsa" else ""
    return ObjectFacts(
        uid=uid,
        ckaid=str(obj.get("id", "")),
        label=str(obj.get("label", "")),
        object_type=_TYPES[cls],
        algorithm=algorithm,
        size=size,
        attributes=attributes,
        modulus=modulus,
        exponent=int(str(obj.get("publicExponent", "0")), 16) if modulus else 0,
        fingerprint=str(obj.get("sha256") or hashlib.sha256(canonical).hexdigest()),
    )
