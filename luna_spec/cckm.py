"""The CipherTrust Manager (CCKM) Luna-keys spec, ``cckm.yaml``, shipped beside ``luna.yaml``::

from luna_spec import load_cckm_spec, iter_cckm_operations
spec = load_cckm_spec()     # parsed dict, cached: treat it as read-only
"""

from __future__ import annotations

import functools
import hashlib
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

__all__ = [
    "CCKM_METHODS",
    "cckm_spec_path",
    "cckm_spec_sha256",
    "iter_cckm_operations",
    "load_cckm_spec",
]

CCKM_METHODS = ("get", "put", "post", "patch", "delete")


def cckm_spec_path() -> Path:
    """Path of ``cckm.yaml`` (inside the installed package or the source tree)."""
    return Path(str(resources.files(__package__ or "luna_spec").joinpath("cckm.yaml")))


def cckm_spec_sha256() -> str:
    return hashlib.sha256(cckm_spec_path().read_bytes()).hexdigest()


@functools.cache
def _load(path: str) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, dict):
        raise ValueError(f"{path} is not an OpenAPI document")
    return data


def load_cckm_spec() -> dict[str, Any]:
    """The parsed CCKM spec. Cached: treat it as read-only."""
    return _load(str(cckm_spec_path()))


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
