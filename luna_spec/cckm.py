"""The CipherTrust Manager (CCKM) Luna-keys spec, ``cckm.yaml``, shipped beside ``luna.yaml``::

from luna_spec import load_cckm_spec, iter_cckm_operations
spec = load_cckm_spec()     # parsed dict, cached: treat it as read-only
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ._documents import METHODS, document_path, document_sha256, load_document

__all__ = [
    "CCKM_METHODS",
    "cckm_spec_path",
    "cckm_spec_sha256",
    "iter_cckm_operations",
    "load_cckm_spec",
]

CCKM_METHODS = METHODS


def cckm_spec_path() -> Path:
    """Path of ``cckm.yaml`` (inside the installed package or the source tree)."""
    return document_path("cckm.yaml")


def cckm_spec_sha256() -> str:
    return document_sha256("cckm.yaml")


def load_cckm_spec() -> dict[str, Any]:
    """The parsed CCKM spec. Cached: treat it as read-only."""
    return load_document("cckm.yaml")


def iter_cckm_operations(
    spec: dict[str, Any] | None = None,
) -> list[tuple[str, str, dict[str, Any]]]:
    """``(METHOD, path, operation)`` for every CCKM operation, in file order."""
    spec = load_cckm_spec() if spec is None else spec
    out = []
    for path, item in spec["paths"].items():
        for method in CCKM_METHODS:
            if method in item:
                out.append((method.upper(), path, item[method]))
    return out
